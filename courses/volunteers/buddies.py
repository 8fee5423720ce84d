"""Buddies (maatjes): a volunteer who stands beside one participant for a while.

One module for models, services (writes), selectors (reads) and the access gate of buddies:

- `BuddyMatch`: a coordinator matches a buddy with a participant of their location, after the
  participant gave consent (the date and who recorded it are kept). A participant has at most
  one open match. Only a volunteer who passes `certification.buddy_gate` (an active buddy
  certificate and a valid VOG) can be matched.
- `BuddyContact`: the buddy's short log of contacts (date, kind, a short note).
- `BuddyShare`: an answer the participant shares with their buddy. Sharing with the buddy is
  separate from the answer's own sharing choice (private/leaders/group): a buddy sees only the
  answers that have a `BuddyShare` row for the open match, nothing else.

While a match is open, the participant and the buddy see each other's name and e-mail address.
Once it has ended, neither sees the other's contact details or the shared answers any more.

Services are keyword-only and atomic. They refuse with a `ValidationError` carrying a Dutch
message under the name of the wrong argument (forms show it beside the field) or with
`PermissionDenied`; a refusal changes nothing.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from accounts.models import AuditEntry, LocationMembership
from accounts.roles import Role
from accounts.services import audit_record
from content.selectors import edition_step_content
from courses.groups.access import coordinated_locations
from courses.groups.models import Attendance, CohortMembership, Meeting
from courses.reminders import BACKEND
from courses.volunteers.models import NOTE_MAX_LENGTH, BuddyContact, BuddyMatch, BuddyShare
from courses.volunteers.services import MAY_NOT_BE_BUDDY, buddy_gate, job_seekers_of_locations
from courses.workbook.models import Answer
from courses.workbook.selectors import (
    LIVE_REFLECTION,
    LIVE_REFLECTION_LABEL,
    LIVE_REFLECTION_PROMPT,
)
from toolkit.permissions import NotPermitted

# --- Messages (tests reuse them) ---------------------------------------------------------------

CONSENT_MISSING = _(
    "Vul de datum in waarop de deelnemer toestemming gaf. Zonder toestemming is er geen match."
)
CONSENT_IN_FUTURE = _(
    "De datum van de toestemming ligt in de toekomst. Vul de datum in waarop de deelnemer "
    "toestemming gaf."
)
NOT_COORDINATOR_OF_LOCATION = _("Je bent geen coördinator van deze locatie.")
PARTICIPANT_NOT_AT_LOCATION = _("Deze deelnemer hoort niet bij deze locatie.")
BUDDY_NOT_AT_LOCATION = _("Dit maatje hoort niet bij deze locatie.")
SAME_PERSON = _("De deelnemer en het maatje moeten twee verschillende mensen zijn.")
OPEN_MATCH_EXISTS = _(
    "Deze deelnemer heeft al een maatje. Beëindig eerst die match en maak dan een nieuwe."
)
MATCH_ALREADY_ENDED = _("Deze match is al beëindigd.")
END_DATE_MISSING = _("Vul de datum in waarop de match stopt.")
END_BEFORE_START = _("De match kan niet stoppen vóór de begindatum (%(start)s).")
END_IN_FUTURE = _("De einddatum ligt in de toekomst. Vul de datum van vandaag of eerder in.")
ONLY_THE_BUDDY = _("Alleen het maatje houdt het contactlogboek bij.")
MATCH_ENDED = _("Deze match is beëindigd. Je kunt niets meer toevoegen.")
CONTACT_DATE_MISSING = _("Vul de datum van het contact in.")
CONTACT_IN_FUTURE = _("Deze datum ligt in de toekomst. Vul de datum in waarop het contact was.")
CONTACT_BEFORE_START = _("Het contact kan niet vóór het begin van de match zijn (%(start)s).")
KIND_UNKNOWN = _("Kies wat voor contact het was: bezoek, telefoon, online of anders.")
NOTE_TOO_LONG = _("Schrijf korter: hoogstens %(max)s tekens.")
NO_OPEN_MATCH = _("Je hebt nu geen maatje. Delen met een maatje kan pas na een match.")
ONLY_THE_BUDDY_PLANS = _("Alleen het maatje plant een online gesprek.")
MEETING_TIME_MISSING = _("Vul de datum en de tijd van het gesprek in.")
MEETING_IN_PAST = _("Dit moment is al voorbij. Kies een datum en tijd in de toekomst.")
MEETING_TOO_FAR = _("Plan het gesprek hoogstens een jaar vooruit.")
MEETING_DURATION_WRONG = _("Kies een duur van %(min)s tot %(max)s minuten.")


def _nl_date(day: datetime.date) -> str:
    return day.strftime("%d-%m-%Y")


def _error(field: str, message, code: str, **params) -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code, params=params or None)})


# --- Models ------------------------------------------------------------------------------------


# --- Who belongs where -------------------------------------------------------------------------


def _coordinates(*, user, location) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return LocationMembership.objects.filter(
        location=location, user=user, is_coordinator=True
    ).exists()


def _belongs_to(*, user, location) -> bool:
    """A member of the location, or a participant of one of its groups."""
    return (
        LocationMembership.objects.filter(location=location, user=user).exists()
        or CohortMembership.objects.filter(
            cohort__location=location, user=user, role=CohortMembership.Role.PARTICIPANT
        ).exists()
    )


def _people():
    return get_user_model().objects.filter(is_active=True, anonymised_at__isnull=True)


def participants_of_locations(*, locations):
    """Whom a coordinator can choose as participant of a buddy match: job seekers of their
    locations, never a volunteer (volunteers.services.job_seekers_of_locations)."""
    return job_seekers_of_locations(locations=locations)


def buddies_of_locations(*, locations):
    """Whom a coordinator can choose as buddy: people of their locations with the buddy role.
    Whether they may be matched right now (certificate, VOG) is checked when matching."""
    return (
        _people()
        .filter(
            location_memberships__location__in=locations,
            role_assignments__role=Role.BUDDY,
        )
        .distinct()
        .order_by("display_name", "email")
    )


# --- Services ----------------------------------------------------------------------------------


@transaction.atomic
def buddy_match(
    *,
    coordinator,
    participant,
    buddy,
    consent_given_on: datetime.date | None,
    location,
    today: datetime.date | None = None,
) -> BuddyMatch:
    """Match a buddy with a participant. Refuses (and changes nothing) when the coordinator does
    not coordinate the location, either person does not belong to it, the consent date is
    missing or in the future, the buddy does not pass the buddy gate, or the participant already
    has an open match."""
    today = today or timezone.localdate()
    if not _coordinates(user=coordinator, location=location):
        raise PermissionDenied(NOT_COORDINATOR_OF_LOCATION)
    if consent_given_on is None:
        raise _error("consent_given_on", CONSENT_MISSING, "consent_missing")
    if consent_given_on > today:
        raise _error("consent_given_on", CONSENT_IN_FUTURE, "consent_in_future")
    if participant.pk == buddy.pk:
        raise _error("buddy", SAME_PERSON, "same_person")
    if not _belongs_to(user=participant, location=location):
        raise _error("participant", PARTICIPANT_NOT_AT_LOCATION, "participant_location")
    if not _belongs_to(user=buddy, location=location):
        raise _error("buddy", BUDDY_NOT_AT_LOCATION, "buddy_location")
    reason = buddy_gate(user=buddy, today=today)
    if reason is not None:
        raise _error("buddy", MAY_NOT_BE_BUDDY, "may_not_be_buddy", name=buddy.name, reason=reason)
    # Lock the participant's row so two matches at the same moment cannot both pass the check
    # (the conditional unique constraint is the last line of defence).
    get_user_model().objects.select_for_update().filter(pk=participant.pk).first()
    if BuddyMatch.objects.filter(participant=participant, ended_on__isnull=True).exists():
        raise _error("participant", OPEN_MATCH_EXISTS, "open_match_exists")
    return BuddyMatch.objects.create(
        participant=participant,
        buddy=buddy,
        location=location,
        consent_given_on=consent_given_on,
        consent_recorded_by=coordinator,
        matched_by=coordinator,
        started_on=today,
    )


def _locked(match: BuddyMatch) -> BuddyMatch:
    return BuddyMatch.objects.select_for_update().get(pk=match.pk)


@transaction.atomic
def buddy_match_end(
    *,
    coordinator,
    match: BuddyMatch,
    ended_on: datetime.date | None,
    today: datetime.date | None = None,
) -> BuddyMatch:
    """End a match. From that day on the two no longer see each other's contact details."""
    today = today or timezone.localdate()
    if not _coordinates(user=coordinator, location=match.location):
        raise PermissionDenied(NOT_COORDINATOR_OF_LOCATION)
    current = _locked(match)
    if current.ended_on is not None:
        raise _error("ended_on", MATCH_ALREADY_ENDED, "already_ended")
    if ended_on is None:
        raise _error("ended_on", END_DATE_MISSING, "end_missing")
    if ended_on > today:
        raise _error("ended_on", END_IN_FUTURE, "end_in_future")
    if ended_on < current.started_on:
        raise _error(
            "ended_on", END_BEFORE_START, "end_before_start", start=_nl_date(current.started_on)
        )
    current.ended_on = ended_on
    current.save(update_fields=["ended_on"])
    match.ended_on = ended_on
    return current


