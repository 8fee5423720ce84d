"""Workbook blocks: the seven parts of a meeting and the library of exercises.

Every exercise is a child of a part's `exercises` stream, so it carries StreamField's own stable
`id`; participants' answers refer to that id (courses.Answer.block_id), so editing the text of an
exercise never orphans what people wrote. Each exercise knows how to validate an answer to it
(`clean_answer`), raising `AnswerInvalid` with a message for the participant.
"""

import datetime
import hashlib
import random

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html

from toolkit.sanitize import clean_editor_html

from . import errors
from .parts import FIXED_BUILD, Part

RICH_FEATURES = ["bold", "italic", "h3", "ol", "ul", "link"]
MAX_TEXT = 10_000
MAX_SHORT = 300
MAX_TITLE = 80
MAX_LIST_ITEMS = 50
MAX_OWN_ITEMS = 6
MAX_PLAN_ROWS = 10
MAX_CHOICE_OPTIONS = 50
UPLOAD_TYPES = {
    "pdf": ("application/pdf",),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
    "odt": ("application/vnd.oasis.opendocument.text",),
    "jpg": ("image/jpeg",),
    "png": ("image/png",),
}


# Stable code of an answer with too many (or too few) choices (the API's error `code`).
CHOICE_LIMIT = "choice_limit"


class AnswerInvalid(Exception):
    """An answer that does not fit its exercise. The message is for the participant; `code` is
    a stable name for the API where one is given (else the API says `validation_error`)."""

    def __init__(self, message, code: str | None = None):
        super().__init__(message)
        self.code = code


THE_ANSWER = _("Het antwoord")


def _text(value, *, limit=MAX_TEXT, field=THE_ANSWER) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AnswerInvalid(_("%(field)s moet tekst zijn.") % {"field": field})
    if len(value) > limit:
        raise AnswerInvalid(
            _("%(field)s is te lang (meer dan %(limit)s tekens).")
            % {"field": field, "limit": limit}
        )
    return value


