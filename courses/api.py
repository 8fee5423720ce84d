from datetime import datetime
from typing import Any

from ninja import File, Router, Schema
from ninja.files import UploadedFile

from . import selectors, services
from .access import cohort_for_member

router = Router(tags=["workbook answers"])


def answer_url_prefix(*, cohort_id: int, number: int) -> str:
    """Where the step page's JavaScript saves answers: prefix + block id."""
    return f"/api/v1/cohorts/{cohort_id}/steps/{number}/answers/"


class AnswerIn(Schema):
    value: dict[str, Any]


class AnswerOut(Schema):
    block_id: str
    step_number: int
    block_type: str
    value: dict[str, Any]
    file_name: str
    sharing: str
    updated_at: datetime


class StepProgressOut(Schema):
    number: int
    title: str
    answered: int
    answerable: int
    percent: int


class ProgressOut(Schema):
    overall: int
    steps: list[StepProgressOut]


def _out(answer) -> dict:
    return {
        "block_id": answer.block_id,
        "step_number": answer.step_number,
        "block_type": answer.block_type,
        "value": answer.value,
        "file_name": answer.file_name,
        "sharing": answer.sharing,
        "updated_at": answer.updated_at,
    }


@router.get("/cohorts/{cohort_id}/answers", response=list[AnswerOut], summary="My answers")
def answers_list(request, cohort_id: int):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    answers = selectors.answers_by_block(cohort=access.cohort, user=request.auth)
    return [_out(a) for a in sorted(answers.values(), key=lambda a: (a.step_number, a.pk))]


@router.put(
    "/cohorts/{cohort_id}/steps/{number}/answers/{block_id}",
    response=AnswerOut,
    summary="Save my answer to one exercise (autosave)",
)
def answer_save(request, cohort_id: int, number: int, block_id: str, payload: AnswerIn):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    answer = services.answer_save(
        access=access, user=request.auth, step_number=number, block_id=block_id, value=payload.value
    )
    return _out(answer)


@router.post(
    "/cohorts/{cohort_id}/steps/{number}/answers/{block_id}/file",
    response=AnswerOut,
    summary="Upload a file for an upload exercise",
)
def answer_upload(request, cohort_id: int, number: int, block_id: str, file: File[UploadedFile]):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    answer = services.answer_upload(
        access=access, user=request.auth, step_number=number, block_id=block_id, upload=file
    )
    return _out(answer)


@router.get("/cohorts/{cohort_id}/progress", response=ProgressOut, summary="My progress")
def progress(request, cohort_id: int):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    steps = selectors.workbook_progress(cohort=access.cohort, user=request.auth)
    return {
        "overall": selectors.overall_percent(steps),
        "steps": [
            {
                "number": s.number,
                "title": s.title,
                "answered": s.answered,
                "answerable": s.answerable,
                "percent": s.percent,
            }
            for s in steps
        ],
    }
