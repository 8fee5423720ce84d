"""Two web processes on one Redis: participants on different processes share one room and see
one order of events. Needs Redis (REDIS_URL, else the standard local address): not run without
it, a failure when CI=true."""

import asyncio
import json
import uuid

from django.conf import settings
from django.test import Client
from django.utils import timezone

from courses.models import Meeting
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme
from tests.jobgroup_platform.test_scale_out import REDIS_URL, redis_required  # noqa: F401
from tests.live_sessions.conftest import start_meeting
from tests.servers import asgi_server


def cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


async def open_socket(server, meeting_id, user_cookie):
    import websockets

    socket = await websockets.connect(
        f"ws://127.0.0.1:{server.port}/ws/meetings/{meeting_id}/",
        additional_headers={"Cookie": user_cookie, "Origin": f"http://127.0.0.1:{server.port}"},
    )
    await socket.send(json.dumps({"type": "hello", "last_seq": 0}))
    while json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] != "welcome":
        pass
    return socket


async def collect(socket, count):
    chats = []
    while len(chats) < count:
        event = json.loads(await asyncio.wait_for(socket.recv(), 10))
        if event["type"] == "chat.message":
            chats.append((event["seq"], event["html"]))
    return chats


def test_one_room_across_two_processes(transactional_db, redis_required):  # noqa: F811
    programme = make_programme("redis", steps=1)
    people = [UserFactory(display_name=n) for n in ("Anouk", "Bram")]
    cohort = make_cohort(programme, location=LocationFactory(), participants=people)
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    start_meeting(meeting)  # chat is on
    cookies = [cookie(p) for p in people]
    env = {"REDIS_URL": REDIS_URL}

    async def scenario(first, second):
        anouk = await open_socket(first, meeting.pk, cookies[0])
        bram = await open_socket(second, meeting.pk, cookies[1])
        for n in range(5):
            await anouk.send(
                json.dumps({"type": "chat.send", "id": str(uuid.uuid4()), "text": f"A{n}"})
            )
            await bram.send(
                json.dumps({"type": "chat.send", "id": str(uuid.uuid4()), "text": f"B{n}"})
            )
        seen_by_anouk, seen_by_bram = await asyncio.gather(collect(anouk, 10), collect(bram, 10))
        await anouk.close()
        await bram.close()
        return seen_by_anouk, seen_by_bram

    with asgi_server(extra_env=env) as first, asgi_server(extra_env=env) as second:
        seen_by_anouk, seen_by_bram = asyncio.run(scenario(first, second))
    assert seen_by_anouk == seen_by_bram  # one order for everyone
    seqs = [seq for seq, _ in seen_by_anouk]
    assert seqs == sorted(seqs) and len(set(seqs)) == 10
    texts = sorted(html for _, html in seen_by_anouk)
    assert texts == sorted([f"<p>A{n}</p>" for n in range(5)] + [f"<p>B{n}</p>" for n in range(5)])