def _object(value) -> dict:
    if not isinstance(value, dict):
        raise AnswerInvalid(_("Het antwoord heeft niet de goede vorm."))
    return value


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text that never keeps script, styles or event handlers."""

    def clean(self, value):
        value = super().clean(value)
        cleaned = clean_editor_html(value.source)
        if cleaned != value.source:
            value = self.to_python(cleaned)
        return value

    def get_api_representation(self, value, context=None):
        """The text as it is shown (exercise configs, the API): cleaned again on the way out, so
        that text that never passed `clean` (seed data, imports, old revisions) is safe too."""
        source = getattr(value, "source", value) or ""
        return clean_editor_html(expand_db_html(source))


class LabelledCharBlock(blocks.CharBlock):
    """A text field that is an item of a list (choices, rating items): Wagtail shows no label
    beside list items, so the input carries its label itself (screen readers, axe "label")."""

    def __init__(self, *args, label=None, **kwargs):
        super().__init__(*args, label=label, **kwargs)
        if label:
            self.field.widget.attrs["aria-label"] = label


class ImageWithAltBlock(blocks.StructBlock):
    image = ImageChooserBlock(required=False, label=_("Afbeelding"))
    alt = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alt-tekst"),
        help_text=_("Wat staat er op de afbeelding? Voor wie hem niet kan zien."),
    )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "content/blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("alt") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt": ValidationError(errors.ALT_REQUIRED)}
            )
        return value


# --- Exercises ------------------------------------------------------------------------------


class ExerciseBlock(blocks.StructBlock):
    """Base of every exercise. `stores_answer` is False for instructions.

    `title` says what the exercise asks ("Wat kan ik goed?"); participants read it above the
    exercise, in Mijn map and in their homework list. Required for new exercises; exercises saved
    before it existed have none and fall back to their question (content.selectors)."""

    stores_answer = True
    participant_label = _("Opdracht")
    title = blocks.CharBlock(
        max_length=MAX_TITLE,
        label=_("Titel"),
        help_text=_("Kort, en zeg wat de opdracht vraagt. Bijvoorbeeld: Wat kan ik goed?"),
    )

    def clean_answer(self, config, answer):
        raise NotImplementedError

    def is_answered(self, config, answer) -> bool:
        return bool(answer)


class ReflectionBlock(ExerciseBlock):
    participant_label = _("Schrijfopdracht")
    prompt = blocks.TextBlock(label=_("Vraag"))
    help = blocks.TextBlock(required=False, label=_("Uitleg"))

    class Meta:
        icon = "edit"
        label = _("Reflectie (vrije tekst)")
        description = _("Een open vraag; de deelnemer schrijft een antwoord.")
        template = "content/blocks/exercise_preview.html"
        preview_value = {
            "title": "Wat neem ik mee?",
            "prompt": "Wat neem je mee van vandaag?",
            "help": "",
        }

    def clean_answer(self, config, answer):
        return {"text": _text(_object(answer).get("text"))}

    def is_answered(self, config, answer):
        return bool((answer or {}).get("text", "").strip())


class ListExerciseBlock(ExerciseBlock):
    participant_label = _("Maak een lijst")
    prompt = blocks.TextBlock(label=_("Opdracht"))
    categories = blocks.ListBlock(
        LabelledCharBlock(max_length=100, label=_("Onderdeel")),
        required=False,
        label=_("Onderdelen"),
        help_text=_("Bijvoorbeeld de gebieden van je leven. Leeg: één lijst."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Lijst")
        description = _("De deelnemer maakt een lijst, eventueel per onderdeel (bucketlist).")
        template = "content/blocks/exercise_preview.html"
        preview_value = {
            "title": "Mijn lijst",
            "prompt": "Wat wil je nog doen?",
            "categories": ["Werk", "Vrije tijd"],
        }

    def category_names(self, config) -> list[str]:
        return list(config.get("categories") or []) or [""]

    def clean_answer(self, config, answer):
        items = _object(_object(answer).get("items", {}))
        allowed = self.category_names(config)
        cleaned = {}
        for category, entries in items.items():
            if category not in allowed:
                raise AnswerInvalid(_("Dit onderdeel hoort niet bij de opdracht."))
            if not isinstance(entries, list) or len(entries) > MAX_LIST_ITEMS:
                raise AnswerInvalid(_("Een lijst heeft hoogstens %s regels.") % MAX_LIST_ITEMS)
            cleaned[category] = [_text(e, limit=MAX_SHORT, field=_("Een regel")) for e in entries]
        return {"items": cleaned}

    def is_answered(self, config, answer):
        return any(
            e.strip() for entries in (answer or {}).get("items", {}).values() for e in entries
        )


class RatingGridBlock(ExerciseBlock):
    participant_label = _("Geef cijfers")
    prompt = blocks.TextBlock(label=_("Opdracht"))
    items = blocks.ListBlock(
        LabelledCharBlock(max_length=100, label=_("Onderdeel")), label=_("Onderdelen")
    )
    allow_own_items = blocks.BooleanBlock(
        required=False, default=True, label=_("Deelnemer mag eigen onderdelen toevoegen")
    )

    class Meta:
        icon = "table"
        label = _("Cijfers geven (0–10)")
        description = _(
            "Onderdelen een cijfer van 0 tot 10 geven, zoals het vierkant van tevredenheid."
        )
        template = "content/blocks/exercise_preview.html"
        preview_value = {
            "title": "Hoe tevreden ben ik?",
            "prompt": "Hoe tevreden ben je?",
            "items": ["Werk", "Relaties", "Gezondheid", "Wonen en geld"],
            "allow_own_items": True,
        }

    def clean(self, value):
        value = super().clean(value)
        if not [item for item in value.get("items") or [] if item.strip()]:
            raise StructBlockValidationError(
                block_errors={"items": ValidationError(errors.RATING_NO_ITEMS)}
            )
        return value

    @staticmethod
    def _score(value):
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise AnswerInvalid(_("Een cijfer is een heel getal van 0 tot en met 10."))
        return value

    def clean_answer(self, config, answer):
        answer = _object(answer)
        scores = _object(answer.get("scores", {}))
        allowed = set(config.get("items") or [])
        cleaned_scores = {}
        for item, score in scores.items():
            if item not in allowed:
                raise AnswerInvalid(_("Dit onderdeel hoort niet bij de opdracht."))
            cleaned_scores[item] = self._score(score)
        own = answer.get("own", [])
        if own and not config.get("allow_own_items"):
            raise AnswerInvalid(_("Bij deze opdracht kun je geen eigen onderdelen toevoegen."))
        if not isinstance(own, list) or len(own) > MAX_OWN_ITEMS:
            raise AnswerInvalid(
                _("Je kunt hoogstens %s eigen onderdelen toevoegen.") % MAX_OWN_ITEMS
            )
        cleaned_own = []
        for row in own:
            row = _object(row)
            label = _text(row.get("label"), limit=100, field=_("Een eigen onderdeel")).strip()
            if label:
                cleaned_own.append({"label": label, "score": self._score(row.get("score"))})
        return {"scores": cleaned_scores, "own": cleaned_own}

    def is_answered(self, config, answer):
        answer = answer or {}
        return any(v is not None for v in answer.get("scores", {}).values()) or bool(
            answer.get("own")
        )


class ChoiceExerciseBlock(ExerciseBlock):
    participant_label = _("Kies")
    prompt = blocks.TextBlock(label=_("Vraag"))
    options = blocks.ListBlock(
        LabelledCharBlock(max_length=200, label=_("Keuze")), label=_("Keuzes")
    )
    multiple = blocks.BooleanBlock(required=False, label=_("Meer dan één keuze mogelijk"))
    max_choices = blocks.IntegerBlock(
        required=False,
        min_value=1,
        max_value=MAX_CHOICE_OPTIONS,
        label=_("Hoogstens zoveel keuzes"),
        help_text=_("Bijvoorbeeld 5 bij 'kies er hoogstens vijf'. Leeg: geen grens."),
    )

    class Meta:
        icon = "tick"
        label = _("Keuze of zelftest")
        description = _("Eén of meer keuzes, bijvoorbeeld competenties.")
        template = "content/blocks/exercise_preview.html"
        preview_value = {
            "title": "Wat kan ik goed?",
            "prompt": "Welke competenties heb jij?",
            "options": ["Samenwerken", "Plannen"],
            "multiple": True,
        }

    def clean(self, value):
        value = super().clean(value)
        if len([o for o in value.get("options") or [] if o.strip()]) < 2:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(errors.CHOICE_TOO_FEW_OPTIONS)}
            )
        return value

    @staticmethod
    def max_chosen(config) -> int | None:
        """How many options a participant may tick at most (None: all of them). There is no
        minimum: the page saves every tick as it is made, so "kies er vijf" is saved while the
        participant is still choosing."""
        if not config.get("multiple"):
            return 1
        return config.get("max_choices") or None

    def clean_answer(self, config, answer):
        selected = _object(answer).get("selected", [])
        if not isinstance(selected, list) or not all(isinstance(s, str) for s in selected):
            raise AnswerInvalid(_("Het antwoord heeft niet de goede vorm."))
        options = list(config.get("options") or [])
        if any(s not in options for s in selected):
            raise AnswerInvalid(_("Deze keuze hoort niet bij de vraag."))
        chosen = [o for o in options if o in set(selected)]
        if not config.get("multiple") and len(selected) > 1:
            raise AnswerInvalid(_("Bij deze vraag kies je één antwoord."), CHOICE_LIMIT)
        most = self.max_chosen(config)
        if most is not None and len(chosen) > most:
            raise AnswerInvalid(
                _("Je kunt hoogstens %(n)s keuzes maken. Haal er eerst een weg.") % {"n": most},
                CHOICE_LIMIT,
            )
        return {"selected": chosen}

    def is_answered(self, config, answer):
        return bool((answer or {}).get("selected"))


class InstructionBlock(ExerciseBlock):
    participant_label = _("Samen doen")
    stores_answer = False
    text = SafeRichTextBlock(features=RICH_FEATURES, label=_("Opdracht"))
    grouping = blocks.ChoiceBlock(
        choices=[
            ("pairs", _("In tweetallen")),
            ("threes", _("In drietallen")),
            ("group", _("Met de hele groep")),
        ],
        default="pairs",
        label=_("Hoe"),
    )

    class Meta:
        icon = "group"
        label = _("Opdracht in tweetallen of groep")
        description = _("Een opdracht om samen te doen; er wordt geen antwoord opgeslagen.")
        template = "content/blocks/exercise_preview.html"

    def clean_answer(self, config, answer):
        raise AnswerInvalid(_("Bij deze opdracht hoef je niets in te vullen."))


class UploadBlock(ExerciseBlock):
    participant_label = _("Bestand toevoegen")
    prompt = blocks.TextBlock(label=_("Opdracht"))
    file_types = blocks.MultipleChoiceBlock(
        choices=[(k, k.upper()) for k in UPLOAD_TYPES],
        default=["pdf", "docx"],
        label=_("Soorten bestand"),
    )
    max_mb = blocks.IntegerBlock(min_value=1, max_value=20, default=5, label=_("Hoogstens (MB)"))

    class Meta:
        icon = "doc-full"
        label = _("Bestand uploaden")
        description = _("De deelnemer uploadt een bestand, zoals een cv of brief.")
        template = "content/blocks/exercise_preview.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file_types"):
            raise StructBlockValidationError(
                block_errors={"file_types": ValidationError(errors.UPLOAD_NO_TYPES)}
            )
        return value

    def clean_answer(self, config, answer):
        raise AnswerInvalid(_("Gebruik de knop om een bestand te kiezen."))


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Vraag"))
    options = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("text", blocks.CharBlock(max_length=300, label=_("Antwoord"))),
                ("correct", blocks.BooleanBlock(required=False, label=_("Goed"))),
            ]
        ),
        label=_("Antwoorden"),
    )

    def clean(self, value):
        value = super().clean(value)
        options = value.get("options") or []
        if len(options) < 2:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(errors.QUIZ_TOO_FEW_OPTIONS)}
            )
        if not any(option.get("correct") for option in options):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(errors.QUIZ_NO_CORRECT)}
            )
        return value


def quiz_seed(*, user_id, block_id: str) -> str:
    """What a person's order of a quiz's answers depends on: the same person sees the same order
    on every page and after every reload; two people (almost always) see different orders."""
    return f"{user_id}:{block_id}"


def quiz_option_order(*, seed: str | None, question: int, count: int) -> list[int]:
    """The options of one question (their index in the content) in the order this person sees
    them. No seed: the content's own order."""
    order = list(range(count))
    if seed is not None:
        digest = hashlib.sha256(f"{seed}:{question}".encode()).digest()
        random.Random(digest).shuffle(order)  # noqa: S311 - an order to show, not a secret
    return order


