"""Whether an open socket still belongs in its room (docs/security.md, "Live sockets follow access").

A socket is let in once, at connect (`courses.network.access.meeting_for_member`). Access can go
while it is open: the person logs out (in this tab or another), is deactivated, erased, removed from the
group, cancels a workshop place, leaves a group channel. `socket_access` asks everything again:
the socket's own session still exists and still belongs to this person (the password unchanged),
the person is still active, and the room's gate still lets them in.
"""

from importlib import import_module
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth import get_user, get_user_model
from django.http import Http404

from courses.groups.access import Access
from courses.network.access import meeting_for_member
from toolkit.permissions import NotPermitted

# What the room's gate (`courses.network.access.meeting_for_member`) raises for "not for you": the
# domain's NotPermitted. Http404 too, defensively: a gate added later with a plain
# get_object_or_404 must refuse the socket, not crash it.
NO_ENTRY = (NotPermitted, Http404)


def session_user(session_key: str | None):
    """The active user the session `session_key` belongs to now, or None (logged out, expired,
    password changed, deactivated or deleted). Django's own check, as on every HTTP request."""
    if not session_key:
        return None
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    user = get_user(SimpleNamespace(session=store))
    return user if user.is_authenticated else None


def socket_access(*, session_key: str | None, user_id: int, meeting_id: int) -> Access | None:
    """The person's access to the room now, or None when they no longer belong there."""
    user = session_user(session_key)
    if user is None or user.pk != user_id:
        return None
    try:
        access, _meeting = meeting_for_member(user=user, meeting_id=meeting_id)
    except NO_ENTRY:
        return None
    return access


def person_access(*, user_id: int, meeting_id: int) -> Access | None:
    """The person's access to the room now, whatever session asks: None when they no longer
    belong there (removed, erased, deactivated). A socket closed because only its own session
    ended (logged out in that browser) finds the person still let in."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return None
    try:
        access, _meeting = meeting_for_member(user=user, meeting_id=meeting_id)
    except NO_ENTRY:
        return None
    return access
