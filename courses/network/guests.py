"""Guests in a meeting: a leader invites someone from outside (an entrepreneur at a ZZP group)
to one meeting, with a link that works only for that meeting and only while it runs.

"Without an account" (docs/decisions.md, "Gasten in een bijeenkomst"): the guest never makes an
account, a password or an e-mail login. When the link is opened, the platform makes a temporary
guest account (an address under `GUEST_EMAIL_DOMAIN`, which is not an address, no usable
password, the name the leader typed) and logs the browser in with it. That account gets into
exactly that one meeting's room (`courses.network.access.meeting_for_member`) and nowhere else
(`GuestOnlyMiddleware`). The retention job erases it, and the invitation, the day after the
meeting (`purge_guests`, registered in courses/privacy/personal_data.py).

The window (`guest_window_open`): from `GUEST_EARLY_MINUTES` before the start until the planned
end (start + duration), and while the leader keeps the meeting live, at most `GUEST_LIVE_GRACE`
longer. Once the
leader ended the meeting, the link no longer works. A leader makes at most
`GUEST_LINKS_PER_MEETING` links per meeting (revoked ones count too).
"""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import GUEST_EMAIL_DOMAIN
from accounts.names import clean_name
from accounts.sockets import sockets_recheck
from accounts.tokens import new_token, token_hash
from courses.groups.models import Meeting
from courses.network.models import GUEST_NAME_MAX_LENGTH, GuestInvite

GUEST_EARLY_MINUTES = 15
# A meeting that runs late keeps its guests, for at most this long after its planned end: a
# meeting nobody ended ("live" for days) does not keep a guest link working.
GUEST_LIVE_GRACE = datetime.timedelta(hours=2)
GUEST_LINKS_PER_MEETING = 5

NAME_MISSING = _("Vul de naam van de gast in.")
NAME_TOO_LONG = _("Houd de naam kort: hoogstens %(limit)s tekens.")
TOO_MANY_LINKS = _("Je kunt voor deze bijeenkomst hoogstens %(limit)s gasten uitnodigen.")
MEETING_OVER = _("Deze bijeenkomst is al afgelopen.")


def guest_window(meeting: Meeting) -> tuple[datetime.datetime, datetime.datetime]:
    """From when until when a guest link of `meeting` works (as planned)."""
    opens = meeting.starts_at - datetime.timedelta(minutes=GUEST_EARLY_MINUTES)
    closes = meeting.starts_at + datetime.timedelta(minutes=meeting.duration_minutes)
    return opens, closes


def guest_window_open(meeting: Meeting, *, now: datetime.datetime | None = None) -> bool:
    if meeting.status == Meeting.Status.ENDED:
        return False
    now = now or timezone.now()
    opens, closes = guest_window(meeting)
    if meeting.status == Meeting.Status.LIVE:
        return now <= closes + GUEST_LIVE_GRACE  # running late, not forever
    return opens <= now <= closes


def guest_invites_of_meeting(*, meeting: Meeting) -> list[GuestInvite]:
    return list(GuestInvite.objects.filter(meeting=meeting).select_related("created_by"))


@transaction.atomic
def guest_invite_create(*, meeting: Meeting, by, guest_name: str) -> tuple[GuestInvite, str]:
    """A new guest link for `meeting`; returns the invitation and the token (shown once: only
    its hash is stored). `by` is a leader of the group (`meeting_for_leader`)."""
    name = clean_name(guest_name)
    if not name:
        raise ValidationError({"guest_name": ValidationError(NAME_MISSING, code="name_missing")})
    if len(name) > GUEST_NAME_MAX_LENGTH:
        raise ValidationError(
            {
                "guest_name": ValidationError(
                    NAME_TOO_LONG, code="name_too_long", params={"limit": GUEST_NAME_MAX_LENGTH}
                )
            }
        )
    planned_end_passed = guest_window(meeting)[1] < timezone.now()
    if meeting.status == Meeting.Status.ENDED or (
        meeting.status == Meeting.Status.PLANNED and planned_end_passed
    ):
        raise ValidationError(MEETING_OVER, code="meeting_over")
    # Locks the meeting, so two requests at once cannot both make the fifth link.
    Meeting.objects.select_for_update().filter(pk=meeting.pk).first()
    if GuestInvite.objects.filter(meeting=meeting).count() >= GUEST_LINKS_PER_MEETING:
        raise ValidationError(
            TOO_MANY_LINKS, code="too_many", params={"limit": GUEST_LINKS_PER_MEETING}
        )
    token, digest = new_token()
    invite = GuestInvite.objects.create(
        meeting=meeting, guest_name=name, token_hash=digest, created_by=by
    )
    return invite, token


@transaction.atomic
def guest_invite_revoke(*, invite: GuestInvite) -> GuestInvite:
    """The link stops working; a guest in the room is let out (their socket re-checks)."""
    current = GuestInvite.objects.select_for_update().get(pk=invite.pk)
    if current.revoked_at is None:
        current.revoked_at = timezone.now()
        current.save(update_fields=["revoked_at"])
    invite.revoked_at, invite.user_id = current.revoked_at, current.user_id
    if current.user_id:
        sockets_recheck(user_ids=[current.user_id])
    return invite


def guest_invite_for_token(token: str) -> GuestInvite | None:
    """The invitation of this link, whatever its state; None for an unknown token."""
    if not token or len(token) > 100:
        return None
    return (
        GuestInvite.objects.select_related("meeting__cohort", "meeting__workshop")
        .filter(token_hash=token_hash(token))
        .first()
    )


@transaction.atomic
def guest_user_for(*, invite: GuestInvite):
    """The temporary guest account of this invitation, made the first time the link is opened.
    The caller checked that the link works now (not revoked, in the window)."""
    given, invite = invite, GuestInvite.objects.select_for_update().get(pk=invite.pk)
    if invite.user_id:
        given.user = invite.user
        return invite.user
    user = get_user_model()(
        email=f"gast-{secrets.token_hex(12)}@{GUEST_EMAIL_DOMAIN}",
        display_name=invite.guest_name,
        reminders_enabled=False,
    )
    user.set_unusable_password()
    user.save()
    invite.user = user
    invite.save(update_fields=["user"])
    given.user = user
    return user


def guest_invite_of_user(*, user, meeting_id: int) -> GuestInvite | None:
    """The guest's working invitation to this meeting, or None (revoked, another meeting)."""
    return (
        GuestInvite.objects.select_related("meeting")
        .filter(user=user, meeting_id=meeting_id, revoked_at__isnull=True)
        .first()
    )
