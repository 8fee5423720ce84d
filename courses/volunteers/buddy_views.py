"""Pages for buddies (maatjes): the overview with the coordinators' match form, and the page of
one match for its buddy, its participant and the coordinators of its location.

Thin views: parse a form, call a service or selector from `courses.volunteers.buddies`, render. Who may see
a match is decided by `buddies.match_for_member` only.
"""

import datetime
import zoneinfo

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from courses.groups.access import coordinated_locations, may_coordinate
from courses.groups.services import READ_BUDDY_MATCH, sensitive_read_record
from courses.volunteers import buddies
from toolkit.ids import bounded_id
from toolkit.permissions import NotPermitted

MATCHED = _("De match is gemaakt. Het maatje en de deelnemer zien nu elkaars gegevens.")
MATCH_ENDED_MESSAGE = _("De match is beëindigd.")
CONTACT_SAVED = _("Het contact staat in het logboek.")
SHARED = _("Je maatje kan dit antwoord nu lezen.")
UNSHARED = _("Je maatje kan dit antwoord niet meer lezen.")
UNKNOWN_ACTION = _("Dit formulier kennen we niet. Laad de pagina opnieuw.")
MEETING_PLANNED = _("Het online gesprek is gepland. Je deelnemer ziet het op de startpagina.")
DURATION_MISSING = _("Kies hoe lang het gesprek duurt.")
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.email})"


class MatchForm(forms.Form):
    location = forms.ModelChoiceField(queryset=None, label=_("Locatie"))
    participant = PersonChoiceField(queryset=None, label=_("Deelnemer"))
    buddy = PersonChoiceField(
        queryset=None,
        label=_("Maatje"),
        help_text=_("Alleen een maatje met een geldig maatjescertificaat en een geldige VOG."),
    )
    consent_given_on = forms.DateField(
        label=_("Datum van de toestemming van de deelnemer"),
        widget=DateInput(),
        help_text=_("De deelnemer zegt ja tegen een maatje. Vul in op welke dag dat was."),
        error_messages={"required": buddies.CONSENT_MISSING},
    )

    def __init__(self, *args, locations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = locations
        self.fields["participant"].queryset = buddies.participants_of_locations(locations=locations)
        self.fields["buddy"].queryset = buddies.buddies_of_locations(locations=locations)


class EndForm(forms.Form):
    ended_on = forms.DateField(
        label=_("Datum waarop de match stopt"),
        widget=DateInput(),
        error_messages={"required": buddies.END_DATE_MISSING},
    )


class ContactForm(forms.Form):
    contact_on = forms.DateField(
        label=_("Datum van het contact"),
        widget=DateInput(),
        error_messages={"required": buddies.CONTACT_DATE_MISSING},
    )
    kind = forms.ChoiceField(
        label=_("Soort contact"),
        choices=buddies.BuddyContact.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": buddies.KIND_UNKNOWN, "invalid_choice": buddies.KIND_UNKNOWN},
    )
    note = forms.CharField(
        label=_("Korte notitie"),
        required=False,
        max_length=buddies.NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Niet verplicht. Kort en feitelijk, hoogstens 500 tekens. "
            "De deelnemer kan deze notitie ook lezen."
        ),
    )


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class MeetingForm(forms.Form):
    """The buddy plans a one-to-one online meeting (`buddies.buddy_meeting_plan`)."""

    day = forms.DateField(
        label=_("Datum"),
        widget=DateInput(),
        error_messages={"required": buddies.MEETING_TIME_MISSING},
    )
    time = forms.TimeField(
        label=_("Tijd"),
        widget=TimeInput(),
        error_messages={"required": buddies.MEETING_TIME_MISSING},
    )
    duration_minutes = forms.TypedChoiceField(
        label=_("Hoe lang (minuten)"),
        coerce=int,
        initial=45,
        choices=[(n, str(n)) for n in buddies.BUDDY_MEETING_DURATIONS],
        error_messages={
            "required": DURATION_MISSING,
            "invalid_choice": DURATION_MISSING,
        },
    )

    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(
            self.cleaned_data["day"], self.cleaned_data["time"], tzinfo=AMSTERDAM
        )


def _call(form: forms.Form, call):
    """Run a service with the form's data; on a refusal show the message at the form."""
    try:
        return call(form.cleaned_data)
    except PermissionDenied as exc:
        raise NotPermitted from exc
    except ValidationError as exc:
        if hasattr(exc, "error_dict") and set(exc.error_dict) <= set(form.fields):
            form.add_error(None, exc)
        else:
            form.add_error(None, exc.messages)
        return None


