"""The buddy room over the real socket: the buddy (leading) and their participant both join the
same room; another participant and the coordinator are refused; the buddy's end writes one
online contact in the log."""

import datetime

import pytest
from asgiref.sync import sync_to_async
from django.utils import timezone

from courses.groups.models import Meeting
from courses.volunteers.models import BuddyContact, BuddyMatch
from live_sessions import close_codes
from tests.factories import LocationFactory, UserFactory, member_of
from tests.live_sessions.conftest import connect
from tests.live_sessions.test_rooms_beyond_the_group import close_code

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def buddy_room(transactional_db):
    location = LocationFactory()
    coordinator = member_of(location, UserFactory(roles=["coordinator"]), coordinator=True)
    buddy = member_of(location, UserFactory(display_name="Bas", roles=["buddy"]))
    anouk = member_of(location, UserFactory(display_name="Anouk", roles=["participant"]))
    bram = member_of(location, UserFactory(display_name="Bram", roles=["participant"]))
    today = timezone.localdate()
    match = BuddyMatch.objects.create(
        participant=anouk,
        buddy=buddy,
        location=location,
        consent_given_on=today,
        started_on=today,
    )
    meeting = Meeting.objects.create(
        kind=Meeting.Kind.BUDDY,
        buddy_match=match,
        starts_at=timezone.now() + datetime.timedelta(minutes=5),
        duration_minutes=30,
    )
    return meeting, buddy, anouk, bram, coordinator


async def test_buddy_and_participant_meet_in_the_room(buddy_room):
    meeting, buddy, anouk, bram, coordinator = buddy_room
    assert await close_code(bram, meeting.pk) == close_codes.FORBIDDEN
    assert await close_code(coordinator, meeting.pk) == close_codes.FORBIDDEN

    leader = await connect(buddy, meeting.pk)
    participant = await connect(anouk, meeting.pk)
    assert leader.welcome["you"]["role"] == "leader"
    assert participant.welcome["you"]["role"] == "participant"

    await leader.send("session.start")
    started = await participant.recv_until("session.started")
    assert started["block"] == "welcome" and started["minutes"] == 10
    await leader.send("breakout.open", size=2)  # no pairs in a one-to-one talk
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    await leader.send("block.goto", block="homework")  # not on the buddy room's agenda
    assert (await leader.recv_until("error"))["code"] == "bad_fields"
    await participant.send("chat.send", text="Hoi Bas")
    assert (await leader.recv_until("chat.message"))["actor"]["name"] == "Anouk"

    await leader.send("session.end")
    await participant.recv_until("session.ended")
    await leader.close()
    await participant.close()

    contacts = await sync_to_async(
        lambda: list(BuddyContact.objects.filter(meeting=meeting).values("kind", "author_id"))
    )()
    assert contacts == [{"kind": "online", "author_id": buddy.pk}]


async def test_no_contact_when_the_buddy_ends_alone(buddy_room):
    meeting, buddy, *_ = buddy_room
    leader = await connect(buddy, meeting.pk)
    await leader.send("session.start")
    await leader.recv_until("session.started")
    await leader.send("session.end")
    await leader.recv_until("session.ended")
    await leader.close()
    assert not await sync_to_async(BuddyContact.objects.exists)()
