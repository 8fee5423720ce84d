"""Writes of the workbook: answers (typed, uploaded, shared), feedback on them, and the
reflection a participant writes in the live room."""

import mimetypes

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from content.blocks import UPLOAD_TYPES, AnswerInvalid, quiz_seed
from content.selectors import edition_step_content
from courses import errors
from courses.groups.access import Access
from courses.groups.services import MAX_FEEDBACK
from courses.workbook.models import Answer, Feedback
from courses.workbook.selectors import LIVE_REFLECTION
from toolkit.sanitize import user_markdown_to_html

MB = 1024 * 1024


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
    if exercise.type == "quiz":  # sent as the positions this person saw; stored by identity
        value = exercise.block.from_shown(
            exercise.config, value, seed=quiz_seed(user_id=user.pk, block_id=block_id)
        )
    try:
        cleaned = exercise.block.clean_answer(exercise.config, value)
    except AnswerInvalid as exc:
        raise ValidationError(str(exc), code=exc.code) from exc
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


def feedback_mark_seen(*, user, feedback_ids=None) -> int:
    """The participant saw the reactions on their answers (Mijn map: all of them; a step's
    page: the ones it shows, `feedback_ids`). Returns how many were new. Only reactions on the
    person's own answers are marked."""
    unseen = Feedback.objects.filter(answer__participant=user, seen_at__isnull=True)
    if feedback_ids is not None:
        if not feedback_ids:
            return 0
        unseen = unseen.filter(pk__in=feedback_ids)
    return unseen.update(seen_at=timezone.now())


def save_live_answer(*, access: Access, user, meeting, key: str, text: str) -> Answer:
    """A participant's "Wat neem ik mee?" from the live room, kept in their own Mijn map.
    `key` makes the block id unique per meeting (the live event's sequence number)."""
    return Answer.objects.create(
        participant=user,
        cohort=access.cohort,
        edition=access.cohort.edition,
        block_id=f"live-{meeting.pk}-{key}",
        step_number=meeting.step_number,
        block_type=LIVE_REFLECTION,
        value={"text": text},
    )
