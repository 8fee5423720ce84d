"""Permission gates of the accounts app. Views and the API ask here, never inline."""

from .models import User
from .roles import Role


def user_has_role(*, user: User, role: Role) -> bool:
    if not user.is_authenticated:
        return False
    return user.role_assignments.filter(role=role).exists()


def user_may_use_admin(*, user: User) -> bool:
    """Editors, coordinators and admins work in the Wagtail admin."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def is_national_office(*, user: User) -> bool:
    """The national office (landelijk bureau): superusers and holders of the admin role. The one
    test for what only the national office may do (granting the trainer role, the training
    ratings); a coordinator of a location is not the national office."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user_has_role(user=user, role=Role.ADMIN)
