"""What the reminder tasks of several rooms share: the day-before schedule and the task backend."""

import datetime

from django.utils import timezone

REMIND_BEFORE = datetime.timedelta(days=1)


def schedule_day_before(reminder_task, thing) -> None:
    """Enqueue `reminder_task(thing.pk, starts_at)` for the day before `thing.starts_at`; the task
    compares the time it was given with the current one, so a moved date sends nothing twice."""
    if thing is None:
        return
    run_after = thing.starts_at - REMIND_BEFORE
    if run_after <= timezone.now():
        return
    reminder_task.using(run_after=run_after).enqueue(thing.pk, thing.starts_at.isoformat())


BACKEND = "background"
