"""The `scheduler` process: each daily job is enqueued once a day at DAILY_JOBS_HOUR, a restart
does not enqueue it twice, a missed day runs at once, and the worker's task does the job."""

import datetime
import io
import os
import signal
import subprocess
import sys
import time
import zoneinfo

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from jobgroup_platform.daily_jobs import (
    certificate_reminders_job,
    network_digests_job,
    retention_job,
)
from jobgroup_platform.models import DailyJobRun
from jobgroup_platform.scheduler import daily_jobs_enqueue
from tests import servers

pytestmark = pytest.mark.django_db
AMS = zoneinfo.ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, 12, day, hour, minute, tzinfo=AMS)


def queued_paths() -> list[str]:
    return sorted(DBTaskResult.objects.values_list("task_path", flat=True))


@override_settings(DAILY_JOBS_HOUR=6)
def test_nothing_runs_before_the_hour_and_each_job_once_from_the_hour():
    assert daily_jobs_enqueue(now=at(4, 5, 59)) == []
    assert DBTaskResult.objects.count() == 0
    enqueued = daily_jobs_enqueue(now=at(4, 6, 0))
    assert enqueued == ["certificate_reminders 2026-12-04", "retention", "network_digests"]
    assert queued_paths() == [
        "jobgroup_platform.daily_jobs.certificate_reminders_job",
        "jobgroup_platform.daily_jobs.network_digests_job",
        "jobgroup_platform.daily_jobs.retention_job",
    ]
    # later the same day (or after a restart): nothing again
    assert daily_jobs_enqueue(now=at(4, 6, 1)) == []
    assert daily_jobs_enqueue(now=at(4, 23, 59)) == []
    assert DBTaskResult.objects.count() == 3
    assert set(DailyJobRun.objects.values_list("last_run_on", flat=True)) == {
        datetime.date(2026, 12, 4)
    }
    # the next day, at the hour again
    assert daily_jobs_enqueue(now=at(5, 3)) == []
    assert len(daily_jobs_enqueue(now=at(5, 7))) == 3


@override_settings(DAILY_JOBS_HOUR=6)
def test_a_missed_day_runs_at_once_and_certificate_reminders_catch_up_each_day():
    daily_jobs_enqueue(now=at(1, 6))
    DBTaskResult.objects.all().delete()
    # the scheduler was down on the 2nd and 3rd; it starts again at 02:00 on the 4th
    enqueued = daily_jobs_enqueue(now=at(4, 2))
    assert enqueued == [
        "certificate_reminders 2026-12-02",
        "certificate_reminders 2026-12-03",
        "certificate_reminders 2026-12-04",
        "retention",
        "network_digests",
    ]
    days = sorted(
        r.args_kwargs["args"][0]
        for r in DBTaskResult.objects.filter(task_path__endswith="certificate_reminders_job")
    )
    assert days == ["2026-12-02", "2026-12-03", "2026-12-04"]
    assert daily_jobs_enqueue(now=at(4, 6)) == []  # not twice on the 4th


@override_settings(DAILY_JOBS_HOUR=6)
def test_a_job_already_claimed_by_another_scheduler_is_not_enqueued_again():
    DailyJobRun.objects.create(job="retention", last_run_on=datetime.date(2026, 12, 4))
    enqueued = daily_jobs_enqueue(now=at(4, 8))
    assert "retention" not in enqueued
    assert "network_digests" in enqueued


def test_the_tasks_do_the_jobs(monkeypatch):
    calls = []
    monkeypatch.setattr(
        "jobgroup_platform.daily_jobs.certificate_reminders_send",
        lambda today=None: calls.append(("certificates", today)) or 2,
    )
    monkeypatch.setattr(
        "jobgroup_platform.daily_jobs.retention_purge_all",
        lambda: calls.append(("retention", None)) or {"courses.Answer": 0},
    )
    monkeypatch.setattr(
        "jobgroup_platform.daily_jobs.digests_send", lambda: calls.append(("digests", None)) or 1
    )
    assert certificate_reminders_job.call("2026-12-03") == 2
    assert retention_job.call() == {"courses.Answer": 0}
    assert network_digests_job.call() == 1
    assert calls == [
        ("certificates", datetime.date(2026, 12, 3)),
        ("retention", None),
        ("digests", None),
    ]


