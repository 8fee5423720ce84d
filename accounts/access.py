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
