"""The buddy room: a buddy's one-to-one online meeting with their participant (issue #19, seed
001 "digitale individuele begeleiding"). Who gets in, planning, the page and the home page, and
the contact the meeting leaves in the log."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts import services as account_services
from courses.groups.models import Attendance, CohortMembership, Meeting
from courses.network.access import meeting_for_member
from courses.privacy.personal_data import retention_for
from courses.volunteers import buddies
from courses.volunteers.models import BuddyContact
from live_sessions.models import MeetingEvent
from live_sessions.personal_data import TOMBSTONE, _purge_events
from tests.courses.test_buddies import certify, match, scene  # noqa: F401  (fixture)
from tests.factories import UserFactory
from toolkit.permissions import NotPermitted

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def room(scene):  # noqa: F811
    """Bas is Anouk's buddy and planned an online meeting for tomorrow. Also around: Bram
    (another participant), Dirk (another certified buddy, with Bram), Carla (coordinator)."""
    scene.match = match(scene)
    dirk = UserFactory(roles=["buddy"], display_name="Dirk", email="dirk@example.org")
    account_services.location_add_member(location=scene.zoetermeer, user=dirk)
    certify(dirk, scene.course, code="BUDDY00002", vog=True)
    scene.dirk = dirk
    scene.other_match = match(scene, participant=scene.bram, buddy=dirk)
    scene.meeting = buddies.buddy_meeting_plan(
        buddy=scene.bas,
        match=scene.match,
        starts_at=timezone.now() + datetime.timedelta(days=1),
        duration_minutes=45,
    )
    return scene


# --- The gate ---------------------------------------------------------------------------------

GATE = {
    "bas": CohortMembership.Role.LEADER,  # the buddy leads
    "anouk": CohortMembership.Role.PARTICIPANT,  # their participant
    "bram": None,  # another participant
    "dirk": None,  # another buddy
    "carla": None,  # the location's coordinator: a one-to-one talk is private
    "lotte": None,  # a leader of Anouk's group
    "anonymous": None,
}


@pytest.mark.parametrize(("person", "role"), GATE.items())
def test_buddy_room_gate_matrix(room, person, role):
    from django.contrib.auth.models import AnonymousUser

    user = AnonymousUser() if person == "anonymous" else getattr(room, person)
    if role is None:
        with pytest.raises(NotPermitted):
            meeting_for_member(user=user, meeting_id=room.meeting.pk)
        return
    access, meeting = meeting_for_member(user=user, meeting_id=room.meeting.pk)
    assert meeting.pk == room.meeting.pk
    assert access.role == role
    assert access.cohort is None
    assert not access.is_location_coordinator


def test_buddy_room_closes_when_the_match_ends(room):
    buddies.buddy_match_end(coordinator=room.carla, match=room.match, ended_on=timezone.localdate())
    for person in (room.bas, room.anouk):
        with pytest.raises(NotPermitted):
            meeting_for_member(user=person, meeting_id=room.meeting.pk)


@pytest.mark.parametrize(
    ("person", "status"),
    [("bas", 200), ("anouk", 200), ("carla", 404), ("bram", 404), ("dirk", 404)],
)
def test_room_page_for_the_two_only(client, room, person, status):
    client.force_login(getattr(room, person))
    response = client.get(reverse("meeting_detail", args=[room.meeting.pk]))
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert "Gesprek met je maatje" in html
        assert 'data-kind="buddy"' in html
        assert "Hoe gaat het?" in html  # the buddy room's own agenda
        assert "Afspraken van vorige keer" not in html  # no group memory
        assert 'data-send="homework.show"' not in html  # no homework review


# --- Planning ---------------------------------------------------------------------------------


def test_plan_refuses_a_moment_in_the_past(room):
    with pytest.raises(ValidationError) as error:
        buddies.buddy_meeting_plan(
            buddy=room.bas,
            match=room.match,
            starts_at=timezone.now() - HOUR,
            duration_minutes=30,
        )
    assert "starts_at" in error.value.error_dict
    assert Meeting.objects.filter(kind=Meeting.Kind.BUDDY).count() == 1


@pytest.mark.parametrize("minutes", [0, 10, 121, 600, None])
def test_plan_refuses_a_bad_duration(room, minutes):
    with pytest.raises(ValidationError) as error:
        buddies.buddy_meeting_plan(
            buddy=room.bas,
            match=room.match,
            starts_at=timezone.now() + HOUR,
            duration_minutes=minutes,
        )
    assert "duration_minutes" in error.value.error_dict


def test_only_the_buddy_of_an_open_match_plans(room):
    for someone in (room.anouk, room.carla, room.dirk):
        with pytest.raises(PermissionDenied):
            buddies.buddy_meeting_plan(
                buddy=someone,
                match=room.match,
                starts_at=timezone.now() + HOUR,
                duration_minutes=30,
            )
    buddies.buddy_match_end(coordinator=room.carla, match=room.match, ended_on=timezone.localdate())
    with pytest.raises(ValidationError):
        buddies.buddy_meeting_plan(
            buddy=room.bas, match=room.match, starts_at=timezone.now() + HOUR, duration_minutes=30
        )


def test_a_buddy_meeting_needs_its_match():
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(kind=Meeting.Kind.BUDDY, starts_at=timezone.now())


def test_buddy_plans_on_the_match_page_and_the_participant_sees_meedoen(client, room):
    url = reverse("buddy_match", args=[room.match.pk])
    client.force_login(room.bas)
    day = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    response = client.post(
        url,
        {
            "action": "meeting",
            "meeting-day": day,
            "meeting-time": "19:30",
            "meeting-duration_minutes": "60",
        },
    )
    assert response.status_code == 302
    planned = Meeting.objects.filter(kind=Meeting.Kind.BUDDY).latest("pk")
    assert planned.buddy_match == room.match and planned.duration_minutes == 60
    local = timezone.localtime(planned.starts_at, zoneinfo.ZoneInfo("Europe/Amsterdam"))
    assert (local.date().isoformat(), local.strftime("%H:%M")) == (day, "19:30")

    client.force_login(room.anouk)
    home = client.get("/").content.decode()
    assert "Online gesprek met je maatje" in home
    assert reverse("meeting_detail", args=[planned.pk]) in home
    assert "Meedoen" in home
    page = client.get(url).content.decode()
    assert reverse("meeting_detail", args=[planned.pk]) in page
    assert "Online gesprek plannen" not in page  # the participant does not plan

    # Bram (another participant) and Carla (coordinator) do not see it
    for other in (room.bram, room.carla):
        client.force_login(other)
        assert reverse("meeting_detail", args=[planned.pk]) not in client.get("/").content.decode()


def test_the_match_page_shows_the_planning_error(client, room):
    client.force_login(room.bas)
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = client.post(
        reverse("buddy_match", args=[room.match.pk]),
        {
            "action": "meeting",
            "meeting-day": yesterday,
            "meeting-time": "10:00",
            "meeting-duration_minutes": "30",
        },
    )
    assert response.status_code == 200
    assert str(buddies.MEETING_IN_PAST) in response.content.decode()
    assert Meeting.objects.filter(kind=Meeting.Kind.BUDDY).count() == 1


def test_the_participant_cannot_plan_through_the_page(client, room):
    client.force_login(room.anouk)
    response = client.post(
        reverse("buddy_match", args=[room.match.pk]),
        {"action": "meeting", "meeting-day": "2030-01-01", "meeting-time": "10:00"},
    )
    assert response.status_code == 400
    assert Meeting.objects.filter(kind=Meeting.Kind.BUDDY).count() == 1


# --- The contact in the log -------------------------------------------------------------------


def attend(meeting, *people):
    for person in people:
        Attendance.objects.create(meeting=meeting, user=person, joined_at=timezone.now())


def test_contact_recorded_once_when_both_were_there(room):
    attend(room.meeting, room.bas, room.anouk)
    first = buddies.buddy_meeting_contact_record(meeting=room.meeting)
    again = buddies.buddy_meeting_contact_record(meeting=room.meeting)
    assert first is not None and again.pk == first.pk
    contacts = BuddyContact.objects.filter(match=room.match)
    assert contacts.count() == 1
    contact = contacts.get()
    assert contact.kind == BuddyContact.Kind.ONLINE
    assert contact.author == room.bas
    assert contact.meeting == room.meeting
    assert contact.note == ""  # nothing of the talk
    assert contact.contact_on == timezone.localdate(room.meeting.starts_at)


def test_no_contact_when_the_participant_never_came(room):
    attend(room.meeting, room.bas)
    assert buddies.buddy_meeting_contact_record(meeting=room.meeting) is None
    assert not BuddyContact.objects.filter(match=room.match).exists()


def test_the_task_at_the_planned_end_records_it_once(room):
    attend(room.meeting, room.bas, room.anouk)
    ends_at = room.meeting.starts_at + datetime.timedelta(minutes=45)
    task = buddies.record_buddy_meeting_contact
    assert task.call(room.meeting.pk, ends_at.isoformat()) is True
    assert task.call(room.meeting.pk, ends_at.isoformat()) is True
    assert BuddyContact.objects.filter(meeting=room.meeting).count() == 1
    # a task for another end time (the meeting was moved) does nothing
    other = buddies.buddy_meeting_plan(
        buddy=room.bas, match=room.match, starts_at=timezone.now() + HOUR, duration_minutes=30
    )
    attend(other, room.bas, room.anouk)
    assert task.call(other.pk, (ends_at + HOUR).isoformat()) is False
    assert not BuddyContact.objects.filter(meeting=other).exists()


def test_planning_enqueues_the_task_for_the_end(room, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True):
        meeting = buddies.buddy_meeting_plan(
            buddy=room.bas,
            match=room.match,
            starts_at=timezone.now() + HOUR,
            duration_minutes=30,
        )
    queued = DBTaskResult.objects.filter(task_path__endswith="record_buddy_meeting_contact")
    assert queued.filter(args_kwargs__args__0=meeting.pk).exists()
    assert queued.get(args_kwargs__args__0=meeting.pk).run_after == meeting.starts_at + (
        datetime.timedelta(minutes=30)
    )


# --- Privacy ----------------------------------------------------------------------------------


def test_chat_of_a_buddy_meeting_expires_with_its_match(room):
    MeetingEvent.objects.create(
        meeting=room.meeting,
        seq=1,
        type="chat.message",
        actor=room.anouk,
        actor_role="participant",
        payload={"html": "<p>Ik heb een sollicitatie.</p>"},
    )
    retention = retention_for()
    _purge_events(retention)
    assert MeetingEvent.objects.get(meeting=room.meeting).type == "chat.message"  # still open
    room.match.ended_on = retention.cutoff - datetime.timedelta(days=1)
    room.match.save()
    _purge_events(retention)
    assert MeetingEvent.objects.get(meeting=room.meeting).type == TOMBSTONE


def test_the_coordinator_sees_the_match_but_not_its_online_meetings(client, room):
    client.force_login(room.carla)
    page = client.get(reverse("buddy_match", args=[room.match.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert reverse("meeting_detail", args=[room.meeting.pk]) not in html
    assert "Online gesprek plannen" not in html
    client.force_login(room.bas)
    html = client.get(reverse("buddy_match", args=[room.match.pk])).content.decode()
    assert reverse("meeting_detail", args=[room.meeting.pk]) in html
    assert "Online gesprek plannen" in html
