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


def answer_for_viewer(*, user, answer_id: int) -> Answer:
    """One answer, for its owner, or for whom the owner shared it with: "leaders" → the group's
    leaders; "group" → the group's leaders and participants. Private stays private, also for
    coordinators. Everything else is a 404."""
    if not user.is_authenticated:
        raise Http404
    answer = Answer.objects.select_related("cohort", "participant").filter(pk=answer_id).first()
    if answer is None:
        raise Http404
    if answer.participant_id == user.pk:
        return answer
    from .buddies import BuddyShare

    if BuddyShare.objects.filter(
        answer=answer,
        match__buddy=user,
        match__participant_id=answer.participant_id,
        match__ended_on__isnull=True,
    ).exists():
        return answer
    role = (
        CohortMembership.objects.filter(cohort_id=answer.cohort_id, user=user)
        .values_list("role", flat=True)
        .first()
    )
    if role is None:
        raise Http404
    if answer.sharing == Answer.Sharing.LEADERS and role == CohortMembership.Role.LEADER:
        return answer
    if answer.sharing == Answer.Sharing.GROUP:
        return answer
    raise Http404


def may_manage_cohort(*, user, cohort: Cohort) -> bool:
    """Coordinators of the group's location (and admins) manage groups, invitations, schedules."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return LocationMembership.objects.filter(
        location_id=cohort.location_id, user=user, is_coordinator=True
    ).exists()


def may_coordinate(*, user) -> bool:
    """Superusers, and users who coordinate at least one location, use the group screens."""
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or LocationMembership.objects.filter(user=user, is_coordinator=True).exists()
    )


def coordinated_locations(user):
    from accounts.models import Location

    if user.is_superuser:
        return Location.objects.all()
    return Location.objects.filter(
        memberships__user=user, memberships__is_coordinator=True
    ).distinct()


def cohorts_managed_by(*, user):
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(
        location__memberships__user=user, location__memberships__is_coordinator=True
    )


def meeting_for_member(*, user, meeting_id: int):
    """The one gate for a meeting: who may see or join it is who may see its group."""
    from .models import Meeting

    meeting = Meeting.objects.filter(pk=meeting_id).only("id", "cohort_id").first()
    if meeting is None:
        raise Http404
    access = cohort_for_member(user=user, cohort_id=meeting.cohort_id)
    meeting = Meeting.objects.get(pk=meeting_id)
    meeting.cohort = access.cohort
    return access, meeting


def intake_for_viewer(*, user, intake_id: int):
    """An intake and whether `user` may decide on it. The person it is about and the coordinators
    of its location may see it; anyone else (leaders, buddies, other coordinators) gets a 404."""
    from .models import Intake

    if not user.is_authenticated:
        raise Http404
    intake = Intake.objects.select_related("location", "person").filter(pk=intake_id).first()
    if intake is None:
        raise Http404
    is_coordinator = coordinated_locations(user).filter(pk=intake.location_id).exists()
    if not is_coordinator and intake.person_id != user.pk:
        raise Http404
    return intake, is_coordinator
