"""The plain-language check for editors: sentence length and hard words (with the plain word to
use instead, as listed in docs/glossary.md). One module: the review (content/workflow.py) uses it
on the server, and the page editor's panel (static/content/js/plain_language.js) asks it through
the admin view `plain_language_check`.

Participants read at B1 or lower (iWIN: the texts must be simpler still). A sentence above the
limit is a warning while editing; for iWIN it is also a reason a reviewer must explain (a note)
before approving the change.
"""

import re
from dataclasses import asdict, dataclass

from .models import LanguageCheckPage, ProgrammePage, StepPage, Variant
from .selectors import plain_text, step_page_content

SENTENCE_LIMIT = 20  # words; B1 texts keep sentences short
IWIN_SENTENCE_LIMIT = 15  # iWIN: B1 or lower, for people still learning Dutch

# Hard word → the plain word to use instead. Kept in step with the table "Plain words" in
# docs/glossary.md (a test checks both say the same).
HARD_WORDS = {
    "acquisitie": "klanten zoeken",
    "adequaat": "goed, passend",
    "alsmede": "en",
    "betreffende": "over",
    "competenties": "wat je goed kunt",
    "derhalve": "daarom",
    "evalueren": "bespreken hoe het ging",
    "faciliteren": "mogelijk maken, helpen",
    "implementeren": "invoeren",
    "indien": "als",
    "middels": "met",
    "optimaliseren": "beter maken",
    "participeren": "meedoen",
    "prioriteren": "kiezen wat eerst komt",
    "reflecteren": "terugkijken",
    "teneinde": "om",
    "verifiëren": "controleren",
    "woonachtig": "wonen",
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[\wÀ-ÿ'-]+", re.UNICODE)
_EXERCISE_TEXT_KEYS = {"prompt", "help", "text", "question", "title", "categories", "items"}


@dataclass(frozen=True)
class Finding:
    kind: str  # "long_sentence" or "hard_word"
    text: str  # the sentence, or the hard word as written
    words: int = 0  # words in the sentence
    alternative: str = ""  # the plain word


def sentence_limit(*, iwin: bool) -> int:
    return IWIN_SENTENCE_LIMIT if iwin else SENTENCE_LIMIT


def check_text(text: str, *, limit: int = SENTENCE_LIMIT) -> list[Finding]:
    """Sentences above `limit` words and hard words in one plain (not HTML) text."""
    findings = []
    for sentence in _SENTENCE_END.split(text or ""):
        sentence = sentence.strip()
        words = _WORD.findall(sentence)
        if len(words) > limit:
            findings.append(Finding("long_sentence", sentence, words=len(words)))
    seen = set()
    for word in _WORD.findall(text or ""):
        key = word.lower()
        if key in HARD_WORDS and key not in seen:
            seen.add(key)
            findings.append(Finding("hard_word", word, alternative=HARD_WORDS[key]))
    return findings


def findings_as_json(findings: list[Finding]) -> list[dict]:
    return [asdict(finding) for finding in findings]


def _exercise_texts(value) -> list[str]:
    if isinstance(value, dict):
        texts = []
        for key, item in value.items():
            if key in _EXERCISE_TEXT_KEYS or isinstance(item, list | dict):
                texts.extend(_exercise_texts(item))
        return texts
    if isinstance(value, list):
        return [text for item in value for text in _exercise_texts(item)]
    if isinstance(value, str):
        return [plain_text(value)]
    return []


def participant_texts(page) -> list[str]:
    """What participants read of a workbook page (not the leaders' notes)."""
    if isinstance(page, StepPage):
        step = step_page_content(page)
        texts = [step.title, step.learning_goal]
        for part in step.parts:
            texts.append(plain_text(part.text_html))
            for exercise in part.exercises:
                texts.extend(_exercise_texts(exercise.config))
        return [text for text in texts if text]
    if isinstance(page, ProgrammePage):
        return [plain_text(page.intro)]
    if isinstance(page, LanguageCheckPage):
        return [page.intro, page.reading_text]
    return []


def is_iwin(page) -> bool:
    programme = page
    if isinstance(page, StepPage):
        parent = page.get_parent()
        programme = parent.specific if parent is not None else None
    return isinstance(programme, ProgrammePage) and programme.variant == Variant.IWIN


def long_sentences(page) -> list[Finding]:
    """The sentences above the limit in what participants read of this version of the page."""
    limit = sentence_limit(iwin=is_iwin(page))
    return [
        finding
        for text in participant_texts(page)
        for finding in check_text(text, limit=limit)
        if finding.kind == "long_sentence"
    ]
