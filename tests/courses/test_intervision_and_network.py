"""Intervision circles and a finished group's channel: who gets in (one gate per room kind),
the name guard, leaving, hiding one's last name and the e-mail digest."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from courses.models import Attendance, Cohort, Meeting
from courses.network import channel as network
from courses.network import intervision
from courses.network.access import meeting_for_member
from live_sessions.digests import digests_send
from live_sessions.models import MeetingEvent
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme, member_of
from toolkit.permissions import NotPermitted


@pytest.fixture
def place(db):
    location = LocationFactory(name="Zoetermeer")
    coordinator = member_of(
        location,
        UserFactory(display_name="Cor Coördinator", roles=["coordinator"]),
        coordinator=True,
    )
    other_coordinator = member_of(
        LocationFactory(), UserFactory(roles=["coordinator"]), coordinator=True
    )
    leader = member_of(location, UserFactory(display_name="Lotte Leider", roles=["leader"]))
    buddy = member_of(location, UserFactory(display_name="Mo Maatje", roles=["buddy"]))
    participant = member_of(
        location,
        UserFactory(
            display_name="Samira Bakker",
            first_name="Samira",
            last_name="Bakker",
            roles=["participant"],
        ),
    )
    cohort = make_cohort(
        make_programme("net", steps=1),
        location=location,
        participants=[participant],
        leaders=[leader],
    )
    return location, coordinator, other_coordinator, leader, buddy, participant, cohort


def test_a_circle_takes_only_people_of_its_audience(place):
    location, coordinator, other, leader, buddy, participant, cohort = place
    circle = intervision.circle_create(
        by=coordinator, name="Coördinatoren Zuid", audience="coordinators", members=[other]
    )
    assert set(circle.memberships.values_list("user_id", flat=True)) == {coordinator.pk, other.pk}
    assert circle.memberships.get(user=coordinator).is_facilitator
    for wrong in (participant, buddy):
        with pytest.raises(intervision.ValidationError):
            intervision.circle_add_member(circle=circle, user=wrong)
    leaders = intervision.circle_create(
        by=coordinator, name="Leiders", audience="leaders", members=[leader]
    )
    # the coordinator set it up but is not a leader: not in it; the first leader facilitates
    assert list(leaders.memberships.values_list("user_id", "is_facilitator")) == [(leader.pk, True)]


@pytest.mark.parametrize(
    ("who", "gets_in", "leads"),
    [
        ("coordinator", True, True),
        ("other", True, False),
        ("leader", False, False),
        ("participant", False, False),
    ],
)
def test_intervision_room_access_per_role(place, who, gets_in, leads):
    location, coordinator, other, leader, buddy, participant, cohort = place
    circle = intervision.circle_create(
        by=coordinator, name="Coördinatoren", audience="coordinators", members=[other]
    )
    meeting = intervision.meeting_plan(circle=circle, starts_at=timezone.now())
    user = {
        "coordinator": coordinator,
        "other": other,
        "leader": leader,
        "participant": participant,
    }[who]
    if not gets_in:
        with pytest.raises(NotPermitted):
            meeting_for_member(user=user, meeting_id=meeting.pk)
        return
    access, room = meeting_for_member(user=user, meeting_id=meeting.pk)
    assert room.kind == Meeting.Kind.INTERVISION and access.is_leader == leads


def test_after_the_meeting_only_those_present_read_it_back(place):
    location, coordinator, other, leader, buddy, participant, cohort = place
    circle = intervision.circle_create(
        by=coordinator, name="Coördinatoren", audience="coordinators", members=[other]
    )
    meeting = intervision.meeting_plan(circle=circle, starts_at=timezone.now())
    Attendance.objects.create(meeting=meeting, user=coordinator, joined_at=timezone.now())
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.ENDED)
    meeting_for_member(user=coordinator, meeting_id=meeting.pk)
    with pytest.raises(NotPermitted):
        meeting_for_member(user=other, meeting_id=meeting.pk)


def test_the_name_guard_knows_participants_full_names(place):
    location, coordinator, other, leader, buddy, participant, cohort = place
    circle = intervision.circle_create(by=coordinator, name="C", audience="coordinators")
    names = intervision.protected_names(circle)
    assert "samira bakker" in names
    assert intervision.names_a_participant("Ik sprak SAMIRA  Bakker gisteren.", names)
    assert intervision.names_a_participant("samira bakker, die wil...", names)
    assert not intervision.names_a_participant("Deelnemer A (Samira) wil ...", names)
    assert not intervision.names_a_participant("Samira Bakkerij", names)


def test_circle_pages_refuse_participants_and_let_the_facilitator_plan(client, place):
    location, coordinator, other, leader, buddy, participant, cohort = place
    circle = intervision.circle_create(
        by=coordinator, name="Coördinatoren", audience="coordinators", members=[other]
    )
    client.force_login(participant)
    assert client.get(reverse("circle_detail", args=[circle.pk])).status_code == 404
    assert (
        client.post(reverse("circle_list"), {"name": "X", "audience": "buddies"}).status_code == 404
    )
    client.force_login(other)
    client.post(
        reverse("circle_detail", args=[circle.pk]),
        {"action": "plan", "date": "2030-01-07", "time": "19:30"},
    )
    assert not circle.meetings.exists()  # not the facilitator: refused
    client.force_login(coordinator)
    response = client.post(
        reverse("circle_detail", args=[circle.pk]),
        {"action": "plan", "date": "2030-01-07", "time": "19:30"},
    )
    assert response.status_code == 302 and circle.meetings.count() == 1
    client.post(
        reverse("circle_detail", args=[circle.pk]),
        {"action": "plan", "date": "morgen", "time": "x"},
    )
    assert circle.meetings.count() == 1


def test_group_channel_opens_when_the_group_finished_and_members_leave_in_one_click(client, place):
    location, coordinator, other, leader, buddy, participant, cohort = place
    url = reverse("group_channel", args=[cohort.pk])
    client.force_login(leader)
    client.post(url, {"action": "open"})
    assert network.channel_of(cohort) is None  # still running
    Cohort.objects.filter(pk=cohort.pk).update(status=Cohort.Status.FINISHED)
    client.post(url, {"action": "open"})
    channel = network.channel_of(cohort)
    assert channel is not None and channel.kind == Meeting.Kind.NETWORK
    access, _ = meeting_for_member(user=leader, meeting_id=channel.pk)
    assert access.is_leader
    access, _ = meeting_for_member(user=participant, meeting_id=channel.pk)
    assert access.is_participant
    with pytest.raises(NotPermitted):  # coordinators are not in the group's own channel
        meeting_for_member(user=coordinator, meeting_id=channel.pk)

    client.force_login(participant)
    client.post(url, {"action": "settings", "hide_last_name": "on", "digest": "on"})
    membership = network.active_membership(meeting=channel, user=participant)
    assert (
        membership.hide_last_name
        and network.shown_name(participant, hide_last_name=True) == "Samira"
    )
    page = client.post(url, {"action": "leave"}, follow=True).content.decode()
    assert "uit het groepskanaal gestapt" in page
    with pytest.raises(NotPermitted):
        meeting_for_member(user=participant, meeting_id=channel.pk)
    client.force_login(leader)  # the leader steps out too
    client.post(url, {"action": "leave"})
    with pytest.raises(NotPermitted):
        meeting_for_member(user=leader, meeting_id=channel.pk)


def test_the_digest_sends_new_messages_by_others_once(place):
    location, coordinator, other, leader, buddy, participant, cohort = place
    Cohort.objects.filter(pk=cohort.pk).update(status=Cohort.Status.FINISHED)
    cohort.refresh_from_db()
    channel = network.channel_open(cohort=cohort)
    network.membership_set(meeting=channel, user=participant, hide_last_name=True, digest=True)

    def event(seq, actor, text, **kw):
        return MeetingEvent.objects.create(
            meeting=channel,
            seq=seq,
            type="chat.message",
            actor=actor,
            payload={"html": f"<p>{text}</p>"},
            **kw,
        )

    event(1, participant, "Vacature bij de bakker &amp; meer")
    event(2, leader, "Mooi zo!")
    event(3, leader, "Verborgen", hidden=True)
    assert digests_send() == 2  # each member gets the others' messages
    by_address = {m.to[0]: m.body for m in mail.outbox}
    assert "Samira: Vacature bij de bakker & meer" in by_address[leader.email]
    assert "Bakker" not in by_address[leader.email].split("Vacature")[0]
    assert "Lotte Leider: Mooi zo!" in by_address[participant.email]
    assert "Verborgen" not in by_address[participant.email]
    mail.outbox.clear()
    assert digests_send() == 0  # nothing new, nothing sent
    network.channel_leave(meeting=channel, user=participant)
    event(4, leader, "Nog iets")
    assert digests_send() == 0  # the one who left gets nothing; the leader wrote it
