"""Reads of groups: the groups a person is in and the meetings they can join."""

from django.db.models import Q

from accounts.models import LocationMembership

# Who was at a meeting: one reading for every screen and figure (see courses/groups/attendance.py).
from courses.groups.attendance import (  # noqa: F401  (re-exported for the other rooms)
    UNKNOWN,
    Presence,
    check_in_is_open,
    cohort_attendance,
    meeting_attendance,
    meeting_has_started,
    meeting_is_over,
    meeting_place,
    participant_attendance,
)
from courses.groups.models import Cohort, CohortMembership, Meeting


def cohorts_of_user(*, user) -> list[CohortMembership]:
    return list(
        CohortMembership.objects.filter(user=user)
        .select_related("cohort__edition__programme", "cohort__location")
        .order_by("-cohort__start_date")
    )


def meetings_for_user(*, user) -> list:
    """The meetings a user may join: of their groups and of groups at locations they coordinate."""

    coordinated = LocationMembership.objects.filter(user=user, is_coordinator=True).values(
        "location_id"
    )
    return list(
        Meeting.objects.filter(
            Q(cohort__memberships__user=user) | Q(cohort__location_id__in=coordinated)
        )
        .exclude(cohort__status=Cohort.Status.FINISHED)
        .select_related("cohort__edition", "cohort__location")
        .distinct()
        .order_by("starts_at")
    )
