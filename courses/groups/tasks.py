"""Background tasks (django-tasks, database backend, run by `manage.py db_worker`)."""

import datetime
import logging

from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from courses.groups.models import Meeting
from courses.reminders import BACKEND, schedule_day_before
from courses.workbook.selectors import homework_status
from toolkit.mail import send_templated_mail
from toolkit.sms import send_sms

logger = logging.getLogger(__name__)


def schedule_meeting_reminder(meeting_id: int) -> None:
    """Enqueue the reminder for the day before; a rescheduled meeting enqueues a new one and the
    old one finds the time changed and does nothing."""
    schedule_day_before(send_meeting_reminders, Meeting.objects.filter(pk=meeting_id).first())


@task(backend=BACKEND)
def send_meeting_reminders(meeting_id: int, expected_starts_at: str) -> int:
    """Remind every member who wants reminders: the meeting tomorrow, and unfinished homework.
    By e-mail; by text message to people with a phone number and no e-mail address."""

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
        context = {"user": user, "meeting": meeting, "open_homework": open_homework}
        if user.has_email:
            send_templated_mail(
                "courses/email/reminder", context, user.email, language=user.preferred_language
            )
        elif user.phone:
            with translation.override(user.preferred_language):
                send_sms(user.phone, render_to_string("courses/sms/reminder.txt", context))
        else:
            continue  # no way to reach them: the coordinator tells them in person
        sent += 1
    logger.info("meeting %s: %s reminders sent", meeting_id, sent)
    return sent


# --- Workshops -----------------------------------------------------------------------------------
