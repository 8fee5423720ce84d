"""Every text participants read, checked for plain language (issue 18, "Words"):

(a) one form of address: "je/jij/jouw", never "u/uw";
(b) short sentences: at most INTERFACE_LIMIT words in the interface, SEED_LIMIT in the seed
    content (content.plain_language counts the words), with a short allow-list below;
(c) every hard word of GLOSSARY_CANDIDATES that participants meet has an explanation in the
    seed glossary (content/seed_data/glossary.toml).

The interface strings are extracted the way makemessages would find them, without running it:
`{% trans %}`/`{% translate %}` and `{% blocktrans %}…{% endblocktrans %}` (both `{% plural %}`
forms) in the templates, and every `_()`, `gettext()`, `ngettext()`, `pgettext()` (and their
`_lazy` forms) in the Python code, read with `ast` so that strings split over several lines
count as one. The Wagtail admin (editors' screens) is left out; everything else is read by
participants or by the volunteers who lead them, and all of it says "je".
"""

import ast
import re
from pathlib import Path

import pytest
from django.utils.html import strip_tags

from content.glossary import _compile
from content.plain_language import _EXERCISE_TEXT_KEYS, check_text
from content.seed_data import all_programmes, glossary_from_file
from content.seed_data.language_check import LANGUAGE_CHECK

ROOT = Path(__file__).resolve().parents[2]
APPS = ("accounts", "content", "courses", "jobgroup_platform", "live_sessions", "toolkit")
# Screens only editors and the national office use (Wagtail admin) are not participant text.
SKIPPED_PATHS = ("/admin/", "/migrations/", "/management/", "wagtail_hooks.py", "admin_views.py")

INTERFACE_LIMIT = 20  # words per sentence in buttons, labels, messages and help texts
SEED_LIMIT = 25  # words per sentence in the workbooks' texts and questions

# Sentences allowed to be longer, each with its reason. Empty: every long sentence found when
# this test was written could be split (docs/decisions.md, "Plain text test").
LONG_SENTENCE_ALLOWED: dict[str, str] = {}

# "u" or "uw" as a word: the polite form of address.
POLITE = re.compile(r"(?<![\w'’-])(?:[Uu]|[Uu]w|[Uu]zelf)(?![\w'’-])")
# What participants practise saying to an employer is quoted ('Kunt u dat herhalen?'): there
# "u" is right, and the workbook teaches it. Quoted speech is left out of the check.
QUOTED = re.compile(r"(?<![\w])'[^']*'(?![\w])")
POLITE_ALLOWED = {
    # accounts.User.display_name's help text: only shown in the Wagtail admin's user form (the
    # participants' own form has its own text); changing it needs an accounts migration.
    "Hoe anderen u zien in de groep.",
}

# Hard words participants meet that need an explanation in the glossary (the list and
# the words of the seed content a reader at A2 stumbles over).
GLOSSARY_CANDIDATES = (
    "competentie",
    "competenties",
    "verbeterruimte",
    "mededeelnemer",
    "mededeelnemers",
    "medecursist",
    "bucketlist",
    "elevator pitch",
    "elevatorpitch",
    "pitch",
    "achteruitkijkspiegel",
    "netwerk",
    "netwerken",
    "netwerkkaart",
    "sollicitatiebrief",
    "sollicitatiegesprek",
    "solliciteren",
    "vacature",
    "vacatures",
    "vacaturesites",
    "cv",
    "kwaliteiten",
    "vaardigheden",
    "POP",
    "ZOOP",
    "uitzendbureau",
    "LinkedIn",
    "UWV",
    "klantmanager",
    "leidinggevende",
    "arbeidsmarkt",
    "actieplan",
    "zzp'er",
    "opdrachtgever",
    "opdrachtgevers",
    "diplomawaardering",
    "ervaringscertificaat",
    "werkcultuur",
    "doorzettingsvermogen",
    "belangstellingstest",
    "feedback",
    "ongeschreven regels",
)

GETTEXT_FUNCTIONS = {
    "_": (0,),
    "gettext": (0,),
    "gettext_lazy": (0,),
    "gettext_noop": (0,),
    "ngettext": (0, 1),
    "ngettext_lazy": (0, 1),
    "pgettext": (1,),
    "pgettext_lazy": (1,),
    "npgettext": (1, 2),
    "npgettext_lazy": (1, 2),
}

