"""Who may read which workbook edition. The one gate for editions."""

from accounts.access import user_has_role, user_may_use_admin
from accounts.roles import Role
from toolkit.permissions import NotPermitted

from .models import Edition


def edition_for_user(*, user, edition_id: int) -> Edition:
    """Editors, coordinators and admins read every edition; others only their groups' editions.
    Missing and forbidden look the same (`NotPermitted`: a 404)."""
    if not user.is_authenticated:
        raise NotPermitted
    editions = Edition.objects.select_related("programme")
    if not user_may_use_admin(user=user):
        editions = editions.filter(cohorts__memberships__user=user).distinct()
    edition = editions.filter(pk=edition_id).first()
    if edition is None:
        raise NotPermitted
    return edition


def may_read_leader_notes(*, user, edition: Edition) -> bool:
    """Leaders of a group on this edition, and office staff."""
    if user_may_use_admin(user=user):
        return True
    return edition.cohorts.filter(memberships__user=user, memberships__role="leader").exists()


def may_release_editions(*, user) -> bool:
    """Editors of the national office (and admins) release editions."""
    return user.is_authenticated and (
        user.is_superuser or user_has_role(user=user, role=Role.EDITOR)
    )
