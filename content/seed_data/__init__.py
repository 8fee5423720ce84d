"""Edition 1 of every programme and of the intake's language check, written from the source
documents (shared/seeds) and kept as TOML files an editor can read and correct.

`programmes/<slug>.toml` holds one programme, `language_check.toml` the language check; FORMAT.md
describes both. This module reads them into the plain dicts and lists that
`content.services.programme_load_seed` and `language_check_load_seed` turn into Wagtail pages
(and edition 1). Texts may run over several lines in the files; `unfold` turns them back into
the one-line texts the pages get.
"""

import re
import tomllib
from pathlib import Path

from content.parts import FIXED_BUILD

HERE = Path(__file__).resolve().parent
PROGRAMMES_DIR = HERE / "programmes"
LANGUAGE_CHECK_FILE = HERE / "language_check.toml"
GLOSSARY_FILE = HERE / "glossary.toml"

# The order seed_demo creates them in: the JobGroups first, then the volunteer courses.
PROGRAMME_ORDER = (
    "jobgroup",
    "iwin",
    "jobgroup-zzp",
    "maatjestraining",
    "jobgroupleiderstraining",
    "coordinatortraining",
    "migranten-coachen",
    "hercertificering",
)

PROGRAMME_REQUIRED = ("slug", "title", "kind", "variant", "intro", "target_group", "steps")
PROGRAMME_OPTIONAL = ("certifies_role", "certificate_valid_months")  # None when left out
STEP_REQUIRED = ("number", "title", "learning_goal", "parts")
STEP_OPTIONAL = ("agenda",)  # a training day's own agenda; left out: the seven parts
AGENDA_REQUIRED = ("title", "minutes")  # "description" may be left out
MAX_AGENDA_ITEMS = 7  # the room's slots (content.blocks.MAX_AGENDA_ITEMS)
PART_REQUIRED = ("text", "leader_notes", "minutes")  # "exercises" may be left out: none
LANGUAGE_CHECK_REQUIRED = (
    "title",
    "slug",
    "intro",
    "reading_text",
    "iwin_below",
    "buddy_below",
    "questions",
)

# A line starting with one of these tags joins the line before it without a space.
BLOCK_TAG_START = re.compile(r"</?(?:p|ul|ol|li|h[1-6])\b")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class SeedFileError(ValueError):
    """A seed file that cannot be read, or does not follow FORMAT.md; names the file."""

    def __init__(self, path: Path, message: str):
        self.path = path
        super().__init__(f"{path}: {message}")


def unfold(text: str) -> str:
    """A text as written over several lines in a seed file, as one text again.

    Outer blank space goes; a blank line is a paragraph break (two newlines); any other line
    break counts as one space, or as nothing before a block tag such as <p>, <li> or </ul>.
    """
    paragraphs = []
    for paragraph in PARAGRAPH_BREAK.split(text.strip()):
        joined = ""
        for line in paragraph.split("\n"):
            line = line.strip()
            if joined and not BLOCK_TAG_START.match(line):
                joined += " "
            joined += line
        paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def _unfold_all(value):
    if isinstance(value, str):
        return unfold(value)
    if isinstance(value, list):
        return [_unfold_all(item) for item in value]
    if isinstance(value, dict):
        return {key: _unfold_all(item) for key, item in value.items()}
    return value