@transaction.atomic
def buddy_contact_add(
    *,
    buddy,
    match: BuddyMatch,
    contact_on: datetime.date | None,
    kind: str,
    note: str = "",
    today: datetime.date | None = None,
) -> BuddyContact:
    """Note a contact in the log. Only the match's buddy, only while the match is open."""
    today = today or timezone.localdate()
    if not buddy.is_authenticated or match.buddy_id != buddy.pk:
        raise PermissionDenied(ONLY_THE_BUDDY)
    current = _locked(match)
    if current.ended_on is not None:
        raise ValidationError(MATCH_ENDED, code="match_ended")
    if contact_on is None:
        raise _error("contact_on", CONTACT_DATE_MISSING, "contact_missing")
    if contact_on > today:
        raise _error("contact_on", CONTACT_IN_FUTURE, "contact_in_future")
    if contact_on < current.started_on:
        raise _error(
            "contact_on",
            CONTACT_BEFORE_START,
            "contact_before_start",
            start=_nl_date(current.started_on),
        )
    if kind not in BuddyContact.Kind.values:
        raise _error("kind", KIND_UNKNOWN, "kind_unknown")
    note = (note or "").strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise _error("note", NOTE_TOO_LONG, "note_too_long", max=NOTE_MAX_LENGTH)
    return BuddyContact.objects.create(
        match=current, contact_on=contact_on, kind=kind, note=note, author=buddy
    )


