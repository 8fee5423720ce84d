"""Accepting an invitation."""

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from courses.groups import invitations
from courses.groups.forms import AcceptInvitationForm
from courses.groups.invitations import invitation_for_token


def invitation_accept(request, token: str):
    try:
        invitation = invitation_for_token(token)
    except ValidationError as exc:
        return render(
            request, "courses/invitation_invalid.html", {"error": exc.messages[0]}, status=410
        )
    signed_in = request.user.is_authenticated
    form = AcceptInvitationForm(request.POST or None, email=invitation.email)
    if signed_in:
        form = None
    error = None
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            if form is None:
                user = invitations.invitation_accept(token=token, current_user=request.user)
            else:
                use_password = form.cleaned_data["how"] == AcceptInvitationForm.HOW_PASSWORD
                user = invitations.invitation_accept(
                    token=token,
                    display_name=form.cleaned_data["display_name"],
                    password=form.cleaned_data["password1"] if use_password else None,
                )
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            if not signed_in:
                login(request, user, backend="accounts.backends.ThrottledModelBackend")
            messages.success(
                request, _("Welkom in de groep %(name)s!") % {"name": invitation.cohort.name}
            )
            return redirect("workbook", invitation.cohort.pk)
    return render(
        request,
        "courses/invitation_accept.html",
        {"invitation": invitation, "form": form, "error": error, "signed_in": signed_in},
        status=409 if error else 200,
    )
