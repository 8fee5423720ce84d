"""Pages of certificates: the holder's list, the printable certificate, public verification;
and for leaders and coordinators: issuing a course's certificates, recording a VOG, revoking.

Thin views: parse, call a gate, selector or service of `courses.volunteers.services`, render. Who may
not see a page gets a 404, as if it did not exist.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.access import is_national_office, user_has_role
from accounts.roles import Role
from content.models import CertifiedRole
from courses.groups.access import coordinated_locations, may_coordinate, may_manage_cohort
from courses.groups.services import READ_CERTIFICATE, sensitive_read_record
from courses.volunteers import services as certification
from courses.volunteers.models import renewal_window_days
from courses.volunteers.shadowing import shadowings_of_volunteer
from toolkit.ids import bounded_id
from toolkit.permissions import NotPermitted

ISSUED = _("Het certificaat van %(name)s is uitgereikt.")
RENEWED = _("De certificaten van %(name)s zijn vernieuwd.")
VOG_SAVED = _("De VOG van %(name)s van %(date)s is opgeslagen.")
REVOKED = _("Het certificaat is ingetrokken.")


@login_required
@require_GET
def my_certificates(request):
    summaries = certification.certificates_of_holder(user=request.user)
    shadowings = shadowings_of_volunteer(user=request.user)
    return render(
        request,
        "courses/certificates/my_certificates.html",
        {
            "summaries": summaries,
            "vog": certification.vog_latest(user=request.user),
            # the leader's path: once taken part in another leader's group (the leader gate)
            "shows_shadowing": bool(shadowings)
            or any(s.certificate.role == CertifiedRole.LEADER for s in summaries)
            or user_has_role(user=request.user, role=Role.LEADER),
            "shadowings": shadowings,
            "shadow_first": certification.SHADOW_FIRST,
        },
    )


@login_required
@require_GET
def certificate_print(request, certificate_id: int):
    certificate = certification.certificate_for_owner(
        user=request.user, certificate_id=certificate_id
    )
    return render(
        request,
        "courses/certificates/certificate_print.html",
        {
            "certificate": certificate,
            "verify_url": request.build_absolute_uri(
                reverse("certificate_verify_code", args=[certificate.verification_code])
            ),
            "verify_form_url": request.build_absolute_uri(reverse("certificate_verify")),
        },
    )


@require_GET
def certificate_verify(request):
    """Anyone, without logging in: type a code, see whether the certificate is valid."""
    code = request.GET.get("code", "").strip()
    if code:
        normalised = certification.normalise_code(code)
        if normalised:
            return redirect("certificate_verify_code", code=normalised)
    return render(request, "courses/certificates/verify.html", {"code": code, "searched": False})


@require_GET
def certificate_verify_code(request, code: str):
    result = certification.certificate_public_view(code=code)
    return render(
        request,
        "courses/certificates/verify.html",
        {"code": code, "searched": True, "result": result},
        status=200 if result else 404,
    )


# --- Issuing the certificates of a course -----------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def cohort_certificates(request, cohort_id: int):
    """Every participant of a volunteer course, with a button to issue the certificate or the
    certificate already issued. A refusal is shown beside the participant; nothing changes."""
    cohort = certification.cohort_for_issuer(user=request.user, cohort_id=cohort_id)
    refusals: dict[int, list[str]] = {}
    page_errors: list[str] = []
    if request.method == "POST":
        participant = certification.cohort_participant(
            cohort=cohort, user_id=request.POST.get("participant")
        )
        if participant is None:
            page_errors.append(str(certification.NOT_A_PARTICIPANT))
        else:
            try:
                certification.certificate_issue(
                    user=participant, cohort=cohort, issued_by=request.user
                )
            except ValidationError as exc:
                refusals[participant.pk] = exc.messages
            else:
                renewed = not cohort.programme.certifies_role
                message = RENEWED if renewed else ISSUED
                messages.success(request, str(message) % {"name": participant.name})
                return redirect("cohort_certificates", cohort_id=cohort.pk)
    return render(
        request,
        "courses/certificates/cohort_certificates.html",
        {
            "cohort": cohort,
            "rows": certification.cohort_certificate_rows(cohort=cohort),
            "refusals": refusals,
            "page_errors": page_errors,
            "may_manage": may_manage_cohort(user=request.user, cohort=cohort),
            "is_renewal": not cohort.programme.certifies_role,
        },
    )


# --- Recording a VOG --------------------------------------------------------------------------


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.email})"


class VogForm(forms.Form):
    person = PersonChoiceField(queryset=None, label=_("Persoon"))
    issued_on = forms.DateField(
        label=_("Datum van de VOG"),
        widget=DateInput(),
        help_text=_("De datum die op de VOG staat. Wij bewaren de VOG zelf niet."),
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people


def _vog_people(user):
    """The volunteers at the coordinator's locations (all locations for admins), except oneself:
    a VOG is for volunteers only (certification.volunteers_q)."""
    locations = coordinated_locations(user)
    volunteers = get_user_model().objects.filter(certification.volunteers_q()).values("pk")
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            anonymised_at__isnull=True,
            location_memberships__location__in=locations,
            pk__in=volunteers,
        )
        .exclude(pk=user.pk)
        .distinct()
        .order_by("display_name", "email")
    )


# The refusals of `vog_record`, by the field they are about.
VOG_ERROR_FIELDS = {"vog_in_future": "issued_on", "vog_too_old": "issued_on"}


@login_required
@require_http_methods(["GET", "POST"])
def vog_page(request):
    if not may_coordinate(user=request.user):
        raise NotPermitted
    people = _vog_people(request.user)
    initial = (
        {"person": request.GET["person"].strip()}
        if bounded_id(request.GET.get("person")) is not None
        else {}
    )
    form = VogForm(request.POST or None, people=people, initial=initial)
    if request.method == "POST" and form.is_valid():
        person, issued_on = form.cleaned_data["person"], form.cleaned_data["issued_on"]
        try:
            certification.vog_record(user=person, issued_on=issued_on, checked_by=request.user)
        except PermissionDenied:
            form.add_error("person", str(certification.VOG_NOT_ALLOWED))
        except ValidationError as exc:
            form.add_error(VOG_ERROR_FIELDS.get(exc.code), exc)
        else:
            messages.success(
                request,
                str(VOG_SAVED)
                % {"name": person.name, "date": formats.date_format(issued_on, "j F Y")},
            )
            return redirect("vog")
    return render(
        request,
        "courses/certificates/vog.html",
        {"form": form, "overview": certification.vog_overview(people=people)},
    )


# --- A certificate, as its coordinator sees it ------------------------------------------------


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden van intrekken"),
        max_length=certification.REVOKED_REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Kort en feitelijk. Alleen coördinatoren zien de reden. Intrekken kan niet ongedaan "
            "worden gemaakt."
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def certificate_manage(request, certificate_id: int):
    certificate = certification.certificate_for_coordinator(
        user=request.user, certificate_id=certificate_id
    )
    sensitive_read_record(
        reader=request.user, subject=certificate.user, record=READ_CERTIFICATE, pk=certificate.pk
    )
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certification.certificate_revoke(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                form.add_error(None, exc)
            else:
                form.add_error(None, exc.messages)
        else:
            messages.success(request, str(REVOKED))
            return redirect("certificate_manage", certificate_id=certificate.pk)
    return render(
        request,
        "courses/certificates/certificate_manage.html",
        {
            "certificate": certificate,
            "form": form,
        },
    )


# --- The coordinator's overview of certificates and VOGs ------------------------------------------


@login_required
@require_GET
def certificate_overview(request):
    """Per location of the coordinator: certificates due or lapsed (and revoked) and volunteers
    without a valid VOG, each with a link to act. The national office sees every location."""
    if not (may_coordinate(user=request.user) or is_national_office(user=request.user)):
        raise NotPermitted
    return render(
        request,
        "courses/certificates/overview.html",
        {
            "overview": certification.certificate_overview(user=request.user),
            "window_days": renewal_window_days(),
        },
    )
