"""Writes of the courses app: groups and participants' answers."""

import datetime
import zoneinfo
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts import cards as account_cards
from accounts import services as account_services
from accounts.models import AuditEntry
from accounts.roles import Role
from accounts.services import audit_record
from accounts.sockets import sockets_recheck
from courses import errors
from courses.groups.access import Access, may_manage_cohort

# The register and self check-in (see courses/groups/attendance.py).
from courses.groups.attendance import (  # noqa: F401  (re-exported for the other rooms)
    check_in,
    check_in_code,
    meeting_set_place,
    register_all_present,
    register_set,
)
from courses.groups.models import (
    MAX_PARTICIPANTS,
    Cohort,
    CohortMembership,
    LeaderMessage,
    Meeting,
    VacancyPost,
)
from courses.groups.tasks import schedule_meeting_reminder
from courses.signals import membership_removed
from courses.workbook.models import Answer
from toolkit.sanitize import user_markdown_to_html

MAX_LEADERS = 2
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


@transaction.atomic
def cohort_create_or_update(
    *,
    name: str,
    edition,
    location,
    start_date,
    status: str = Cohort.Status.PLANNED,
    mode: str = Cohort.Mode.ONLINE,
    video_link: str = "",
    finished_on=None,
) -> Cohort:
    """A group on one edition of a programme. Identified by name and location."""
    cohort, _ = Cohort.objects.update_or_create(
        name=name,
        location=location,
        defaults={
            "programme": edition.programme,
            "edition": edition,
            "start_date": start_date,
            "status": status,
            "mode": mode,
            "video_link": video_link,
            "finished_on": finished_on,
        },
    )
    return cohort


@transaction.atomic
def cohort_add_member(*, cohort: Cohort, user, role: str) -> CohortMembership:
    """Add someone to a group; at most 12 participants and two leaders (checked under a lock)."""
    Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
    existing = CohortMembership.objects.filter(cohort=cohort, user=user).first()
    if existing is None or existing.role != role:
        count = CohortMembership.objects.filter(cohort=cohort, role=role).count()
        if role == CohortMembership.Role.PARTICIPANT and count >= MAX_PARTICIPANTS:
            raise ValidationError(errors.COHORT_FULL % {"max": MAX_PARTICIPANTS})
        if role == CohortMembership.Role.LEADER and count >= MAX_LEADERS:
            raise ValidationError(errors.TOO_MANY_LEADERS)
    membership, _ = CohortMembership.objects.update_or_create(
        cohort=cohort, user=user, defaults={"role": role}
    )
    return membership


@transaction.atomic
def participant_add_with_card(
    *, cohort: Cohort, first_name: str, last_name: str = "", phone: str = "", by
) -> account_cards.IssuedCard:
    """A coordinator adds a participant without e-mail (a phone number, or no contact at all)
    to a group of their location: the person, their place in the group and at the location,
    the participant role and a login card (its code is in the result, to print once). Refused
    as a whole: `PermissionDenied` for someone who may not manage the group, ValidationError for
    a wrong phone number or a full group."""
    if not may_manage_cohort(user=by, cohort=cohort):
        raise PermissionDenied
    user = account_cards.user_create_without_email(
        first_name=first_name, last_name=last_name, phone=phone
    )
    cohort_add_member(cohort=cohort, user=user, role=CohortMembership.Role.PARTICIPANT)
    account_services.user_grant_role(user=user, role=Role.PARTICIPANT)
    account_services.location_add_member(location=cohort.location, user=user)
    return account_cards.card_issue(user=user, issued_by=by)


def card_membership_check(*, cohort: Cohort, membership: CohortMembership, by) -> None:
    """The gate for a login card of a group member: the coordinator manages the group and the
    member is a participant who signs in with a card (no e-mail address). Else PermissionDenied
    (a 404 in the views): a card never opens the account of a volunteer or of someone with
    e-mail."""
    if not may_manage_cohort(user=by, cohort=cohort) or membership.cohort_id != cohort.pk:
        raise PermissionDenied
    user = membership.user
    if membership.role != CohortMembership.Role.PARTICIPANT or user.has_email or not user.is_active:
        raise PermissionDenied


@transaction.atomic
def membership_card_issue(
    *, cohort: Cohort, membership: CohortMembership, by
) -> account_cards.IssuedCard:
    """Print a new card for this participant: the old code stops working, the pictures stay."""
    card_membership_check(cohort=cohort, membership=membership, by=by)
    return account_cards.card_issue(user=membership.user, issued_by=by)


@transaction.atomic
def membership_card_pictures_reset(*, cohort: Cohort, membership: CohortMembership, by) -> bool:
    """Forget the participant's pictures: they choose new ones at the next sign-in."""
    card_membership_check(cohort=cohort, membership=membership, by=by)
    return account_cards.card_pictures_reset(user=membership.user, by=by)


