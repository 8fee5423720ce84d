from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .access import may_release_editions


@hooks.register("register_admin_urls")
def register_edition_urls():
    return [
        path("edities/", admin_views.editions_index, name="content_editions"),
        path(
            "edities/<int:programme_id>/uitbrengen/",
            admin_views.edition_release_view,
            name="content_edition_release",
        ),
        path(
            "edities/<int:programme_id>/vergelijken/",
            admin_views.edition_diff_view,
            name="content_edition_diff",
        ),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return may_release_editions(user=request.user)


@hooks.register("register_admin_menu_item")
def register_editions_menu_item():
    return EditorMenuItem(_("Edities"), reverse("content_editions"), icon_name="history", order=250)


# --- The review by a second editor cannot be skipped ----------------------------------------

REVIEW_REQUIRED = _(
    "Deze pagina gaat eerst langs een tweede redacteur. Kies 'Ter beoordeling aanbieden'."
)


def _review_required(page, user) -> bool:
    return not user.is_superuser and page.get_workflow() is not None


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.pk and _review_required(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_direct_publish(request, page):
    if _review_required(page, request.user):
        messages.error(request, REVIEW_REQUIRED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
