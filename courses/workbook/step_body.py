"""The body of a workbook step (its seven parts and their exercises), rendered fast.

A released step never changes, so whatever in its body is the same for everyone who reads it in
the same language and role (texts, images, leader notes, the exercises as they look before
anything was filled in) is rendered once per process and kept with the released step
(`StepContent.rendered`). Per request only the exercises that this participant answered are
rendered again, with their own answer, sharing choice and feedback. Nothing of a participant
is ever kept: the kept parts are rendered without answers, and the per-group address the forms
save to is put in on every request.

The markup is the one of `content/_step_body.html` and `courses/exercises/*.html`: the kept
parts are rendered from those templates, so both ways give the same page.
"""

from dataclasses import dataclass

from django.template.defaultfilters import linebreaksbr
from django.template.loader import get_template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from content.blocks import quiz_seed
from content.glossary import glossary, mark_terms
from content.selectors import ExerciseContent, StepContent

# Stand-ins in the kept renderings. Both start with "<" followed by "@": the template's escaping
# and the editors' HTML cleaning turn every "<" of content into "&lt;", so these strings can
# only come from here.
_SAVE_URL = mark_safe("<@save-url@>")  # noqa: S308
_EXERCISE = mark_safe("<@exercise@>")  # noqa: S308

BODY_TEMPLATE = "content/_step_body.html"
FRAME_TEMPLATE = "courses/exercises/_frame.html"


@dataclass(frozen=True)
class BodyView:
    """Who reads the body, as far as it changes what they see."""

    editable: bool  # the participant's own forms
    show_answer: bool  # the participant's own answers and feedback
    show_leader_notes: bool
    english_terms: bool = False  # the glossary's English line too (iWIN groups)


# The exercise templates that mark glossary words in their question, and the field they mark.
GLOSSARY_FIELDS = {
    "reflection": "prompt",
    "list": "prompt",
    "rating_grid": "prompt",
    "upload": "prompt",
    "action_plan": "prompt",
    "instruction": "text",
}


def _glossary_seen(step: StepContent) -> dict[str, frozenset]:
    """Per exercise, the glossary words already marked above it in its part (the part's text
    and the questions before it): a word is marked once per part. Kept with the step."""
    current = glossary()
    key = ("glossary-seen", current.version)
    kept = step.rendered.get(key)
    if kept is None:
        kept = {}
        for part in step.parts:
            seen: set = set()
            mark_terms(part.text_html, glossary=current, scope="x", seen=seen)
            for exercise in part.exercises:
                kept[exercise.id] = frozenset(seen)
                field = GLOSSARY_FIELDS.get(exercise.type)
                value = exercise.config.get(field) if field else None
                if isinstance(value, str):
                    text = linebreaksbr(value) if field == "prompt" else value
                    mark_terms(text, glossary=current, scope="x", seen=seen)
        step.rendered[key] = kept
    return kept


def _body_template(exercise: ExerciseContent) -> str:
    return f"courses/exercises/{exercise.type}.html"


def _per_reader(exercise: ExerciseContent, view: BodyView) -> bool:
    """A quiz's form shows its options in the reader's own order: never kept."""
    return exercise.type == "quiz" and view.editable


def _render_exercise(
    exercise: ExerciseContent, answer, view: BodyView, seed=None, seen=frozenset()
) -> str:
    context = {
        "exercise": exercise,
        "answer": answer,
        "body": _body_template(exercise),
        "editable": view.editable,
        "show_answer": view.show_answer,
        "save_url": _SAVE_URL,
        "glossary_english": view.english_terms,
        "glossary_seen": seen,
    }
    if exercise.type == "quiz":
        context["quiz_shown"] = exercise.block.shown_questions(
            exercise.config, seed=seed, value=answer.value if answer is not None else None
        )
    return get_template(FRAME_TEMPLATE).render(context)


def _kept(step: StepContent, view: BodyView) -> tuple[list[str], list[str]]:
    """The body split around its exercises, and each exercise as it looks unanswered."""
    # A changed glossary (content/glossary.py) changes the marked words: a new rendering.
    key = (get_language(), view, glossary().version)
    kept = step.rendered.get(key)
    if kept is None:
        html = get_template(BODY_TEMPLATE).render(
            {
                "step": step,
                "answers": None,
                "editable": view.editable,
                "show_answer": view.show_answer,
                "show_leader_notes": view.show_leader_notes,
                "save_url": _SAVE_URL,
                "exercise_slots": _EXERCISE,
                "glossary_english": view.english_terms,
            }
        )
        between = html.split(_EXERCISE)
        seen = _glossary_seen(step)
        blanks = [
            ""
            if _per_reader(exercise, view)
            else _render_exercise(exercise, None, view, seen=seen.get(exercise.id, frozenset()))
            for exercise in step.exercises
        ]
        if len(between) != len(blanks) + 1:  # pragma: no cover - the template lost a slot
            raise RuntimeError(
                f"{BODY_TEMPLATE}: {len(between) - 1} slots, {len(blanks)} exercises"
            )
        kept = (between, blanks)
        step.rendered[key] = kept
    return kept


def step_body_html(
    *,
    step: StepContent,
    view: BodyView,
    answers: dict | None,
    save_url: str = "",
    user_id: int | None = None,
) -> SafeString:
    """The step's parts and exercises; `answers` (block id → Answer) are the reader's own;
    `user_id` orders a quiz's options for this reader (`content.blocks.quiz_seed`)."""
    between, blanks = _kept(step, view)
    personal = answers if (view.editable or view.show_answer) else None
    out = [between[0]]
    for exercise, blank, after in zip(step.exercises, blanks, between[1:], strict=True):
        answer = personal.get(exercise.id) if personal else None
        if answer is None and not _per_reader(exercise, view):
            out.append(blank)
        else:
            seed = quiz_seed(user_id=user_id, block_id=exercise.id) if user_id else None
            seen = _glossary_seen(step).get(exercise.id, frozenset())
            out.append(_render_exercise(exercise, answer, view, seed=seed, seen=seen))
        out.append(after)
    return mark_safe("".join(out).replace(_SAVE_URL, escape(save_url)))  # noqa: S308
