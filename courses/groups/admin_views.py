"""Coordinators' screens in the Wagtail admin: groups, invitations, meeting times, erasures.

Every screen is limited to the groups the user manages (`courses.groups.access`); a group, meeting,
invitation or request outside them is a 404, exactly like one that does not exist.
"""

import segno
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Min, Prefetch, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import Location
from accounts.phones import phone_normalise
from content.models import Edition, ProgrammeKind, ProgrammePage
from courses.groups.access import (
    cohorts_managed_by,
    coordinated_locations,
    may_coordinate,
    may_manage_cohort,
)
from courses.groups.invitations import invitation_resend, invitation_withdraw, invitations_create
from courses.groups.models import MAX_PARTICIPANTS, Cohort, CohortMembership, Invitation, Meeting
from courses.groups.services import (
    AMSTERDAM,
    cohort_create_or_update,
    cohort_schedule_meetings,
    meeting_reschedule,
    meeting_set_place,
    membership_card_issue,
    membership_card_pictures_reset,
    membership_remove,
    participant_add_with_card,
)
from courses.privacy.access import erasures_for_coordinator
from courses.privacy.services import erasure_confirm
from courses.trajectories.models import Intake
from courses.volunteers.models import Certificate
from toolkit.permissions import NotPermitted

INVITATION_STATUS_LABELS = {
    "open": _("Open"),
    "accepted": _("Aangenomen"),
    "withdrawn": _("Ingetrokken"),
    "expired": _("Verlopen"),
}
NAME_TAKEN = _("Er is al een groep met deze naam op deze locatie. Kies een andere naam.")
EDITION_OF_OTHER_PROGRAMME = _("Deze editie hoort niet bij het gekozen programma.")
PROGRAMME_WITHOUT_EDITION = _("Dit programma heeft nog geen editie. Vraag de redactie om er één.")
FINISHED_ON_MISSING = _("Vul in op welke dag de groep is afgelopen.")
TRAINER_LABEL = _("Trainer")
FIXED_ON_EDIT = _("Dit kunt u niet meer veranderen nadat de groep is gemaakt.")


# --- Who coordinates where -------------------------------------------------------------------


def _require_coordinator(request) -> None:
    if not may_coordinate(user=request.user):
        raise NotPermitted


def _managed_cohort(request, cohort_id: int) -> Cohort:
    cohort = (
        Cohort.objects.select_related("programme", "edition__programme", "location")
        .filter(pk=cohort_id)
        .first()
    )
    if cohort is None or not may_manage_cohort(user=request.user, cohort=cohort):
        raise NotPermitted
    return cohort


# --- Forms -----------------------------------------------------------------------------------


