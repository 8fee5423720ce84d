"""Answers made readable: one formatter for every kind of exercise, used wherever an answer is
shown to a person who did not fill in the form (the homework review in the live room, the
leader's overview, Mijn map, a buddy's view) and in the download of a person's data.

`readable_answer` turns an answer and the settings of its exercise into a `ReadableAnswer`
(sections of items, plain data); `readable_text` writes it as plain text (the download) and
`readable_html` as HTML built from the escaping template `courses/_answer_readable.html` and
then cleaned by `toolkit.sanitize` (the live room stores it in an event). Other rooms import
these names from `courses.workbook.selectors`.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from content.selectors import edition_step_content
from toolkit.sanitize import clean_user_html

LIVE_REFLECTION = "live_reflection"  # written in the live room (live_sessions)
LIVE_REFLECTION_LABEL = _("Reflectie uit de bijeenkomst")
LIVE_REFLECTION_PROMPT = _("Wat neem je mee van vandaag?")

NO_SCORE = "—"


@dataclass(frozen=True)
class Item:
    """One line of an answer: `label` (may be empty) `sep` `text`, and a `note` in brackets."""

    text: str
    label: str = ""
    sep: str = ": "
    note: str = ""

    def as_text(self) -> str:
        line = f"{self.label}{self.sep}{self.text}" if self.label else self.text
        return f"{line} ({self.note})" if self.note else line


@dataclass(frozen=True)
class Section:
    """A group of items under an optional heading. `prose`: one free text, kept with its line
    breaks; otherwise a list."""

    items: list[Item]
    heading: str = ""
    prose: bool = False


@dataclass(frozen=True)
class ReadableAnswer:
    block_type: str
    title: str  # the exercise's title: what it asks ("Wat kan ik goed?")
    question: str  # the prompt (or the quiz's questions), as the participant read it
    sections: list[Section] = field(default_factory=list)
    file_name: str = ""  # uploads: the name of the file the participant chose

    @property
    def empty(self) -> bool:
        return not self.file_name and not any(s.items for s in self.sections)


def answer_exercise(answer) -> tuple[str, str, dict]:
    """(question, exercise title, exercise settings) of an answer, from the edition it was
    written in, found by its block id; ("", block type, {}) when the exercise is gone."""
    if answer.block_type == LIVE_REFLECTION:
        return str(LIVE_REFLECTION_PROMPT), str(LIVE_REFLECTION_LABEL), {}
    step = edition_step_content(edition=answer.edition, number=answer.step_number)
    exercise = step.exercise(answer.block_id) if step else None
    if exercise is None:
        return "", answer.block_type, {}
    return exercise_question(exercise), exercise.title, exercise.config or {}


def exercise_question(exercise) -> str:
    """The question of an exercise as the participant read it: its prompt, or a quiz's
    questions one per line ("" for an instruction)."""
    config = exercise.config or {}
    question = config.get("prompt") or ""
    if not question and config.get("questions"):
        question = "\n".join(q.get("question", "") for q in config["questions"])
    return question


def _score(value) -> str:
    return NO_SCORE if value is None else str(value)


def _sections(block_type: str, value: dict, config: dict) -> list[Section]:
    if block_type in ("reflection", LIVE_REFLECTION):
        text = value.get("text") or ""
        return [Section([Item(text)], prose=True)] if text.strip() else []
    if block_type == "list":
        sections = []
        for category, entries in (value.get("items") or {}).items():
            entries = [entry for entry in entries if isinstance(entry, str) and entry.strip()]
            if entries:
                sections.append(Section([Item(e) for e in entries], heading=category))
        return sections
    if block_type == "rating_grid":
        items = [
            Item(_score(score), label=item) for item, score in (value.get("scores") or {}).items()
        ]
        items += [
            Item(_score(row.get("score")), label=row.get("label") or "")
            for row in value.get("own") or []
        ]
        return [Section(items)] if items else []
    if block_type == "choice":
        selected = value.get("selected") or []
        return [Section([Item(s) for s in selected])] if selected else []
    if block_type == "quiz":
        items = []
        for question, chosen in zip(
            config.get("questions") or [], value.get("answers") or [], strict=False
        ):
            options = question.get("options") or []
            text = (
                options[chosen].get("text", "")
                if isinstance(chosen, int) and 0 <= chosen < len(options)
                else ""
            )
            items.append(Item(text, label=question.get("question", "")))
        if not value.get("answers"):
            return []
        score = gettext("Score: %(score)s%%") % {"score": value.get("score", 0)}
        passed = gettext("geslaagd") if value.get("passed") else gettext("nog niet geslaagd")
        return [Section(items), Section([Item(score, note=passed)])]
    if block_type == "action_plan":
        items = [
            Item(row.get("step") or "", label=row["goal"], sep=" → ", note=row.get("date") or "")
            for row in value.get("rows") or []
            if (row.get("goal") or "").strip()
        ]
        return [Section(items)] if items else []
    if block_type == "upload":
        return []
    # An exercise type this code does not know (yet): its texts and numbers, labelled.
    items = [Item(str(v), label=str(k)) for k, v in value.items() if isinstance(v, str | int)]
    return [Section(items)] if items else []


def readable_answer(
    *,
    block_type: str,
    value: dict | None,
    config: dict | None = None,
    question: str = "",
    title: str = "",
    file_name: str = "",
) -> ReadableAnswer:
    """An answer as sections of labelled items, whatever kind of exercise it answers."""
    return ReadableAnswer(
        block_type=block_type,
        title=title,
        question=question,
        sections=_sections(block_type, value or {}, config or {}),
        file_name=file_name if block_type == "upload" else "",
    )


def readable_for(answer) -> ReadableAnswer:
    """`readable_answer` of a stored answer, with the question of its exercise."""
    question, title, config = answer_exercise(answer)
    return readable_answer(
        block_type=answer.block_type,
        value=answer.value,
        config=config,
        question=question,
        title=title,
        file_name=answer.file_name if answer.file else "",
    )


def readable_text(readable: ReadableAnswer) -> str:
    """Plain text, one item a line; a list's heading ends in a colon, its items start with
    "- " (the download's `answer`)."""
    lines = []
    for section in readable.sections:
        if section.heading:
            lines.append(f"{section.heading}:")
        prefix = "- " if section.heading or readable.block_type == "list" else ""
        lines.extend(prefix + item.as_text() for item in section.items)
    if readable.file_name:
        lines.append(readable.file_name)
    return "\n".join(lines)


def readable_html(readable: ReadableAnswer, *, file_url: str = "", with_question: bool = False):
    """Safe HTML: rendered by an escaping template, then cleaned with the users' allow-list.
    `file_url` links an upload's name (only pass it to people who may download the file)."""
    html = render_to_string(
        "courses/_answer_readable.html",
        {"readable": readable, "file_url": file_url, "with_question": with_question},
    )
    return clean_user_html(html)
