"""Attendance that is true: the register of a meeting, self check-in on site, and the one reading
of "who was there" that every screen and figure uses.

How a member's status at one meeting is decided (`meeting_attendance`, `cohort_attendance`):
1. a register row written by the leader, trainer or coordinator (source "register"): it decides;
2. else the member's own check-in with the meeting's code (source "check_in"): present, or late
   when it came more than `LATE_AFTER` after the start;
3. else a connection to the online room (source "room"), as a suggestion: present or late in the
   same way;
4. else "unknown" (no source). Once the meeting is over, unknown counts as missed.
Excused never counts as missed. Late counts as there.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from courses.errors import (
    CHECK_IN_CLOSED,
    CHECK_IN_TOO_MANY,
    CHECK_IN_WRONG_CODE,
    EXCUSED_NEEDS_REASON,
    NOT_A_MEMBER,
    REASON_TOO_LONG,
    REGISTER_NOT_YET,
    UNKNOWN_STATUS,
)
from courses.groups.models import Attendance, AttendanceRecord, CohortMembership, Meeting

UNKNOWN = "unknown"
ROOM = "room"
STATUSES = (*AttendanceRecord.Status.values, UNKNOWN)
SOURCES = (ROOM, *AttendanceRecord.Source.values)
THERE = (AttendanceRecord.Status.PRESENT, AttendanceRecord.Status.LATE)

LATE_AFTER = datetime.timedelta(minutes=15)
CHECK_IN_OPENS_BEFORE = datetime.timedelta(minutes=30)
# An unambiguous alphabet (no 0/O, 1/I/L, 2/Z, 5/S, 8/B): easy to read from a screen and type.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
CHECK_IN_MAX_FAILURES = 10
CHECK_IN_FAILURE_WINDOW_SECONDS = 15 * 60
REASON_MAX = AttendanceRecord._meta.get_field("reason").max_length


def meeting_ends_at(meeting: Meeting) -> datetime.datetime:
    return meeting.starts_at + datetime.timedelta(minutes=meeting.duration_minutes)


def meeting_is_over(meeting: Meeting, *, now=None) -> bool:
    now = now or timezone.now()
    return meeting.status == Meeting.Status.ENDED or meeting_ends_at(meeting) <= now


def meeting_has_started(meeting: Meeting, *, now=None) -> bool:
    now = now or timezone.now()
    return meeting.starts_at <= now or meeting.status != Meeting.Status.PLANNED


def _on_time_status(meeting: Meeting, at: datetime.datetime) -> str:
    late = at > meeting.starts_at + LATE_AFTER
    return AttendanceRecord.Status.LATE if late else AttendanceRecord.Status.PRESENT


@dataclass(frozen=True)
class Presence:
    """One member's status at one meeting, and where it comes from."""

    meeting: Meeting
    user: object
    status: str  # present, late, absent, excused, unknown
    source: str | None  # register, check_in, room; None when unknown
    reason: str = ""
    suggestion: str | None = None  # what the room's connections say (present/late), if anything
    checked_in: bool = False

    @property
    def is_there(self) -> bool:
        return self.status in THERE

    @property
    def is_missed(self) -> bool:
        """Absent, or unknown once the meeting is over. Excused is never missed."""
        if self.status == AttendanceRecord.Status.ABSENT:
            return True
        return self.status == UNKNOWN and meeting_is_over(self.meeting)

    @property
    def counts_as_attended(self) -> bool:
        """There, or excused (a JobGroup's figures: a check-in counts)."""
        return self.status in (*THERE, AttendanceRecord.Status.EXCUSED)

    @property
    def needs_confirmation(self) -> bool:
        """A self check-in the register has not confirmed yet (the link can be shared)."""
        return self.source == AttendanceRecord.Source.CHECK_IN

    @property
    def counts_for_certificate(self) -> bool:
        """For a volunteer certificate (a training): there or excused, and a self check-in only
        once the leader or trainer confirmed it in the register."""
        return self.counts_as_attended and not self.needs_confirmation


def _presence(meeting, user, record, connection) -> Presence:
    suggestion = _on_time_status(meeting, connection) if connection else None
    if record is not None:
        return Presence(
            meeting=meeting,
            user=user,
            status=record.status,
            source=record.source,
            reason=record.reason,
            suggestion=suggestion,
            checked_in=record.checked_in_at is not None,
        )
    if suggestion is not None:
        return Presence(
            meeting=meeting, user=user, status=suggestion, source=ROOM, suggestion=suggestion
        )
    return Presence(meeting=meeting, user=user, status=UNKNOWN, source=None)


