"""Gates of trajectories: who may read an intake."""

from courses.groups.access import coordinated_locations
from courses.trajectories.models import Intake
from toolkit.permissions import NotPermitted


def intake_for_viewer(*, user, intake_id: int):
    """An intake and whether `user` may decide on it. The person it is about and the coordinators
    of its location may see it; anyone else (leaders, buddies, other coordinators) gets a 404."""

    if not user.is_authenticated:
        raise NotPermitted
    intake = Intake.objects.select_related("location", "person").filter(pk=intake_id).first()
    if intake is None:
        raise NotPermitted
    is_coordinator = coordinated_locations(user).filter(pk=intake.location_id).exists()
    if not is_coordinator and intake.person_id != user.pk:
        raise NotPermitted
    return intake, is_coordinator
