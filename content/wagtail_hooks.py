from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

from . import admin_views, review
from .access import may_release_editions
from .glossary import glossary_changed
from .models import GlossaryTerm, ProgrammePage


@hooks.register("register_admin_urls")
def register_edition_urls():
    return [
        path("edities/", admin_views.editions_index, name="content_editions"),
        path(
            "edities/<id:programme_id>/uitbrengen/",
            admin_views.edition_release_view,
            name="content_edition_release",
        ),
        path(
            "edities/<id:programme_id>/vergelijken/",
            admin_views.edition_diff_view,
            name="content_edition_diff",
        ),
        path("taalhulp/", admin_views.plain_language_check, name="content_plain_language"),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return may_release_editions(user=request.user)


@hooks.register("register_admin_menu_item")
def register_editions_menu_item():
    return EditorMenuItem(_("Edities"), reverse("content_editions"), icon_name="history", order=250)


# --- The review by a second editor cannot be skipped ----------------------------------------


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.pk and review.review_required(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_direct_publish(request, page):
    if review.review_required(page, request.user):
        messages.error(request, review.review_required_message(page))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_unpublish_page")
def unpublish_by_two_editors(request, page):
    """Unpublishing takes two editors: the first one's click is a request, and another editor's
    click on the same button carries it out (content/review.py)."""
    if not review.review_required(page, request.user):
        return None
    if review.unpublish_confirmed_by(page=page, user=request.user):
        return None
    review.unpublish_request(page=page, user=request.user)
    messages.warning(request, review.UNPUBLISH_REQUESTED)
    return redirect("wagtailadmin_pages:edit", page.pk)


class UnpublishRequestsPanel(Component):
    """On the dashboard: other editors' requests to unpublish, for the second editor."""

    name = "unpublish_requests"
    template_name = "content/admin/unpublish_requests_panel.html"
    order = 205

    def __init__(self, requests):
        self.requests = requests

    def get_context_data(self, parent_context):
        return {"requests": self.requests}


@hooks.register("construct_homepage_panels")
def add_unpublish_requests_panel(request, panels):
    if may_release_editions(user=request.user):
        requests = review.unpublish_requests_for(user=request.user)
        if requests:
            panels.append(UnpublishRequestsPanel(requests))


@hooks.register("before_bulk_action")
def refuse_bulk_unpublish(request, action_type, objects, action_class_instance):
    """The bulk "Publicatie intrekken" would skip the second editor: only per page."""
    if action_type == "unpublish" and any(
        review.review_required(page, request.user) for page in objects
    ):
        messages.error(request, review.UNPUBLISH_ONE_BY_ONE)
        return redirect("wagtailadmin_explore_root")
    return None


@hooks.register("register_log_actions")
def register_unpublish_request(actions):
    actions.register_action(
        review.UNPUBLISH_REQUEST_ACTION,
        _("Intrekken aangevraagd"),
        _("Een redacteur vraagt de publicatie in te trekken"),
    )


# --- A readable tree ------------------------------------------------------------------------


@hooks.register("construct_explorer_page_queryset")
def steps_in_their_order(parent_page, pages, request):
    """The steps of a programme are listed by their number unless the editor sorts otherwise."""
    ordering = request.GET.get("ordering", "ord")
    if (
        parent_page.specific_class is ProgrammePage
        and ordering == "ord"
        and not request.GET.get("q")
    ):
        return pages.order_by("steppage__number", "path")
    return pages


# --- The plain-language panel while editing --------------------------------------------------


@hooks.register("insert_editor_js")
def plain_language_panel():
    return format_html(
        '<script src="{}" data-url="{}" data-title-label="{}" data-ok-label="{}" '
        'data-long-label="{}" data-hard-label="{}" defer></script>',
        static("content/plain_language.js"),
        reverse("content_plain_language"),
        _("Taalhulp"),
        _("Geen lange zinnen of moeilijke woorden gevonden."),
        _("Lange zin (%(words)s woorden, liever niet meer dan %(limit)s):"),
        _("Moeilijk woord: %(word)s. Eenvoudiger: %(alternative)s."),
    )


# --- The glossary: editors keep the hard words and their explanations -------------------------


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Woordenlijst")
    menu_name = "glossary"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["term", "variants", "explanation_nl"]
    search_fields = ["term", "variants", "explanation_nl"]


register_snippet(GlossaryTermViewSet)


# Every change of a term makes the workbooks mark the words anew (content/glossary.py).
@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def glossary_after_save(request, instance):
    if isinstance(instance, GlossaryTerm):
        glossary_changed()


@hooks.register("after_delete_snippet")
def glossary_after_delete(request, instances):
    if any(isinstance(instance, GlossaryTerm) for instance in instances):
        glossary_changed()