class AmsterdamDateTimeField(forms.DateTimeField):
    """A date and time as people in the Netherlands read it, whatever the admin's time zone."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget", forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        with timezone.override(AMSTERDAM):
            return super().to_python(value)

    def prepare_value(self, value):
        with timezone.override(AMSTERDAM):
            return super().prepare_value(value)


class CohortForm(forms.Form):
    name = forms.CharField(label=_("Naam van de groep"), max_length=150)
    programme = forms.ModelChoiceField(queryset=ProgrammePage.objects.none(), label=_("Programma"))
    edition = forms.ModelChoiceField(
        queryset=Edition.objects.none(),
        label=_("Editie"),
        required=False,
        empty_label=_("De nieuwste editie"),
        help_text=_("De groep blijft op deze editie, ook als er een nieuwe uitkomt."),
    )
    location = forms.ModelChoiceField(queryset=Location.objects.none(), label=_("Locatie"))
    mode = forms.ChoiceField(label=_("Vorm"), choices=Cohort.Mode.choices)
    video_link = forms.URLField(
        label=_("Link naar videogesprek"), required=False, assume_scheme="https"
    )
    start_date = forms.DateField(
        label=_("Startdatum"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    status = forms.ChoiceField(label=_("Status"), choices=Cohort.Status.choices)
    finished_on = forms.DateField(
        label=_("Afgelopen op"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Alleen invullen als de groep klaar is."),
    )
    first_meeting = AmsterdamDateTimeField(
        label=_("Eerste bijeenkomst"),
        required=False,
        help_text=_(
            "Datum en tijd in Nederlandse tijd. Daarna komt er elke week op dezelfde tijd een "
            "bijeenkomst bij, één per stap. Bijeenkomsten die er al zijn, blijven zoals ze zijn."
        ),
    )

    def __init__(self, *args, user, cohort: Cohort | None = None, **kwargs):
        if cohort is not None:
            kwargs.setdefault(
                "initial",
                {
                    "name": cohort.name,
                    "programme": cohort.programme_id,
                    "edition": cohort.edition_id,
                    "location": cohort.location_id,
                    "mode": cohort.mode,
                    "video_link": cohort.video_link,
                    "start_date": cohort.start_date,
                    "status": cohort.status,
                    "finished_on": cohort.finished_on,
                },
            )
        super().__init__(*args, **kwargs)
        self.cohort = cohort
        self.fields["programme"].queryset = (
            ProgrammePage.objects.filter(editions__isnull=False).distinct().order_by("path")
        )
        self.fields["edition"].queryset = Edition.objects.select_related("programme").order_by(
            "programme__path", "number"
        )
        self.fields["location"].queryset = coordinated_locations(user).order_by("name")
        if cohort is not None:
            # The service finds a group by its name and location: changing them would make a
            # new, empty group. The programme goes with the meetings and answers.
            for name in ("name", "location", "programme"):
                self.fields[name].disabled = True
                self.fields[name].help_text = FIXED_ON_EDIT
            # A running group changes edition only on purpose, never by "the newest" default.
            edition = self.fields["edition"]
            edition.queryset = cohort.programme.editions.select_related("programme").order_by(
                "number"
            )
            edition.required = True
            edition.empty_label = None

    def clean(self):
        cleaned = super().clean()
        programme = cleaned.get("programme")
        edition = cleaned.get("edition")
        if programme is not None:
            if edition is None:
                edition = programme.editions.order_by("-number").first()
                if edition is None:
                    self.add_error("programme", PROGRAMME_WITHOUT_EDITION)
                cleaned["edition"] = edition
            elif edition.programme_id != programme.pk:
                self.add_error("edition", EDITION_OF_OTHER_PROGRAMME)
        name, location = cleaned.get("name"), cleaned.get("location")
        is_new = self.cohort is None and name and location is not None
        if is_new and Cohort.objects.filter(name=name, location=location).exists():
            self.add_error("name", NAME_TAKEN)
        if cleaned.get("status") == Cohort.Status.FINISHED and not cleaned.get("finished_on"):
            self.add_error("finished_on", FINISHED_ON_MISSING)
        return cleaned


class InviteForm(forms.Form):
    emails = forms.CharField(
        label=_("E-mailadressen"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Eén adres, of een lijst. Zet de adressen onder elkaar of zet er een komma tussen."
        ),
    )
    role = forms.ChoiceField(
        label=_("Als"),
        choices=CohortMembership.Role.choices,
        initial=CohortMembership.Role.PARTICIPANT,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, cohort: Cohort | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if cohort is not None and cohort.is_training:
            # A training's leader membership is its trainer (the trainer gate applies).
            self.fields["role"].choices = [
                (CohortMembership.Role.PARTICIPANT, CohortMembership.Role.PARTICIPANT.label),
                (CohortMembership.Role.LEADER, TRAINER_LABEL),
            ]


class CardParticipantForm(forms.Form):
    """A participant without e-mail: a first name, and a mobile number only if they have one."""

    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150, required=False)
    phone = forms.CharField(
        label=_("Mobiel nummer (niet verplicht)"),
        max_length=30,
        required=False,
        help_text=_("Voor herinneringen per sms. Zoals 06 12345678."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )

    def clean_phone(self):
        return phone_normalise(self.cleaned_data["phone"])


class RescheduleForm(forms.Form):
    starts_at = AmsterdamDateTimeField(label=_("Nieuwe datum en tijd"))
    place = forms.CharField(
        label=_("Plaats (als het niet het adres van de locatie is)"),
        max_length=200,
        required=False,
    )


def _meeting_form(meeting: Meeting, data=None) -> RescheduleForm:
    return RescheduleForm(
        data,
        prefix=f"meeting-{meeting.pk}",
        initial={"starts_at": meeting.starts_at, "place": meeting.place},
    )


# --- Groups ----------------------------------------------------------------------------------


def groups_index(request):
    _require_coordinator(request)
    now = timezone.now()
    cohorts = (
        cohorts_managed_by(user=request.user)
        .select_related("programme", "edition", "location")
        .annotate(
            participant_count=Count(
                "memberships",
                filter=Q(memberships__role=CohortMembership.Role.PARTICIPANT),
                distinct=True,
            ),
            next_meeting_at=Min(
                "meetings__starts_at",
                filter=Q(
                    meetings__starts_at__gte=now,
                    meetings__status__in=[Meeting.Status.PLANNED, Meeting.Status.LIVE],
                ),
            ),
        )
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=CohortMembership.objects.filter(role=CohortMembership.Role.LEADER)
                .select_related("user")
                .order_by("user__display_name"),
                to_attr="leader_memberships",
            )
        )
        .order_by("-start_date", "name")
    )
    return TemplateResponse(
        request,
        "courses/admin/groups_index.html",
        {
            "cohorts": cohorts,
            "max_participants": MAX_PARTICIPANTS,
            "open_erasures": erasures_for_coordinator(user=request.user).count(),
        },
    )


@transaction.atomic
def _cohort_save(form: CohortForm) -> tuple[Cohort, list[Meeting]]:
    data = form.cleaned_data
    cohort = cohort_create_or_update(
        name=data["name"],
        edition=data["edition"],
        location=data["location"],
        start_date=data["start_date"],
        status=data["status"],
        mode=data["mode"],
        video_link=data["video_link"],
        finished_on=data["finished_on"],
    )
    meetings = []
    if data["first_meeting"]:
        meetings = cohort_schedule_meetings(cohort=cohort, first_starts_at=data["first_meeting"])
    return cohort, meetings


def _saved_message(request, cohort: Cohort, meetings: list[Meeting]) -> None:
    messages.success(request, gettext("De groep %(name)s is opgeslagen.") % {"name": cohort.name})
    if meetings:
        messages.success(
            request,
            ngettext(
                "De groep heeft nu %(count)s bijeenkomst.",
                "De groep heeft nu %(count)s bijeenkomsten.",
                len(meetings),
            )
            % {"count": len(meetings)},
        )


def group_create(request):
    _require_coordinator(request)
    form = CohortForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        cohort, meetings = _cohort_save(form)
        _saved_message(request, cohort, meetings)
        return redirect("courses_admin_group", cohort.pk)
    return TemplateResponse(request, "courses/admin/group_form.html", {"form": form})


def group_detail(request, cohort_id: int):
    """The group's page: its details (editable), members, meetings and invitations."""
    cohort = _managed_cohort(request, cohort_id)
    form = CohortForm(request.POST or None, user=request.user, cohort=cohort)
    if request.method == "POST" and form.is_valid():
        cohort, meetings = _cohort_save(form)
        _saved_message(request, cohort, meetings)
        return redirect("courses_admin_group", cohort.pk)
    return _detail_response(request, cohort, group_form=form)


