"""Gates of the workbook: who may read an answer."""

from courses.groups.models import CohortMembership
from courses.volunteers.models import BuddyShare
from courses.workbook.models import Answer
from toolkit.permissions import NotPermitted


def answer_for_viewer(*, user, answer_id: int) -> Answer:
    """One answer, for its owner, or for whom the owner shared it with: "leaders" → the group's
    leaders; "group" → the group's leaders and participants. Private stays private, also for
    coordinators. Everything else is a 404."""
    if not user.is_authenticated:
        raise NotPermitted
    answer = Answer.objects.select_related("cohort", "participant").filter(pk=answer_id).first()
    if answer is None:
        raise NotPermitted
    if answer.participant_id == user.pk:
        return answer

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
        raise NotPermitted
    if answer.sharing == Answer.Sharing.LEADERS and role == CohortMembership.Role.LEADER:
        return answer
    if answer.sharing == Answer.Sharing.GROUP:
        return answer
    raise NotPermitted
