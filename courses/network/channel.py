"""The group's own network: when a group finishes, its members may keep a group channel (the
same live room, used asynchronously) to share vacancies and support each other, instead of a
WhatsApp group. Leaders are in it at first and can step out; leaving is one click; a member can
hide their last name; the leaders (while present) moderate as in the room. New messages reach
members who want it by a daily e-mail digest (`manage.py send_network_digests`).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.names import clean_name
from accounts.sockets import sockets_recheck
from courses.network.models import NetworkMembership

NOT_FINISHED = _("Het groepskanaal kan pas open als de groep is afgelopen.")
ALREADY_OPEN = _("Deze groep heeft al een groepskanaal.")
NOT_A_MEMBER = _("Je bent geen lid (meer) van dit groepskanaal.")
LEFT = _(
    "Je bent uit het groepskanaal gestapt. Je krijgt geen berichten meer. "
    "Wil je terug? Vraag het de coördinator."
)
OPENED = _("Het groepskanaal is open. De deelnemers kunnen er nu in.")


def shown_name(user, *, hide_last_name: bool) -> str:
    name = user.name
    if hide_last_name:
        first = (clean_name(user.first_name) or name).split()
        return first[0] if first else name
    return name


def channel_of(cohort):
    from courses.groups.models import Meeting

    return Meeting.objects.filter(kind=Meeting.Kind.NETWORK, network_of=cohort).first()


def channel_open(*, cohort):
    """Open the channel of a finished group: every participant and leader of the group is a
    member (a participant who does not want it leaves with one click)."""
    from courses.groups.models import Cohort, CohortMembership, Meeting

    if cohort.status != Cohort.Status.FINISHED:
        raise ValidationError(NOT_FINISHED)
    with transaction.atomic():
        Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        if channel_of(cohort) is not None:
            raise ValidationError(ALREADY_OPEN)
        meeting = Meeting.objects.create(
            kind=Meeting.Kind.NETWORK,
            network_of=cohort,
            starts_at=timezone.now(),
            status=Meeting.Status.LIVE,
        )
        NetworkMembership.objects.bulk_create(
            NetworkMembership(
                meeting=meeting,
                user_id=membership.user_id,
                is_leader=membership.role == CohortMembership.Role.LEADER,
            )
            for membership in cohort.memberships.all()
        )
    return meeting


def channel_leave(*, meeting, user) -> None:
    updated = NetworkMembership.objects.filter(
        meeting=meeting, user=user, left_at__isnull=True
    ).update(left_at=timezone.now())
    if not updated:
        raise ValidationError(NOT_A_MEMBER)
    sockets_recheck(user_ids=[user.pk])  # an open socket in the channel closes (4403)


def membership_set(*, meeting, user, hide_last_name: bool, digest: bool) -> NetworkMembership:
    membership = NetworkMembership.objects.filter(
        meeting=meeting, user=user, left_at__isnull=True
    ).first()
    if membership is None:
        raise ValidationError(NOT_A_MEMBER)
    membership.hide_last_name = hide_last_name
    membership.digest = digest
    membership.save(update_fields=["hide_last_name", "digest"])
    return membership


def active_membership(*, meeting, user) -> NetworkMembership | None:
    return NetworkMembership.objects.filter(
        meeting=meeting, user=user, left_at__isnull=True
    ).first()


def digests_send() -> int:
    """E-mail each member who wants it the channel's new chat messages by others since their
    last digest (hidden messages left out). Returns the number of e-mails sent."""
    import html

    from django.conf import settings as django_settings
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import translation
    from django.utils.html import strip_tags

    from live_sessions.models import MeetingEvent

    sent = 0
    memberships = NetworkMembership.objects.filter(
        left_at__isnull=True, digest=True, user__is_active=True
    ).select_related("user", "meeting__network_of")
    for membership in memberships:
        events = list(
            MeetingEvent.objects.filter(
                meeting_id=membership.meeting_id,
                type="chat.message",
                hidden=False,
                seq__gt=membership.last_digest_seq,
                audience=[],
            )
            .exclude(actor=membership.user)
            .select_related("actor")
            .order_by("seq")[:200]
        )
        last = (
            MeetingEvent.objects.filter(meeting_id=membership.meeting_id)
            .order_by("-seq")
            .values_list("seq", flat=True)
            .first()
            or 0
        )
        if events:
            hidden_names = set(
                NetworkMembership.objects.filter(
                    meeting_id=membership.meeting_id, hide_last_name=True
                ).values_list("user_id", flat=True)
            )
            context = {
                "user": membership.user,
                "group": membership.meeting.network_of.name,
                "count": len(events),
                "messages": [
                    {
                        "author": shown_name(e.actor, hide_last_name=e.actor_id in hidden_names)
                        if e.actor
                        else "",
                        "text": html.unescape(strip_tags(e.payload.get("html", ""))).strip(),
                    }
                    for e in events
                ],
                "site_url": django_settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
                "room_path": reverse("meeting_detail", args=[membership.meeting_id]),
            }
            with translation.override(membership.user.preferred_language):
                send_mail(
                    render_to_string("courses/email/network_digest_subject.txt", context).strip(),
                    render_to_string("courses/email/network_digest.txt", context),
                    None,
                    [membership.user.email],
                )
            sent += 1
        if last != membership.last_digest_seq:
            NetworkMembership.objects.filter(pk=membership.pk).update(last_digest_seq=last)
    return sent
