"""A client that went away while the server still had something to send it.

The server's send then raises (uvicorn: `ClientDisconnected`) before the socket's
`websocket.disconnect` is dispatched. The consumer must still run `disconnect()` when that comes:
no group membership, socket slot or open attendance may stay behind (the soak of issue #17 found
memberships left in Redis after everyone had gone).
"""

import json
import uuid

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from uvicorn.protocols.utils import ClientDisconnected

from courses.groups.models import Attendance
from jobgroup_platform.asgi import application
from live_sessions import limits
from tests.live_sessions.conftest import HOST, ORIGIN, connect, session_cookie_for, start_meeting

pytestmark = pytest.mark.django_db(transaction=True)


class GoneClient:
    """The app behind a server whose client can vanish: after `vanish()` every send raises as
    uvicorn's does, and the `websocket.disconnect` comes only when `disconnect()` says so."""

    def __init__(self):
        self.gone = False
        self.channel_name = None

    async def app(self, scope, receive, send):
        async def send_like_uvicorn(message):
            if self.gone:
                raise ClientDisconnected()
            await send(message)

        await application(scope, receive, send_like_uvicorn)


async def members(group: str) -> int:
    """How many channels the layer holds in `group`."""
    layer = get_channel_layer()
    if hasattr(layer, "groups"):  # the in-memory layer
        return len(layer.groups.get(group, {}))
    connection = layer.connection(layer.consistent_hash(group))  # channels_redis
    return await connection.zcard(layer._group_key(group))


async def test_a_doorbell_for_a_client_that_is_gone_leaves_nothing_behind(room):
    from accounts.sockets import person_group_name

    await sync_to_async(start_meeting)(room.meeting)
    anouk, bram = room.people[0], room.people[1]
    server = GoneClient()
    communicator = WebsocketCommunicator(
        server.app,
        f"/ws/meetings/{room.meeting.pk}/",
        headers=[ORIGIN, HOST, (b"cookie", await sync_to_async(session_cookie_for)(anouk))],
    )
    connected, _ = await communicator.connect()
    assert connected
    await communicator.send_to(text_data=json.dumps({"type": "hello", "last_seq": 0}))
    while json.loads(await communicator.receive_from(timeout=3))["type"] != "welcome":
        pass
    assert await members(room.meeting.group_name) == 1
    assert await members(person_group_name(anouk.pk)) == 1
    other = await connect(bram, room.meeting.pk)

    # Anouk's client goes away; before its `websocket.disconnect` is dispatched, Bram's message
    # rings the doorbell and Anouk's consumer tries to send it.
    server.gone = True
    await other.send("chat.send", text="Is er nog iemand?")
    await other.recv_until("chat.message")
    for _ in range(50):  # let Anouk's consumer handle the doorbell
        await communicator.receive_nothing(timeout=0.02)
    assert not communicator.future.done(), "the consumer ended before its disconnect"

    await communicator.send_input({"type": "websocket.disconnect", "code": 1001})
    await communicator.wait(timeout=5)

    assert await members(person_group_name(anouk.pk)) == 0, "Anouk's socket is still a member"
    assert await members(room.meeting.group_name) == 1, "only Bram's socket may be left"
    assert not await sync_to_async(limits.other_sockets_open)(
        meeting_id=room.meeting.pk, user_id=anouk.pk, channel_name=f"not-{uuid.uuid4()}"
    ), "the socket slot is still taken"
    open_rows = await sync_to_async(
        Attendance.objects.filter(meeting=room.meeting, user=anouk, left_at__isnull=True).count
    )()
    assert open_rows == 0, "the attendance is still open"
    await other.close()
