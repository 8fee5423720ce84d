"""When a self-assessment is asked, and which ones are open for a participant now.

Timing (docs/decisions.md, "Self-assessment"):
- start of a group: from the start of its first group meeting until the start of its second
  (one week after the first when there is no second);
- end of a group: from the start of its last group meeting until END_OPEN_DAYS days later
  (only for a group with two meetings or more, so start and end are different moments);
- end of aftercare: from AFTERCARE_OPENS_BEFORE_DAYS days before the trajectory's aftercare
  ends (or from the closing talk, when that was earlier) until AFTERCARE_OPEN_DAYS days after.
Only JobGroup groups ask it (not the trainings for volunteers), and only their participants.
"""

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from content.models import ProgrammeKind
from courses.groups.models import Cohort, CohortMembership, Meeting
from courses.impact.models import Moment, SelfAssessment
from courses.trajectories.models import Trajectory

START_OPEN_DAYS_WITHOUT_SECOND = 7
END_OPEN_DAYS = 28
AFTERCARE_OPENS_BEFORE_DAYS = 14
AFTERCARE_OPEN_DAYS = 28


@dataclass(frozen=True)
class Window:
    """One moment a participant is asked: for a group (start, end) or a trajectory (aftercare)."""

    moment: str
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    location_id: int
    cohort: Cohort | None = None
    trajectory: Trajectory | None = None

    def is_open(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    @property
    def moment_label(self) -> str:
        return str(Moment(self.moment).label)

    @property
    def url(self) -> str:
        if self.moment == Moment.AFTERCARE:
            return reverse("aftercare_self_assessment", args=[self.trajectory.pk])
        name = "start_self_assessment" if self.moment == Moment.START else "end_self_assessment"
        return reverse(name, args=[self.cohort.pk])

    @property
    def closes_on(self) -> datetime.date:
        """The last day it is open (for "tot en met" in the page)."""
        return timezone.localtime(self.closes_at - datetime.timedelta(seconds=1)).date()


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def group_windows(cohort: Cohort, meetings=None) -> dict[str, Window]:
    """The start and end window of a JobGroup group, from its group meetings (none for a group
    without meetings or a training)."""
    if cohort.programme.kind != ProgrammeKind.JOBGROUP:
        return {}
    if meetings is None:
        meetings = Meeting.objects.filter(cohort=cohort, kind=Meeting.Kind.JOBGROUP)
    starts = sorted(m.starts_at for m in meetings)
    if not starts:
        return {}
    second = (
        starts[1]
        if len(starts) > 1
        else starts[0] + datetime.timedelta(days=START_OPEN_DAYS_WITHOUT_SECOND)
    )
    windows = {
        Moment.START: Window(Moment.START, starts[0], second, cohort.location_id, cohort=cohort)
    }
    if len(starts) > 1:
        windows[Moment.END] = Window(
            Moment.END,
            starts[-1],
            starts[-1] + datetime.timedelta(days=END_OPEN_DAYS),
            cohort.location_id,
            cohort=cohort,
        )
    return windows


def aftercare_window(trajectory: Trajectory) -> Window | None:
    """The window at the end of a trajectory's aftercare; None without an aftercare end."""
    end = trajectory.aftercare_end
    if end is None:
        return None
    opens = end - datetime.timedelta(days=AFTERCARE_OPENS_BEFORE_DAYS)
    if trajectory.closing_talk_on is not None and trajectory.closing_talk_on < opens:
        opens = trajectory.closing_talk_on
    closes = end + datetime.timedelta(days=AFTERCARE_OPEN_DAYS + 1)
    return Window(
        Moment.AFTERCARE,
        _day_start(opens),
        _day_start(closes),
        trajectory.location_id,
        trajectory=trajectory,
    )


def answer_for(*, user, window: Window) -> SelfAssessment | None:
    """The participant's own answers at this moment, if given."""
    answers = SelfAssessment.objects.filter(participant=user, moment=window.moment)
    if window.moment == Moment.AFTERCARE:
        return answers.filter(trajectory=window.trajectory).first()
    return answers.filter(cohort=window.cohort).first()


@dataclass(frozen=True)
class OpenAssessment:
    window: Window
    answer: SelfAssessment | None


def open_self_assessments(*, user, now: datetime.datetime | None = None) -> list[OpenAssessment]:
    """Every self-assessment that is open for `user` now (as a participant of a JobGroup group,
    or with a trajectory whose aftercare ends), with the answers they gave, if any."""
    if not user.is_authenticated:
        return []
    now = now or timezone.now()
    # One query for the groups and their meetings: a group without meetings asks nothing yet.
    cohorts: dict[int, Cohort] = {}
    meetings: dict[int, list] = {}
    for meeting in Meeting.objects.filter(
        kind=Meeting.Kind.JOBGROUP,
        cohort__programme__kind=ProgrammeKind.JOBGROUP,
        cohort__memberships__user=user,
        cohort__memberships__role=CohortMembership.Role.PARTICIPANT,
    ).select_related("cohort__programme"):
        cohorts.setdefault(meeting.cohort_id, meeting.cohort)
        meetings.setdefault(meeting.cohort_id, []).append(meeting)
    windows = [
        window
        for cohort_id, cohort in cohorts.items()
        for window in group_windows(cohort, meetings.get(cohort_id, [])).values()
    ]
    for trajectory in Trajectory.objects.filter(participant=user, aftercare_end__isnull=False):
        window = aftercare_window(trajectory)
        if window is not None:
            windows.append(window)
    windows = [w for w in windows if w.is_open(now)]
    if not windows:
        return []
    given = list(SelfAssessment.objects.filter(participant=user))

    def answered(window: Window):
        for answer in given:
            if answer.moment != window.moment:
                continue
            if window.moment == Moment.AFTERCARE and answer.trajectory_id == window.trajectory.pk:
                return answer
            if window.moment != Moment.AFTERCARE and answer.cohort_id == window.cohort.pk:
                return answer
        return None

    return [OpenAssessment(window, answered(window)) for window in windows]
