"""The same live room for an open workshop, an intervision meeting and a group channel: who gets
in, the agenda of each kind, what each room refuses, and names in a group channel."""

import datetime

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.utils import timezone

from courses.models import Answer, Attendance, Cohort
from courses.network import channel as network
from courses.network import intervision, workshops
from jobgroup_platform.asgi import application
from live_sessions import close_codes
from live_sessions.models import MeetingEvent
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme, member_of
from tests.live_sessions.conftest import ORIGIN, connect, session_cookie_for

pytestmark = pytest.mark.django_db(transaction=True)


async def close_code(user, meeting_id):
    communicator = WebsocketCommunicator(
        application,
        f"/ws/meetings/{meeting_id}/",
        headers=[ORIGIN, (b"cookie", await sync_to_async(session_cookie_for)(user))],
    )
    await communicator.connect()
    output = await communicator.receive_output()
    await communicator.disconnect()
    return output.get("code")


@pytest.fixture
def workshop_room(transactional_db):
    from tests.factories import ensure_wagtail_tree

    ensure_wagtail_tree()
    location = LocationFactory()
    coordinator = member_of(location, UserFactory(roles=["coordinator"]), coordinator=True)
    host = member_of(location, UserFactory(display_name="Mia", roles=["buddy"]))
    series = workshops.series_create(by=coordinator, title="NetWerken", locations=[location])
    series.published = True
    series.save()
    workshop = workshops.workshop_create(
        series=series,
        title="Hoe vind ik?",
        starts_at=timezone.now() + datetime.timedelta(hours=1),
        capacity=1,
        hosts=[host],
    )
    people = [
        member_of(location, UserFactory(display_name=n, roles=["participant"]))
        for n in ("An", "Bo")
    ]
    for person in people:
        workshops.sign_up(user=person, workshop=workshop)  # An has the place, Bo waits
    return workshop, host, people


async def test_workshop_room_with_its_own_agenda(workshop_room):
    workshop, host, (an, bo) = workshop_room
    meeting_id = await sync_to_async(lambda: workshop.meeting.pk)()
    assert await close_code(bo, meeting_id) == close_codes.FORBIDDEN  # on the waiting list
    leader = await connect(host, meeting_id)
    participant = await connect(an, meeting_id)
    await leader.send("session.start")
    started = await participant.recv_until("session.started")
    assert started["block"] == "welcome" and started["minutes"] == 15
    await leader.send("block.goto", block="group_talk")
    assert (await participant.recv_until("block.changed"))["minutes"] == 60
    await leader.send("block.goto", block="homework")  # not on a workshop's agenda
    assert (await leader.recv_until("error"))["code"] == "bad_fields"
    await leader.send("note.add", text="Afspraak")  # no group memory in a workshop
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    await leader.send("block.goto", block="reflection")
    await participant.send("answer.post", block="reflection", text="Ik ga bellen.")
    posted = await participant.recv_until("answer.posted")
    assert posted["html"] == "<p>Ik ga bellen.</p>"
    assert not await sync_to_async(Answer.objects.exists)()  # no group workbook to file it in
    await participant.send("chat.send", text="Hallo allemaal")
    assert (await leader.recv_until("chat.message"))["actor"]["name"] == "An"
    await leader.close()
    await participant.close()
    # attendance comes from the connections, as for a group's meeting
    present = await sync_to_async(
        lambda: set(
            Attendance.objects.filter(meeting_id=meeting_id).values_list("user_id", flat=True)
        )
    )()
    assert present == {host.pk, an.pk}


@pytest.fixture
def circle_room(transactional_db):
    location = LocationFactory()
    coordinators = [
        member_of(location, UserFactory(display_name=n, roles=["coordinator"]), coordinator=True)
        for n in ("Cor", "Dina")
    ]
    participant = member_of(
        location,
        UserFactory(display_name="Samira Bakker", roles=["participant"]),
    )
    make_cohort(make_programme("iv", steps=1), location=location, participants=[participant])
    circle = intervision.circle_create(
        by=coordinators[0], name="Coördinatoren", audience="coordinators", members=coordinators[1:]
    )
    meeting = intervision.meeting_plan(circle=circle, starts_at=timezone.now())
    return meeting, coordinators, participant