@override_settings(DAILY_JOBS_HOUR=0)
def test_the_command_once_enqueues_what_is_due_and_says_so():
    out = io.StringIO()
    call_command("scheduler", "--once", stdout=out)
    assert "Scheduler: enqueued retention" in out.getvalue()
    assert DBTaskResult.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_the_command_runs_until_sigterm_and_then_stops_cleanly():
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="jobgroup_platform.settings.test",
        DATABASE_URL=servers.test_database_url(),
        DAILY_JOBS_HOUR="23",
        PYTHONUNBUFFERED="1",
    )
    process = subprocess.Popen(
        [sys.executable, "manage.py", "scheduler", "--interval", "0.2"],
        cwd=servers.ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        first = process.stdout.readline()
        assert "Scheduler: daily jobs" in first
        time.sleep(1)
        assert process.poll() is None  # still running: a loop, not a one-shot
        process.send_signal(signal.SIGTERM)
        rest, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert "Scheduler: stopped." in rest


@override_settings(DAILY_JOBS_HOUR=6)
def test_missed_days_beyond_the_catch_up_are_logged_as_a_warning(caplog):
    from jobgroup_platform.daily_jobs import CATCH_UP_DAYS

    daily_jobs_enqueue(now=at(1, 6))
    DBTaskResult.objects.all().delete()
    with caplog.at_level("WARNING", logger="jobgroup_platform.scheduler"):
        enqueued = daily_jobs_enqueue(now=at(1 + CATCH_UP_DAYS + 3, 7))
    caught_up = [item for item in enqueued if item.startswith("certificate_reminders")]
    assert len(caught_up) == CATCH_UP_DAYS
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == [
        "scheduler: certificate_reminders not caught up for 2026-12-02 to 2026-12-04"
        f" (3 days; at most {CATCH_UP_DAYS} are caught up)"
    ]
    caplog.clear()
    with caplog.at_level("WARNING", logger="jobgroup_platform.scheduler"):
        daily_jobs_enqueue(now=at(2 + CATCH_UP_DAYS + 3, 7))  # the next day: nothing missed
    assert not [r for r in caplog.records if r.levelname == "WARNING"]


def test_a_caught_up_certificate_reminder_counts_the_days_from_the_real_today():
    from django.core import mail
    from django.utils import timezone

    from courses.volunteers.models import Certificate
    from tests.factories import UserFactory, make_programme

    today = timezone.localdate()
    missed_day = today - datetime.timedelta(days=3)
    user = UserFactory(display_name="Lotte")
    Certificate.objects.create(
        user=user,
        role="leader",
        programme=make_programme("leiders-cert", steps=1),
        issued_on=today - datetime.timedelta(days=300),
        valid_until=missed_day + datetime.timedelta(days=30),  # 30 days left on the missed day
    )
    lapsed = Certificate.objects.create(
        user=UserFactory(),
        role="buddy",
        programme=make_programme("buddies-cert", steps=1),
        issued_on=today - datetime.timedelta(days=300),
        valid_until=today - datetime.timedelta(days=1),  # 7 days left 8 days ago; lapsed now
    )
    assert certificate_reminders_job.call(missed_day.isoformat()) == 1
    (message,) = mail.outbox
    assert message.to == [user.email]
    assert "27 dagen" in message.subject and "nog 27 dagen" in message.body
    assert "30 dagen" not in message.body
    assert certificate_reminders_job.call((today - datetime.timedelta(days=8)).isoformat()) == 0
    lapsed.refresh_from_db()
    assert lapsed.reminders_sent  # marked: no later run sends it
    assert len(mail.outbox) == 1
