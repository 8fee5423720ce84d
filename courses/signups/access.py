"""Gates of the sign-up room: who may see sign-ups. The coordinators of the sign-up's location and
the national office; anyone else gets a 404 (missing and forbidden look the same)."""

from accounts.access import is_national_office
from accounts.models import Location
from courses.groups.access import coordinated_locations
from courses.signups.models import SignUp
from toolkit.permissions import NotPermitted


def signup_locations_of(*, user):
    """The locations whose sign-ups `user` handles (none for most people)."""
    if not user.is_authenticated:
        return Location.objects.none()
    if is_national_office(user=user):
        return Location.objects.all()
    return coordinated_locations(user)


def may_handle_signups(*, user) -> bool:
    return signup_locations_of(user=user).exists()


def signup_for_coordinator(*, user, signup_id: int) -> SignUp:
    """The one gate for a single sign-up."""
    if not user.is_authenticated:
        raise NotPermitted
    signup = (
        SignUp.objects.select_related("location", "intake", "handled_by", "user")
        .filter(pk=signup_id, location__in=signup_locations_of(user=user))
        .first()
    )
    if signup is None:
        raise NotPermitted
    return signup
