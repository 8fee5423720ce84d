"""A readable difference between two editions of a programme, per step, per block."""

import json
from dataclasses import dataclass, field

from .models import Edition
from .selectors import StepContent, edition_all_content, plain_text


@dataclass
class BlockChange:
    change: str  # "added", "removed", "changed"
    part: str
    what: str
    before: str = ""
    after: str = ""


@dataclass
class StepDiff:
    number: int
    title: str
    status: str  # "added", "removed", "changed", "unchanged"
    changes: list[BlockChange] = field(default_factory=list)


def _snapshot(step: StepContent) -> dict[str, tuple[str, str, str]]:
    """id → (part label, what, comparable text) for the step itself, each part and exercise."""
    blocks = {
        "step": ("", "Stap", f"{step.title}\n{step.learning_goal}"),
    }
    if step.agenda:  # a training day's own agenda, compared as a whole
        blocks["agenda"] = (
            "",
            "Dagprogramma",
            "\n".join(
                f"{item.label} ({item.minutes} min): {plain_text(item.text_html)}"
                for item in step.agenda
            ),
        )
    for part in step.parts:
        text = "\n".join(
            [
                plain_text(part.text_html),
                "Leiders: " + plain_text(part.leader_notes_html),
                f"{part.minutes} min",
            ]
        )
        blocks[part.id] = (part.label, "Tekst en tijd", text)
        for exercise in part.exercises:
            config = json.dumps(exercise.config, ensure_ascii=False, sort_keys=True, default=str)
            blocks[exercise.id] = (part.label, exercise.label, config)
    return blocks


def _readable(text: str) -> str:
    try:
        data = json.loads(text)
    except ValueError:
        return text
    parts = []

    def walk(value):
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and value.strip():
            parts.append(plain_text(value))

    walk(data)
    return " · ".join(parts)


def step_diff(old: StepContent | None, new: StepContent | None) -> StepDiff:
    if old is None:
        return StepDiff(new.number, new.title, "added")
    if new is None:
        return StepDiff(old.number, old.title, "removed")
    before, after = _snapshot(old), _snapshot(new)
    changes = []
    for block_id, (part, what, text) in after.items():
        if block_id not in before:
            changes.append(BlockChange("added", part, what, after=_readable(text)))
        elif before[block_id][2] != text:
            changes.append(
                BlockChange("changed", part, what, _readable(before[block_id][2]), _readable(text))
            )
    for block_id, (part, what, text) in before.items():
        if block_id not in after:
            changes.append(BlockChange("removed", part, what, before=_readable(text)))
    return StepDiff(new.number, new.title, "changed" if changes else "unchanged", changes)


def edition_diff(*, old: Edition, new: Edition) -> list[StepDiff]:
    old_steps = {s.number: s for s in edition_all_content(edition=old)}
    new_steps = {s.number: s for s in edition_all_content(edition=new)}
    return [
        step_diff(old_steps.get(number), new_steps.get(number))
        for number in sorted(old_steps.keys() | new_steps.keys())
    ]
