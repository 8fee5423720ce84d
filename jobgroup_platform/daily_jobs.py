"""The daily jobs, as background tasks the `worker` runs; the `scheduler` process enqueues them
once a day at `DAILY_JOBS_HOUR` (jobgroup_platform/scheduler.py). The management commands
`send_certificate_reminders`, `purge_answers` and `send_network_digests` do the same work by hand.
"""

import datetime
import logging

from django_tasks import task

from courses.privacy.services import retention_purge_all
from courses.reminders import BACKEND
from courses.volunteers.services import certificate_reminders_send
from live_sessions.digests import digests_send

logger = logging.getLogger(__name__)


@task(backend=BACKEND)
def certificate_reminders_job(day: str | None = None) -> int:
    """E-mail holders whose certificate has exactly 90, 30 or 7 days left on `day` (ISO date;
    today when not given): the scheduler passes each missed day when it catches up."""
    today = datetime.date.fromisoformat(day) if day else None
    sent = certificate_reminders_send(today=today)
    logger.info("certificate reminders for %s: %s sent", day or "today", sent)
    return sent


@task(backend=BACKEND)
def retention_job() -> dict[str, int]:
    """Remove what the personal-data registry says has expired (ANSWER_RETENTION_DAYS)."""
    counts = retention_purge_all()
    logger.info("retention: %s", counts)
    return counts


@task(backend=BACKEND)
def network_digests_job() -> int:
    """E-mail members of group channels the messages they have not had yet."""
    sent = digests_send()
    logger.info("network digests: %s sent", sent)
    return sent


# name -> (task, catches up day by day). A job that catches up gets one run per missed day (at
# most CATCH_UP_DAYS); the others run once, since each run covers everything up to now.
DAILY_JOBS = {
    "certificate_reminders": (certificate_reminders_job, True),
    "retention": (retention_job, False),
    "network_digests": (network_digests_job, False),
}
CATCH_UP_DAYS = 7
