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


async def test_error_texts_speak_the_persons_language(room):
    """The protocol's `error` details are translated into the language the pages use for this
    person (their account's language here); the code stays the same."""
    english, dutch = room.people[0], room.people[1]
    english.preferred_language = "en"
    await sync_to_async(english.save)(update_fields=["preferred_language"])
    for person, detail in (
        (english, "You can only chat while the meeting is in progress."),
        (dutch, "Chatten kan alleen zolang de bijeenkomst bezig is."),
    ):
        socket = await connect(person, room.meeting.pk)
        await socket.send("chat.send", text="Hallo")
        error = await socket.recv_until("error")
        assert error["code"] == "not_live" and error["detail"] == detail
        await socket.close()