@transaction.atomic
def membership_remove(*, cohort: Cohort, user, by, reason: str = "") -> None:
    """Take a participant or leader out of a group that has not finished; only a coordinator
    of its location (or an admin) may. The membership is deleted, so the seat is free and the
    person no longer passes `cohort_for_member`/`meeting_for_member`. Their answers stay theirs
    (Mijn map) but are no longer shared with the group or its leaders, and their posts on the
    group's vacancy board are deleted; `membership_removed`
    lets the live room turn its copies of them into tombstones. One privacy-log row; once
    committed, the person's open live sockets re-check their gate and close (4403).

    Refusals: someone who may not manage the group gets `PermissionDenied` (views turn that into
    the same 404 as a missing group); a finished group keeps its members (its history and
    figures); the only leader of a running group stays until another leader is added."""
    if not may_manage_cohort(user=by, cohort=cohort):
        raise PermissionDenied
    cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)  # one removal at a time
    membership = CohortMembership.objects.filter(cohort=cohort, user=user).first()
    if membership is None:
        raise ValidationError(errors.NOT_IN_THIS_GROUP)
    if cohort.status == Cohort.Status.FINISHED:
        raise ValidationError(errors.REMOVAL_GROUP_FINISHED)
    if (
        membership.role == CohortMembership.Role.LEADER
        and cohort.status == Cohort.Status.RUNNING
        and not cohort.memberships.filter(role=CohortMembership.Role.LEADER)
        .exclude(pk=membership.pk)
        .exists()
    ):
        raise ValidationError(errors.REMOVAL_LAST_LEADER)
    answers = Answer.objects.filter(cohort=cohort, participant=user)
    answer_ids = list(answers.values_list("pk", flat=True))
    answers.exclude(sharing=Answer.Sharing.PRIVATE).update(sharing=Answer.Sharing.PRIVATE)
    # What they shared on the group's vacancy board goes with them: they could no longer take
    # it back themselves, and the group should no longer see their name.
    VacancyPost.objects.filter(cohort=cohort, author=user).delete()
    membership.delete()
    membership_removed.send(
        sender=CohortMembership, cohort=cohort, user=user, answer_ids=answer_ids
    )
    detail = f"{cohort.name} ({cohort.location.name}), {membership.role}"
    if reason.strip():
        detail = f"{detail}: {reason.strip()}"
    audit_record(actor=by, subject=user, action=AuditEntry.Action.MEMBER_REMOVED, detail=detail)
    sockets_recheck(user_ids=[user.pk])  # their open sockets in the group's rooms close (4403)


def _local(dt: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(dt, AMSTERDAM)


@transaction.atomic
def cohort_schedule_meetings(
    *, cohort: Cohort, first_starts_at: datetime.datetime
) -> list[Meeting]:
    """One meeting per step, weekly at the same local (Amsterdam) time, from the first one on.
    Existing meetings keep their own time; missing ones are added."""
    first_local = _local(first_starts_at)
    steps = cohort.edition.programme.number_of_steps
    meetings = []
    for number in range(1, steps + 1):
        local_day = first_local.date() + datetime.timedelta(weeks=number - 1)
        starts_at = datetime.datetime.combine(local_day, first_local.timetz().replace(tzinfo=None))
        starts_at = starts_at.replace(tzinfo=AMSTERDAM)
        meeting, created = Meeting.objects.get_or_create(
            cohort=cohort, step_number=number, defaults={"starts_at": starts_at}
        )
        if created:
            transaction.on_commit(partial(_schedule_reminder, meeting.pk))
        meetings.append(meeting)
    return meetings


@transaction.atomic
def meeting_reschedule(*, meeting: Meeting, starts_at: datetime.datetime) -> Meeting:
    if meeting.status != Meeting.Status.PLANNED:
        raise ValidationError(errors.MEETING_NOT_PLANNED)
    if timezone.is_naive(starts_at):
        starts_at = starts_at.replace(tzinfo=AMSTERDAM)
    meeting.starts_at = starts_at
    meeting.save(update_fields=["starts_at"])
    transaction.on_commit(partial(_schedule_reminder, meeting.pk))
    return meeting


def _schedule_reminder(meeting_id: int) -> None:

    schedule_meeting_reminder(meeting_id)


# --- Sharing, feedback, messages --------------------------------------------------------------


@transaction.atomic
def leader_message_post(*, access: Access, user, text: str) -> LeaderMessage:
    if not access.is_leader:
        raise PermissionDenied(errors.ONLY_LEADERS)
    text = (text or "").strip()
    if not text:
        raise ValidationError(errors.EMPTY_TEXT)
    if len(text) > MAX_FEEDBACK:
        raise ValidationError(errors.TEXT_TOO_LONG % {"max": MAX_FEEDBACK})
    return LeaderMessage.objects.create(
        cohort=access.cohort, author=user, text=text, html=user_markdown_to_html(text)
    )


# --- The privacy log of sensitive reads ------------------------------------------------------

# What was opened, as the privacy log names it (with the record's number).
READ_INTAKE = "intake"
READ_TRAJECTORY = "traject"
READ_BUDDY_MATCH = "maatjesmatch"
READ_CERTIFICATE = "certificaat"
READ_PATH = "pad"  # one person's whole path (courses.trajectories), with the person's number


def sensitive_read_record(*, reader, subject, record: str, pk: int) -> None:
    """Someone other than the person opened a page with their personal data (an intake, a
    trajectory, a buddy match, a certificate): one row in the privacy log. The person reading
    their own record leaves none. `subject` may be None (an intake of a candidate without an
    account); the detail then still names the record."""
    if subject is not None and reader.pk == subject.pk:
        return
    audit_record(
        actor=reader, subject=subject, action=AuditEntry.Action.READ_RECORD, detail=f"{record} {pk}"
    )


MAX_FEEDBACK = 4000
