"""Shadowing ("een keer meedraaien"): before someone leads a JobGroup, they take part once in a
meeting of another leader's group. A leader of that group records it on the meeting; the leader
gate (`services.leader_gate`) asks for one such record.

Who can be recorded: volunteers of the group's location (`services.volunteers_q`) who do not lead
this group, picked from a list or typed as an e-mail address (looked up only among the people of
the group's location; unknown and "not of this location" read the same). Only once the meeting
has started (or ended), and once per person per meeting.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.groups.access import people_of_locations
from courses.groups.models import CohortMembership, Meeting
from courses.volunteers.models import Shadowing
from courses.volunteers.services import volunteers_q

NOT_STARTED = _("Dit kan pas als de bijeenkomst begonnen is.")
NOBODY_CHOSEN = _("Kies een vrijwilliger of vul een e-mailadres in.")
NOT_A_CANDIDATE = _(
    "Deze persoon kunnen we niet vastleggen: alleen vrijwilligers van deze locatie die deze "
    "groep niet leiden."
)
ALREADY_RECORDED = _("Dit is al vastgelegd voor deze bijeenkomst.")
NOT_A_JOBGROUP = _("Meedraaien doe je bij een JobGroup, niet bij een training.")


def meeting_has_started(meeting: Meeting) -> bool:
    return meeting.starts_at <= timezone.now() or meeting.status != Meeting.Status.PLANNED


def shadowing_candidates(*, meeting: Meeting):
    """Volunteers of the group's location who do not lead this group, by name."""
    cohort = meeting.cohort
    leaders = CohortMembership.objects.filter(
        cohort=cohort, role=CohortMembership.Role.LEADER
    ).values("user_id")
    volunteers = get_user_model().objects.filter(volunteers_q()).values("pk")
    return (
        people_of_locations(locations=[cohort.location_id])
        .filter(pk__in=volunteers)
        .exclude(pk__in=leaders)
        .order_by("display_name", "email")
    )


def shadowings_of_meeting(*, meeting: Meeting) -> list[Shadowing]:
    return list(
        Shadowing.objects.filter(meeting=meeting).select_related("volunteer", "recorded_by")
    )


def shadowings_of_volunteer(*, user) -> list[Shadowing]:
    return list(
        Shadowing.objects.filter(volunteer=user).select_related("meeting__cohort", "recorded_by")
    )


@transaction.atomic
def shadowing_record(*, meeting: Meeting, by, user_id=None, email: str = "") -> Shadowing:
    """Record that a volunteer took part in `meeting` ("X heeft meegedraaid"). `by` must be a
    leader of the meeting's group: the caller got the meeting from
    `courses.groups.access.meeting_for_leader`."""
    if meeting.cohort.is_training:
        raise ValidationError(NOT_A_JOBGROUP, code="not_a_jobgroup")
    if not meeting_has_started(meeting):
        raise ValidationError(NOT_STARTED, code="not_started")
    candidates = shadowing_candidates(meeting=meeting)
    email = (email or "").strip()
    if user_id:
        volunteer = candidates.filter(pk=user_id).first()
    elif email:
        volunteer = candidates.filter(email__iexact=email).first()
    else:
        raise ValidationError(NOBODY_CHOSEN, code="nobody")
    if volunteer is None or volunteer.pk == by.pk:
        raise ValidationError(NOT_A_CANDIDATE, code="not_a_candidate")
    if Shadowing.objects.filter(volunteer=volunteer, meeting=meeting).exists():
        raise ValidationError(ALREADY_RECORDED, code="already_recorded")
    try:
        with transaction.atomic():
            return Shadowing.objects.create(volunteer=volunteer, meeting=meeting, recorded_by=by)
    except IntegrityError:
        raise ValidationError(ALREADY_RECORDED, code="already_recorded") from None
