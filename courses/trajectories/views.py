"""Coordinators' pages for trajectories and the outcome report.

Thin views: parse a form, call a selector or service from `courses.trajectories.services` or
`courses.trajectories.reports`, render. Only coordinators (their own locations) and the national office
(superusers, all locations) get in; everyone else gets a 404, as if the page did not exist.
"""

import datetime
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from content.models import ProgrammeKind, ProgrammePage
from courses.groups.access import coordinated_locations, may_coordinate
from courses.groups.models import Cohort
from courses.groups.services import READ_PATH, READ_TRAJECTORY, sensitive_read_record
from courses.trajectories.access import path_for_coordinator
from courses.trajectories.models import (
    REFERRAL_NOTE_MAX,
    REFERRAL_PARTNER_NAME_MAX,
    Referral,
    Rung,
    Trajectory,
)
from courses.trajectories.path import person_path
from courses.trajectories.referrals import (
    CONSENT_REQUIRED,
    referral_of_trajectory,
    referral_record,
    referral_set_outcome,
    referrals_of_trajectory,
)
from courses.trajectories.reports import (
    ATTENDANCE_COLUMNS,
    IMPACT_MOMENTS,
    MASK,
    REFERRAL_OUTCOME_COLUMNS,
    attendance_summary,
    chart_bars,
    impact_csv,
    impact_report,
    impact_year,
    outcome_report,
    referral_summary,
    report_csv,
)
from courses.trajectories.services import (
    aftercare_start,
    closing_talk_record,
    ladder_measure,
    measurements_due,
    trajectories_for_locations,
    trajectory_for_coordinator,
    trajectory_set_outcome,
    trajectory_start,
)
from courses.volunteers.services import job_seekers_of_locations
from toolkit.permissions import NotPermitted

SAVED = _("Opgeslagen.")
TRAJECTORY_STARTED = _("Het traject is gestart.")
ALL_LOCATIONS = _("Alle locaties")
ALL_PROGRAMMES = _("Alle programma's")
UNKNOWN_ACTION = _("Dit formulier kennen we niet. Laad de pagina opnieuw.")


def _locations_or_404(request):
    if not may_coordinate(user=request.user):
        raise NotPermitted
    return coordinated_locations(request.user).order_by("name")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def _date_field(label, **kwargs) -> forms.DateField:
    return forms.DateField(label=label, widget=DateInput(), **kwargs)


def _jobgroup_programmes():
    return ProgrammePage.objects.filter(kind=ProgrammeKind.JOBGROUP).order_by("title")


# --- The outcome report ------------------------------------------------------------------------


class ReportFilterForm(forms.Form):
    """The filters of the report; the query keys are Dutch, as the addresses are."""

    locatie = forms.ModelChoiceField(
        queryset=None, required=False, label=_("Locatie"), empty_label=ALL_LOCATIONS
    )
    programma = forms.ModelChoiceField(
        queryset=None, required=False, label=_("Programma"), empty_label=ALL_PROGRAMMES
    )
    van = _date_field(_("Van"))
    tot = _date_field(_("Tot en met"))

    def __init__(self, *args, locations, **kwargs):
        super().__init__(*args, **kwargs)
        self.locations = locations
        self.fields["locatie"].queryset = locations
        self.fields["programma"].queryset = _jobgroup_programmes()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("van"), cleaned.get("tot")
        if start and end and end < start:
            self.add_error("tot", _("De einddatum ligt vóór de begindatum."))
        return cleaned

    def selected_locations(self):
        location = self.cleaned_data["locatie"]
        return [location] if location else list(self.locations)

    def query(self) -> str:
        """The filters as a query string, for the CSV link."""
        data = self.cleaned_data
        return urlencode(
            {
                "locatie": data["locatie"].pk if data["locatie"] else "",
                "programma": data["programma"].pk if data["programma"] else "",
                "van": data["van"].isoformat(),
                "tot": data["tot"].isoformat(),
            }
        )


def _report_form(request, locations) -> ReportFilterForm:
    """Without a period, the current calendar year."""
    today = timezone.localdate()
    data = request.GET.copy()
    if not data.get("van"):
        data["van"] = datetime.date(today.year, 1, 1).isoformat()
    if not data.get("tot"):
        data["tot"] = datetime.date(today.year, 12, 31).isoformat()
    return ReportFilterForm(data, locations=locations)


