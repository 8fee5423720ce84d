"""Editors' screens in the Wagtail admin: editions per programme, releasing, comparing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from toolkit.ids import bounded_id

from . import errors
from .access import may_release_editions
from .diff import changed_steps, edition_diff, release_diff, steps_missing_from_notes
from .forms import DiffForm, ReleaseForm
from .models import ProgrammePage, StepPage
from .plain_language import check_text, findings_as_json, is_iwin, sentence_limit
from .services import edition_release, pages_in_review


def _require_editor(request):
    if not may_release_editions(user=request.user):
        raise PermissionDenied


def editions_index(request):
    _require_editor(request)
    programmes = ProgrammePage.objects.prefetch_related("editions").order_by("path")
    return TemplateResponse(
        request, "content/admin/editions_index.html", {"programmes": programmes}
    )


def edition_release_view(request, programme_id: int):
    """The release screen shows what would change first (the diff to the previous edition), what
    is still in review and which drafts stay out; the notes must name every changed step."""
    _require_editor(request)
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    previous = programme.editions.order_by("-number").first()
    diff = release_diff(programme=programme, previous=previous) if previous else None
    form = ReleaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        notes = form.cleaned_data["release_notes"]
        missing = steps_missing_from_notes(notes, diff or [])
        if missing:
            form.add_error(
                "release_notes",
                errors.EDITION_NOTES_MISS_STEPS
                % {"steps": ", ".join(f"{step.number}. {step.title}" for step in missing)},
            )
        else:
            try:
                edition = edition_release(
                    programme=programme, release_notes=notes, user=request.user
                )
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            else:
                messages.success(
                    request,
                    _("Editie %(number)s van %(title)s is uitgebracht.")
                    % {"number": edition.number, "title": programme.title},
                )
                return redirect("content_editions")
    steps = StepPage.objects.child_of(programme).order_by("number")
    in_review = pages_in_review(programme=programme)
    changed = changed_steps(diff) if diff is not None else None
    return TemplateResponse(
        request,
        "content/admin/edition_release.html",
        {
            "programme": programme,
            "form": form,
            "previous": previous,
            "diff": diff,
            "changed": changed,
            "in_review": in_review,
            "releasable": not in_review and (previous is None or bool(changed)),
            "drafts": [step for step in steps if step.has_unpublished_changes],
        },
    )


def edition_diff_view(request, programme_id: int):
    _require_editor(request)
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    form = DiffForm(request.GET or None, programme=programme)
    diff = None
    if form.is_valid():
        diff = edition_diff(old=form.cleaned_data["old"], new=form.cleaned_data["new"])
    return TemplateResponse(
        request,
        "content/admin/edition_diff.html",
        {"programme": programme, "form": form, "diff": diff},
    )


MAX_CHECKED_TEXT = 20_000


def _page_from_post(value):
    page_id = bounded_id(value)
    if page_id is None:
        return None
    page = Page.objects.filter(pk=page_id).first()
    return page.specific if page is not None else None


def plain_language_check(request):
    """The page editor's plain-language panel: long sentences and hard words in one text."""
    _require_editor(request)
    if request.method != "POST":
        return JsonResponse(
            {"code": "method_not_allowed", "detail": "POST the text to check."}, status=405
        )
    text = request.POST.get("text", "")
    if len(text) > MAX_CHECKED_TEXT:
        return JsonResponse(
            {"code": "validation_error", "detail": "The text is too long to check."}, status=422
        )
    page = _page_from_post(request.POST.get("page_id"))
    parent = _page_from_post(request.POST.get("parent_id"))
    # A new step (no page yet) follows its programme's limit.
    iwin = any(candidate is not None and is_iwin(candidate) for candidate in (page, parent))
    limit = sentence_limit(iwin=iwin)
    return JsonResponse(
        {"limit": limit, "findings": findings_as_json(check_text(text, limit=limit))}
    )
