"""Reads of groups: the groups a person is in and the meetings they can join."""

from django.db.models import Q

from accounts.models import LocationMembership
from content.models import ProgrammeKind, Variant

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

# The step of each JobGroup variant where participants look for vacancies, "ook voor een
# mededeelnemer" (issue #19): its page links the group's vacancy board. Regular and iWIN: step 5
# "Wat zoek ik?"; ZZP: step 7 "Hoe ziet de arbeids-/opdrachtenmarkt eruit?", where pairs search
# vacancies and assignments for themselves and their partner. By number, not by the step's text:
# editors may reword a step (docs/decisions.md, "Vacancy board from the workbook").
VACANCY_STEP = {Variant.REGULAR: 5, Variant.IWIN: 5, Variant.ZZP: 7}


def vacancy_step_of(*, cohort: Cohort) -> int | None:
    """The number of the group's vacancy step, or None (volunteer trainings have none)."""
    programme = cohort.edition.programme
    if programme.kind != ProgrammeKind.JOBGROUP:
        return None
    step = VACANCY_STEP.get(programme.variant)
    if step is None or step > programme.number_of_steps:
        return None
    return step


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