def open_match_of_participant(*, participant) -> BuddyMatch | None:
    return (
        BuddyMatch.objects.select_related("buddy")
        .filter(participant=participant, ended_on__isnull=True)
        .first()
    )


def _own_answer(*, participant, answer_id: int) -> Answer:
    answer = Answer.objects.filter(pk=answer_id, participant=participant).first()
    if answer is None:
        raise NotPermitted
    return answer


@transaction.atomic
def buddy_share_answer(*, participant, answer_id: int) -> BuddyShare:
    """Share one of your own answers with your buddy. Someone else's answer is a 404."""
    answer = _own_answer(participant=participant, answer_id=answer_id)
    match = open_match_of_participant(participant=participant)
    if match is None:
        raise ValidationError(NO_OPEN_MATCH, code="no_open_match")
    share, _created = BuddyShare.objects.get_or_create(match=match, answer=answer)
    return share


@transaction.atomic
def buddy_unshare_answer(*, participant, answer_id: int) -> None:
    """Stop sharing one of your own answers with your buddy."""
    answer = _own_answer(participant=participant, answer_id=answer_id)
    BuddyShare.objects.filter(
        answer=answer, match__participant=participant, match__ended_on__isnull=True
    ).delete()


# --- Access and selectors ----------------------------------------------------------------------


def match_for_member(*, user, match_id: int) -> BuddyMatch:
    """The one gate for a match: its participant, its buddy, or a coordinator of its location
    (and the national office). Missing and forbidden are the same 404."""

    if not user.is_authenticated:
        raise NotPermitted
    match = (
        BuddyMatch.objects.select_related("participant", "buddy", "location")
        .filter(pk=match_id)
        .first()
    )
    if match is None:
        raise NotPermitted
    if user.pk in (match.participant_id, match.buddy_id):
        return match
    if coordinated_locations(user).filter(pk=match.location_id).exists():
        return match
    raise NotPermitted


@dataclass(frozen=True)
class ContactDetails:
    name: str
    email: str


def contact_details(*, viewer, match: BuddyMatch) -> ContactDetails | None:
    """The other person's name and e-mail address: only for the participant and the buddy,
    only while the match is open. Everyone else (coordinators too) gets None."""
    if match.ended_on is not None or not viewer.is_authenticated:
        return None
    if viewer.pk == match.participant_id:
        other = match.buddy
    elif viewer.pk == match.buddy_id:
        other = match.participant
    else:
        return None
    return ContactDetails(name=other.name, email=other.email)


def answers_shared_with_buddy(*, match: BuddyMatch) -> list[Answer]:
    """The participant's answers shared with this match's buddy; none once the match ended."""
    if match.ended_on is not None:
        return []
    return list(
        Answer.objects.filter(buddy_shares__match=match, participant_id=match.participant_id)
        .select_related("cohort__edition", "edition")
        .order_by("cohort_id", "step_number", "created_at")
    )


