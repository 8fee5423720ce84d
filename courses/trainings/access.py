"""Who may do what with trainings: the national office grants the trainer role and reads the
ratings; a participant of a training rates it once, after it."""

import datetime

from django.conf import settings
from django.utils import timezone

from accounts.access import is_national_office
from courses.groups.access import cohort_for_member
from courses.groups.models import Cohort, Meeting
from courses.groups.selectors import meeting_is_over
from toolkit.permissions import NotPermitted


def require_national_office(*, user) -> None:
    """Only the national office (`accounts.access.is_national_office`); anyone else gets the
    same 404 as a page that does not exist."""
    if not is_national_office(user=user):
        raise NotPermitted


def training_is_over(cohort: Cohort) -> bool:
    """A training can be rated once it is over: finished, or its last meeting is over (the room
    was ended, or its planned end has passed: an on-site training has no room to end)."""
    if cohort.status == Cohort.Status.FINISHED:
        return True
    last = (
        Meeting.objects.filter(cohort=cohort, kind=Meeting.Kind.JOBGROUP)
        .order_by("-step_number")
        .first()
    )
    return last is not None and meeting_is_over(last)


def rating_period_closed(cohort: Cohort) -> bool:
    """A finished training past the retention moment (`ANSWER_RETENTION_DAYS` after it finished,
    the same cutoff as `courses.privacy.personal_data.cohorts_past_retention`) takes no ratings:
    retention has taken the raters' names off its ratings, so a second rating by the same
    person could no longer be told apart."""
    if cohort.status != Cohort.Status.FINISHED or cohort.finished_on is None:
        return False
    cutoff = (timezone.now() - datetime.timedelta(days=settings.ANSWER_RETENTION_DAYS)).date()
    return cohort.finished_on < cutoff


def training_for_rater(*, user, cohort_id: int) -> Cohort:
    """The one gate of the rating page: a participant of a training. Anyone else (the trainer,
    a coordinator, a group that is no training) gets a 404."""
    access = cohort_for_member(user=user, cohort_id=cohort_id)
    if not access.is_participant or not access.cohort.is_training:
        raise NotPermitted
    return access.cohort
