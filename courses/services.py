"""Writes of the courses app: groups and participants' answers."""

import mimetypes

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from content.blocks import UPLOAD_TYPES, AnswerInvalid
from content.selectors import edition_step_content

from . import errors
from .access import Access
from .models import Answer, Cohort, CohortMembership

MB = 1024 * 1024


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
        },
    )
    return cohort


@transaction.atomic
def cohort_add_member(*, cohort: Cohort, user, role: str) -> CohortMembership:
    membership, _ = CohortMembership.objects.update_or_create(
        cohort=cohort, user=user, defaults={"role": role}
    )
    return membership


def _exercise(access: Access, step_number: int, block_id: str):
    step = edition_step_content(edition=access.cohort.edition, number=step_number)
    exercise = step.exercise(block_id) if step else None
    if exercise is None or not exercise.stores_answer:
        raise ValidationError(errors.EXERCISE_UNKNOWN)
    return exercise


@transaction.atomic
def answer_save(*, access: Access, user, step_number: int, block_id: str, value) -> Answer:
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
