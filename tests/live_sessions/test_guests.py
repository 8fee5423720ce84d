"""A guest of one meeting in the live room (issue #19): shown as a guest (role `guest`) in the
welcome and to the others; takes part in the chat; refused and let out once the link is revoked
or the meeting has ended."""

import pytest
from asgiref.sync import sync_to_async

from courses.models import Meeting
from courses.network import guests
from live_sessions import close_codes, schema
from tests.live_sessions.conftest import connect, start_meeting

pytestmark = pytest.mark.django_db(transaction=True)


def _guest_of(room, name="Ahmed (ondernemer)"):
    invite, _token = guests.guest_invite_create(
        meeting=room.meeting, by=room.leader, guest_name=name
    )
    return invite, guests.guest_user_for(invite=invite)


async def test_the_guest_is_shown_as_a_guest_and_chats(room):
    await sync_to_async(start_meeting)(room.meeting)
    _invite, guest = await sync_to_async(_guest_of)(room)
    leader = await connect(room.leader, room.meeting.pk)
    visitor = await connect(guest, room.meeting.pk)
    assert visitor.welcome["you"] == {"id": guest.pk, "name": "Ahmed (ondernemer)", "role": "guest"}
    joined = await leader.recv_until("presence.joined")
    assert joined["actor"] == {"id": guest.pk, "name": "Ahmed (ondernemer)", "role": "guest"}
    assert schema.check(joined) == []
    await visitor.send("chat.send", text="Goedenavond, ik heb een bakkerij.")
    said = await leader.recv_until("chat.message")
    assert said["actor"]["role"] == "guest" and "bakkerij" in said["html"]
    # someone joining later sees the guest as a guest in the welcome's list of who is present
    anouk = await connect(room.people[0], room.meeting.pk)
    present = {p["id"]: p for p in anouk.welcome["present"]}
    assert present[guest.pk]["role"] == "guest"
    for socket in (leader, visitor, anouk):
        await socket.close()


async def test_revoking_the_link_lets_the_guest_out_and_keeps_them_out(room):
    invite, guest = await sync_to_async(_guest_of)(room)
    visitor = await connect(guest, room.meeting.pk)
    await sync_to_async(guests.guest_invite_revoke)(invite=invite)
    assert await visitor.close_code(timeout=5) == close_codes.FORBIDDEN
    await visitor.close()
    again = await connect(guest, room.meeting.pk, hello=False)
    await again.send("hello", last_seq=0)
    assert await again.close_code(timeout=5) == close_codes.FORBIDDEN
    await again.close()


async def test_after_the_meeting_ended_the_guest_socket_is_refused(room):
    _invite, guest = await sync_to_async(_guest_of)(room)

    def end():
        Meeting.objects.filter(pk=room.meeting.pk).update(status=Meeting.Status.ENDED)

    await sync_to_async(end)()
    socket = await connect(guest, room.meeting.pk, hello=False)
    await socket.send("hello", last_seq=0)
    assert await socket.close_code(timeout=5) == close_codes.FORBIDDEN
    await socket.close()


def _homework_of(room):
    from courses.models import Answer

    person = room.people[0]
    return Answer.objects.create(
        participant=person,
        cohort=room.cohort,
        edition=room.cohort.edition,
        block_id="homework-1",
        step_number=1,
        block_type="reflection",
        value={"text": "Mijn schulden lopen op."},
        sharing="group",
    )


async def test_a_guest_never_receives_the_homework_the_leader_shows(room):
    answer = await sync_to_async(_homework_of)(room)
    _invite, guest = await sync_to_async(_guest_of)(room)
    leader = await connect(room.leader, room.meeting.pk)
    visitor = await connect(guest, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    await leader.send("homework.show", answer=answer.pk)
    assert "Mijn schulden" in (await anouk.recv_until("homework.shown"))["html"]
    await leader.send("hand.raise")  # a later event does reach the guest
    while True:
        event = await visitor.recv()
        assert event["type"] != "homework.shown"
        if event["type"] == "hand.raised":
            break
    await visitor.close()
    again = await connect(guest, room.meeting.pk, last_seq=0)  # the replay leaves it out too
    assert "Mijn schulden" not in str(again.welcome)
    for socket in (leader, anouk, again):
        await socket.close()


def test_a_guest_is_not_sent_the_groups_notes():
    """The notes tab is not offered to a guest, and the notes themselves never reach them."""
    from types import SimpleNamespace

    from live_sessions.selectors import hidden_types

    assert {"note.added", "homework.shown"} <= hidden_types(SimpleNamespace(is_guest=True))
    assert hidden_types(SimpleNamespace(is_guest=False)) == frozenset()