def read_seed_file(path: Path) -> dict:
    """The TOML file as Python data with its texts unfolded; a syntax error names file and line."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except tomllib.TOMLDecodeError as exc:
        raise SeedFileError(path, f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise SeedFileError(path, f"cannot be read: {exc.strerror}") from exc
    return _unfold_all(data)


def _require(path: Path, data: dict, keys, where: str):
    missing = [key for key in keys if key not in data]
    if missing:
        raise SeedFileError(path, f"{where} misses {', '.join(missing)}")


def programme_from_file(path: Path) -> dict:
    """One programme in the shape of FORMAT.md, checked enough to name the file when it is off."""
    data = read_seed_file(path)
    _require(path, data, PROGRAMME_REQUIRED, "the programme")
    unknown = set(data) - set(PROGRAMME_REQUIRED) - set(PROGRAMME_OPTIONAL)
    if unknown:
        raise SeedFileError(path, f"unknown key(s) {', '.join(sorted(unknown))}")
    if data["slug"] != path.stem:
        raise SeedFileError(path, f"slug {data['slug']!r} differs from the file name")
    steps = data["steps"]
    for index, step in enumerate(steps, start=1):
        where = f"step {step.get('number', index)}"
        _require(path, step, STEP_REQUIRED, where)
        if set(step) - set(STEP_REQUIRED) - set(STEP_OPTIONAL):
            unknown = ", ".join(sorted(set(step) - set(STEP_REQUIRED) - set(STEP_OPTIONAL)))
            raise SeedFileError(path, f"{where}: unknown key(s) {unknown}")
        step["agenda"] = _agenda(path, data, step.get("agenda", []), where)
        if step["number"] != index:
            raise SeedFileError(path, f"{where}: steps are numbered 1..{len(steps)}, in order")
        if list(step["parts"]) != list(FIXED_BUILD):
            raise SeedFileError(
                path, f"{where}: the parts are {', '.join(FIXED_BUILD)}, all, in this order"
            )
        for name, part in step["parts"].items():
            _require(path, part, PART_REQUIRED, f"{where}, part {name}")
            unknown = set(part) - {*PART_REQUIRED, "exercises"}
            if unknown:
                raise SeedFileError(
                    path, f"{where}, part {name}: unknown key(s) {', '.join(sorted(unknown))}"
                )
            step["parts"][name] = {key: part[key] for key in PART_REQUIRED}
            step["parts"][name]["exercises"] = part.get("exercises", [])
    programme = {key: data[key] for key in PROGRAMME_REQUIRED if key != "steps"}
    programme |= {key: data.get(key) for key in PROGRAMME_OPTIONAL}
    programme["steps"] = steps
    return programme


def _agenda(path: Path, data: dict, agenda: list, where: str) -> list[dict]:
    if agenda and data.get("kind") != "volunteer_course":
        raise SeedFileError(path, f"{where}: only a training has its own agenda")
    if len(agenda) > MAX_AGENDA_ITEMS:
        raise SeedFileError(path, f"{where}: an agenda has at most {MAX_AGENDA_ITEMS} items")
    items = []
    for number, item in enumerate(agenda, start=1):
        _require(path, item, AGENDA_REQUIRED, f"{where}, agenda item {number}")
        unknown = set(item) - {*AGENDA_REQUIRED, "description"}
        if unknown:
            raise SeedFileError(
                path, f"{where}, agenda item {number}: unknown key(s) {', '.join(sorted(unknown))}"
            )
        items.append(
            {
                "title": item["title"],
                "minutes": item["minutes"],
                "description": item.get("description", ""),
            }
        )
    return items


def programme_files() -> list[Path]:
    """The programme files in PROGRAMME_ORDER; a file missing from it or the list is an error."""
    found = {path.stem: path for path in PROGRAMMES_DIR.glob("*.toml")}
    unlisted = sorted(set(found) - set(PROGRAMME_ORDER))
    if unlisted:
        raise SeedFileError(
            PROGRAMMES_DIR / f"{unlisted[0]}.toml", "not in PROGRAMME_ORDER (content/seed_data)"
        )
    missing = [slug for slug in PROGRAMME_ORDER if slug not in found]
    if missing:
        raise SeedFileError(PROGRAMMES_DIR / f"{missing[0]}.toml", "is missing")
    return [found[slug] for slug in PROGRAMME_ORDER]


def all_programmes():
    """Every programme of the seed content, JobGroups first."""
    for path in programme_files():
        yield programme_from_file(path)


def glossary_from_file(path: Path = GLOSSARY_FILE) -> list[dict]:
    """The glossary's words: term, variants, nl, en (glossary.toml)."""
    data = read_seed_file(path)
    _require(path, data, ("terms",), "the glossary")
    terms = []
    for number, term in enumerate(data["terms"], start=1):
        _require(path, term, ("term", "variants", "nl", "en"), f"term {number}")
        terms.append({key: str(term[key]).strip() for key in ("term", "variants", "nl", "en")})
    return terms


def language_check_from_file(path: Path = LANGUAGE_CHECK_FILE) -> dict:
    """The language check; each answer option as a (text, correct) pair."""
    data = read_seed_file(path)
    _require(path, data, LANGUAGE_CHECK_REQUIRED, "the language check")
    check = {key: data[key] for key in LANGUAGE_CHECK_REQUIRED}
    questions = []
    for number, question in enumerate(data["questions"], start=1):
        _require(path, question, ("question", "options"), f"question {number}")
        options = []
        for option in question["options"]:
            _require(path, option, ("text", "correct"), f"question {number}, an option")
            options.append((option["text"], option["correct"]))
        questions.append({"question": question["question"], "options": options})
    check["questions"] = questions
    return check
