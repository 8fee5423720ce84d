import pytest
from asgiref.sync import sync_to_async

from tests.live_sessions.conftest import connect, start_meeting

pytestmark = pytest.mark.django_db(transaction=True)


async def test_hello_welcome_and_chat_in_order(room):
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    assert anouk.welcome["status"] == "waiting"
    await sync_to_async(start_meeting)(room.meeting)
    assert {p["name"] for p in anouk.welcome["present"]} == {"Lotte", "Anouk"}
    joined = await leader.recv_until("presence.joined")
    assert joined["actor"]["name"] == "Anouk" and joined["actor"]["role"] == "participant"
    client_id = await anouk.send("chat.send", text="Hallo **allemaal** <script>alert(1)</script>")
    for socket in (leader, anouk):
        message = await socket.recv_until("chat.message")
        assert message["client_id"] == client_id
        assert "<strong>allemaal</strong>" in message["html"]
        assert "<script>" not in message["html"]
        assert message["seq"] > joined["seq"]
    await leader.close()
    await anouk.close()
