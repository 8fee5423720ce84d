"""Block validation (what editors may save) and answer validation (what participants may send)."""

import pytest
from django.core.exceptions import ValidationError

from content import errors
from content.blocks import (
    ActionPlanBlock,
    AnswerInvalid,
    ChoiceExerciseBlock,
    ImageWithAltBlock,
    InstructionBlock,
    ListExerciseBlock,
    MeetingPlanBlock,
    QuizBlock,
    RatingGridBlock,
    ReflectionBlock,
    SafeRichTextBlock,
    UploadBlock,
)
from content.parts import FIXED_BUILD


def plan_value(order=FIXED_BUILD):
    block = MeetingPlanBlock()
    part = {
        "text": "<p>Tekst</p>",
        "image": {"image": None, "alt": ""},
        "leader_notes": "",
        "minutes": 10,
        "exercises": [],
    }
    return block, block.to_python([{"type": name, "value": part} for name in order])


def messages(exc: ValidationError) -> str:
    return str(exc.as_json_data() if hasattr(exc, "as_json_data") else exc)


def test_meeting_plan_with_all_seven_parts_in_order_is_valid():
    block, value = plan_value()
    cleaned = block.clean(value)
    assert [child.block_type for child in cleaned] == list(FIXED_BUILD)


def test_meeting_plan_refuses_a_missing_part():
    block, value = plan_value([p for p in FIXED_BUILD if p != "deepening"])
    with pytest.raises(ValidationError) as exc:
        block.clean(value)
    assert "Verdieping" in messages(exc.value)
    assert "ontbreekt" in messages(exc.value)


def test_meeting_plan_refuses_a_new_order():
    order = list(FIXED_BUILD)
    order[2], order[3] = order[3], order[2]
    block, value = plan_value(order)
    with pytest.raises(ValidationError) as exc:
        block.clean(value)
    assert "vaste volgorde" in messages(exc.value)


def test_meeting_plan_refuses_a_part_twice():
    block, value = plan_value([*FIXED_BUILD, "after_talk"])
    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_image_needs_alt_text_at_the_field():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="foto", file=get_test_image_file())
    block = ImageWithAltBlock()
    with pytest.raises(ValidationError) as exc:
        block.clean(block.to_python({"image": image.pk, "alt": "  "}))
    assert "alt" in exc.value.block_errors
    assert str(errors.ALT_REQUIRED) in str(exc.value.block_errors["alt"])
    assert block.clean(block.to_python({"image": image.pk, "alt": "Twee mensen praten"}))


def test_quiz_question_without_a_correct_answer_is_refused_at_the_field():
    block = QuizBlock()
    value = block.to_python(
        {
            "title": "Toets",
            "pass_mark": 70,
            "questions": [
                {
                    "question": "Vraag?",
                    "options": [{"text": "a", "correct": False}, {"text": "b", "correct": False}],
                }
            ],
        }
    )
    with pytest.raises(ValidationError) as exc:
        block.clean(value)
    assert str(errors.QUIZ_NO_CORRECT) in str(exc.value.as_json_data())


@pytest.mark.parametrize(
    ("block", "raw", "field"),
    [
        (
            ChoiceExerciseBlock(),
            {"title": "Keuze", "prompt": "Kies", "options": ["een"], "multiple": False},
            "options",
        ),
        (
            RatingGridBlock(),
            {"title": "Cijfers", "prompt": "Cijfers", "items": [], "allow_own_items": True},
            "items",
        ),
        (
            UploadBlock(),
            {"title": "Mijn cv", "prompt": "cv", "file_types": [], "max_mb": 5},
            "file_types",
        ),
        (ReflectionBlock(), {"title": "Vraag", "prompt": "", "help": ""}, "prompt"),
        (ReflectionBlock(), {"title": "", "prompt": "Wat?", "help": ""}, "title"),
    ],
)
def test_invalid_exercise_is_refused_at_the_field(block, raw, field):
    with pytest.raises(ValidationError) as exc:
        block.clean(block.to_python(raw))
    assert field in exc.value.block_errors


def test_script_in_rich_text_is_removed():
    block = SafeRichTextBlock()
    cleaned = block.clean(
        block.to_python('<p onclick="steal()">Hallo<script>alert(1)</script></p>')
    )
    assert "<script" not in cleaned.source
    assert "onclick" not in cleaned.source
    assert "Hallo" in cleaned.source