def _detail_response(
    request,
    cohort: Cohort,
    *,
    group_form: CohortForm | None = None,
    invite_form: InviteForm | None = None,
    card_form: CardParticipantForm | None = None,
    bound_meeting_form: RescheduleForm | None = None,
    status: int = 200,
):
    members = list(
        cohort.memberships.select_related("user").order_by("-role", "user__display_name")
    )
    participant_count = sum(1 for m in members if m.role == CohortMembership.Role.PARTICIPANT)
    meetings = list(cohort.meetings.order_by("step_number"))
    meeting_rows = []
    for meeting in meetings:
        meeting_form = None
        if meeting.status == Meeting.Status.PLANNED:
            if bound_meeting_form is not None and bound_meeting_form.prefix == (
                f"meeting-{meeting.pk}"
            ):
                meeting_form = bound_meeting_form
            else:
                meeting_form = _meeting_form(meeting)
        meeting_rows.append((meeting, meeting_form))
    invitations = [
        (invitation, INVITATION_STATUS_LABELS[invitation.status])
        for invitation in cohort.invitations.select_related("invited_by").order_by("-sent_at")
    ]
    open_participant_invitations = sum(
        1
        for invitation, _label in invitations
        if invitation.status == "open" and invitation.role == CohortMembership.Role.PARTICIPANT
    )
    is_volunteer_course = cohort.programme.kind == ProgrammeKind.VOLUNTEER_COURSE
    certificates = {}
    if is_volunteer_course:
        for certificate in Certificate.objects.filter(cohort=cohort).order_by("issued_on", "pk"):
            certificates[certificate.user_id] = certificate
    return TemplateResponse(
        request,
        "courses/admin/group_detail.html",
        {
            "cohort": cohort,
            "is_volunteer_course": is_volunteer_course,
            "certificate_rows": [
                (m, certificates.get(m.user_id))
                for m in members
                if m.role == CohortMembership.Role.PARTICIPANT
            ]
            if is_volunteer_course
            else [],
            "form": group_form or CohortForm(user=request.user, cohort=cohort),
            "invite_form": invite_form or InviteForm(cohort=cohort),
            "card_form": card_form or CardParticipantForm(),
            "members": members,
            "participant_count": participant_count,
            "max_participants": MAX_PARTICIPANTS,
            "is_full": participant_count >= MAX_PARTICIPANTS,
            "open_participant_invitations": open_participant_invitations,
            "meeting_rows": meeting_rows,
            "invitations": invitations,
        },
        status=status,
    )


