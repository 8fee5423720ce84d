"""Which daily jobs are due, and enqueueing them exactly once a day (`manage.py scheduler`).

A job is due when it has not run today (local date) and either the hour `DAILY_JOBS_HOUR` has
come, or it missed a whole day (the scheduler was down): then it runs at once. The claim and the
enqueued task are one transaction, and the claim is a conditional update, so a restart or a
second scheduler never enqueues a job twice on the same day.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from jobgroup_platform.daily_jobs import CATCH_UP_DAYS, DAILY_JOBS
from jobgroup_platform.models import DailyJobRun

logger = logging.getLogger(__name__)


def _is_due(last_run_on: datetime.date | None, now: datetime.datetime) -> bool:
    today = now.date()
    if last_run_on is not None and last_run_on >= today:
        return False
    if now.hour >= settings.DAILY_JOBS_HOUR:
        return True
    return last_run_on is not None and last_run_on < today - datetime.timedelta(days=1)


def _days_to_run(
    last_run_on: datetime.date | None, today: datetime.date, *, name: str = ""
) -> list[datetime.date]:
    """The days a catching-up job runs for: each missed day up to today, at most
    `CATCH_UP_DAYS`; older missed days are left out with a warning in the log."""
    if last_run_on is None:
        return [today]
    missed_from = last_run_on + datetime.timedelta(days=1)
    first = max(missed_from, today - datetime.timedelta(CATCH_UP_DAYS - 1))
    if first > missed_from:
        logger.warning(
            "scheduler: %s not caught up for %s to %s (%s days; at most %s are caught up)",
            name or "job",
            missed_from.isoformat(),
            (first - datetime.timedelta(days=1)).isoformat(),
            (first - missed_from).days,
            CATCH_UP_DAYS,
        )
    return [first + datetime.timedelta(days=n) for n in range((today - first).days + 1)]


def daily_jobs_enqueue(*, now: datetime.datetime | None = None) -> list[str]:
    """Enqueue every daily job that is due at `now` (default: the current local time) and
    remember the day. Returns what was enqueued, e.g. `["retention", "certificate_reminders
    2026-12-04"]`."""
    now = timezone.localtime(now)
    today = now.date()
    enqueued = []
    for name, (job, catches_up) in DAILY_JOBS.items():
        run, _ = DailyJobRun.objects.get_or_create(job=name)
        if not _is_due(run.last_run_on, now):
            continue
        with transaction.atomic():
            claimed = (
                DailyJobRun.objects.filter(pk=run.pk)
                .filter(Q(last_run_on__isnull=True) | Q(last_run_on__lt=today))
                .filter(last_run_on=run.last_run_on)
                .update(last_run_on=today, last_enqueued_at=timezone.now())
            )
            if not claimed:
                continue  # another scheduler was first
            if catches_up:
                for day in _days_to_run(run.last_run_on, today, name=name):
                    job.enqueue(day.isoformat())
                    enqueued.append(f"{name} {day.isoformat()}")
            else:
                job.enqueue()
                enqueued.append(name)
    for item in enqueued:
        logger.info("scheduler: enqueued %s", item)
    return enqueued
