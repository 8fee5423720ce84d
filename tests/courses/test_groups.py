import datetime
import zoneinfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from courses import errors
from courses.groups.services import cohort_add_member, cohort_schedule_meetings, meeting_reschedule
from courses.groups.tasks import schedule_meeting_reminder, send_meeting_reminders
from courses.models import CohortMembership, Meeting
from tests.courses.conftest import exercise_id
from tests.factories import UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db
AMS = zoneinfo.ZoneInfo("Europe/Amsterdam")


def test_a_group_takes_at_most_twelve_participants_and_two_leaders():
    programme = make_programme(steps=1)
    cohort = make_cohort(programme, participants=UserFactory.create_batch(12))
    with pytest.raises(ValidationError) as exc:
        cohort_add_member(cohort=cohort, user=UserFactory(), role="participant")
    assert "hoogstens 12" in exc.value.messages[0]
    assert cohort.memberships.filter(role="participant").count() == 12
    cohort_add_member(cohort=cohort, user=UserFactory(), role="leader")
    cohort_add_member(cohort=cohort, user=UserFactory(), role="leader")
    with pytest.raises(ValidationError, match=str(errors.TOO_MANY_LEADERS)):
        cohort_add_member(cohort=cohort, user=UserFactory(), role="leader")
    # Adding someone who is already in is no change and no error.
    member = cohort.memberships.filter(role="participant").first().user
    cohort_add_member(cohort=cohort, user=member, role="participant")


def test_weekly_schedule_keeps_local_time_across_daylight_saving():
    programme = make_programme(steps=3)
    cohort = make_cohort(programme)
    first = datetime.datetime(2026, 10, 14, 19, 0, tzinfo=AMS)  # summer time; winter from 25 Oct
    meetings = cohort_schedule_meetings(cohort=cohort, first_starts_at=first)
    local = [m.starts_at.astimezone(AMS) for m in meetings]
    assert [(d.date().isoformat(), d.hour) for d in local] == [
        ("2026-10-14", 19),
        ("2026-10-21", 19),
        ("2026-10-28", 19),
    ]
    # Scheduling again adds nothing; a meeting can be moved on its own.
    cohort_schedule_meetings(cohort=cohort, first_starts_at=first)
    assert Meeting.objects.filter(cohort=cohort).count() == 3
    moved = meeting_reschedule(
        meeting=meetings[1], starts_at=datetime.datetime(2026, 10, 22, 10, 0, tzinfo=AMS)
    )
    assert moved.starts_at.astimezone(AMS).hour == 10


def test_reminder_the_day_before_with_open_homework(world, django_capture_on_commit_callbacks):
    from django.utils import timezone

    world.bram.reminders_enabled = False
    world.bram.save()
    start = timezone.now() + datetime.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        meetings = cohort_schedule_meetings(
            cohort=world.cohort, first_starts_at=start - datetime.timedelta(weeks=1)
        )
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(task_path="courses.groups.tasks.send_meeting_reminders")
    assert queued.count() >= 2  # the meetings still in the future
    meeting_2 = meetings[1]
    assert queued.filter(run_after=meeting_2.starts_at - datetime.timedelta(days=1)).exists()

    sent = send_meeting_reminders.call(meeting_2.pk, meeting_2.starts_at.isoformat())
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert world.bram.email not in recipients  # switched off
    assert world.anouk.email in recipients and world.lotte.email in recipients
    assert sent == len(recipients)
    anouk_mail = next(m for m in mail.outbox if m.to == [world.anouk.email])
    assert "Morgen" in anouk_mail.body and "huiswerk is nog niet af" in anouk_mail.body


def test_a_moved_meeting_does_not_send_the_old_reminder(world):
    from django.utils import timezone

    meeting = Meeting.objects.create(
        cohort=world.cohort, step_number=1, starts_at=timezone.now() + datetime.timedelta(days=2)
    )
    old = meeting.starts_at.isoformat()
    meeting_reschedule(meeting=meeting, starts_at=meeting.starts_at + datetime.timedelta(days=1))
    assert send_meeting_reminders.call(meeting.pk, old) == 0
    assert mail.outbox == []
    schedule_meeting_reminder(999999)  # a deleted meeting is ignored


