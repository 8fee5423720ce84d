"""Intervision: coordinators (and, in their own circles, leaders or buddies) meet online in
small groups to discuss cases with a fixed format: a case is brought in, clarifying questions,
an advice round, and what the case bringer takes along. It runs in the same live room as a
JobGroup meeting (a `Meeting` of kind "intervision") with the format's own blocks.

Privacy: only the circle's members get in (participants never: the gate refuses anyone whose
role does not fit the circle); what is written stays among those present (after a meeting only
those who attended can read it back); and a chat message that names a participant of the
members' locations in full is refused with the advice to use "deelnemer A".
"""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from accounts.models import LocationMembership
from accounts.roles import Role
from courses.groups.models import CohortMembership, Meeting
from courses.network.models import MAX_MEMBERS, IntervisionCircle, IntervisionMembership

NOT_THIS_CIRCLE = _("%(name)s kan niet in deze intervisiegroep: die is voor %(audience)s.")
CIRCLE_FULL = _("Een intervisiegroep heeft hoogstens %(max)s leden.")
NAME_MISSING = _("Vul een naam in.")
NAMES_A_PARTICIPANT = _(
    "Noem hier geen namen van deelnemers. Schrijf bijvoorbeeld 'deelnemer A'. "
    "Je bericht is niet verstuurd."
)


def fits_audience(*, user, audience: str) -> bool:
    """Whether `user` belongs in a circle for `audience`: coordinators coordinate a location (or
    hold the role); leaders and buddies hold that role. Participants never."""

    roles = set(user.role_assignments.values_list("role", flat=True))
    if audience == IntervisionCircle.Audience.COORDINATORS:
        return (
            Role.COORDINATOR in roles
            or LocationMembership.objects.filter(user=user, is_coordinator=True).exists()
        )
    if audience == IntervisionCircle.Audience.LEADERS:
        return Role.LEADER in roles
    if audience == IntervisionCircle.Audience.BUDDIES:
        return Role.BUDDY in roles
    return False


def circle_create(*, by, name: str, audience: str, members=()) -> IntervisionCircle:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": NAME_MISSING})
    with transaction.atomic():
        circle = IntervisionCircle.objects.create(name=name[:200], audience=audience, created_by=by)
        people = [by, *members] if fits_audience(user=by, audience=audience) else list(members)
        # a coordinator may set up a circle for leaders without joining it; the first member
        # (the one who set it up, when they are in it) leads the meetings
        for n, user in enumerate(people):
            circle_add_member(circle=circle, user=user, facilitator=n == 0)
    return circle


def circle_add_member(*, circle: IntervisionCircle, user, facilitator: bool = False) -> None:
    if not fits_audience(user=user, audience=circle.audience):
        raise ValidationError(
            NOT_THIS_CIRCLE % {"name": user.name, "audience": circle.get_audience_display()}
        )
    if circle.memberships.count() >= MAX_MEMBERS:
        raise ValidationError(CIRCLE_FULL % {"max": MAX_MEMBERS})
    IntervisionMembership.objects.get_or_create(
        circle=circle, user=user, defaults={"is_facilitator": facilitator}
    )


def meeting_plan(*, circle: IntervisionCircle, starts_at, duration_minutes: int = 90):

    return Meeting.objects.create(
        kind=Meeting.Kind.INTERVISION,
        circle=circle,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
    )


def protected_names(circle: IntervisionCircle) -> list[str]:
    """Full names of participants of the groups at the members' locations (lower case)."""

    member_ids = circle.memberships.values_list("user_id", flat=True)

    locations = LocationMembership.objects.filter(user_id__in=member_ids).values_list(
        "location_id", flat=True
    )
    people = (
        CohortMembership.objects.filter(
            cohort__location_id__in=locations, role=CohortMembership.Role.PARTICIPANT
        )
        .select_related("user")
        .only("user__display_name", "user__first_name", "user__last_name")
    )
    names = set()
    for membership in people:
        user = membership.user
        for name in (user.display_name, f"{user.first_name} {user.last_name}"):
            name = " ".join((name or "").split()).lower()
            if len(name.split()) >= 2:  # a full name; a first name alone is too common
                names.add(name)
    return sorted(names)


def names_a_participant(text: str, names: list[str]) -> bool:
    words = " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words) for name in names)
