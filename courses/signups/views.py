"""Pages of the sign-up room: the two public forms and their thank-you page, and the coordinator's
list and sign-up page with its actions. Thin: a gate from `access`, a service, a render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.backends import client_ip
from accounts.models import Location
from courses.groups.services import sensitive_read_record
from courses.signups import selectors, services
from courses.signups.access import may_handle_signups, signup_for_coordinator
from courses.signups.models import SignUp
from toolkit.permissions import NotPermitted

READ_SIGNUP = "aanmelding"
INTAKE_STARTED = _("De intake is begonnen. Vul hem samen met de kandidaat in.")
ACCEPTED = _("De vrijwilliger is aangenomen. Houd hieronder bij hoe het verder gaat.")
DECLINED = _("De aanmelding is afgewezen.")
DELETED = _("De aanmelding is verwijderd.")
PATH_SAVED = _("Het vrijwilligerspad is bewaard.")
ACCOUNT_MADE = _("Het account is gemaakt. %(name)s krijgt een e-mail om een wachtwoord te kiezen.")
ACCOUNT_LINKED = _(
    "Er was al een account met dit e-mailadres. Het hoort nu bij deze aanmelding; er is geen "
    "tweede account gemaakt."
)
ACCOUNT_ALREADY = _("Deze vrijwilliger heeft al een account.")
INVITATION_SENT = _("De uitnodiging is (opnieuw) verstuurd.")
NOT_SAVED = _("Dit is niet opgeslagen. Kijk bij de rode tekst.")

FORMS = {
    SignUp.Kind.JOB_SEEKER: "courses/signups/job_seeker_form.html",
    SignUp.Kind.VOLUNTEER: "courses/signups/volunteer_form.html",
}


def _public_form(request, kind: str):
    values, errors, status = {}, {}, 200
    if request.method == "POST":
        values = {key: request.POST.get(key, "") for key in request.POST}
        try:
            signup, errors = services.signup_submit(
                kind=kind, raw=request.POST, client_ip=client_ip(request)
            )
        except services.RateLimited as limited:
            errors, status = {"form": limited.message}, 429
        else:
            if not errors:
                location_id = signup.location_id if signup else values.get("location", "")
                query = urlencode({"soort": kind, "locatie": str(location_id)[:12]})
                return redirect(f"{reverse('signup_thanks')}?{query}")
            status = 422
    return render(
        request,
        FORMS[kind],
        {
            "values": values,
            "errors": errors,
            "locations": services.signup_locations(),
            "stamp": services.form_stamp(),
            "honeypot": services.HONEYPOT_FIELD,
            "heard_from_choices": SignUp.HeardFrom.choices,
            "call_time_choices": SignUp.CallTime.choices,
            "role_choices": SignUp.Role.choices,
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def signup_job_seeker(request):
    return _public_form(request, SignUp.Kind.JOB_SEEKER)


@never_cache
@require_http_methods(["GET", "POST"])
def signup_volunteer(request):
    return _public_form(request, SignUp.Kind.VOLUNTEER)


@require_GET
def signup_thanks(request):
    location_id = request.GET.get("locatie", "")
    location = (
        Location.objects.filter(pk=int(location_id)).first()
        if location_id.isascii() and location_id.isdigit() and len(location_id) < 12
        else None
    )
    return render(
        request,
        "courses/signups/thanks.html",
        {"location": location, "volunteer": request.GET.get("soort") == SignUp.Kind.VOLUNTEER},
    )


# --- The coordinator ------------------------------------------------------------------------------


@login_required
@require_GET
def signup_list(request):
    if not may_handle_signups(user=request.user):
        raise NotPermitted
    status = request.GET.get("status", SignUp.Status.NEW)
    if status not in SignUp.Status.values and status != "all":
        status = SignUp.Status.NEW
    return render(
        request,
        "courses/signups/list.html",
        {
            "signups": selectors.signups_for_coordinator(
                user=request.user, status="" if status == "all" else status
            ),
            "counts": selectors.signup_counts(user=request.user),
            "status": status,
            "statuses": SignUp.Status.choices,
        },
    )


@login_required
@require_GET
def signup_detail(request, signup_id: int):
    signup = signup_for_coordinator(user=request.user, signup_id=signup_id)
    sensitive_read_record(
        reader=request.user, subject=signup.user, record=READ_SIGNUP, pk=signup.pk
    )
    return _detail(request, signup)


def _detail(request, signup, *, errors=None, status=200):
    return render(
        request,
        "courses/signups/detail.html",
        {
            "signup": signup,
            "errors": errors or {},
            "certificates": selectors.conduct_certificates_of(signup),
        },
        status=status,
    )


@login_required
@require_POST
def signup_accept(request, signup_id: int):
    signup = signup_for_coordinator(user=request.user, signup_id=signup_id)
    try:
        if signup.kind == SignUp.Kind.JOB_SEEKER:
            intake = services.signup_start_intake(signup=signup, by=request.user)
        else:
            services.signup_accept_volunteer(signup=signup, by=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect("signup_detail", signup.pk)
    if signup.kind == SignUp.Kind.JOB_SEEKER:
        messages.success(request, INTAKE_STARTED)
        return redirect("intake_detail", intake.pk)
    messages.success(request, ACCEPTED)
    return redirect("signup_detail", signup.pk)


@login_required
@require_POST
def signup_decline(request, signup_id: int):
    signup = signup_for_coordinator(user=request.user, signup_id=signup_id)
    try:
        services.signup_decline(
            signup=signup, by=request.user, note=request.POST.get("decline_note", "")
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, DECLINED)
    return redirect("signup_detail", signup.pk)


@login_required
@require_POST
def signup_delete(request, signup_id: int):
    signup = signup_for_coordinator(user=request.user, signup_id=signup_id)
    services.signup_delete(signup=signup)
    messages.success(request, DELETED)
    return redirect("signup_list")


@login_required
@require_POST
def signup_account(request, signup_id: int):
    """ "Account maken en uitnodigen" on an accepted volunteer's sign-up."""
    signup = signup_for_coordinator(user=request.user, signup_id=signup_id)
    try:
        result = services.signup_volunteer_account(
            signup=signup,
            by=request.user,
            base_url=request.build_absolute_uri("/").rstrip("/"),
            email=request.POST.get("email", ""),
        )
    except ValidationError as error:
        errors = {"account": " ".join(error.messages)}
        messages.error(request, errors["account"])
        return _detail(request, signup, errors=errors, status=422)
    if result.made:
        messages.success(request, ACCOUNT_MADE % {"name": result.user.name})
    elif result.already:
        messages.info(request, ACCOUNT_ALREADY)
    else:
        messages.success(request, ACCOUNT_LINKED)
    if result.invited and not result.made:
        messages.info(request, INVITATION_SENT)
    return redirect("signup_detail", signup.pk)


@login_required
@require_POST
def signup_path(request, signup_id: int):
    signup = signup_for_coordinator(user=request.user, signup_id=signup_id)
    errors = services.signup_update_path(signup=signup, raw=request.POST)
    if errors:
        messages.error(request, NOT_SAVED)
        signup.refresh_from_db()
        return _detail(request, signup, errors=errors, status=422)
    messages.success(request, PATH_SAVED)
    return redirect("signup_detail", signup.pk)