# --- Invitations -----------------------------------------------------------------------------


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@require_POST
def group_invite(request, cohort_id: int):
    cohort = _managed_cohort(request, cohort_id)
    form = InviteForm(request.POST, cohort=cohort)
    if not form.is_valid():
        return _detail_response(request, cohort, invite_form=form)
    role = form.cleaned_data["role"]
    sent, problems = invitations_create(
        cohort=cohort,
        text=form.cleaned_data["emails"],
        invited_by=request.user,
        base_url=_base_url(request),
        role=role,
    )
    if sent:
        messages.success(
            request,
            ngettext(
                "%(count)s uitnodiging verstuurd.", "%(count)s uitnodigingen verstuurd.", len(sent)
            )
            % {"count": len(sent)},
        )
    for problem in problems:
        messages.warning(request, problem)
    full = (
        cohort.memberships.filter(role=CohortMembership.Role.PARTICIPANT).count()
        >= MAX_PARTICIPANTS
    )
    if sent and role == CohortMembership.Role.PARTICIPANT and full:
        messages.warning(
            request,
            gettext(
                "Let op: de groep is vol. Wie nu een uitnodiging krijgt, kan pas meedoen als er "
                "een plaats vrij is."
            ),
        )
    return redirect("courses_admin_group", cohort.pk)


# --- Participants without e-mail: login cards -------------------------------------------------


