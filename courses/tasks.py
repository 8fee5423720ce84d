"""Background tasks (django-tasks, database backend, run by `manage.py db_worker`)."""

import datetime
import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from .models import Meeting

logger = logging.getLogger(__name__)

REMIND_BEFORE = datetime.timedelta(days=1)


def schedule_meeting_reminder(meeting_id: int) -> None:
    """Enqueue the reminder for the day before; a rescheduled meeting enqueues a new one and the
    old one finds the time changed and does nothing."""
    _schedule_day_before(send_meeting_reminders, Meeting.objects.filter(pk=meeting_id).first())


def _schedule_day_before(reminder_task, thing) -> None:
    """Enqueue `reminder_task(thing.pk, starts_at)` for the day before `thing.starts_at`; the task
    compares the time it was given with the current one, so a moved date sends nothing twice."""
    if thing is None:
        return
    run_after = thing.starts_at - REMIND_BEFORE
    if run_after <= timezone.now():
        return
    reminder_task.using(run_after=run_after).enqueue(thing.pk, thing.starts_at.isoformat())


BACKEND = "background"


@task(backend=BACKEND)
def send_meeting_reminders(meeting_id: int, expected_starts_at: str) -> int:
    """E-mail every member who wants reminders: the meeting tomorrow, and unfinished homework."""
    from .selectors import homework_status

    meeting = (
        Meeting.objects.select_related("cohort__edition__programme").filter(pk=meeting_id).first()
    )
    expected = datetime.datetime.fromisoformat(expected_starts_at)
    if meeting is None or meeting.starts_at != expected:
        return 0  # deleted or moved: the new time has its own reminder
    if meeting.status != Meeting.Status.PLANNED:
        return 0
    sent = 0
    members = meeting.cohort.memberships.select_related("user").filter(
        user__is_active=True, user__reminders_enabled=True
    )
    for membership in members:
        user = membership.user
        open_homework = []
        if membership.role == "participant" and meeting.step_number > 1:
            open_homework = homework_status(
                cohort=meeting.cohort, user=user, step_number=meeting.step_number - 1
            ).open_titles
        with translation.override(user.preferred_language):
            context = {"user": user, "meeting": meeting, "open_homework": open_homework}
            send_mail(
                render_to_string("courses/email/reminder_subject.txt", context).strip(),
                render_to_string("courses/email/reminder.txt", context),
                None,
                [user.email],
            )
        sent += 1
    logger.info("meeting %s: %s reminders sent", meeting_id, sent)
    return sent


# --- Workshops -----------------------------------------------------------------------------------


def _workshop_context(workshop, user) -> dict:
    from django.conf import settings
    from django.urls import reverse

    return {
        "user": user,
        "workshop": workshop,
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        "room_path": reverse("meeting_detail", args=[workshop.meeting.pk]),
        "workshop_path": reverse("workshop_detail", args=[workshop.pk]),
    }


def _mail(user, template: str, context: dict) -> None:
    with translation.override(user.preferred_language):
        send_mail(
            render_to_string(f"courses/email/{template}_subject.txt", context).strip(),
            render_to_string(f"courses/email/{template}.txt", context),
            None,
            [user.email],
        )


def schedule_workshop_reminder(workshop_id: int) -> None:
    from .workshops import Workshop

    _schedule_day_before(send_workshop_reminders, Workshop.objects.filter(pk=workshop_id).first())


@task(backend=BACKEND)
def send_workshop_reminders(workshop_id: int, expected_starts_at: str) -> int:
    """The day before: e-mail everyone with a place (not the waiting list)."""
    from .workshops import Workshop, WorkshopSignup

    workshop = Workshop.objects.select_related("meeting").filter(pk=workshop_id).first()
    expected = datetime.datetime.fromisoformat(expected_starts_at)
    if workshop is None or workshop.starts_at != expected:
        return 0
    if workshop.status != Workshop.Status.PLANNED:
        return 0
    sent = 0
    signups = workshop.signups.select_related("user").filter(
        status=WorkshopSignup.Status.CONFIRMED,
        user__is_active=True,
        user__reminders_enabled=True,
    )
    for signup in signups:
        _mail(signup.user, "workshop_reminder", _workshop_context(workshop, signup.user))
        sent += 1
    logger.info("workshop %s: %s reminders sent", workshop_id, sent)
    return sent


@task(backend=BACKEND)
def notify_workshop_place(signup_id: int) -> int:
    """Someone on the waiting list got a place."""
    from .workshops import WorkshopSignup

    signup = (
        WorkshopSignup.objects.select_related("user", "workshop__meeting")
        .filter(pk=signup_id, status=WorkshopSignup.Status.CONFIRMED)
        .first()
    )
    if signup is None:
        return 0
    _mail(signup.user, "workshop_place", _workshop_context(signup.workshop, signup.user))
    return 1
