"""The workbook's API: answers (save, share, upload), progress, and a person's meetings."""

from datetime import datetime
from typing import Any, Literal

from django.urls import reverse
from ninja import File, Router, Schema
from ninja.files import UploadedFile

from content.blocks import QuizBlock, quiz_seed
from content.selectors import edition_step_content
from courses.groups.access import cohort_for_member
from courses.groups.models import Cohort
from courses.groups.selectors import meeting_place, meetings_for_user
from courses.workbook import services
from courses.workbook.selectors import (
    answer_exercise,
    answers_by_block,
    overall_percent,
    workbook_progress,
)
from courses.workbook.services import answer_set_sharing
from toolkit.api_errors import READ, READ_ONE, WRITE_ONE, responses

router = Router(tags=["workbook answers"])


def answer_url_prefix(*, cohort_id: int, number: int) -> str:
    """Where the step page's JavaScript saves answers: prefix + block id."""
    # The project's API is mounted with namespace "api-v1"; the block id is appended by the page.
    url = reverse(
        "api-v1:answer_save", kwargs={"cohort_id": cohort_id, "number": number, "block_id": "_"}
    )
    return url.removesuffix("_")


class AnswerIn(Schema):
    value: dict[str, Any]
    sharing: Literal["private", "leaders", "group"] | None = None


class SharingIn(Schema):
    sharing: Literal["private", "leaders", "group"]


class FeedbackOut(Schema):
    author: str
    html: str
    created_at: datetime


class MeetingOut(Schema):
    id: int
    cohort: str
    cohort_id: int
    step: str
    step_number: int
    starts_at: datetime
    status: str
    websocket: str
    # how the group meets: "online", "hybrid" or "onsite"; where (empty when online only)
    mode: str = "online"
    place: str = ""


class AnswerOut(Schema):
    block_id: str
    step_number: int
    block_type: str
    value: dict[str, Any]
    file_name: str
    sharing: str
    updated_at: datetime
    feedback: list[FeedbackOut] = []


class StepProgressOut(Schema):
    number: int
    title: str
    answered: int
    answerable: int
    percent: int


class ProgressOut(Schema):
    overall: int
    steps: list[StepProgressOut]


def _value_out(answer) -> dict:
    """A quiz answer goes out as it comes in: the positions of the options as its participant
    sees them (`content.blocks.QuizBlock.shown_questions`), not the content's indexes."""
    if answer.block_type != "quiz":
        return answer.value
    config = answer_exercise(answer)[2]
    return QuizBlock().to_shown(
        config,
        answer.value,
        seed=quiz_seed(user_id=answer.participant_id, block_id=answer.block_id),
    )


def _out(answer) -> dict:
    return {
        "block_id": answer.block_id,
        "step_number": answer.step_number,
        "block_type": answer.block_type,
        "value": _value_out(answer),
        "file_name": answer.file_name,
        "sharing": answer.sharing,
        "updated_at": answer.updated_at,
        "feedback": [
            {
                "author": f.author.name if f.author else "",
                "html": f.html,
                "created_at": f.created_at,
            }
            for f in answer.feedback.all()
        ],
    }


@router.get(
    "/cohorts/{cohort_id}/answers",
    response=responses(list[AnswerOut], READ_ONE),
    summary="My answers",
)
def answers_list(request, cohort_id: int):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    answers = answers_by_block(cohort=access.cohort, user=request.auth)
    return [_out(a) for a in sorted(answers.values(), key=lambda a: (a.step_number, a.pk))]


@router.put(
    "/cohorts/{cohort_id}/steps/{number}/answers/{block_id}",
    response=responses(AnswerOut, WRITE_ONE),
    summary="Save my answer to one exercise (autosave)",
)
def answer_save(request, cohort_id: int, number: int, block_id: str, payload: AnswerIn):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    answer = services.answer_save(
        access=access,
        user=request.auth,
        step_number=number,
        block_id=block_id,
        value=payload.value,
        sharing=payload.sharing,
    )
    return _out(answer)


@router.patch(
    "/cohorts/{cohort_id}/steps/{number}/answers/{block_id}/sharing",
    response=responses(AnswerOut, WRITE_ONE),
    summary="Choose who may see my answer: only me, my leaders, or the group",
)
def answer_sharing(request, cohort_id: int, number: int, block_id: str, payload: SharingIn):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    answer = answer_set_sharing(
        access=access, user=request.auth, block_id=block_id, sharing=payload.sharing
    )
    return _out(answer)


@router.get(
    "/me/meetings", response=responses(list[MeetingOut], READ), summary="The meetings I may join"
)
def my_meetings(request):

    meetings = meetings_for_user(user=request.auth)
    out = []
    for meeting in meetings:
        step = edition_step_content(edition=meeting.cohort.edition, number=meeting.step_number)
        out.append(
            {
                "id": meeting.pk,
                "cohort": meeting.cohort.name,
                "cohort_id": meeting.cohort_id,
                "step": step.title if step else "",
                "step_number": meeting.step_number,
                "starts_at": meeting.starts_at,
                "status": meeting.status,
                "websocket": f"/ws/meetings/{meeting.pk}/",
                "mode": meeting.cohort.mode,
                "place": ""
                if meeting.cohort.mode == Cohort.Mode.ONLINE
                else meeting_place(meeting),
            }
        )
    return out


@router.post(
    "/cohorts/{cohort_id}/steps/{number}/answers/{block_id}/file",
    response=responses(AnswerOut, WRITE_ONE),
    summary="Upload a file for an upload exercise",
)
def answer_upload(request, cohort_id: int, number: int, block_id: str, file: File[UploadedFile]):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    answer = services.answer_upload(
        access=access, user=request.auth, step_number=number, block_id=block_id, upload=file
    )
    return _out(answer)


@router.get(
    "/cohorts/{cohort_id}/progress",
    response=responses(ProgressOut, READ_ONE),
    summary="My progress",
)
def progress(request, cohort_id: int):
    access = cohort_for_member(user=request.auth, cohort_id=cohort_id)
    steps = workbook_progress(cohort=access.cohort, user=request.auth)
    return {
        "overall": overall_percent(steps),
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