def _card_response(request, cohort: Cohort, issued):
    """The printable login card, shown once: the code exists in plain text only in this page."""
    login_url = request.build_absolute_uri(reverse("card_login"))
    link = f"{login_url}?kaart={issued.card.card_id}"
    # segno draws our own URL with a random card id of URL-safe characters: no user data.
    qr_svg = mark_safe(  # noqa: S308
        segno.make(link, error="m").svg_inline(
            scale=4, title=gettext("QR-code om in te loggen"), svgclass="qr-code", omitsize=True
        )
    )
    response = TemplateResponse(
        request,
        "accounts/login_card.html",
        {
            "first_name": issued.card.user.first_name or issued.card.user.name,
            "site_address": login_url,
            "qr_svg": qr_svg,
            "code": issued.code_grouped,
            "back_url": reverse("courses_admin_group", args=[cohort.pk]),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_POST
def group_card_participant_add(request, cohort_id: int):
    """Add a participant without e-mail and show their login card to print."""
    cohort = _managed_cohort(request, cohort_id)
    form = CardParticipantForm(request.POST)
    if form.is_valid():
        try:
            issued = participant_add_with_card(
                cohort=cohort,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                phone=form.cleaned_data["phone"],
                by=request.user,
            )
        except PermissionDenied as exc:
            raise NotPermitted from exc
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            return _card_response(request, cohort, issued)
    response = _detail_response(request, cohort, card_form=form)
    response.status_code = 400
    return response


def _card_membership(request, cohort_id: int, membership_id: int):
    cohort = _managed_cohort(request, cohort_id)
    membership = cohort.memberships.select_related("user").filter(pk=membership_id).first()
    if membership is None:
        raise NotPermitted
    return cohort, membership


@never_cache
@require_POST
def membership_card_issue_view(request, cohort_id: int, membership_id: int):
    """A new login card (the old code stops working)."""
    cohort, membership = _card_membership(request, cohort_id, membership_id)
    try:
        issued = membership_card_issue(cohort=cohort, membership=membership, by=request.user)
    except PermissionDenied as exc:
        raise NotPermitted from exc
    return _card_response(request, cohort, issued)


@require_POST
def membership_card_pictures_reset_view(request, cohort_id: int, membership_id: int):
    cohort, membership = _card_membership(request, cohort_id, membership_id)
    try:
        membership_card_pictures_reset(cohort=cohort, membership=membership, by=request.user)
    except PermissionDenied as exc:
        raise NotPermitted from exc
    messages.success(
        request,
        gettext("%(name)s kiest bij de volgende keer inloggen nieuwe plaatjes.")
        % {"name": membership.user.name},
    )
    return redirect("courses_admin_group", cohort.pk)


def _managed_invitation(request, cohort_id: int, invitation_id: int) -> Invitation:
    cohort = _managed_cohort(request, cohort_id)
    invitation = Invitation.objects.filter(pk=invitation_id, cohort=cohort).first()
    if invitation is None:
        raise NotPermitted
    invitation.cohort = cohort
    return invitation


@require_POST
def invitation_resend_view(request, cohort_id: int, invitation_id: int):
    invitation = _managed_invitation(request, cohort_id, invitation_id)
    try:
        invitation_resend(invitation=invitation, base_url=_base_url(request))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            gettext("De uitnodiging is opnieuw verstuurd naar %(email)s.")
            % {"email": invitation.email},
        )
    return redirect("courses_admin_group", cohort_id)


@require_POST
def invitation_withdraw_view(request, cohort_id: int, invitation_id: int):
    invitation = _managed_invitation(request, cohort_id, invitation_id)
    try:
        invitation_withdraw(invitation=invitation)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            gettext("De uitnodiging voor %(email)s is ingetrokken.") % {"email": invitation.email},
        )
    return redirect("courses_admin_group", cohort_id)


# --- Meetings --------------------------------------------------------------------------------


@require_POST
def meeting_reschedule_view(request, cohort_id: int, meeting_id: int):
    cohort = _managed_cohort(request, cohort_id)
    meeting = Meeting.objects.filter(pk=meeting_id, cohort=cohort).first()
    if meeting is None:
        raise NotPermitted
    form = _meeting_form(meeting, request.POST)
    if not form.is_valid():
        return _detail_response(request, cohort, bound_meeting_form=form)
    meeting = meeting_reschedule(meeting=meeting, starts_at=form.cleaned_data["starts_at"])
    meeting_set_place(meeting=meeting, place=form.cleaned_data["place"])
    local = timezone.localtime(meeting.starts_at, AMSTERDAM)
    messages.success(
        request,
        gettext("Stap %(step)s is verplaatst naar %(day)s om %(time)s.")
        % {
            "step": meeting.step_number,
            "day": local.strftime("%d-%m-%Y"),
            "time": local.strftime("%H:%M"),
        },
    )
    return redirect("courses_admin_group", cohort.pk)


