"""Who may answer a self-assessment: only the participant themself.

The page is addressed by the group (start, end) or the trajectory (aftercare); it always shows
and changes the answers of the person who is signed in. Someone who is not a participant of the
group (a leader, a coordinator, anyone else) or whose trajectory it is not gets a 404, as if the
page did not exist. In reports coordinators see only the figures
(courses.trajectories.reports.impact_report); the coordinator following the person sees their
marks on the person's whole path (courses.trajectories.path, docs/privacy.md)."""

from courses.groups.access import cohort_for_member
from courses.impact.models import Moment
from courses.impact.selectors import Window, aftercare_window, group_windows
from courses.trajectories.models import Trajectory
from toolkit.permissions import NotPermitted


def window_for_participant(*, user, moment: str, owner_id: int) -> Window:
    """The window of `moment` for the signed-in participant: of group `owner_id` (start, end)
    or of their own trajectory `owner_id` (aftercare). Open or not; the page says which."""
    if not user.is_authenticated:
        raise NotPermitted
    if moment == Moment.AFTERCARE:
        trajectory = (
            Trajectory.objects.select_related("location")
            .filter(pk=owner_id, participant=user)
            .first()
        )
        window = aftercare_window(trajectory) if trajectory is not None else None
    elif moment in (Moment.START, Moment.END):
        access = cohort_for_member(user=user, cohort_id=owner_id)
        if not access.is_participant:
            raise NotPermitted
        window = group_windows(access.cohort).get(moment)
    else:
        window = None
    if window is None:
        raise NotPermitted
    return window
