"""Permission gates of the accounts app. Views and the API ask here, never inline."""

from django.core.cache import cache
from django.db import transaction

from .models import User
from .roles import Role


def user_has_role(*, user: User, role: Role) -> bool:
    if not user.is_authenticated:
        return False
    return user.role_assignments.filter(role=role).exists()


def user_may_use_admin(*, user: User) -> bool:
    """Editors, coordinators and admins work in the Wagtail admin."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


# How long the menu's admin-link flag is kept per user. Changes to a user's groups, permissions or
# roles, and to a group's permissions, delete it at once (accounts/signals.py); the lifetime only
# bounds what those signals cannot see (a Permission row deleted, another process's in-memory
# cache in development).
ADMIN_LINK_SECONDS = 300


def admin_link_cache_key(user_id: int) -> str:
    return f"accounts:admin-link:{user_id}"


def user_sees_admin_link(*, user: User) -> bool:
    """Whether the menu shows the link to the admin: `user_may_use_admin`, cached per user so
    that a signed-in page does not pay two permission queries for a link. Only for showing the
    link: the admin checks the permission itself on every request, and every access decision
    asks `user_may_use_admin`. Inactive users and superusers are decided from the user row."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    key = admin_link_cache_key(user.pk)
    flag = cache.get(key)
    if flag is None:
        flag = user_may_use_admin(user=user)
        cache.set(key, flag, ADMIN_LINK_SECONDS)
    return flag


def admin_link_forget(user_ids) -> None:
    """Forget the cached admin-link flag of these users (their permissions changed): now, and
    again when the transaction commits, so that a page read between the two cannot keep the
    state from before the change."""
    keys = [admin_link_cache_key(pk) for pk in user_ids]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def is_national_office(*, user: User) -> bool:
    """The national office (landelijk bureau): superusers and holders of the admin role. The one
    test for what only the national office may do (granting the trainer role, the training
    ratings); a coordinator of a location is not the national office."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user_has_role(user=user, role=Role.ADMIN)
