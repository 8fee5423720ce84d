"""Edition 1 of every programme: real content, complete meeting plans, valid blocks."""

import re

import pytest

from content.blocks import MeetingPlanBlock
from content.parts import FIXED_BUILD
from content.seed_data import all_programmes
from content.services import plan_raw

PROGRAMMES = list(all_programmes())
BY_VARIANT = {p["variant"]: p for p in PROGRAMMES}
STEPS = [(p, s) for p in PROGRAMMES for s in p["steps"]]
PLACEHOLDER = re.compile(r"lorem|ipsum|todo|tbd|xxx|placeholder", re.IGNORECASE)


def test_all_eight_programmes_with_their_steps():
    assert {p["variant"]: len(p["steps"]) for p in PROGRAMMES} == {
        "regular": 7,
        "iwin": 10,
        "zzp": 10,
        "buddy_training": 3,
        "leader_training": 3,
        "coordinator_training": 2,
        "migrant_day": 1,
        "recertification": 1,
    }
    assert len({p["slug"] for p in PROGRAMMES}) == 8


def test_regular_steps_follow_the_method():
    titles = [s["title"] for s in BY_VARIANT["regular"]["steps"]]
    assert titles == [
        "Wie ben ik?",
        "Wat belemmert mij?",
        "Wat kan ik?",
        "Wat wil ik?",
        "Wat zoek ik?",
        "Hoe vind ik?",
        "Dit ben ik!",
    ]
    iwin = [s["title"] for s in BY_VARIANT["iwin"]["steps"]]
    assert len(iwin) == 10
    assert any("Taal" in t for t in iwin[7:]) and any("Diploma" in t for t in iwin[7:])


@pytest.mark.parametrize(
    ("programme", "step"), STEPS, ids=lambda v: v.get("slug") or str(v.get("number"))
)
def test_every_step_is_a_full_meeting_with_a_real_exercise(programme, step):
    assert list(step["parts"]) == list(FIXED_BUILD)
    answerable = [
        e
        for part in step["parts"].values()
        for e in part["exercises"]
        if e["type"] != "instruction"
    ]
    assert answerable, "every step has at least one exercise that stores an answer"
    assert any(e["type"] == "reflection" for e in step["parts"]["reflection"]["exercises"])
    for name, part in step["parts"].items():
        assert len(re.sub("<[^>]+>", "", part["text"]).strip()) > 20, name
        assert part["leader_notes"].strip(), name
        assert part["minutes"] > 0
        assert not PLACEHOLDER.search(part["text"] + part["leader_notes"]), name
    assert 90 <= sum(p["minutes"] for p in step["parts"].values()) <= 480
    # The real blocks accept it, exactly as the admin would.
    block = MeetingPlanBlock()
    block.clean(block.to_python(plan_raw(slug=programme["slug"], step=step)))


def test_vierkant_van_tevredenheid_is_a_rating_grid():
    for variant in ("regular", "iwin", "zzp"):
        step_1 = BY_VARIANT[variant]["steps"][0]
        grids = [
            e
            for p in step_1["parts"].values()
            for e in p["exercises"]
            if e["type"] == "rating_grid"
        ]
        assert grids and len(grids[0]["items"]) >= 4 and grids[0]["allow_own_items"]


def test_volunteer_courses_certify_and_test():
    for variant, role in {
        "buddy_training": "buddy",
        "leader_training": "leader",
        "coordinator_training": "coordinator",
        "migrant_day": "migrant_coaching",
    }.items():
        course = BY_VARIANT[variant]
        assert course["kind"] == "volunteer_course"
        assert course["certifies_role"] == role
        assert course["certificate_valid_months"]
        for step in course["steps"]:
            quizzes = [
                e for p in step["parts"].values() for e in p["exercises"] if e["type"] == "quiz"
            ]
            assert quizzes
            for question in quizzes[0]["questions"]:
                assert any(o["correct"] for o in question["options"])


def test_zzp_ends_in_a_pop_or_zoop_choice():
    themes = BY_VARIANT["zzp"]["steps"]
    last_two = [e for s in themes[8:] for p in s["parts"].values() for e in p["exercises"]]
    assert any(e["type"] == "choice" and not e["multiple"] for e in last_two)
    assert any(e["type"] == "action_plan" for e in last_two)
    assert "ZOOP" in themes[8]["title"] and "POP" in themes[8]["title"]


@pytest.mark.django_db
def test_seed_loads_every_programme_as_released_edition_one():
    from content.models import ProgrammePage
    from content.selectors import edition_all_content
    from content.services import programme_load_seed

    for data in PROGRAMMES:
        programme_load_seed(data)
    assert ProgrammePage.objects.count() == 8
    for programme in ProgrammePage.objects.all():
        edition = programme.editions.get()
        steps = edition_all_content(edition=edition)
        assert [s.number for s in steps] == list(range(1, programme.number_of_steps + 1))
