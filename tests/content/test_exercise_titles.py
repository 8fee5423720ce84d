"""Every exercise has a title that says what it asks: editors must give one, the seed content has
real ones (never the name of the exercise's kind, never twice in one step), a fresh seed uses
them, and exercises saved before titles existed fall back to their question."""

import shutil

import pytest
from django.core.exceptions import ValidationError

from content.blocks import (
    MAX_TITLE,
    ExercisesBlock,
    InstructionBlock,
    ReflectionBlock,
)
from content.seed_data import PROGRAMMES_DIR, SeedFileError, all_programmes, programme_from_file
from content.selectors import ExerciseContent, edition_step_content
from tests.factories import ensure_wagtail_tree

PROGRAMMES = list(all_programmes())
STEPS = [(p, s) for p in PROGRAMMES for s in p["steps"]]
KIND_NAMES = {
    str(name).casefold()
    for block in ExercisesBlock().child_blocks.values()
    for name in (block.participant_label, block.label)
} | {"schrijfopdracht", "opdracht", "reflectie (vrije tekst)", "keuze of zelftest"}


def exercises_of(step):
    return [e for part in step["parts"].values() for e in part["exercises"]]


@pytest.mark.parametrize(
    ("programme", "step"), STEPS, ids=[f"{p['slug']}-{s['number']}" for p, s in STEPS]
)
def test_every_seed_exercise_has_its_own_real_title(programme, step):
    titles = [e.get("title", "") for e in exercises_of(step)]
    assert titles and all(t.strip() for t in titles)
    assert all(len(t) <= MAX_TITLE for t in titles)
    assert not [t for t in titles if t.casefold() in KIND_NAMES]
    assert len(set(titles)) == len(titles), f"a title twice in one step: {titles}"


def test_the_seed_content_has_no_writing_task_called_schrijfopdracht():
    all_titles = [e["title"] for _, s in STEPS for e in exercises_of(s)]
    assert len(all_titles) > 200
    assert "Mijn netwerk in kaart" in all_titles and "Wat kan ik goed?" in all_titles


def test_a_seed_file_without_a_title_is_refused_naming_the_file(tmp_path):
    source = (PROGRAMMES_DIR / "jobgroup.toml").read_text(encoding="utf-8")
    copy = tmp_path / "jobgroup.toml"
    copy.write_text(source.replace('title = "Mijn netwerk in kaart"\n', "", 1), encoding="utf-8")
    with pytest.raises(SeedFileError) as exc:
        programme_from_file(copy)
    assert "jobgroup.toml" in str(exc.value) and "title" in str(exc.value)
    shutil.copy(PROGRAMMES_DIR / "jobgroup.toml", copy)
    assert programme_from_file(copy)["slug"] == "jobgroup"


@pytest.mark.django_db
def test_a_fresh_seed_shows_the_titles_of_the_files():
    from content.services import programme_load_seed

    ensure_wagtail_tree()
    data = next(p for p in PROGRAMMES if p["slug"] == "jobgroup")
    programme = programme_load_seed(data)
    step = edition_step_content(edition=programme.editions.get(number=1), number=6)
    wanted = [e["title"] for e in exercises_of(data["steps"][5])]
    assert [e.title for e in step.exercises] == wanted
    assert "Mijn netwerk in kaart" in wanted


def test_editors_must_give_a_new_exercise_a_title():
    block = ReflectionBlock()
    with pytest.raises(ValidationError) as exc:
        block.clean(block.to_python({"title": "", "prompt": "Wat neem je mee?", "help": ""}))
    assert "title" in exc.value.block_errors
    too_long = {"title": "x" * (MAX_TITLE + 1), "prompt": "Wat neem je mee?", "help": ""}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(too_long))
    ok = block.clean(block.to_python({"title": "Wat neem ik mee?", "prompt": "Wat?", "help": ""}))
    assert ok["title"] == "Wat neem ik mee?"


def content(block, config):
    return ExerciseContent(
        id="x", type="t", block=block, config=config, stores_answer=True, part="homework"
    )


def test_an_exercise_from_before_titles_falls_back_to_its_question():
    assert content(ReflectionBlock(), {"title": " Mijn cv ", "prompt": "Upload"}).title == "Mijn cv"
    assert content(ReflectionBlock(), {"prompt": "Wat neem\nje mee?"}).title == "Wat neem je mee?"
    long = content(ReflectionBlock(), {"prompt": "woord " * 40}).title
    assert len(long) <= MAX_TITLE and long.endswith("…")
    assert content(InstructionBlock(), {"text": "<p>Samen</p>"}).title == "Samen doen"
