"""One person's whole path (the "JHM-volgsysteem"): intake, groups and attendance, buddy
contacts, trajectory and ladder, referrals, and before/after, on one page for a coordinator.

Only the locations in the `PathScope` (from `courses.trajectories.access.path_for_coordinator`)
are read: the locations the viewer coordinates. Other locations are named by the scope, nothing
more (data minimisation, docs/privacy.md "One person's whole path").
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from courses.groups.models import AttendanceRecord, CohortMembership, Meeting
from courses.groups.selectors import UNKNOWN, meeting_is_over, participant_attendance
from courses.impact.models import SelfAssessment
from courses.trajectories.access import PathScope
from courses.trajectories.models import Intake, LadderMeasurement, Trajectory
from courses.trajectories.referrals import referrals_of_trajectory
from courses.volunteers.models import BuddyContact, BuddyMatch

PRESENCE_LABELS = {
    **dict(AttendanceRecord.Status.choices),
    UNKNOWN: _("Onbekend"),
}


@dataclass
class GroupPath:
    """A group the person is (was) in as participant, with their status at each meeting that is
    over, and the counts: there (also late), excused, missed."""

    membership: CohortMembership
    rows: list = field(default_factory=list)
    there: int = 0
    excused: int = 0
    missed: int = 0


@dataclass
class BeforeAfter:
    """Where the person stood at the start of a trajectory and where they stand now, on the
    participation ladder (measured by the coordinator). The person's own self-assessments are in
    `PersonPath.self_assessments`."""

    trajectory: Trajectory
    before: int
    before_label: str
    after: LadderMeasurement | None

    @property
    def change(self) -> int:
        return (self.after.rung - self.before) if self.after else 0


@dataclass
class PersonPath:
    scope: PathScope
    intakes: list
    groups: list
    buddy_matches: list
    trajectories: list
    before_after: list
    # The person's own marks at the start and end of a group and at the end of aftercare, at
    # these locations, oldest first (docs/privacy.md, "Self-assessment").
    self_assessments: list = field(default_factory=list)


def _groups(scope: PathScope) -> list[GroupPath]:
    memberships = (
        CohortMembership.objects.filter(
            user=scope.person,
            role=CohortMembership.Role.PARTICIPANT,
            cohort__location__in=scope.locations,
        )
        .select_related("cohort__location", "cohort__edition__programme")
        .order_by("cohort__start_date", "pk")
    )
    groups = []
    for membership in memberships:
        meetings = [
            meeting
            for meeting in Meeting.objects.filter(
                cohort=membership.cohort, kind=Meeting.Kind.JOBGROUP
            ).order_by("starts_at", "pk")
            if meeting_is_over(meeting)
        ]
        group = GroupPath(membership=membership)
        for presence in participant_attendance(meetings=meetings, user=scope.person):
            if presence.is_there:
                group.there += 1
            elif presence.status == AttendanceRecord.Status.EXCUSED:
                group.excused += 1
            elif presence.is_missed:
                group.missed += 1
            group.rows.append((presence, PRESENCE_LABELS.get(presence.status, presence.status)))
        groups.append(group)
    return groups


def person_path(*, scope: PathScope) -> PersonPath:
    """Everything of the person's path at the locations of `scope`, oldest first in each part.
    Buddy contacts come without their notes: those are between buddy and participant (the match
    page does not show them to coordinators either)."""
    person, locations = scope.person, scope.locations
    intakes = list(
        Intake.objects.filter(person=person, location__in=locations)
        .select_related("location")
        .order_by("created_at", "pk")
    )
    buddy_matches = list(
        BuddyMatch.objects.filter(participant=person, location__in=locations)
        .select_related("buddy", "location")
        .prefetch_related(
            Prefetch(
                "contacts",
                queryset=BuddyContact.objects.order_by("contact_on", "pk").only(
                    "pk", "match_id", "contact_on", "kind"
                ),
            )
        )
        .order_by("started_on", "pk")
    )
    trajectories = list(
        Trajectory.objects.filter(participant=person, location__in=locations)
        .select_related("location", "programme", "cohort")
        .prefetch_related("measurements")
        .order_by("intake_date", "pk")
    )
    before_after = []
    for trajectory in trajectories:
        trajectory.referral_list = referrals_of_trajectory(trajectory=trajectory)
        measurements = list(trajectory.measurements.all())
        before_after.append(
            BeforeAfter(
                trajectory=trajectory,
                before=trajectory.intake_rung,
                before_label=trajectory.get_intake_rung_display(),
                after=measurements[-1] if measurements else None,
            )
        )
    return PersonPath(
        scope=scope,
        intakes=intakes,
        groups=_groups(scope),
        buddy_matches=buddy_matches,
        trajectories=trajectories,
        before_after=before_after,
        self_assessments=list(
            SelfAssessment.objects.filter(participant=person, location__in=locations)
            .select_related("cohort", "location")
            .order_by("answered_at", "pk")
        ),
    )
