"""The seed files an editor corrects: each one parses, follows FORMAT.md, and a mistake in one
names the file (and for a TOML mistake the line)."""

import tomllib
from pathlib import Path

import pytest

import content.seed_data as seed_data
from content.parts import FIXED_BUILD
from content.seed_data import (
    PROGRAMME_ORDER,
    SeedFileError,
    all_programmes,
    language_check_from_file,
    programme_from_file,
    unfold,
)
from content.seed_data.language_check import LANGUAGE_CHECK

SEED_DIR = Path(seed_data.__file__).parent
PROGRAMME_FILES = sorted((SEED_DIR / "programmes").glob("*.toml"))
PROGRAMME_KEYS = {"slug", "title", "kind", "variant", "intro", "target_group", "steps"}
VOLUNTEER_KEYS = {"certifies_role", "certificate_valid_months"}
STEP_KEYS = {"number", "title", "learning_goal", "parts"}
AGENDA_KEYS = {"title", "minutes", "description"}
PART_KEYS = {"text", "leader_notes", "minutes"}

GOOD_PART = '''minutes = 10
text = """
<p>Een tekst voor de deelnemers van deze
bijeenkomst.</p>
"""
leader_notes = "<p>Voor de leiders.</p>"
'''


def write_programme(tmp_path, *, steps=1, parts=FIXED_BUILD, top="", slug="proef"):
    lines = [
        f'slug = "{slug}"',
        'title = "Proef"',
        'kind = "jobgroup"',
        'variant = "regular"',
        'intro = "<p>Intro.</p>"',
        'target_group = "Iedereen."',
        top,
    ]
    for number in range(1, steps + 1):
        lines += ["[[steps]]", f"number = {number}", 'title = "Stap"', 'learning_goal = "Doel."']
        for part in parts:
            lines += [f"[steps.parts.{part}]", GOOD_PART]
    path = tmp_path / f"{slug}.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("path", PROGRAMME_FILES, ids=lambda p: p.stem)
def test_every_programme_file_follows_the_format(path):
    with path.open("rb") as file:
        raw = tomllib.load(file)
    assert PROGRAMME_KEYS <= set(raw) <= PROGRAMME_KEYS | VOLUNTEER_KEYS
    assert raw["slug"] == path.stem
    if raw["kind"] == "volunteer_course":
        assert raw["certificate_valid_months"] > 0
    else:
        assert not set(raw) & VOLUNTEER_KEYS
    assert [step["number"] for step in raw["steps"]] == list(range(1, len(raw["steps"]) + 1))
    for step in raw["steps"]:
        assert STEP_KEYS <= set(step) <= STEP_KEYS | {"agenda"}
        if raw["kind"] == "volunteer_course":  # every training day has its own agenda
            assert 1 <= len(step["agenda"]) <= len(FIXED_BUILD), f"{path.name}, {step['number']}"
            for item in step["agenda"]:
                assert {"title", "minutes"} <= set(item) <= AGENDA_KEYS
                assert item["minutes"] > 0
        else:
            assert "agenda" not in step
        assert list(step["parts"]) == list(FIXED_BUILD), f"{path.name}, step {step['number']}"
        for part in step["parts"].values():
            assert PART_KEYS <= set(part) <= PART_KEYS | {"exercises"}
            assert all("type" in exercise for exercise in part.get("exercises", []))


def test_every_programme_file_is_loaded_in_order():
    assert sorted(PROGRAMME_ORDER) == sorted(path.stem for path in PROGRAMME_FILES)
    assert [p["slug"] for p in all_programmes()] == list(PROGRAMME_ORDER)


def test_the_loader_gives_the_shape_the_seed_services_take():
    by_slug = {programme["slug"]: programme for programme in all_programmes()}
    jobgroup, buddies = by_slug["jobgroup"], by_slug["maatjestraining"]
    assert jobgroup["certifies_role"] is None and jobgroup["certificate_valid_months"] is None
    assert (buddies["certifies_role"], buddies["certificate_valid_months"]) == ("buddy", 24)
    assert by_slug["hercertificering"]["certifies_role"] is None  # it renews any role
    welcome = jobgroup["steps"][0]["parts"]["welcome"]
    assert list(welcome) == ["text", "leader_notes", "minutes", "exercises"]
    assert welcome["exercises"] == []  # left out in the file
    assert "\n" not in welcome["text"] and welcome["text"].startswith("<p>Welkom")
    assert "</p><p>" in welcome["text"]


def test_the_language_check_file():
    assert language_check_from_file() == LANGUAGE_CHECK
    assert LANGUAGE_CHECK["slug"] == "taalcheck"
    assert LANGUAGE_CHECK["buddy_below"] < LANGUAGE_CHECK["iwin_below"]
    assert "zoekt werk in een winkel. Elke maandag" in LANGUAGE_CHECK["reading_text"]
    assert "vacatures.\n\nVorige week" in LANGUAGE_CHECK["reading_text"]
    assert len(LANGUAGE_CHECK["questions"]) == 5
    for question in LANGUAGE_CHECK["questions"]:
        assert all(isinstance(option, tuple) for option in question["options"])
        assert [correct for _text, correct in question["options"]].count(True) == 1