def cohort_attendance(*, meetings, users) -> dict[tuple[int, int], Presence]:
    """The status of every user at every meeting (of one group): {(meeting id, user id): ...}.
    Two queries, whatever the number of meetings and people."""
    meetings = list(meetings)
    users = list(users)
    meeting_ids = [m.pk for m in meetings]
    user_ids = [u.pk for u in users]
    records = {
        (r.meeting_id, r.user_id): r
        for r in AttendanceRecord.objects.filter(meeting_id__in=meeting_ids, user_id__in=user_ids)
    }
    first_join: dict[tuple[int, int], datetime.datetime] = {}
    for meeting_id, user_id, joined_at in Attendance.objects.filter(
        meeting_id__in=meeting_ids, user_id__in=user_ids
    ).values_list("meeting_id", "user_id", "joined_at"):
        key = (meeting_id, user_id)
        if key not in first_join or joined_at < first_join[key]:
            first_join[key] = joined_at
    return {
        (m.pk, u.pk): _presence(m, u, records.get((m.pk, u.pk)), first_join.get((m.pk, u.pk)))
        for m in meetings
        for u in users
    }


def register_members(*, meeting: Meeting) -> list:
    """Whom the register lists: the group's participants, by name."""
    return [
        membership.user
        for membership in CohortMembership.objects.filter(
            cohort_id=meeting.cohort_id, role=CohortMembership.Role.PARTICIPANT
        )
        .select_related("user")
        .order_by("user__display_name", "user_id")
    ]


def meeting_attendance(*, meeting: Meeting) -> list[Presence]:
    """One row per participant of the meeting's group, in name order."""
    users = register_members(meeting=meeting)
    statuses = cohort_attendance(meetings=[meeting], users=users)
    return [statuses[(meeting.pk, user.pk)] for user in users]


def participant_attendance(*, meetings, user) -> list[Presence]:
    """One person's status at each of `meetings`."""
    statuses = cohort_attendance(meetings=meetings, users=[user])
    return [statuses[(meeting.pk, user.pk)] for meeting in meetings]


# --- Writes --------------------------------------------------------------------------------------


def _member(meeting: Meeting, user_id):
    membership = (
        CohortMembership.objects.select_related("user")
        .filter(
            cohort_id=meeting.cohort_id,
            user_id=user_id,
            role=CohortMembership.Role.PARTICIPANT,
        )
        .first()
    )
    if membership is None:
        raise ValidationError(NOT_A_MEMBER, code="not_a_member")
    return membership.user


def _clean(status: str, reason: str) -> tuple[str, str]:
    if status not in AttendanceRecord.Status.values:
        raise ValidationError(UNKNOWN_STATUS, code="unknown_status")
    reason = " ".join((reason or "").split())
    if status != AttendanceRecord.Status.EXCUSED:
        return status, ""
    if not reason:
        raise ValidationError(EXCUSED_NEEDS_REASON, code="reason_required")
    if len(reason) > REASON_MAX:
        raise ValidationError(REASON_TOO_LONG, code="reason_too_long", params={"max": REASON_MAX})
    return status, reason


def register_is_open(meeting: Meeting, *, now=None) -> bool:
    """Present, late and absent can be written from half an hour before the start (as check-in);
    excused (someone sent word) at any time."""
    now = now or timezone.now()
    return meeting_has_started(meeting, now=now) or now >= meeting.starts_at - CHECK_IN_OPENS_BEFORE


def register_set(*, meeting: Meeting, user_id, status: str, reason: str = "", by) -> Presence:
    """Write one member's status in the register (`meeting` from `meeting_for_register`).
    Excused needs a reason; other statuses drop it, and wait until the register is open. Bad
    input changes nothing."""
    status, reason = _clean(status, reason)
    if status != AttendanceRecord.Status.EXCUSED and not register_is_open(meeting):
        raise ValidationError(REGISTER_NOT_YET, code="not_started")
    user = _member(meeting, user_id)
    with transaction.atomic():
        record, _created = AttendanceRecord.objects.select_for_update().get_or_create(
            meeting=meeting,
            user=user,
            defaults={
                "status": status,
                "reason": reason,
                "source": AttendanceRecord.Source.REGISTER,
                "set_by": by,
                "set_at": timezone.now(),
            },
        )
        record.status = status
        record.reason = reason
        record.source = AttendanceRecord.Source.REGISTER
        record.set_by = by
        record.set_at = timezone.now()
        record.save()
    return meeting_presence(meeting=meeting, user=user)


