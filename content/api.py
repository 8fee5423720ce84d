from typing import Any

from django.http import Http404
from ninja import Router, Schema

from toolkit.api_errors import READ_ONE, responses

from .access import edition_for_user, may_read_leader_notes
from .blocks import quiz_seed
from .selectors import edition_step_content, edition_steps

router = Router(tags=["workbooks"])


class StepSummaryOut(Schema):
    number: int
    title: str


class EditionOut(Schema):
    id: int
    number: int
    programme: str
    programme_slug: str
    variant: str
    release_notes: str
    steps: list[StepSummaryOut]


class ExerciseOut(Schema):
    id: str
    type: str
    label: str
    stores_answer: bool
    config: dict[str, Any]


class PartOut(Schema):
    id: str
    name: str
    label: str
    html: str
    minutes: int
    leader_notes_html: str | None = None
    exercises: list[ExerciseOut]


class StepOut(Schema):
    edition: int
    number: int
    title: str
    learning_goal: str
    parts: list[PartOut]


def _public_config(exercise, *, user_id) -> dict:
    """Quiz answers stay on the server: participants get the questions, not the key, and each
    question's options in their own order (the same as on their workbook page). An answer is
    sent as the positions in this order (courses' answer API)."""
    if exercise.type != "quiz":
        return exercise.config
    config = dict(exercise.config)
    config["questions"] = [
        {"question": q["question"], "options": [{"text": o["text"]} for o in q["options"]]}
        for q in exercise.block.shown_questions(
            exercise.config, seed=quiz_seed(user_id=user_id, block_id=exercise.id)
        )
    ]
    return config


@router.get(
    "/editions/{edition_id}",
    response=responses(EditionOut, READ_ONE),
    summary="An edition and its steps",
)
def edition_detail(request, edition_id: int):
    edition = edition_for_user(user=request.auth, edition_id=edition_id)
    return {
        "id": edition.pk,
        "number": edition.number,
        "programme": edition.programme.title,
        "programme_slug": edition.programme.slug,
        "variant": edition.programme.variant,
        "release_notes": edition.release_notes,
        "steps": [{"number": s.number, "title": s.title} for s in edition_steps(edition=edition)],
    }


@router.get(
    "/editions/{edition_id}/steps/{number}",
    response=responses(StepOut, READ_ONE),
    summary="One step of an edition, as released",
)
def edition_step(request, edition_id: int, number: int):
    edition = edition_for_user(user=request.auth, edition_id=edition_id)
    step = edition_step_content(edition=edition, number=number)
    if step is None:
        raise Http404
    notes = may_read_leader_notes(user=request.auth, edition=edition)
    return {
        "edition": edition.pk,
        "number": step.number,
        "title": step.title,
        "learning_goal": step.learning_goal,
        "parts": [
            {
                "id": part.id,
                "name": part.name,
                "label": part.label,
                "html": part.text_html,
                "minutes": part.minutes,
                "leader_notes_html": part.leader_notes_html if notes else None,
                "exercises": [
                    {
                        "id": e.id,
                        "type": e.type,
                        "label": e.label,
                        "stores_answer": e.stores_answer,
                        "config": _public_config(e, user_id=request.auth.pk),
                    }
                    for e in part.exercises
                ],
            }
            for part in step.parts
        ],
    }
