"""Reads of the accounts app."""

from .models import User
from .roles import Role


def user_roles(*, user: User) -> list[str]:
    """The user's roles in a fixed order (the order of `Role`)."""
    held = set(user.role_assignments.values_list("role", flat=True))
    return [role.value for role in Role if role.value in held]


def user_locations(*, user: User) -> list[dict]:
    return [
        {"slug": m.location.slug, "name": m.location.name, "is_coordinator": m.is_coordinator}
        for m in user.location_memberships.select_related("location").order_by("location__name")
    ]
