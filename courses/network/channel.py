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
from courses.groups.models import Cohort, CohortMembership, Meeting
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

    return Meeting.objects.filter(kind=Meeting.Kind.NETWORK, network_of=cohort).first()


def channel_open(*, cohort):
    """Open the channel of a finished group: every participant and leader of the group is a
    member (a participant who does not want it leaves with one click)."""

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
