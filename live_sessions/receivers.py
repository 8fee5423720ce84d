"""Logging out closes the person's live sockets of that session (docs/security.md, "Live sockets follow access").

Django sends `user_logged_out` just before it flushes the session. The session is deleted here
first, so that the sockets' re-check, which may run at once on another process, already finds
it gone; Django's flush that follows finds nothing left to delete.

Taking someone out of a group (`courses.groups.services.membership_remove`, signal
`courses.signals.membership_removed`) takes the copies of their answers out of the group's room
log: `homework.shown` becomes a tombstone, as in erasure, in the same transaction.
"""

from django.contrib.auth.signals import user_logged_out
from django.dispatch import receiver

from accounts.sockets import sockets_recheck
from courses.signals import membership_removed

from . import services
from .models import MeetingEvent
from .personal_data import events_tombstone


@receiver(user_logged_out, dispatch_uid="live_sessions_close_sockets_on_logout")
def close_sockets_on_logout(sender, request, user, **kwargs):
    if user is None:
        return
    session = getattr(request, "session", None)
    if session is not None:
        session.delete()
    sockets_recheck(user_ids=[user.pk])


@receiver(membership_removed, dispatch_uid="live_sessions_unshow_homework_of_removed_member")
def unshow_homework_of_removed_member(sender, cohort, user, answer_ids, **kwargs):
    """Their answers are theirs again: a replay no longer shows the group what was shown."""
    if answer_ids:
        events_tombstone(
            MeetingEvent.objects.filter(
                meeting__cohort=cohort, type="homework.shown", payload__answer__in=answer_ids
            )
        )


@receiver(membership_removed, dispatch_uid="live_sessions_media_out_of_removed_member")
def media_out_of_removed_member(sender, cohort, user, **kwargs):
    services.media_withdraw_on_commit(meetings=cohort.meetings.values("pk"), user_id=user.pk)
