"""The national office's screens in the Wagtail admin: who is a trainer, and how trainings were
rated. Anyone else (a location coordinator too) gets the same 404 as a missing page."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import User
from courses.trainings import selectors, services
from courses.trainings.access import require_national_office
from toolkit.permissions import NotPermitted

UNKNOWN_PERSON = _(
    "Er is niemand met dit e-mailadres. Iemand heeft eerst een account nodig (bijvoorbeeld via "
    "een uitnodiging of de pagina 'Vrijwilliger worden')."
)


class GrantForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Van een vrijwilliger met een account. Een trainer heeft ook een geldige VOG."),
    )


@require_http_methods(["GET", "POST"])
def trainers_index(request):
    require_national_office(user=request.user)
    form = GrantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = User.objects.filter(
            email__iexact=form.cleaned_data["email"], is_active=True, anonymised_at__isnull=True
        ).first()
        if person is None:
            form.add_error("email", UNKNOWN_PERSON)
        else:
            try:
                services.trainer_role_grant(by=request.user, user=person)
            except PermissionDenied as exc:  # pragma: no cover - checked above as well
                raise NotPermitted from exc
            except ValidationError as exc:  # not a volunteer: nothing changes
                form.add_error("email", exc.messages[0])
            else:
                messages.success(
                    request, gettext("%(name)s is nu trainer.") % {"name": person.name}
                )
                return redirect("courses_admin_trainers")
    return TemplateResponse(
        request,
        "courses/admin/trainers.html",
        {"form": form, "trainers": selectors.trainers_list()},
        status=400 if form.errors else 200,
    )


@require_POST
def trainer_revoke(request, user_id: int):
    require_national_office(user=request.user)
    person = selectors.trainers_list().filter(pk=user_id).first()
    if person is None:
        raise NotPermitted
    services.trainer_role_revoke(by=request.user, user=person)
    messages.success(request, gettext("%(name)s is geen trainer meer.") % {"name": person.name})
    return redirect("courses_admin_trainers")


def ratings_overview(request):
    require_national_office(user=request.user)
    return TemplateResponse(
        request,
        "courses/admin/training_ratings.html",
        {"overview": selectors.ratings_overview()},
    )