@login_required
def buddy_overview(request):
    """Everyone: their own matches. Coordinators also: the open matches of their locations and
    the form to make a new match."""
    user = request.user
    is_coordinator = may_coordinate(user=user)
    context = {"my_matches": list(buddies.matches_of_user(user=user))}
    if not is_coordinator:
        if request.method == "POST":
            raise NotPermitted
        return render(request, "courses/buddies/overview.html", context)

    locations = coordinated_locations(user).order_by("name")
    form = MatchForm(request.POST or None, locations=locations)
    if request.method == "POST" and form.is_valid():
        match = _call(
            form,
            lambda d: buddies.buddy_match(
                coordinator=user,
                participant=d["participant"],
                buddy=d["buddy"],
                consent_given_on=d["consent_given_on"],
                location=d["location"],
            ),
        )
        if match is not None:
            messages.success(request, MATCHED)
            return redirect("buddy_match", match_id=match.pk)
    context.update(
        {
            "is_coordinator": True,
            "form": form,
            "open_matches": list(buddies.open_matches_for_locations(locations=locations)),
        }
    )
    return render(request, "courses/buddies/overview.html", context)


@login_required
def buddy_match_detail(request, match_id: int):
    user = request.user
    match = buddies.match_for_member(user=user, match_id=match_id)
    is_buddy = user.pk == match.buddy_id
    is_participant = user.pk == match.participant_id
    is_coordinator = not (is_buddy or is_participant)
    sensitive_read_record(
        reader=user, subject=match.participant, record=READ_BUDDY_MATCH, pk=match.pk
    )
    contact_form = ContactForm(prefix="contact") if is_buddy and match.is_open else None
    end_form = EndForm(prefix="end") if is_coordinator and match.is_open else None
    meeting_form = MeetingForm(prefix="meeting") if is_buddy and match.is_open else None

    if request.method == "POST":
        action = request.POST.get("action")
        if action == "contact" and is_buddy:
            contact_form = ContactForm(request.POST, prefix="contact")
            if contact_form.is_valid() and _call(
                contact_form,
                lambda d: buddies.buddy_contact_add(
                    buddy=user,
                    match=match,
                    contact_on=d["contact_on"],
                    kind=d["kind"],
                    note=d["note"],
                ),
            ):
                messages.success(request, CONTACT_SAVED)
                return redirect("buddy_match", match_id=match.pk)
        elif action == "meeting" and is_buddy:
            meeting_form = MeetingForm(request.POST, prefix="meeting")
            if meeting_form.is_valid() and _call(
                meeting_form,
                lambda d: buddies.buddy_meeting_plan(
                    buddy=user,
                    match=match,
                    starts_at=meeting_form.starts_at(),
                    duration_minutes=d["duration_minutes"],
                ),
            ):
                messages.success(request, MEETING_PLANNED)
                return redirect("buddy_match", match_id=match.pk)
        elif action in ("share", "unshare") and is_participant:
            answer_id = bounded_id(request.POST.get("answer_id", ""))
            if answer_id is None:
                return HttpResponseBadRequest(str(UNKNOWN_ACTION))
            try:
                if action == "share":
                    buddies.buddy_share_answer(participant=user, answer_id=answer_id)
                    messages.success(request, SHARED)
                else:
                    buddies.buddy_unshare_answer(participant=user, answer_id=answer_id)
                    messages.success(request, UNSHARED)
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            return redirect("buddy_match", match_id=match.pk)
        elif action == "end" and is_coordinator:
            end_form = EndForm(request.POST, prefix="end")
            if end_form.is_valid() and _call(
                end_form,
                lambda d: buddies.buddy_match_end(
                    coordinator=user, match=match, ended_on=d["ended_on"]
                ),
            ):
                messages.success(request, MATCH_ENDED_MESSAGE)
                return redirect("buddy_match", match_id=match.pk)
        else:
            return HttpResponseBadRequest(str(UNKNOWN_ACTION))

    context = {
        "match": match,
        "is_buddy": is_buddy,
        "is_participant": is_participant,
        "is_coordinator": is_coordinator,
        "contact": buddies.contact_details(viewer=user, match=match),
        "contact_form": contact_form,
        "end_form": end_form,
        "meeting_form": meeting_form,
        # the online meetings: for the two of them only (the talk is private)
        "meetings": (
            buddies.buddy_meetings_of_match(match=match)
            if (is_buddy or is_participant) and match.is_open
            else []
        ),
        "shared_items": (
            buddies.buddy_read_shared_answers(buddy=user, match=match) if is_buddy else []
        ),
        "own_items": (
            buddies.answers_of_participant(match=match) if is_participant and match.is_open else []
        ),
        # The log: the buddy and the participant read it; coordinators see only that it exists.
        "contacts": buddies.contacts_of_match(match=match),
    }
    return render(request, "courses/buddies/match.html", context)
