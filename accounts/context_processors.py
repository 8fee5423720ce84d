"""Template context every page gets from the accounts app."""

from django.utils.functional import SimpleLazyObject

from .access import user_sees_admin_link


def admin_link(request) -> dict:
    """`show_admin_link`: whether the menu links to the admin. Lazy (pages without the menu
    pay nothing) and cached per user (`access.user_sees_admin_link`), in place of
    `perms.wagtailadmin.access_admin`, which costs two permission queries on every page."""
    user = getattr(request, "user", None)
    return {
        "show_admin_link": SimpleLazyObject(
            lambda: user is not None and user_sees_admin_link(user=user)
        )
    }
