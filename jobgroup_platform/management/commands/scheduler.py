"""`python manage.py scheduler`: the Procfile's `scheduler` process. A long-running loop that
enqueues the daily jobs (certificate reminders, retention, digests) at `DAILY_JOBS_HOUR` for the
`worker` to run; no cron needed. Stops cleanly on SIGTERM or SIGINT."""

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from jobgroup_platform.daily_jobs import DAILY_JOBS
from jobgroup_platform.scheduler import daily_jobs_enqueue


class Command(BaseCommand):
    help = (
        "Run the daily jobs at DAILY_JOBS_HOUR (local time) by putting them in the task queue "
        "for the worker; a missed day runs at once. Stops on SIGTERM/SIGINT."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Check once, enqueue what is due, and stop."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Seconds between checks (default SCHEDULER_INTERVAL_SECONDS).",
        )

    def handle(self, *args, **options):
        interval = options["interval"] or settings.SCHEDULER_INTERVAL_SECONDS
        stop = threading.Event()
        if not options["once"]:
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stop.set())
            self.stdout.write(
                f"Scheduler: daily jobs ({', '.join(DAILY_JOBS)}) at "
                f"{settings.DAILY_JOBS_HOUR}:00 {settings.TIME_ZONE}; checking every "
                f"{interval:g} s.",
            )
            self.stdout.flush()
        while True:
            try:
                for item in daily_jobs_enqueue():
                    self.stdout.write(f"Scheduler: enqueued {item}")
                    self.stdout.flush()
            except DatabaseError as exc:  # the database away for a moment: try again later
                self.stderr.write(f"Scheduler: database error, will retry: {exc}")
            if options["once"]:
                break
            close_old_connections()  # a long-lived process: no connection kept between checks
            if stop.wait(interval):
                break
        if not options["once"]:
            self.stdout.write("Scheduler: stopped.")
