"""Workshop reminders and the message that a place came free (django-tasks)."""

import datetime
import logging

from django.conf import settings
from django.urls import reverse
from django_tasks import task

from courses.network.models import Workshop, WorkshopSignup
from courses.reminders import BACKEND, schedule_day_before
from toolkit.mail import send_templated_mail

logger = logging.getLogger(__name__)


def _workshop_context(workshop, user) -> dict:

    return {
        "user": user,
        "workshop": workshop,
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        "room_path": reverse("meeting_detail", args=[workshop.meeting.pk]),
        "workshop_path": reverse("workshop_detail", args=[workshop.pk]),
        "workshops_path": reverse("workshop_list"),
    }


def _mail(user, template: str, context: dict) -> None:
    send_templated_mail(
        f"courses/email/{template}", context, user.email, language=user.preferred_language
    )


def schedule_workshop_reminder(workshop_id: int) -> None:

    schedule_day_before(send_workshop_reminders, Workshop.objects.filter(pk=workshop_id).first())


@task(backend=BACKEND)
def send_workshop_reminders(workshop_id: int, expected_starts_at: str) -> int:
    """The day before: e-mail everyone with a place (not the waiting list)."""

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

    signup = (
        WorkshopSignup.objects.select_related("user", "workshop__meeting")
        .filter(pk=signup_id, status=WorkshopSignup.Status.CONFIRMED)
        .first()
    )
    if signup is None:
        return 0
    _mail(signup.user, "workshop_place", _workshop_context(signup.workshop, signup.user))
    return 1


@task(backend=BACKEND)
def notify_workshop_moved(signup_id: int, old_starts_at: str, new_starts_at: str) -> int:
    """The workshop someone has a place for (or waits for) moved to another time. Sends nothing
    when it was called off or moved again since (that move sends its own mail), or when the
    person left it."""

    signup = (
        WorkshopSignup.objects.select_related("user", "workshop__meeting")
        .filter(
            pk=signup_id,
            workshop__status=Workshop.Status.PLANNED,
            status__in=[WorkshopSignup.Status.CONFIRMED, WorkshopSignup.Status.WAITING],
        )
        .first()
    )
    if signup is None or not signup.user.is_active:
        return 0
    if signup.workshop.starts_at != datetime.datetime.fromisoformat(new_starts_at):
        return 0
    context = _workshop_context(signup.workshop, signup.user)
    context["old_starts_at"] = datetime.datetime.fromisoformat(old_starts_at)
    context["waiting"] = signup.status == WorkshopSignup.Status.WAITING
    _mail(signup.user, "workshop_moved", context)
    return 1


@task(backend=BACKEND)
def notify_workshop_cancelled(signup_id: int) -> int:
    """The workshop someone had a place for (or waited for) does not go ahead."""

    signup = (
        WorkshopSignup.objects.select_related("user", "workshop__meeting")
        .filter(pk=signup_id, workshop__status=Workshop.Status.CANCELLED)
        .first()
    )
    if signup is None or not signup.user.is_active:
        return 0
    _mail(signup.user, "workshop_cancelled", _workshop_context(signup.workshop, signup.user))
    return 1