# --- Erasure requests ------------------------------------------------------------------------

ERASURE_NOT_TICKED = _(
    "Zet eerst het vinkje als je zeker weet dat dit niet terug kan. Er is nog niets verwijderd."
)


class ErasureConfirmForm(forms.Form):
    """The second step: nothing is erased unless the coordinator ticks that it is final."""

    irreversible = forms.BooleanField(
        label=_("Ik weet dat dit niet terug kan"),
        required=True,
        error_messages={"required": ERASURE_NOT_TICKED},
    )


def _erasure_rows(user):
    """Open requests the user may confirm, with where each person belongs (that the user
    coordinates): their groups, or for someone with only an intake, the intake's location."""
    locations = coordinated_locations(user)
    return erasures_for_coordinator(user=user).prefetch_related(
        Prefetch(
            "user__cohort_memberships",
            queryset=CohortMembership.objects.filter(cohort__location__in=locations).select_related(
                "cohort"
            ),
            to_attr="managed_memberships",
        ),
        Prefetch(
            "user__intakes",
            queryset=Intake.objects.filter(location__in=locations).select_related("location"),
            to_attr="managed_intakes",
        ),
    )


def erasure_requests(request):
    _require_coordinator(request)
    requests = _erasure_rows(request.user).order_by("requested_at")
    return TemplateResponse(
        request, "courses/admin/erasure_requests.html", {"erasure_requests": requests}
    )


@require_http_methods(["GET", "POST"])
def erasure_confirm_view(request, erasure_id: int):
    """GET: what will happen, and the tick box. POST with the tick: erase. POST without it:
    the same screen with an error, and nothing changes."""
    _require_coordinator(request)
    erasure = _erasure_rows(request.user).filter(pk=erasure_id).first()
    if erasure is None:
        raise NotPermitted
    form = ErasureConfirmForm(request.POST if request.method == "POST" else None)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "courses/admin/erasure_confirm.html",
            {"erasure": erasure, "form": form},
            status=400 if request.method == "POST" else 200,
        )
    name = erasure.user.name
    try:
        erasure_confirm(erasure=erasure, coordinator=request.user)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            gettext(
                "De gegevens van %(name)s zijn verwijderd. In de groep heet deze persoon nu "
                "'Oud-deelnemer'."
            )
            % {"name": name},
        )
    return redirect("courses_admin_erasures")


# --- Taking someone out of a group -----------------------------------------------------------


class RemovalForm(forms.Form):
    reason = forms.CharField(
        label=_("Waarom? (niet verplicht, alleen voor het privacylog)"),
        required=False,
        max_length=200,
        widget=forms.TextInput,
    )


@require_http_methods(["GET", "POST"])
def membership_remove_view(request, cohort_id: int, membership_id: int):
    """GET: who, and what happens (nothing changes). POST: take the person out of the group.
    A group or member the coordinator does not manage is a 404, whatever the reason."""
    cohort = _managed_cohort(request, cohort_id)
    membership = cohort.memberships.select_related("user").filter(pk=membership_id).first()
    if membership is None:
        raise NotPermitted
    form = RemovalForm(request.POST if request.method == "POST" else None)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(
            request,
            "courses/admin/membership_remove.html",
            {"cohort": cohort, "membership": membership, "form": form},
            status=400 if request.method == "POST" else 200,
        )
    name, role = membership.user.name, membership.get_role_display()
    try:
        membership_remove(
            cohort=cohort,
            user=membership.user,
            by=request.user,
            reason=form.cleaned_data["reason"],
        )
    except PermissionDenied as exc:
        raise NotPermitted from exc
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            gettext(
                "%(name)s (%(role)s) zit niet meer in %(group)s. De plaats is vrij. "
                "%(name)s kan de groep en de bijeenkomsten niet meer openen; "
                "de eigen antwoorden blijven in Mijn map."
            )
            % {"name": name, "role": role, "group": cohort.name},
        )
    return redirect("courses_admin_group", cohort.pk)