@dataclass(frozen=True)
class SharedItem:
    answer: Answer
    prompt: str
    exercise_label: str
    shared: bool


def _items(answers, shared_ids) -> list[SharedItem]:

    items = []
    for answer in answers:
        if answer.block_type == LIVE_REFLECTION:
            prompt, label = str(LIVE_REFLECTION_PROMPT), str(LIVE_REFLECTION_LABEL)
        else:
            step = edition_step_content(edition=answer.edition, number=answer.step_number)
            exercise = step.exercise(answer.block_id) if step else None
            prompt = ""
            if exercise is not None:
                prompt = exercise.config.get("prompt") or exercise.config.get("title") or ""
            label = exercise.label if exercise else answer.block_type
        items.append(
            SharedItem(
                answer=answer, prompt=prompt, exercise_label=label, shared=answer.pk in shared_ids
            )
        )
    return items


def shared_items_for_buddy(*, match: BuddyMatch) -> list[SharedItem]:
    answers = answers_shared_with_buddy(match=match)
    return _items(answers, {a.pk for a in answers})


def answers_of_participant(*, match: BuddyMatch) -> list[SharedItem]:
    """All the participant's own answers, each marked shared with the buddy or not."""
    shared_ids = set(
        BuddyShare.objects.filter(match=match, match__ended_on__isnull=True).values_list(
            "answer_id", flat=True
        )
    )
    answers = (
        Answer.objects.filter(participant_id=match.participant_id)
        .select_related("cohort__edition", "edition")
        .order_by("cohort_id", "step_number", "created_at")
    )
    return _items(answers, shared_ids)


def buddy_read_shared_answers(*, buddy, match: BuddyMatch) -> list[SharedItem]:
    """What the buddy reads on the match page, noted in the privacy log (no content)."""

    if buddy.pk != match.buddy_id:
        return []
    items = shared_items_for_buddy(match=match)
    if items:
        audit_record(
            actor=buddy,
            subject=match.participant,
            action=AuditEntry.Action.READ_ANSWER,
            detail=f"maatje: {len(items)} gedeelde antwoorden (match {match.pk})",
        )
    return items


def contacts_of_match(*, match: BuddyMatch) -> list[BuddyContact]:
    return list(match.contacts.select_related("author"))


def matches_of_user(*, user):
    """The matches someone is the participant or the buddy of, open ones first."""
    return (
        BuddyMatch.objects.select_related("participant", "buddy", "location")
        .filter(Q(participant=user) | Q(buddy=user))
        .order_by(models.F("ended_on").desc(nulls_first=True), "-started_on")
    )


def open_matches_for_locations(*, locations):
    return (
        BuddyMatch.objects.select_related("participant", "buddy", "location")
        .filter(location__in=locations, ended_on__isnull=True)
        .order_by("location__name", "started_on")
    )


# --- Online meetings of a match (the buddy room, `Meeting.Kind.BUDDY`) -------------------------
#
# The buddy plans a one-to-one online meeting with their participant; it runs in the same live
# room as a group's meeting (voice too), with the buddy leading. Only the two of them get in
# (`courses.network.access.meeting_for_member`), only while the match is open; the location's
# coordinator does not: the talk is private. When both were in the room, the meeting's end (the
# buddy ends it, or the background task at the planned end) writes one "online" contact in the
# log: the date and the buddy, nothing of what was said.

BUDDY_MEETING_MIN_MINUTES = 15
BUDDY_MEETING_MAX_MINUTES = 120
BUDDY_MEETING_DURATIONS = (15, 30, 45, 60, 90, 120)
BUDDY_MEETING_MAX_AHEAD = datetime.timedelta(days=366)


@transaction.atomic
def buddy_meeting_plan(
    *,
    buddy,
    match: BuddyMatch,
    starts_at: datetime.datetime | None,
    duration_minutes: int | None,
    now: datetime.datetime | None = None,
) -> Meeting:
    """Plan an online meeting of the match. Only its buddy, only while the match is open, only
    in the future and for 15 to 120 minutes."""
    now = now or timezone.now()
    if not buddy.is_authenticated or match.buddy_id != buddy.pk:
        raise PermissionDenied(ONLY_THE_BUDDY_PLANS)
    current = _locked(match)
    if current.ended_on is not None:
        raise ValidationError(MATCH_ENDED, code="match_ended")
    if starts_at is None:
        raise _error("starts_at", MEETING_TIME_MISSING, "meeting_time_missing")
    if starts_at <= now:
        raise _error("starts_at", MEETING_IN_PAST, "meeting_in_past")
    if starts_at > now + BUDDY_MEETING_MAX_AHEAD:
        raise _error("starts_at", MEETING_TOO_FAR, "meeting_too_far")
    if (
        duration_minutes is None
        or not BUDDY_MEETING_MIN_MINUTES <= duration_minutes <= BUDDY_MEETING_MAX_MINUTES
    ):
        raise _error(
            "duration_minutes",
            MEETING_DURATION_WRONG,
            "meeting_duration_wrong",
            min=BUDDY_MEETING_MIN_MINUTES,
            max=BUDDY_MEETING_MAX_MINUTES,
        )
    meeting = Meeting.objects.create(
        kind=Meeting.Kind.BUDDY,
        buddy_match=current,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
    )
    ends_at = meeting.starts_at + datetime.timedelta(minutes=meeting.duration_minutes)
    transaction.on_commit(
        lambda: record_buddy_meeting_contact.using(run_after=ends_at).enqueue(
            meeting.pk, ends_at.isoformat()
        )
    )
    return meeting


