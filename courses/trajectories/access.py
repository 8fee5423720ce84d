from django.http import Http404

from courses.groups.access import coordinated_locations


def intake_for_viewer(*, user, intake_id: int):
    """An intake and whether `user` may decide on it. The person it is about and the coordinators
    of its location may see it; anyone else (leaders, buddies, other coordinators) gets a 404."""
    from courses.trajectories.models import Intake

    if not user.is_authenticated:
        raise Http404
    intake = Intake.objects.select_related("location", "person").filter(pk=intake_id).first()
    if intake is None:
        raise Http404
    is_coordinator = coordinated_locations(user).filter(pk=intake.location_id).exists()
    if not is_coordinator and intake.person_id != user.pk:
        raise Http404
    return intake, is_coordinator
