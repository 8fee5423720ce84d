"""Gates of trajectories: who may read an intake, and one person's whole path."""

from dataclasses import dataclass

from accounts.models import Location, User
from courses.groups.access import coordinated_locations
from courses.groups.models import CohortMembership
from courses.trajectories.models import Intake, Trajectory
from courses.volunteers.models import BuddyMatch
from toolkit.ids import bounded_id
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


# --- One person's whole path --------------------------------------------------------------------


@dataclass(frozen=True)
class PathScope:
    """Whose path, from which locations the viewer sees it, and at which other locations the
    person also has a path (named only: their details stay with those locations)."""

    person: object
    locations: tuple
    other_locations: tuple


def path_location_ids(person) -> set[int]:
    """The locations where the person has (had) a path as a participant: a trajectory, an intake,
    a place in a group as participant, or a buddy match."""
    ids = set(Trajectory.objects.filter(participant=person).values_list("location_id", flat=True))
    ids |= set(Intake.objects.filter(person=person).values_list("location_id", flat=True))
    ids |= set(
        CohortMembership.objects.filter(
            user=person, role=CohortMembership.Role.PARTICIPANT
        ).values_list("cohort__location_id", flat=True)
    )
    ids |= set(BuddyMatch.objects.filter(participant=person).values_list("location_id", flat=True))
    return ids


def path_for_coordinator(*, user, person_id) -> PathScope:
    """The gate of the path page. Coordinators of a location where the person has (had) a path,
    and the national office (superusers, every location), get in; they see only what happened at
    the locations they coordinate. Everyone else gets a 404, as for a person who does not exist:
    leaders, buddies, coordinators of other locations, and the person themself (they have their
    own folder and download). An erased (anonymised) person has no path any more."""
    if not user.is_authenticated:
        raise NotPermitted
    pk = bounded_id(person_id)
    person = User.objects.filter(pk=pk, anonymised_at__isnull=True).first() if pk else None
    if person is None or person.pk == user.pk:
        raise NotPermitted
    present = path_location_ids(person)
    mine = set(coordinated_locations(user).filter(pk__in=present).values_list("pk", flat=True))
    if not mine:
        raise NotPermitted
    locations = Location.objects.filter(pk__in=present).order_by("name")
    return PathScope(
        person=person,
        locations=tuple(location for location in locations if location.pk in mine),
        other_locations=tuple(location for location in locations if location.pk not in mine),
    )
