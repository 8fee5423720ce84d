"""Logging out closes the person's live sockets of that session (docs/security.md, "Live sockets follow access").

Django sends `user_logged_out` just before it flushes the session. The session is deleted here
first, so that the sockets' re-check, which may run at once on another process, already finds
it gone; Django's flush that follows finds nothing left to delete.
"""

from django.contrib.auth.signals import user_logged_out
from django.dispatch import receiver

from accounts.sockets import sockets_recheck


@receiver(user_logged_out, dispatch_uid="live_sessions_close_sockets_on_logout")
def close_sockets_on_logout(sender, request, user, **kwargs):
    if user is None:
        return
    session = getattr(request, "session", None)
    if session is not None:
        session.delete()
    sockets_recheck(user_ids=[user.pk])
