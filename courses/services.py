"""Writes of the courses app: groups and participants' answers."""

import datetime
import mimetypes
import zoneinfo
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import AuditEntry
from accounts.services import audit_record
from accounts.sockets import sockets_recheck
from content.blocks import UPLOAD_TYPES, AnswerInvalid
from content.selectors import edition_step_content
from toolkit.sanitize import user_markdown_to_html

from . import errors
from .access import Access, may_manage_cohort
from .models import (
    MAX_PARTICIPANTS,
    Answer,
    Cohort,
    CohortMembership,
    Feedback,
    LeaderMessage,
    Meeting,
)
from .signals import membership_removed

MB = 1024 * 1024
MAX_LEADERS = 2
MAX_FEEDBACK = 4000
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
def membership_remove(*, cohort: Cohort, user, by, reason: str = "") -> None:
    """Take a participant or leader out of a group that has not finished; only a coordinator
    of its location (or an admin) may. The membership is deleted, so the seat is free and the
    person no longer passes `cohort_for_member`/`meeting_for_member`. Their answers stay theirs
    (Mijn map) but are no longer shared with the group or its leaders; `membership_removed`
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
    from .tasks import schedule_meeting_reminder

    schedule_meeting_reminder(meeting_id)


def _exercise(access: Access, step_number: int, block_id: str):
    step = edition_step_content(edition=access.cohort.edition, number=step_number)
    exercise = step.exercise(block_id) if step else None
    if exercise is None or not exercise.stores_answer:
        raise ValidationError(errors.EXERCISE_UNKNOWN)
    return exercise


@transaction.atomic
def answer_save(
    *, access: Access, user, step_number: int, block_id: str, value, sharing: str | None = None
) -> Answer:
    """Validate an answer against its exercise in the group's edition and store it."""
    if not access.may_answer:
        raise PermissionDenied(errors.ONLY_PARTICIPANTS_ANSWER)
    exercise = _exercise(access, step_number, block_id)
    try:
        cleaned = exercise.block.clean_answer(exercise.config, value)
    except AnswerInvalid as exc:
        raise ValidationError(str(exc)) from exc
    answer, _ = Answer.objects.update_or_create(
        participant=user,
        cohort=access.cohort,
        block_id=block_id,
        defaults={
            "edition": access.cohort.edition,
            "step_number": step_number,
            "block_type": exercise.type,
            "value": cleaned,
            **({"sharing": sharing} if sharing else {}),
        },
    )
    return answer


def _check_upload(config: dict, upload) -> None:
    allowed = list(config.get("file_types") or [])
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension == "jpeg":
        extension = "jpg"
    content_type = (upload.content_type or mimetypes.guess_type(upload.name)[0] or "").lower()
    types = ", ".join(t.upper() for t in allowed)
    if extension not in allowed or content_type not in UPLOAD_TYPES.get(extension, ()):
        raise ValidationError(errors.UPLOAD_WRONG_TYPE % {"types": types})
    limit = int(config.get("max_mb") or 5)
    if upload.size > limit * MB:
        raise ValidationError(errors.UPLOAD_TOO_LARGE % {"mb": limit})
    if upload.size == 0:
        raise ValidationError(errors.UPLOAD_EMPTY)
    head = upload.read(8)
    upload.seek(0)
    signatures = {
        "pdf": (b"%PDF",),
        "docx": (b"PK\x03\x04",),
        "odt": (b"PK\x03\x04",),
        "jpg": (b"\xff\xd8\xff",),
        "png": (b"\x89PNG",),
    }
    if not head.startswith(signatures[extension]):
        raise ValidationError(errors.UPLOAD_WRONG_TYPE % {"types": types})


@transaction.atomic
def answer_upload(*, access: Access, user, step_number: int, block_id: str, upload) -> Answer:
    """Store an uploaded file for an upload exercise; a wrong type or size stores nothing."""
    if not access.may_answer:
        raise PermissionDenied(errors.ONLY_PARTICIPANTS_ANSWER)
    exercise = _exercise(access, step_number, block_id)
    if exercise.type != "upload":
        raise ValidationError(errors.UPLOAD_NOT_AN_UPLOAD)
    _check_upload(exercise.config, upload)
    answer = Answer.objects.filter(
        participant=user, cohort=access.cohort, block_id=block_id
    ).first()
    old_file = answer.file.name if answer and answer.file else None
    if answer is None:
        answer = Answer(
            participant=user, cohort=access.cohort, block_id=block_id, edition=access.cohort.edition
        )
    answer.step_number = step_number
    answer.block_type = exercise.type
    answer.file_name = upload.name[:255]
    answer.value = {"file_name": answer.file_name, "size": upload.size}
    answer.file.save(upload.name, upload, save=False)
    answer.save()
    if old_file:
        storage = answer.file.storage
        transaction.on_commit(lambda: storage.delete(old_file))
    return answer


# --- Sharing, feedback, messages --------------------------------------------------------------


@transaction.atomic
def answer_set_sharing(*, access: Access, user, block_id: str, sharing: str) -> Answer:
    if sharing not in Answer.Sharing.values:
        raise ValidationError(errors.SHARING_UNKNOWN)
    answer = Answer.objects.filter(
        participant=user, cohort=access.cohort, block_id=block_id
    ).first()
    if answer is None:
        raise ValidationError(errors.ANSWER_FIRST)
    answer.sharing = sharing
    answer.save(update_fields=["sharing", "updated_at"])
    return answer


@transaction.atomic
def feedback_add(*, access: Access, user, answer_id: int, text: str) -> Feedback:
    """A leader reacts to an answer shared with the leaders or the group."""
    if not access.is_leader:
        raise PermissionDenied(errors.ONLY_LEADERS)
    answer = Answer.objects.filter(pk=answer_id, cohort=access.cohort).first()
    if answer is None or answer.sharing == Answer.Sharing.PRIVATE:
        raise ValidationError(errors.SHARING_PRIVATE_FEEDBACK)
    text = (text or "").strip()
    if not text:
        raise ValidationError(errors.EMPTY_TEXT)
    if len(text) > MAX_FEEDBACK:
        raise ValidationError(errors.TEXT_TOO_LONG % {"max": MAX_FEEDBACK})
    return Feedback.objects.create(
        answer=answer, author=user, text=text, html=user_markdown_to_html(text)
    )


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