TRANS_TAG = re.compile(r"""\{%\s*trans(?:late)?\s+(?:_\()?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")
BLOCKTRANS = re.compile(
    r"\{%\s*blocktrans(?:late)?\b[^%]*%\}(.*?)\{%\s*endblocktrans(?:late)?\s*%\}", re.S
)
PLURAL = re.compile(r"\{%\s*plural\s*%\}")
VARIABLE = re.compile(r"\{\{[^}]*\}\}|%\([a-z_]+\)[sd]|\{[a-z_]+\}")


def _skipped(path: Path) -> bool:
    text = path.as_posix()
    return any(part in text for part in SKIPPED_PATHS)


def template_strings() -> list[tuple[str, str]]:
    """(where, text) of every translatable string in the templates."""
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("templates/**/*.html")):
            if _skipped(path):
                continue
            source = path.read_text(encoding="utf-8")
            where = str(path.relative_to(ROOT))
            for match in TRANS_TAG.finditer(source):
                found.append((where, ast.literal_eval(match.group(1))))
            for match in BLOCKTRANS.finditer(source):
                found.extend((where, form) for form in PLURAL.split(match.group(1)))
    return found


def python_strings() -> list[tuple[str, str]]:
    """(where, text) of every string given to a gettext function in the apps' Python code."""
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if _skipped(path):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                for index in GETTEXT_FUNCTIONS.get(name, ()):
                    if index < len(node.args):
                        arg = node.args[index]
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.append((f"{path.relative_to(ROOT)}:{node.lineno}", arg.value))
    return found


def interface_strings() -> list[tuple[str, str]]:
    return [
        (where, " ".join(VARIABLE.sub("X", text).split()))
        for where, text in template_strings() + python_strings()
    ]


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
        return [value]
    return []


def _plain(html: str) -> str:
    # Block ends count as sentence ends: a list item is a sentence of its own.
    html = re.sub(r"</(?:p|li|h[1-6])>", ".\n", html)
    return " ".join(strip_tags(html).split()).replace("..", ".")


def seed_texts() -> list[tuple[str, str]]:
    """(where, plain text) of everything participants read in the seed content: titles, learning
    goals, the parts' texts and the exercises' questions (not the leaders' notes)."""
    found = []
    for programme in all_programmes():
        slug = programme["slug"]
        found.append((f"{slug}: intro", _plain(programme["intro"])))
        for step in programme["steps"]:
            where = f"{slug} step {step['number']}"
            found.append((where, step["title"]))
            found.append((where, step["learning_goal"]))
            for name, part in step["parts"].items():
                found.append((f"{where} {name}", _plain(part["text"])))
                for exercise in part.get("exercises", []):
                    for text in _exercise_texts(exercise):
                        found.append((f"{where} {name} exercise", _plain(text)))
    check = LANGUAGE_CHECK
    found.append(("language check: intro", check["intro"]))
    found.append(("language check: text", check["reading_text"]))
    for question in check["questions"]:
        found.append(("language check: question", question["question"]))
        found.extend(("language check: option", text) for text, _correct in question["options"])
    return [(where, text) for where, text in found if text]


def glossary_from_seed():
    rows = tuple(
        (
            item["term"],
            tuple(f.strip() for f in [item["term"], *item["variants"].split(",")] if f.strip()),
            item["nl"],
            item["en"],
        )
        for item in glossary_from_file()
    )
    return _compile(rows)


ALL_TEXTS = {"interface": interface_strings, "seed": seed_texts}


def test_the_extractor_finds_the_forms_the_code_uses():
    templates = {text: where for where, text in template_strings()}
    python = [text for _where, text in python_strings()]
    assert "Lees voor" in templates  # {% trans "…" %}
    assert any("minuten" in text for text in templates)  # {% blocktrans count %}…{% plural %}
    assert any(text.startswith("Reactie van {{ name }}") for text in templates)  # with …
    assert "aanwezig" in python  # gettext("…")
    assert len(templates) > 300 and len(python) > 300


@pytest.mark.parametrize("kind", ALL_TEXTS)
def test_one_form_of_address_je(kind):
    offenders = [
        f"{where}: {text}"
        for where, text in ALL_TEXTS[kind]()
        if text not in POLITE_ALLOWED and POLITE.search(QUOTED.sub("", text))
    ]
    assert not offenders, "Say 'je' and 'jouw', not 'u' or 'uw':\n" + "\n".join(offenders)


# A sentence that ends inside a quote ('Heb je werk voor mij?' Vraag liever …) ends there too.
QUOTE_END = re.compile(r"([.!?]['’”\"])\s+")


def _long_sentences(texts, limit):
    offenders = []
    for where, text in texts:
        for finding in check_text(QUOTE_END.sub("\\1\n", text), limit=limit):
            if finding.kind == "long_sentence" and finding.text not in LONG_SENTENCE_ALLOWED:
                offenders.append(f"{where} ({finding.words} words): {finding.text}")
    return offenders


def test_interface_sentences_are_short():
    offenders = _long_sentences(interface_strings(), INTERFACE_LIMIT)
    assert not offenders, f"Sentences over {INTERFACE_LIMIT} words:\n" + "\n".join(offenders)


def test_seed_content_sentences_are_short():
    offenders = _long_sentences(seed_texts(), SEED_LIMIT)
    assert not offenders, f"Sentences over {SEED_LIMIT} words:\n" + "\n".join(offenders)


def test_every_hard_word_participants_meet_is_explained():
    glossary = glossary_from_seed()
    everything = " ".join(text for texts in ALL_TEXTS.values() for _where, text in texts())
    missing = []
    for word in GLOSSARY_CANDIDATES:
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
        if pattern.search(everything) and glossary.find(word) is None:
            missing.append(word)
    assert not missing, "Hard words without an explanation in glossary.toml: " + ", ".join(missing)
    # The candidates are real: most of them occur in what participants read.
    assert sum(1 for word in GLOSSARY_CANDIDATES if word.lower() in everything.lower()) >= 26


def test_the_seed_glossary_is_plain_itself():
    for item in glossary_from_file():
        assert not POLITE.search(item["nl"]), item["term"]
        assert not check_text(item["nl"], limit=INTERFACE_LIMIT), item["term"]
        assert item["en"], item["term"]


def test_the_checks_catch_what_they_should():
    assert POLITE.search("Heeft u nog geen account?")
    assert POLITE.search("Kies uw locatie.")
    assert not POLITE.search("Kies je locatie. Het menu, uren, u-bocht.")
    assert not POLITE.search(QUOTED.sub("", "Vraag: 'Kunt u dat herhalen?' Of: 'Dank u wel.'"))
    assert POLITE.search(QUOTED.sub("", "Vraag het de oud-collega's van uw vader."))
    long_sentence = " ".join(["woord"] * (INTERFACE_LIMIT + 1)) + "."
    assert _long_sentences([("x", long_sentence)], INTERFACE_LIMIT)
    glossary = glossary_from_seed()
    assert glossary.find("Competenties") is not None
    assert glossary.find("tuinieren") is None