def buddy_meetings_of_match(*, match: BuddyMatch, now: datetime.datetime | None = None):
    """The match's online meetings, latest first; each with `is_over` (ended, or past its
    planned end) and `buddy_contact` (the contact it gave, or None)."""
    now = now or timezone.now()
    meetings = list(
        Meeting.objects.filter(kind=Meeting.Kind.BUDDY, buddy_match=match)
        .select_related("buddy_contact")
        .order_by("-starts_at")
    )
    for meeting in meetings:
        meeting.is_over = meeting.status == Meeting.Status.ENDED or (
            meeting.starts_at + datetime.timedelta(minutes=meeting.duration_minutes) <= now
        )
    return meetings


def upcoming_buddy_meetings(*, user, now: datetime.datetime | None = None) -> list[Meeting]:
    """The online meetings with a buddy that `user` (the buddy or the participant) can still
    join: open match, not ended, not past their end."""
    if not user.is_authenticated:
        return []
    now = now or timezone.now()
    meetings = (
        Meeting.objects.filter(
            kind=Meeting.Kind.BUDDY,
            buddy_match__ended_on__isnull=True,
            starts_at__gt=now - datetime.timedelta(minutes=BUDDY_MEETING_MAX_MINUTES),
        )
        .filter(Q(buddy_match__buddy=user) | Q(buddy_match__participant=user))
        .exclude(status=Meeting.Status.ENDED)
        .select_related("buddy_match__buddy", "buddy_match__participant")
        .order_by("starts_at")
    )
    return [
        m for m in meetings if m.starts_at + datetime.timedelta(minutes=m.duration_minutes) > now
    ]


def buddy_meeting_contact_record(*, meeting: Meeting) -> BuddyContact | None:
    """At the end of a buddy meeting: one "online" contact in the match's log, by the buddy, on
    the meeting's date, when both the buddy and the participant were in the room. Nothing of
    the talk is kept. Idempotent: a meeting gives at most one contact (a second call, from the
    buddy's end and the task at the planned end, finds it)."""
    if meeting.kind != Meeting.Kind.BUDDY or meeting.buddy_match_id is None:
        return None
    with transaction.atomic():
        match = _locked(meeting.buddy_match)
        existing = BuddyContact.objects.filter(meeting=meeting).first()
        if existing is not None:
            return existing
        present = set(
            Attendance.objects.filter(
                meeting=meeting, user_id__in=[match.buddy_id, match.participant_id]
            ).values_list("user_id", flat=True)
        )
        if present != {match.buddy_id, match.participant_id}:
            return None  # one of them never came: no contact
        day = timezone.localdate(meeting.starts_at)
        return BuddyContact.objects.create(
            match=match,
            contact_on=max(day, match.started_on),
            kind=BuddyContact.Kind.ONLINE,
            author_id=match.buddy_id,
            meeting=meeting,
        )


@task(backend=BACKEND)
def record_buddy_meeting_contact(meeting_id: int, expected_ends_at: str) -> bool:
    """At the planned end of a buddy meeting (enqueued by `buddy_meeting_plan`): the contact in
    the log when both were there, also when the buddy did not press "end" (idempotent). Returns
    whether the log has a contact for the meeting."""
    meeting = Meeting.objects.filter(pk=meeting_id, kind=Meeting.Kind.BUDDY).first()
    if meeting is None:
        return False
    ends_at = meeting.starts_at + datetime.timedelta(minutes=meeting.duration_minutes)
    if ends_at != datetime.datetime.fromisoformat(expected_ends_at):
        return False  # its time changed: the task for the new end does it
    return buddy_meeting_contact_record(meeting=meeting) is not None