class QuizBlock(ExerciseBlock):
    participant_label = _("Toets")
    questions = blocks.ListBlock(QuizQuestionBlock(), min_num=1, label=_("Vragen"))
    pass_mark = blocks.IntegerBlock(
        min_value=1, max_value=100, default=70, label=_("Geslaagd vanaf (procent goed)")
    )

    class Meta:
        icon = "help"
        label = _("Toets")
        description = _("Vragen met goede antwoorden en een grens om te slagen (trainingen).")
        template = "content/blocks/exercise_preview.html"

    # A participant answers each question with the position of the option as it was shown to
    # them (`shown_questions`); the answer is stored, and scored, by the option's index in the
    # content. So ticking "the first one" everywhere is not the same as ticking the content's
    # first options, and the stored answer does not depend on the order anyone saw.

    @staticmethod
    def _orders(config, seed) -> list[list[int]]:
        return [
            quiz_option_order(seed=seed, question=index, count=len(q.get("options") or []))
            for index, q in enumerate(config.get("questions") or [])
        ]

    def shown_questions(self, config, *, seed, value=None) -> list[dict]:
        """The questions with their options in this person's order, without the key; `checked`
        marks the option stored in `value` (an answer in the content's indexes)."""
        chosen = list((value or {}).get("answers") or [])
        shown = []
        for index, (question, order) in enumerate(
            zip(config.get("questions") or [], self._orders(config, seed), strict=True)
        ):
            options = question.get("options") or []
            mine = chosen[index] if index < len(chosen) else None
            shown.append(
                {
                    "question": question.get("question", ""),
                    "options": [
                        {
                            "position": position,
                            "text": options[original].get("text", ""),
                            "checked": original == mine,
                        }
                        for position, original in enumerate(order)
                    ],
                }
            )
        return shown

    def from_shown(self, config, answer, *, seed):
        """An answer in shown positions, in the content's indexes (what `clean_answer` takes).
        What is not a valid position is passed on unchanged, for `clean_answer` to refuse."""
        answer = _object(answer)
        positions = answer.get("answers")
        if not isinstance(positions, list):
            return answer
        orders = self._orders(config, seed)
        mapped = []
        for index, position in enumerate(positions):
            order = orders[index] if index < len(orders) else []
            valid = not isinstance(position, bool) and isinstance(position, int)
            mapped.append(order[position] if valid and 0 <= position < len(order) else position)
        return {**answer, "answers": mapped}

    def to_shown(self, config, value, *, seed):
        """A stored answer (the content's indexes) in this person's shown positions."""
        value = dict(value or {})
        orders = self._orders(config, seed)
        value["answers"] = [
            orders[index].index(original)
            if index < len(orders) and original in orders[index]
            else original
            for index, original in enumerate(value.get("answers") or [])
        ]
        return value

    def clean_answer(self, config, answer):
        chosen = _object(answer).get("answers", [])
        questions = list(config.get("questions") or [])
        if not isinstance(chosen, list) or len(chosen) != len(questions):
            raise AnswerInvalid(_("Beantwoord elke vraag."))
        correct = 0
        for index, question in zip(chosen, questions, strict=True):
            options = list(question.get("options") or [])
            if (
                isinstance(index, bool)
                or not isinstance(index, int)
                or not 0 <= index < len(options)
            ):
                raise AnswerInvalid(_("Kies bij elke vraag een van de antwoorden."))
            correct += bool(options[index].get("correct"))
        score = round(100 * correct / len(questions)) if questions else 0
        return {
            "answers": chosen,
            "correct": correct,
            "score": score,
            "passed": score >= int(config.get("pass_mark") or 0),
        }