def register_all_present(*, meeting: Meeting, by) -> int:
    """ "Iedereen aanwezig": every participant without a register row of the leader gets
    present, except those whose check-in or room connection says late (they get late). Rows the
    leader already wrote stay; self check-ins become register rows (confirmed). Returns how many
    rows were written."""
    if not register_is_open(meeting):
        raise ValidationError(REGISTER_NOT_YET, code="not_started")
    written = 0
    with transaction.atomic():
        for presence in meeting_attendance(meeting=meeting):
            if presence.source == AttendanceRecord.Source.REGISTER:
                continue
            status = (
                presence.status
                if presence.status == AttendanceRecord.Status.LATE
                else AttendanceRecord.Status.PRESENT
            )
            AttendanceRecord.objects.update_or_create(
                meeting=meeting,
                user=presence.user,
                defaults={
                    "status": status,
                    "reason": "",
                    "source": AttendanceRecord.Source.REGISTER,
                    "set_by": by,
                    "set_at": timezone.now(),
                },
            )
            written += 1
    return written


def meeting_place(meeting: Meeting, *, location=None) -> str:
    """Where an on-site (or hybrid) meeting is: its own place, else the address of `location`
    (default: its group's location)."""
    if meeting.place:
        return meeting.place
    if location is None and meeting.cohort_id:
        location = meeting.cohort.location
    return location.address if location is not None else ""


def meeting_set_place(*, meeting: Meeting, place: str) -> Meeting:
    """Another place for this one meeting (empty: the location's address again)."""
    meeting.place = " ".join((place or "").split())[: Meeting._meta.get_field("place").max_length]
    meeting.save(update_fields=["place"])
    return meeting


def meeting_presence(*, meeting: Meeting, user) -> Presence:
    return cohort_attendance(meetings=[meeting], users=[user])[(meeting.pk, user.pk)]


# --- Self check-in -------------------------------------------------------------------------------


def check_in_window(meeting: Meeting) -> tuple[datetime.datetime, datetime.datetime]:
    """From half an hour before the start until the planned end."""
    return meeting.starts_at - CHECK_IN_OPENS_BEFORE, meeting_ends_at(meeting)


def check_in_is_open(meeting: Meeting, *, now=None) -> bool:
    now = now or timezone.now()
    opens, closes = check_in_window(meeting)
    return meeting.status != Meeting.Status.ENDED and opens <= now < closes


def check_in_code(*, meeting: Meeting) -> str:
    """The meeting's code, made the first time the leader shows it."""
    if not meeting.check_in_code:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        updated = Meeting.objects.filter(pk=meeting.pk, check_in_code="").update(check_in_code=code)
        if updated:
            meeting.check_in_code = code
        else:
            meeting.refresh_from_db(fields=["check_in_code"])
    return meeting.check_in_code


def normalise_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())[:20]


def _failures_key(meeting: Meeting, user) -> str:
    return f"check-in-failures:{meeting.pk}:{user.pk}"


def check_in(*, meeting: Meeting, user, code: str, now=None) -> Presence:
    """A participant checks in with the code the leader shows (`meeting` from
    `meeting_for_check_in`). Only while check-in is open; at most `CHECK_IN_MAX_FAILURES`
    wrong codes per person and meeting in a quarter of an hour. A register row the leader wrote
    stays as it is (the register decides); the check-in is noted on it."""
    now = now or timezone.now()
    key = _failures_key(meeting, user)
    if (cache.get(key) or 0) >= CHECK_IN_MAX_FAILURES:
        raise ValidationError(CHECK_IN_TOO_MANY, code="rate_limited")
    if not check_in_is_open(meeting, now=now):
        raise ValidationError(CHECK_IN_CLOSED, code="check_in_closed")
    expected = meeting.check_in_code
    if not expected or not secrets.compare_digest(normalise_code(code), expected):
        if cache.add(key, 1, timeout=CHECK_IN_FAILURE_WINDOW_SECONDS) is False:
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout=CHECK_IN_FAILURE_WINDOW_SECONDS)
        raise ValidationError(CHECK_IN_WRONG_CODE, code="wrong_code")
    with transaction.atomic():
        record, created = AttendanceRecord.objects.select_for_update().get_or_create(
            meeting=meeting,
            user=user,
            defaults={
                "status": _on_time_status(meeting, now),
                "source": AttendanceRecord.Source.CHECK_IN,
                "set_by": user,
                "set_at": now,
                "checked_in_at": now,
            },
        )
        if not created and record.checked_in_at is None:
            record.checked_in_at = now
            record.save(update_fields=["checked_in_at"])
    cache.delete(key)
    return meeting_presence(meeting=meeting, user=user)
