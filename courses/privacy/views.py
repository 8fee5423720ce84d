""" "Mijn gegevens": preferences, the download, the request to be erased."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.privacy.forms import PreferencesForm
from courses.privacy.services import data_export, erasure_request


@login_required
def my_data(request):
    form = PreferencesForm(
        request.POST or None, initial={"reminders_enabled": request.user.reminders_enabled}
    )
    if request.method == "POST" and form.is_valid():
        request.user.reminders_enabled = form.cleaned_data["reminders_enabled"]
        request.user.save(update_fields=["reminders_enabled"])
        messages.success(request, _("Opgeslagen."))
        return redirect("my_data")
    pending = request.user.erasure_requests.filter(confirmed_at__isnull=True).first()
    return render(request, "courses/my_data.html", {"form": form, "pending_erasure": pending})


@login_required
def my_data_download(request):
    content = data_export(user=request.user)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.zip"'
    return response


@login_required
@require_POST
def my_data_erase(request):
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Zet eerst het vinkje om te bevestigen dat je dit wilt."))
        return redirect("my_data")
    erasure_request(user=request.user)
    messages.success(
        request,
        _(
            "Je verzoek is verstuurd. De coördinator van je locatie neemt contact met je op en "
            "verwijdert daarna je gegevens."
        ),
    )
    return redirect("my_data")
