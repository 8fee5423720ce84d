"""Gates of privacy: which coordinator may confirm whose erasure."""

from django.db.models import Q

from accounts.models import Location
from courses.groups.access import coordinated_locations
from courses.privacy.models import ErasureRequest


def erasure_locations(*, person):
    """Where a person's erasure is decided: the locations of their groups, of their intakes (for
    someone who only had an intake so far) and those they are a member of."""
    return Location.objects.filter(
        Q(cohorts__memberships__user=person)
        | Q(intakes__person=person)
        | Q(memberships__user=person)
    ).distinct()


def may_confirm_erasure(*, coordinator, person) -> bool:
    """Admins, and coordinators of one of the person's locations (`erasure_locations`)."""
    if not coordinator.is_authenticated:
        return False
    if coordinator.is_superuser:
        return True
    return (
        coordinated_locations(coordinator)
        .filter(pk__in=erasure_locations(person=person).values("pk"))
        .exists()
    )


def erasures_for_coordinator(*, user):
    """Open erasure requests this user may see and confirm (the same rule as
    `may_confirm_erasure`, as one query for the list)."""
    requests = ErasureRequest.objects.filter(
        confirmed_at__isnull=True, user__anonymised_at__isnull=True
    ).select_related("user")
    if user.is_superuser:
        return requests
    locations = coordinated_locations(user)
    return requests.filter(
        Q(user__cohort_memberships__cohort__location__in=locations)
        | Q(user__intakes__location__in=locations)
        | Q(user__location_memberships__location__in=locations)
    ).distinct()