async def test_intervision_refuses_participants_and_their_names(circle_room):
    meeting, (cor, dina), participant = circle_room
    assert await close_code(participant, meeting.pk) == close_codes.FORBIDDEN
    facilitator = await connect(cor, meeting.pk)
    member = await connect(dina, meeting.pk)
    assert facilitator.welcome["you"]["role"] == "leader"
    assert member.welcome["you"]["role"] == "participant"
    await member.send("block.goto", block="deepening")  # only the facilitator leads
    assert (await member.recv_until("error"))["code"] == "forbidden"
    await facilitator.send("session.start")
    await facilitator.send("block.goto", block="deepening")
    assert (await member.recv_until("block.changed"))["minutes"] == 30
    before = await sync_to_async(MeetingEvent.objects.filter(type="chat.message").count)()
    await member.send("chat.send", text="Het gaat over Samira Bakker uit de groep.")
    error = await member.recv_until("error")
    assert error["code"] == "bad_fields" and "deelnemer A" in error["detail"]
    assert await sync_to_async(MeetingEvent.objects.filter(type="chat.message").count)() == before
    await member.send("chat.send", text="Het gaat over deelnemer A.")
    assert (await facilitator.recv_until("chat.message"))[
        "html"
    ] == "<p>Het gaat over deelnemer A.</p>"
    await facilitator.close()
    await member.close()


@pytest.fixture
def channel_room(transactional_db):
    location = LocationFactory()
    leader = member_of(location, UserFactory(display_name="Lotte Leider", roles=["leader"]))
    people = [
        member_of(
            location,
            UserFactory(display_name=f"{first} {last}", first_name=first, last_name=last),
        )
        for first, last in (("Anouk", "de Vries"), ("Bram", "Jansen"))
    ]
    cohort = make_cohort(
        make_programme("ch", steps=1), location=location, participants=people, leaders=[leader]
    )
    Cohort.objects.filter(pk=cohort.pk).update(status=Cohort.Status.FINISHED)
    cohort.refresh_from_db()
    channel = network.channel_open(cohort=cohort)
    network.membership_set(meeting=channel, user=people[0], hide_last_name=True, digest=True)
    return channel, leader, people


async def test_group_channel_chat_names_and_leaving(channel_room):
    channel, leader, (anouk, bram) = channel_room
    a = await connect(anouk, channel.pk)
    b = await connect(bram, channel.pk)
    assert a.welcome["you"]["name"] == "Anouk"  # last name hidden
    await a.send("chat.send", text="Vacature: kok bij De Zwaan")  # no session needed
    message = await b.recv_until("chat.message")
    assert message["actor"]["name"] == "Anouk"
    lead = await connect(leader, channel.pk)
    await lead.send("session.start")  # a channel has no start or end
    assert (await lead.recv_until("error"))["code"] == "not_allowed_now"
    # Anouk leaves (one click on the channel page) while her socket is still open
    await sync_to_async(network.channel_leave)(meeting=channel, user=anouk)
    # ... and it closes with 4403 at once (the leave makes her sockets re-check)
    assert await a.close_code() == close_codes.FORBIDDEN
    chats = await sync_to_async(
        lambda: [e.payload["html"] for e in MeetingEvent.objects.filter(type="chat.message")]
    )()
    assert chats == ["<p>Vacature: kok bij De Zwaan</p>"]
    await a.close()
    assert await close_code(anouk, channel.pk) == close_codes.FORBIDDEN
    # a leader moderates as in the room
    await lead.send("message.hide", seq=message["seq"])
    assert (await b.recv_until("message.hidden"))["hidden_seq"] == message["seq"]
    await lead.close()
    await b.close()


async def test_cancelling_a_workshop_place_closes_the_open_socket(workshop_room):
    workshop, host, (an, bo) = workshop_room
    meeting_id = await sync_to_async(lambda: workshop.meeting.pk)()
    socket = await connect(an, meeting_id)
    await sync_to_async(workshops.cancel)(user=an, workshop=workshop)
    assert await socket.close_code() == close_codes.FORBIDDEN
    await socket.close()
    assert await close_code(an, meeting_id) == close_codes.FORBIDDEN


async def test_a_group_channel_has_no_raise_hand_and_refuses_it(channel_room):
    channel, leader, (anouk, bram) = channel_room
    a = await connect(anouk, channel.pk)
    await a.send("hand.raise")
    assert (await a.recv_until("error"))["code"] == "not_allowed_now"
    raised = await sync_to_async(MeetingEvent.objects.filter(type="hand.raised").exists)()
    assert not raised
    await a.close()

    def room_page(user):
        from django.test import Client
        from django.urls import reverse

        client = Client()
        client.force_login(user)
        return client.get(reverse("meeting_detail", args=[channel.pk])).content.decode()

    page = await sync_to_async(room_page)(bram)
    assert 'id="chat-form"' in page or "chat-text" in page  # the channel's own room
    assert 'id="hand-button"' not in page