def test_homework_done_is_not_mentioned(world, client):
    from django.utils import timezone

    client.force_login(world.anouk)
    step = 1
    from content.selectors import edition_step_content

    for exercise in edition_step_content(edition=world.cohort.edition, number=step).answerable:
        if exercise.part != "homework":
            continue
        value = {
            "list": {"items": {"Werk": ["x"]}},
            "choice": {"selected": ["Plannen"]},
            "quiz": {"answers": [0, 0]},
            "action_plan": {"rows": [{"goal": "Cv", "step": "Begin", "date": ""}]},
        }.get(exercise.type)
        if value:
            client.put(
                f"/api/v1/cohorts/{world.cohort.pk}/steps/1/answers/{exercise.id}",
                data={"value": value},
                content_type="application/json",
            )
    from courses.workbook.selectors import homework_status

    status = homework_status(cohort=world.cohort, user=world.anouk, step_number=1)
    assert status.total == 5 and status.done == 4  # the upload is still open
    assert len(status.open_titles) == 1 and "cv" in status.open_titles[0].lower()
    meeting = Meeting.objects.create(
        cohort=world.cohort, step_number=2, starts_at=timezone.now() + datetime.timedelta(days=1)
    )
    send_meeting_reminders.call(meeting.pk, meeting.starts_at.isoformat())
    body = next(m for m in mail.outbox if m.to == [world.anouk.email]).body
    assert "Upload je cv." in body and "Wat kun je goed?" not in body
    assert exercise_id  # imported helper used elsewhere


def test_my_meetings_api(client, world):
    from django.utils import timezone

    meeting = Meeting.objects.create(cohort=world.cohort, step_number=2, starts_at=timezone.now())
    for user, count in (
        (world.anouk, 1),
        (world.lotte, 1),
        (world.carla, 1),
        (world.outsider, 0),
        (world.utrecht_coordinator, 0),
    ):
        client.force_login(user)
        body = client.get("/api/v1/me/meetings").json()
        assert len(body) == count
        if count:
            assert body[0] == {
                "id": meeting.pk,
                "cohort": world.cohort.name,
                "cohort_id": world.cohort.pk,
                "step": "Stap 2",
                "step_number": 2,
                "starts_at": body[0]["starts_at"],
                "status": "planned",
                "websocket": f"/ws/meetings/{meeting.pk}/",
                "mode": "online",
                "place": "",
            }
            api_time = datetime.datetime.fromisoformat(body[0]["starts_at"])
            assert abs(api_time - meeting.starts_at) < datetime.timedelta(milliseconds=1)


def test_my_meetings_says_how_and_where_a_group_meets(client, world):
    from django.utils import timezone

    world.cohort.location.address = "Stationsplein 1, Zwolle"
    world.cohort.location.save()
    own = Meeting.objects.create(
        cohort=world.cohort, step_number=1, starts_at=timezone.now(), place="Zaal 2"
    )
    plain = Meeting.objects.create(cohort=world.cohort, step_number=2, starts_at=timezone.now())
    client.force_login(world.anouk)
    for mode, places in (
        ("on_site", {own.pk: "Zaal 2", plain.pk: "Stationsplein 1, Zwolle"}),
        ("hybrid", {own.pk: "Zaal 2", plain.pk: "Stationsplein 1, Zwolle"}),
        ("online", {own.pk: "", plain.pk: ""}),
    ):
        world.cohort.mode = mode
        world.cohort.save()
        body = client.get("/api/v1/me/meetings").json()
        assert {m["id"]: m["place"] for m in body} == places
        assert {m["mode"] for m in body} == {mode}


def test_membership_roles_are_stable_names():
    assert CohortMembership.Role.PARTICIPANT == "participant"
    assert CohortMembership.Role.LEADER == "leader"