class ActionPlanBlock(ExerciseBlock):
    participant_label = _("Mijn actieplan")
    prompt = blocks.TextBlock(label=_("Opdracht"))
    rows = blocks.IntegerBlock(
        min_value=1, max_value=MAX_PLAN_ROWS, default=3, label=_("Aantal doelen")
    )

    class Meta:
        icon = "date"
        label = _("Actieplan")
        description = _("Doelen, volgende stappen en data.")
        template = "content/blocks/exercise_preview.html"

    def clean_answer(self, config, answer):
        rows = _object(answer).get("rows", [])
        if not isinstance(rows, list) or len(rows) > MAX_PLAN_ROWS:
            raise AnswerInvalid(_("Het plan heeft hoogstens %s doelen.") % MAX_PLAN_ROWS)
        cleaned = []
        for row in rows:
            row = _object(row)
            date = _text(row.get("date"), limit=10, field=_("De datum"))
            if date:
                try:
                    datetime.date.fromisoformat(date)
                except ValueError as exc:
                    raise AnswerInvalid(_("Schrijf de datum als jjjj-mm-dd.")) from exc
            cleaned.append(
                {
                    "goal": _text(row.get("goal"), limit=MAX_SHORT, field=_("Het doel")),
                    "step": _text(row.get("step"), limit=MAX_SHORT, field=_("De volgende stap")),
                    "date": date,
                }
            )
        return {"rows": cleaned}

    def is_answered(self, config, answer):
        return any(r.get("goal", "").strip() for r in (answer or {}).get("rows", []))