def _run_report(form: ReportFilterForm):
    data = form.cleaned_data
    return outcome_report(
        locations=form.selected_locations(),
        programme=data["programma"],
        start=data["van"],
        end=data["tot"],
    )


def _run_referrals(form: ReportFilterForm):
    data = form.cleaned_data
    return referral_summary(
        locations=form.selected_locations(),
        programme=data["programma"],
        start=data["van"],
        end=data["tot"],
    )


def _run_attendance(form: ReportFilterForm):
    data = form.cleaned_data
    return attendance_summary(
        locations=form.selected_locations(),
        programme=data["programma"],
        start=data["van"],
        end=data["tot"],
    )


def _run_impact(form: ReportFilterForm):
    data = form.cleaned_data
    return impact_report(locations=form.selected_locations(), end=data["tot"])


@login_required
def outcome_report_page(request):
    locations = _locations_or_404(request)
    form = _report_form(request, locations)
    report = _run_report(form) if form.is_valid() else None
    return render(
        request,
        "courses/trajectories/report.html",
        {
            "form": form,
            "report": report,
            "chart": chart_bars(report.total) if report else [],
            "attendance": _run_attendance(form) if report else (),
            "attendance_columns": ATTENDANCE_COLUMNS,
            "referrals": _run_referrals(form) if report else (),
            "referral_columns": REFERRAL_OUTCOME_COLUMNS,
            "impact": _run_impact(form) if report else (),
            "impact_year": impact_year(form.cleaned_data["tot"]) if report else None,
            "impact_moments": IMPACT_MOMENTS,
            "csv_query": form.query() if report else "",
            "mask": MASK,
        },
    )


@login_required
def outcome_report_csv(request):
    locations = _locations_or_404(request)
    form = _report_form(request, locations)
    if not form.is_valid():
        problems = " ".join(str(m) for errors in form.errors.values() for m in errors)
        return HttpResponseBadRequest(problems, content_type="text/plain; charset=utf-8")
    report = _run_report(form)
    response = HttpResponse("\ufeff" + report_csv(report), content_type="text/csv; charset=utf-8")
    filename = f"uitkomsten-{report.start.isoformat()}-{report.end.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def impact_report_csv(request):
    """The self-assessment figures of the report as CSV (only figures, never one person)."""
    locations = _locations_or_404(request)
    form = _report_form(request, locations)
    if not form.is_valid():
        problems = " ".join(str(m) for errors in form.errors.values() for m in errors)
        return HttpResponseBadRequest(problems, content_type="text/plain; charset=utf-8")
    data = form.cleaned_data
    response = HttpResponse(
        "\ufeff" + impact_csv(_run_impact(form)), content_type="text/csv; charset=utf-8"
    )
    filename = f"zelfbeoordeling-{data['van'].isoformat()}-{data['tot'].isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Trajectories ------------------------------------------------------------------------------


class ParticipantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.email})"