def test_unfold_joins_lines_as_the_format_says():
    assert unfold(
        "<p>Een\n    lange\nzin.</p>\n<ul>\n  <li>a</li>\n  <li>b <strong>c</strong>\n</li>\n</ul>"
    ) == ("<p>Een lange zin.</p><ul><li>a</li><li>b <strong>c</strong></li></ul>")
    assert (
        unfold("\nEerste alinea\nloopt door.\n\nTweede.\n")
        == "Eerste alinea loopt door.\n\nTweede."
    )
    assert unfold("Kort.") == "Kort."


def test_a_good_file_loads(tmp_path):
    programme = programme_from_file(write_programme(tmp_path, steps=2))
    assert [step["number"] for step in programme["steps"]] == [1, 2]
    text = programme["steps"][0]["parts"]["deepening"]["text"]
    assert text == "<p>Een tekst voor de deelnemers van deze bijeenkomst.</p>"


def test_a_toml_mistake_names_the_file_and_the_line(tmp_path):
    path = write_programme(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = 'variant = "regular'  # the closing quote is missing
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SeedFileError) as caught:
        programme_from_file(path)
    assert str(path) in str(caught.value)
    assert "line 4" in str(caught.value)


def test_a_missing_key_names_the_file_the_step_and_the_part(tmp_path):
    path = write_programme(tmp_path, steps=2)
    text = path.read_text(encoding="utf-8")
    last_notes = text.rindex("leader_notes")
    path.write_text(text[:last_notes] + "# removed\n", encoding="utf-8")
    with pytest.raises(
        SeedFileError, match=r"proef\.toml: step 2, part after_talk misses leader_notes"
    ):
        programme_from_file(path)


def test_parts_must_be_all_seven_in_order(tmp_path):
    swapped = (FIXED_BUILD[1], FIXED_BUILD[0], *FIXED_BUILD[2:])
    with pytest.raises(SeedFileError, match=r"proef\.toml: step 1: the parts are welcome"):
        programme_from_file(write_programme(tmp_path, parts=swapped))
    with pytest.raises(SeedFileError, match="all, in this order"):
        programme_from_file(write_programme(tmp_path, parts=FIXED_BUILD[:-1]))


def test_steps_must_be_numbered_one_to_n(tmp_path):
    path = write_programme(tmp_path, steps=2)
    text = path.read_text(encoding="utf-8").replace("number = 2", "number = 3")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeedFileError, match=r"step 3: steps are numbered 1\.\.2"):
        programme_from_file(path)


def test_slug_and_file_name_agree_and_unknown_keys_are_refused(tmp_path):
    path = write_programme(tmp_path)
    with pytest.raises(SeedFileError, match="differs from the file name"):
        programme_from_file(path.rename(tmp_path / "anders.toml"))
    with pytest.raises(SeedFileError, match="unknown key"):
        programme_from_file(write_programme(tmp_path, top='titel = "typfout"'))


def test_a_programme_file_outside_the_order_is_refused(tmp_path, monkeypatch):
    for slug in PROGRAMME_ORDER:
        write_programme(tmp_path, slug=slug)
    write_programme(tmp_path, slug="nieuw")
    monkeypatch.setattr(seed_data, "PROGRAMMES_DIR", tmp_path)
    with pytest.raises(SeedFileError, match=r"nieuw\.toml: not in PROGRAMME_ORDER"):
        list(all_programmes())
    (tmp_path / "nieuw.toml").unlink()
    (tmp_path / "iwin.toml").unlink()
    with pytest.raises(SeedFileError, match=r"iwin\.toml: is missing"):
        list(all_programmes())


def _with_agenda(path, items: int, *, kind="volunteer_course"):
    text = path.read_text(encoding="utf-8").replace('kind = "jobgroup"', f'kind = "{kind}"')
    if kind == "volunteer_course":
        text = text.replace('variant = "regular"', 'variant = "recertification"')
        text = text.replace(
            'target_group = "Iedereen."',
            'target_group = "Iedereen."\ncertificate_valid_months = 24',
        )
    for number in range(1, items + 1):
        text += f'\n[[steps.agenda]]\ntitle = "Deel {number}"\nminutes = {10 * number}\n'
    path.write_text(text, encoding="utf-8")
    return path


def test_a_training_day_agenda_loads_with_descriptions_left_out(tmp_path):
    programme = programme_from_file(_with_agenda(write_programme(tmp_path), 3))
    assert programme["steps"][0]["agenda"] == [
        {"title": "Deel 1", "minutes": 10, "description": ""},
        {"title": "Deel 2", "minutes": 20, "description": ""},
        {"title": "Deel 3", "minutes": 30, "description": ""},
    ]


def test_an_agenda_is_only_for_trainings_and_has_at_most_seven_items(tmp_path):
    with pytest.raises(SeedFileError, match="only a training"):
        programme_from_file(_with_agenda(write_programme(tmp_path), 2, kind="jobgroup"))
    with pytest.raises(SeedFileError, match="at most 7"):
        programme_from_file(_with_agenda(write_programme(tmp_path, slug="lang"), 8))
