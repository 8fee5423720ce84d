"""A readable difference between two editions of a programme, per step, per block."""

import json
import re
from dataclasses import dataclass, field

from .models import Edition, StepPage
from .selectors import StepContent, edition_all_content, plain_text, step_page_content


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
        image = part.image or {}
        image_id = getattr(image.get("image"), "pk", image.get("image"))
        text = "\n".join(
            [
                plain_text(part.text_html),
                "Leiders: " + plain_text(part.leader_notes_html),
                f"{part.minutes} min",
                f"Afbeelding {image_id}: {image.get('alt', '')}" if image_id else "",
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


def release_diff(*, programme, previous: Edition) -> list[StepDiff]:
    """What a new edition would change: the published revision of every step against the
    previous edition (what `edition_release` would freeze)."""
    old_steps = {s.number: s for s in edition_all_content(edition=previous)}
    new_steps = {}
    for step in StepPage.objects.child_of(programme).select_related("live_revision"):
        if step.live and step.live_revision is not None:
            live = step.live_revision.as_object()
            new_steps[live.number] = step_page_content(live)
    return [
        step_diff(old_steps.get(number), new_steps.get(number))
        for number in sorted(old_steps.keys() | new_steps.keys())
    ]


def changed_steps(diff: list[StepDiff]) -> list[StepDiff]:
    return [step for step in diff if step.status != "unchanged"]


def _names_step(notes: str, step: StepDiff) -> bool:
    """The notes name the step by its number ("stap 3", "stappen 2 en 3", "thema 3") or title."""
    text = notes.lower()
    if step.title and re.search(rf"(?<!\w){re.escape(step.title.lower())}(?!\w)", text):
        return True
    number = str(step.number)
    for match in re.finditer(r"\b(?:stap|stappen|thema|thema's|themas)\b((?:[\s,&]|en|\d)+)", text):
        if number in re.findall(r"\d+", match.group(1)):
            return True
    return False


def steps_missing_from_notes(notes: str, diff: list[StepDiff]) -> list[StepDiff]:
    """Changed steps the release notes do not name: every change is announced."""
    return [step for step in changed_steps(diff) if not _names_step(notes, step)]