class StartForm(forms.Form):
    participant = ParticipantChoiceField(queryset=None, label=_("Deelnemer"))
    location = forms.ModelChoiceField(queryset=None, label=_("Locatie"))
    programme = forms.ModelChoiceField(
        queryset=None, required=False, label=_("Programma"), empty_label=_("Nog geen programma")
    )
    cohort = forms.ModelChoiceField(
        queryset=None, required=False, label=_("Groep"), empty_label=_("Nog geen groep")
    )
    intake_date = _date_field(_("Datum van de intake"))
    intake_rung = forms.TypedChoiceField(
        label=_("Trede op de participatieladder bij de intake"),
        choices=Rung.choices,
        coerce=int,
    )

    def __init__(self, *args, locations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"].queryset = job_seekers_of_locations(locations=locations)
        self.fields["location"].queryset = locations
        self.fields["programme"].queryset = _jobgroup_programmes()
        self.fields["cohort"].queryset = Cohort.objects.filter(location__in=locations).order_by(
            "-start_date", "name"
        )


class MeasureForm(forms.Form):
    measured_on = _date_field(_("Datum van de meting"))
    rung = forms.TypedChoiceField(
        label=_("Trede op de participatieladder"), choices=Rung.choices, coerce=int
    )


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Uitkomst"), choices=Trajectory.Outcome.choices)
    outcome_date = _date_field(_("Datum"))
    reason = forms.CharField(
        label=_("Waarom gestopt?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Alleen bij voortijdig gestopt. Schrijf kort en feitelijk, zonder medische details."
        ),
    )


class AftercareForm(forms.Form):
    start = _date_field(_("Begin van de nazorg"))
    end = _date_field(
        _("Einde van de nazorg"),
        required=False,
        help_text=_("Leeg laten: 9 maanden na het begin. De nazorg duurt 6 tot 12 maanden."),
    )


class ClosingTalkForm(forms.Form):
    held_on = _date_field(_("Datum van het afsluitend gesprek"))


class ReferralForm(forms.Form):
    """A referral to a partner in the chain. Consent is asked first: without it nothing is
    stored (the service refuses too)."""

    consent_given = forms.BooleanField(
        label=_("De deelnemer geeft toestemming voor deze verwijzing"),
        required=False,
        help_text=_("Vraag het eerst. Zonder toestemming leggen we niets vast."),
    )
    consent_on = _date_field(_("Toestemming gegeven op"))
    partner_kind = forms.ChoiceField(
        label=_("Soort partner"), choices=[("", "—"), *Referral.PartnerKind.choices]
    )
    partner_name = forms.CharField(
        label=_("Naam van de partner"),
        required=False,
        max_length=REFERRAL_PARTNER_NAME_MAX,
        help_text=_("Bijvoorbeeld de naam van de organisatie. Nodig bij 'Andere partner'."),
    )
    referred_on = _date_field(_("Verwezen op"))
    note = forms.CharField(
        label=_("Notitie"),
        required=False,
        max_length=REFERRAL_NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kort en feitelijk. Geen medische details of bedragen."),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("consent_given"):
            # Only the consent error: nothing else matters until the participant agrees.
            self._errors.clear()
            self.add_error("consent_given", ValidationError(CONSENT_REQUIRED, code="consent"))
        return cleaned


class ReferralOutcomeForm(forms.Form):
    referral = forms.TypedChoiceField(label=_("Verwijzing"), choices=(), coerce=int)
    outcome = forms.ChoiceField(label=_("Resultaat"), choices=Referral.Outcome.choices)
    outcome_on = _date_field(
        _("Datum van het resultaat"),
        required=False,
        help_text=_("Leeg laten bij 'nog open'."),
    )

    def for_trajectory(self, trajectory) -> None:
        self.fields["referral"].choices = [
            (r.pk, f"{r.partner_label} · {r.referred_on:%d-%m-%Y}")
            for r in trajectory.referrals.all()
        ]


# action (the hidden field of each form) → (form class, prefix, service call)
ACTIONS = {
    "measure": (
        MeasureForm,
        "meting",
        lambda t, d, by: ladder_measure(trajectory=t, measured_on=d["measured_on"], rung=d["rung"]),
    ),
    "outcome": (
        OutcomeForm,
        "uitkomst",
        lambda t, d, by: trajectory_set_outcome(
            trajectory=t, outcome=d["outcome"], outcome_date=d["outcome_date"], reason=d["reason"]
        ),
    ),
    "aftercare": (
        AftercareForm,
        "nazorg",
        lambda t, d, by: aftercare_start(trajectory=t, start=d["start"], end=d["end"]),
    ),
    "closing_talk": (
        ClosingTalkForm,
        "afsluiting",
        lambda t, d, by: closing_talk_record(trajectory=t, held_on=d["held_on"]),
    ),
    "referral": (
        ReferralForm,
        "verwijzing",
        lambda t, d, by: referral_record(
            trajectory=t,
            by=by,
            partner_kind=d["partner_kind"],
            partner_name=d["partner_name"],
            consent_given=d["consent_given"],
            consent_on=d["consent_on"],
            referred_on=d["referred_on"],
            note=d["note"],
        ),
    ),
    "referral_outcome": (
        ReferralOutcomeForm,
        "resultaat",
        lambda t, d, by: referral_set_outcome(
            referral=referral_of_trajectory(trajectory=t, referral_id=d["referral"]),
            outcome=d["outcome"],
            outcome_on=d["outcome_on"],
        ),
    ),
}


def _call(form: forms.Form, call):
    """Run a service with the form's data. Returns what the service returns, or None when it
    refuses; the refusal is then shown beside the right field (or above the form)."""
    try:
        return call(form.cleaned_data)
    except ValidationError as exc:
        if hasattr(exc, "error_dict") and set(exc.error_dict) <= set(form.fields):
            form.add_error(None, exc)
        else:
            form.add_error(None, exc.messages)
        return None


@login_required
def trajectory_list(request):
    locations = _locations_or_404(request)
    form = StartForm(request.POST or None, locations=locations)
    if request.method == "POST" and form.is_valid():
        trajectory = _call(
            form,
            lambda d: trajectory_start(
                participant=d["participant"],
                location=d["location"],
                intake_date=d["intake_date"],
                intake_rung=d["intake_rung"],
                programme=d["programme"],
                cohort=d["cohort"],
            ),
        )
        if trajectory is not None:
            messages.success(request, TRAJECTORY_STARTED)
            return redirect("trajectory_detail", trajectory_id=trajectory.pk)
    due = [(location, list(measurements_due(location=location))) for location in locations]
    return render(
        request,
        "courses/trajectories/list.html",
        {
            "trajectories": trajectories_for_locations(locations=locations),
            "due": [(location, rows) for location, rows in due if rows],
            "form": form,
        },
    )


@login_required
def trajectory_detail(request, trajectory_id: int):
    trajectory = trajectory_for_coordinator(user=request.user, trajectory_id=trajectory_id)
    sensitive_read_record(
        reader=request.user,
        subject=trajectory.participant,
        record=READ_TRAJECTORY,
        pk=trajectory.pk,
    )
    initial = {
        "outcome": {
            "outcome": trajectory.outcome,
            "outcome_date": trajectory.outcome_date,
            "reason": trajectory.dropout_reason,
        },
        "aftercare": {"start": trajectory.aftercare_start, "end": trajectory.aftercare_end},
    }
    forms_by_action = {
        action: form_class(prefix=prefix, initial=initial.get(action))
        for action, (form_class, prefix, _service) in ACTIONS.items()
    }
    active = request.POST.get("action") if request.method == "POST" else None
    if active is not None:
        if active not in ACTIONS:
            return HttpResponseBadRequest(str(UNKNOWN_ACTION))
        form_class, prefix, call = ACTIONS[active]
        form = form_class(request.POST, prefix=prefix)
        forms_by_action[active] = form
    for form in forms_by_action.values():
        if hasattr(form, "for_trajectory"):
            form.for_trajectory(trajectory)
    if active is not None:
        form = forms_by_action[active]
        call = ACTIONS[active][2]
        if form.is_valid() and _call(form, lambda d: call(trajectory, d, request.user)) is not None:
            messages.success(request, SAVED)
            return redirect("trajectory_detail", trajectory_id=trajectory.pk)
    measurements = list(trajectory.measurements.all())
    last = measurements[-1] if measurements else None
    return render(
        request,
        "courses/trajectories/detail.html",
        {
            "trajectory": trajectory,
            "measurements": measurements,
            "last_measurement": last,
            "rose": last is not None and last.rung > trajectory.intake_rung,
            "forms": forms_by_action,
            "active": active,
            "outcome_work": Trajectory.Outcome.WORK,
            "referrals": referrals_of_trajectory(trajectory=trajectory),
        },
    )


# --- One person's whole path -------------------------------------------------------------------


@login_required
def participant_path(request, person_id: int):
    """Everything of one participant's path at the locations the coordinator coordinates; other
    locations only by name. Every view is written to the privacy log."""
    scope = path_for_coordinator(user=request.user, person_id=person_id)
    sensitive_read_record(
        reader=request.user, subject=scope.person, record=READ_PATH, pk=scope.person.pk
    )
    return render(
        request,
        "courses/trajectories/path.html",
        {"path": person_path(scope=scope), "person": scope.person, "mask": MASK},
    )
