"""Reads of the workbooks: an edition's steps exactly as they were released."""

from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Revision
from wagtail.rich_text import expand_db_html

from toolkit.sanitize import clean_editor_html, plain_text_to_html

from .models import Edition, EditionStep, StepPage
from .parts import FIXED_BUILD, Part

# How long a title made from an old exercise's question may be (content.blocks.MAX_TITLE).
TITLE_FALLBACK_CHARS = 80


@dataclass(frozen=True)
class ExerciseContent:
    id: str
    type: str
    block: object  # the ExerciseBlock that validates answers
    config: dict
    stores_answer: bool
    part: str

    # Translated when read, not when the released content was cached: the cache is shared by
    # every language.
    @property
    def label(self) -> str:
        """The editors' name of the exercise type."""
        return str(self.block.label)

    @property
    def title(self) -> str:
        """What participants read above it: the editors' title, which says what the exercise
        asks. Exercises saved before titles existed fall back to their question (shortened),
        and an instruction without one to the name of its kind ("Samen doen")."""
        own = (self.config.get("title") or "").strip()
        if own:
            return own
        prompt = " ".join((self.config.get("prompt") or "").split())
        if prompt:
            return Truncator(prompt).chars(TITLE_FALLBACK_CHARS)
        return str(self.block.participant_label)


@dataclass(frozen=True)
class PartContent:
    id: str
    name: str
    text_html: str
    leader_notes_html: str
    minutes: int
    image: dict | None
    exercises: list[ExerciseContent] = field(default_factory=list)

    @property
    def label(self) -> str:
        return str(Part(self.name).label)


@dataclass(frozen=True)
class AgendaItemContent:
    """One part of a training day's own agenda. `name` is the room slot it runs in (the live
    protocol's block name at the same position), `label` the editors' title."""

    # Its slot's pictogram would not say what the item is (the room leaves it out).
    is_agenda_item: ClassVar[bool] = True

    id: str
    name: str
    label: str
    minutes: int
    text_html: str = ""
    leader_notes_html: str = ""


@dataclass(frozen=True)
class StepContent:
    edition_id: int
    revision_id: int
    number: int
    title: str
    learning_goal: str
    parts: list[PartContent]
    # A training day's own agenda (editors, per step); empty for JobGroups and trainings that
    # follow the seven parts.
    agenda: list[AgendaItemContent] = field(default_factory=list)
    # Renderings of this released step that are the same for everyone who sees it in the same
    # language and role (courses.workbook.step_body): kept as long as the step itself is kept.
    rendered: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def exercises(self) -> list[ExerciseContent]:
        return [exercise for part in self.parts for exercise in part.exercises]

    @property
    def answerable(self) -> list[ExerciseContent]:
        return [exercise for exercise in self.exercises if exercise.stores_answer]

    @property
    def minutes(self) -> int:
        return sum(part.minutes for part in self.parts)

    def exercise(self, block_id: str) -> ExerciseContent | None:
        return next((e for e in self.exercises if e.id == block_id), None)

    @property
    def meeting_parts(self) -> list:
        """What the meeting runs through: the day's own agenda where editors gave one, else the
        seven parts."""
        return list(self.agenda) if self.agenda else list(self.parts)

    @property
    def agenda_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)


def agenda_content(value) -> list[AgendaItemContent]:
    """A StepPage's `agenda` stream as the room's parts, slot by slot (at most seven)."""
    items = []
    for slot, child in zip(FIXED_BUILD, value or [], strict=False):
        item = child.value
        items.append(
            AgendaItemContent(
                id=child.id,
                name=slot,
                label=str(item["title"]),
                minutes=int(item["minutes"]),
                # Editors' plain text, escaped and with its line breaks kept.
                text_html=plain_text_to_html(item.get("description") or ""),
            )
        )
    return items


def editor_html(value) -> str:
    """Editors' rich text as safe HTML (links to pages and images expanded)."""
    source = getattr(value, "source", value) or ""
    return clean_editor_html(expand_db_html(source))


def _plain_config(block, value) -> dict:
    return block.get_api_representation(value)


def step_page_content(page: StepPage, *, edition_id: int = 0, revision_id: int = 0) -> StepContent:
    parts = []
    for part_child in page.plan:
        part_value = part_child.value
        exercises = []
        for exercise_child in part_value["exercises"]:
            block = exercise_child.block
            exercises.append(
                ExerciseContent(
                    id=exercise_child.id,
                    type=exercise_child.block_type,
                    block=block,
                    config=_plain_config(block, exercise_child.value),
                    stores_answer=block.stores_answer,
                    part=part_child.block_type,
                )
            )
        image = part_value.get("image") or {}
        parts.append(
            PartContent(
                id=part_child.id,
                name=part_child.block_type,
                text_html=editor_html(part_value["text"]),
                leader_notes_html=editor_html(part_value["leader_notes"]),
                minutes=part_value["minutes"],
                image={"image": image["image"], "alt": image["alt"]}
                if image.get("image")
                else None,
                exercises=exercises,
            )
        )
    return StepContent(
        edition_id=edition_id,
        revision_id=revision_id,
        number=page.number,
        title=page.title,
        learning_goal=page.learning_goal,
        parts=parts,
        # A revision saved before the agenda existed has no such field.
        agenda=agenda_content(getattr(page, "agenda", None)),
    )


class _ReleasedContent:
    """Released content kept for the life of the process: a released revision never changes, and
    neither does the list of revisions an edition was released with (written once, in one
    transaction, by `edition_release`). `cache_clear()` forgets both (tests reuse ids)."""

    def __init__(self):
        self._steps = lru_cache(maxsize=512)(self._load)
        self._editions: dict[int, dict[int, int]] = {}

    @staticmethod
    def _load(revision_id: int, edition_id: int) -> StepContent:
        page = Revision.objects.get(pk=revision_id).as_object()
        return step_page_content(page, edition_id=edition_id, revision_id=revision_id)

    def __call__(self, revision_id: int, edition_id: int) -> StepContent:
        return self._steps(revision_id, edition_id)

    def revisions(self, edition_id: int) -> dict[int, int]:
        """Step number → revision id of an edition (one query the first time)."""
        revisions = self._editions.get(edition_id)
        if revisions is None:
            revisions = dict(
                EditionStep.objects.filter(edition_id=edition_id).values_list(
                    "number", "revision_id"
                )
            )
            if revisions:  # an edition is only ever seen whole: its steps come in one transaction
                if len(self._editions) >= 4096:
                    self._editions.clear()
                self._editions[edition_id] = revisions
        return revisions

    def cache_clear(self) -> None:
        self._steps.cache_clear()
        self._editions.clear()


_revision_content = _ReleasedContent()


def edition_steps(*, edition: Edition) -> list[EditionStep]:
    return list(edition.steps.all())


def edition_step_content(*, edition: Edition, number: int) -> StepContent | None:
    revision_id = _revision_content.revisions(edition.pk).get(number)
    if revision_id is None:
        return None
    return _revision_content(revision_id, edition.pk)


def edition_all_content(*, edition: Edition) -> list[StepContent]:
    revisions = _revision_content.revisions(edition.pk)
    return [_revision_content(revisions[number], edition.pk) for number in sorted(revisions)]


def plain_text(html: str) -> str:
    return " ".join(strip_tags(html).split())