class ExercisesBlock(blocks.StreamBlock):
    reflection = ReflectionBlock()
    list = ListExerciseBlock()
    rating_grid = RatingGridBlock()
    choice = ChoiceExerciseBlock()
    instruction = InstructionBlock()
    upload = UploadBlock()
    quiz = QuizBlock()
    action_plan = ActionPlanBlock()

    class Meta:
        required = False


# --- The seven parts of a meeting -----------------------------------------------------------


class PartBlock(blocks.StructBlock):
    text = SafeRichTextBlock(features=RICH_FEATURES, label=_("Tekst voor deelnemers"))
    image = ImageWithAltBlock(required=False, label=_("Afbeelding"))
    leader_notes = SafeRichTextBlock(
        features=RICH_FEATURES, required=False, label=_("Aantekeningen voor leiders")
    )
    minutes = blocks.IntegerBlock(min_value=1, max_value=480, default=15, label=_("Minuten"))
    exercises = ExercisesBlock(required=False, label=_("Oefeningen"))

    class Meta:
        icon = "form"
        template = "content/blocks/part.html"


class MeetingPlanBlock(blocks.StreamBlock):
    """The seven parts, each exactly once, in the fixed order. Editors cannot leave one out or
    move one: the form refuses with a message."""

    welcome = PartBlock(label=Part.WELCOME.label)
    homework_review = PartBlock(label=Part.HOMEWORK_REVIEW.label)
    group_talk = PartBlock(label=Part.GROUP_TALK.label)
    deepening = PartBlock(label=Part.DEEPENING.label)
    homework = PartBlock(label=Part.HOMEWORK.label)
    reflection = PartBlock(label=Part.REFLECTION.label)
    after_talk = PartBlock(label=Part.AFTER_TALK.label)

    class Meta:
        block_counts = {name: {"min_num": 1, "max_num": 1} for name in FIXED_BUILD}
        min_num = len(FIXED_BUILD)
        max_num = len(FIXED_BUILD)

    def clean(self, value):
        names = [child.block_type for child in value]
        missing = [str(Part(name).label) for name in FIXED_BUILD if name not in names]
        if missing:
            raise StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(errors.PART_MISSING % {"parts": ", ".join(missing)})]
                )
            )
        if tuple(names) != FIXED_BUILD:
            raise StreamBlockValidationError(
                non_block_errors=ErrorList([ValidationError(errors.PART_ORDER)])
            )
        return super().clean(value)


# --- A training day's own agenda ----------------------------------------------------------------

# A training day's agenda has at most as many parts as the room has slots: the live protocol's
# block names (content.parts.FIXED_BUILD) are fixed, so agenda item n runs in slot n.
MAX_AGENDA_ITEMS = len(FIXED_BUILD)


class AgendaItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, label=_("Titel"))
    minutes = blocks.IntegerBlock(min_value=1, max_value=480, default=30, label=_("Minuten"))
    description = blocks.TextBlock(
        required=False, max_length=MAX_SHORT * 2, label=_("Korte uitleg (niet verplicht)")
    )

    class Meta:
        icon = "time"
        label = _("Onderdeel")
