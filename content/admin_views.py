"""Editors' screens in the Wagtail admin: editions per programme, releasing, comparing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .access import may_release_editions
from .diff import edition_diff
from .forms import DiffForm, ReleaseForm
from .models import ProgrammePage
from .services import edition_release


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
    _require_editor(request)
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    form = ReleaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            edition = edition_release(
                programme=programme,
                release_notes=form.cleaned_data["release_notes"],
                user=request.user,
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
    return TemplateResponse(
        request, "content/admin/edition_release.html", {"programme": programme, "form": form}
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