# --- answers ----------------------------------------------------------------------------------

GRID = {"prompt": "p", "items": ["Werk", "Gezondheid"], "allow_own_items": True}


def test_rating_grid_answer():
    block = RatingGridBlock()
    answer = block.clean_answer(
        GRID, {"scores": {"Werk": 6, "Gezondheid": None}, "own": [{"label": "Sport", "score": 8}]}
    )
    assert answer == {
        "scores": {"Werk": 6, "Gezondheid": None},
        "own": [{"label": "Sport", "score": 8}],
    }
    assert block.is_answered(GRID, answer)


@pytest.mark.parametrize(
    "bad",
    [
        {"scores": {"Werk": 11}},
        {"scores": {"Werk": -1}},
        {"scores": {"Werk": "7"}},
        {"scores": {"Werk": True}},
        {"scores": {"Onbekend": 5}},
        {"scores": [], "own": []},
        {"own": [{"label": "x", "score": 4}] * 7},
        "tekst",
    ],
)
def test_rating_grid_refuses_bad_answers(bad):
    with pytest.raises(AnswerInvalid):
        RatingGridBlock().clean_answer(GRID, bad)


def test_rating_grid_without_own_items_refuses_them():
    with pytest.raises(AnswerInvalid):
        RatingGridBlock().clean_answer(
            {**GRID, "allow_own_items": False}, {"own": [{"label": "x", "score": 1}]}
        )


def test_list_choice_plan_reflection_answers():
    config = {"prompt": "p", "categories": ["Werk", "Vrije tijd"]}
    assert ListExerciseBlock().clean_answer(config, {"items": {"Werk": ["kok worden"]}}) == {
        "items": {"Werk": ["kok worden"]}
    }
    with pytest.raises(AnswerInvalid):
        ListExerciseBlock().clean_answer(config, {"items": {"Geheim": ["x"]}})
    choice = {"prompt": "p", "options": ["a", "b", "c"], "multiple": False}
    assert ChoiceExerciseBlock().clean_answer(choice, {"selected": ["b"]}) == {"selected": ["b"]}
    with pytest.raises(AnswerInvalid):
        ChoiceExerciseBlock().clean_answer(choice, {"selected": ["a", "b"]})
    with pytest.raises(AnswerInvalid):
        ChoiceExerciseBlock().clean_answer(choice, {"selected": ["z"]})
    plan = ActionPlanBlock().clean_answer(
        {"rows": 2}, {"rows": [{"goal": "Cv af", "step": "Bellen", "date": "2026-12-01"}]}
    )
    assert plan["rows"][0]["date"] == "2026-12-01"
    with pytest.raises(AnswerInvalid):
        ActionPlanBlock().clean_answer({"rows": 2}, {"rows": [{"goal": "x", "date": "1 december"}]})
    assert ReflectionBlock().clean_answer({}, {"text": "Ik neem mee dat..."}) == {
        "text": "Ik neem mee dat..."
    }
    with pytest.raises(AnswerInvalid):
        ReflectionBlock().clean_answer({}, {"text": "x" * 10_001})
    with pytest.raises(AnswerInvalid):
        InstructionBlock().clean_answer({}, {"text": "x"})


def test_quiz_is_scored_on_the_server():
    config = {
        "pass_mark": 50,
        "questions": [
            {
                "question": "1",
                "options": [{"text": "a", "correct": True}, {"text": "b", "correct": False}],
            },
            {
                "question": "2",
                "options": [{"text": "a", "correct": False}, {"text": "b", "correct": True}],
            },
        ],
    }
    result = QuizBlock().clean_answer(config, {"answers": [0, 0], "score": 100, "passed": True})
    assert result == {"answers": [0, 0], "correct": 1, "score": 50, "passed": True}
    assert QuizBlock().clean_answer(config, {"answers": [1, 0]})["passed"] is False
    for bad in ({"answers": [0]}, {"answers": [0, 5]}, {"answers": ["0", 1]}):
        with pytest.raises(AnswerInvalid):
            QuizBlock().clean_answer(config, bad)
