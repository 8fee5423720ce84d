"""The background tasks of courses (django-tasks). The database backend stores a task by its
dotted path, so the paths of tasks queued before the split (`courses.tasks.<name>`) keep working
through these names; the tasks themselves live in the rooms that send them."""

from courses.groups.tasks import schedule_meeting_reminder, send_meeting_reminders
from courses.network.tasks import (
    notify_workshop_place,
    schedule_workshop_reminder,
    send_workshop_reminders,
)

__all__ = [
    "notify_workshop_place",
    "schedule_meeting_reminder",
    "schedule_workshop_reminder",
    "send_meeting_reminders",
    "send_workshop_reminders",
]
