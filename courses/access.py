"""Who may see and do what in a group. The one gate for cohorts and answers.

Missing and forbidden look the same from outside (404), so nobody learns which groups exist.
"""

from django.http import Http404

from accounts.models import LocationMembership

from .models import Answer, Cohort, CohortMembership


class Access:
    """What one user may do in one cohort."""

    def __init__(self, *, cohort: Cohort, role: str | None, is_location_coordinator: bool):
        self.cohort = cohort
        self.role = role
        self.is_location_coordinator = is_location_coordinator

    @property
    def is_participant(self) -> bool:
        return self.role == CohortMembership.Role.PARTICIPANT

    @property
    def is_leader(self) -> bool:
        return self.role == CohortMembership.Role.LEADER

    @property
    def may_read_leader_notes(self) -> bool:
        return self.is_leader or self.is_location_coordinator

    @property
    def may_answer(self) -> bool:
        return self.is_participant


def cohort_for_member(*, user, cohort_id: int) -> Access:
    """Members of the group and the coordinators of its location get in; nobody else."""
    if not user.is_authenticated:
        raise Http404
    cohort = (
        Cohort.objects.select_related("edition__programme", "location").filter(pk=cohort_id).first()
    )
    if cohort is None:
        raise Http404
    role = (
        CohortMembership.objects.filter(cohort=cohort, user=user)
        .values_list("role", flat=True)
        .first()
    )
    is_coordinator = LocationMembership.objects.filter(
        location_id=cohort.location_id, user=user, is_coordinator=True
    ).exists()
    if role is None and not is_coordinator:
        raise Http404
    return Access(cohort=cohort, role=role, is_location_coordinator=is_coordinator)


def answer_file_for_owner(*, user, answer_id: int) -> Answer:
    """An uploaded file is served to the participant who uploaded it, and nobody else (yet: the
    groups issue adds sharing with leaders)."""
    answer = Answer.objects.filter(pk=answer_id, participant=user).exclude(file="").first()
    if answer is None or not user.is_authenticated:
        raise Http404
    return answer
