"""Exercise rules hold on the server: a choice limit ("kies er hoogstens vijf") and quizzes whose
answers each person sees in their own order."""

import re

import pytest

from content.blocks import CHOICE_LIMIT, AnswerInvalid, ChoiceExerciseBlock, QuizBlock, quiz_seed
from content.seed_data import all_programmes
from content.selectors import edition_step_content
from courses.models import Answer
from tests.factories import UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db

OPTIONS = ["Zekerheid", "Salaris", "Collega's", "Betekenis", "Afwisseling", "Zelfstandig", "Team"]
AT_MOST_FIVE = {
    "type": "choice",
    "prompt": "Wat vind jij het belangrijkst in een nieuwe baan? Kies er hoogstens vijf.",
    "options": OPTIONS,
    "multiple": True,
    "max_choices": 5,
}
# Ten questions of four answers; the right answer is always the first one in the content.
QUIZ = {
    "type": "quiz",
    "pass_mark": 70,
    "questions": [
        {
            "question": f"Vraag {n}",
            "options": [
                {"text": f"Goed {n}", "correct": True},
                {"text": f"Fout {n}a", "correct": False},
                {"text": f"Fout {n}b", "correct": False},
                {"text": f"Fout {n}c", "correct": False},
            ],
        }
        for n in range(1, 11)
    ],
}


@pytest.fixture
def group(db):
    programme = make_programme("regels", steps=1, deepening=[AT_MOST_FIVE, QUIZ])
    # Fixed ids: the order people see depends on them, so the test is the same every run.
    anouk = UserFactory(id=4101, roles=["participant"], display_name="Anouk")
    bram = UserFactory(id=4102, roles=["participant"], display_name="Bram")
    cohort = make_cohort(programme, participants=[anouk, bram])
    step = edition_step_content(edition=cohort.edition, number=1)
    choice = next(e for e in step.exercises if e.type == "choice")
    quiz = next(e for e in step.exercises if e.type == "quiz")
    return cohort, anouk, bram, choice, quiz


def put(client, cohort, block, value):
    return client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/{block}",
        data={"value": value},
        content_type="application/json",
    )


# --- Choice limit ------------------------------------------------------------------------------


def test_a_sixth_choice_is_refused_with_a_clear_message_and_nothing_changes(client, group):
    cohort, anouk, _bram, choice, _quiz = group
    client.force_login(anouk)
    five = OPTIONS[:5]
    assert put(client, cohort, choice.id, {"selected": five}).status_code == 200

    response = put(client, cohort, choice.id, {"selected": OPTIONS[:6]})
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == CHOICE_LIMIT == "choice_limit"
    assert body["detail"] == "Je kunt hoogstens 5 keuzes maken. Haal er eerst een weg."
    assert Answer.objects.get(participant=anouk).value == {"selected": five}


def test_the_limit_counts_different_options_not_repeats(client, group):
    cohort, anouk, _bram, choice, _quiz = group
    client.force_login(anouk)
    # the same option sent twice is one choice
    response = put(client, cohort, choice.id, {"selected": OPTIONS[:5] + OPTIONS[:1]})
    assert response.status_code == 200
    assert response.json()["value"]["selected"] == OPTIONS[:5]


def test_fewer_choices_are_saved_while_choosing(client, group):
    cohort, anouk, _bram, choice, _quiz = group
    client.force_login(anouk)
    for count in (1, 2, 0):
        response = put(client, cohort, choice.id, {"selected": OPTIONS[:count]})
        assert response.status_code == 200, response.content
    assert Answer.objects.get(participant=anouk).value == {"selected": []}


def test_a_single_choice_refuses_two_with_the_same_code():
    config = {"options": ["a", "b"], "multiple": False}
    with pytest.raises(AnswerInvalid) as refused:
        ChoiceExerciseBlock().clean_answer(config, {"selected": ["a", "b"]})
    assert refused.value.code == CHOICE_LIMIT


def test_the_page_says_how_many_may_be_chosen(client, group):
    cohort, anouk, _bram, choice, _quiz = group
    client.force_login(anouk)
    page = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/").content.decode()
    assert "Je kunt hoogstens 5 keuzes maken." in page


def test_the_seed_content_sets_the_limit_where_it_says_kies_er_vijf():
    found = 0
    for data in all_programmes():
        for step in data["steps"]:
            for part in step["parts"].values():
                for exercise in part.get("exercises", []):
                    prompt = exercise.get("prompt", "").lower()
                    if exercise["type"] == "choice" and re.search(
                        r"kies er (hoogstens )?vijf", prompt
                    ):
                        assert exercise.get("max_choices") == 5, prompt
                        found += 1
    assert found >= 2


# --- Shuffled quiz ----------------------------------------------------------------------------


def shown_config(client, cohort, quiz_id):
    body = client.get(f"/api/v1/editions/{cohort.edition_id}/steps/1").json()
    exercise = next(e for p in body["parts"] for e in p["exercises"] if e["id"] == quiz_id)
    return exercise["config"]["questions"]


def test_ticking_the_first_shown_answer_everywhere_does_not_pass(client, group):
    cohort, anouk, _bram, _choice, quiz = group
    client.force_login(anouk)
    questions = shown_config(client, cohort, quiz.id)
    # the first option shown is, for most questions, not the content's first (right) one
    firsts = [q["options"][0]["text"] for q in questions]
    assert sum(text.startswith("Goed") for text in firsts) < 7
    response = put(client, cohort, quiz.id, {"answers": [0] * 10})
    assert response.status_code == 200
    result = response.json()["value"]
    assert result["passed"] is False
    assert result["correct"] == sum(text.startswith("Goed") for text in firsts)
    # stored by the options' identity: what was shown first, as the content's index
    stored = Answer.objects.get(participant=anouk).value["answers"]
    for question, index, text in zip(QUIZ["questions"], stored, firsts, strict=True):
        assert question["options"][index]["text"] == text
    # the answer comes back as it was sent: in the positions Anouk sees
    assert response.json()["value"]["answers"] == [0] * 10


def test_ticking_the_right_answers_where_they_are_shown_passes(client, group):
    cohort, anouk, _bram, _choice, quiz = group
    client.force_login(anouk)
    questions = shown_config(client, cohort, quiz.id)
    positions = [
        next(i for i, o in enumerate(q["options"]) if o["text"].startswith("Goed"))
        for q in questions
    ]
    result = put(client, cohort, quiz.id, {"answers": positions}).json()["value"]
    assert result == {"answers": positions, "correct": 10, "score": 100, "passed": True}
    # the page shows the same order, with the chosen answers ticked
    page = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/").content.decode()
    for number, question in enumerate(questions):
        fieldset = page.split(f'data-question="{number}"', 1)[1].split("</fieldset>", 1)[0]
        labels = re.findall(r"<label [^>]*>([^<]*)</label>", fieldset)
        assert labels == [o["text"] for o in question["options"]]
        checked = re.search(r'value="(\d+)" checked', fieldset)
        assert checked and int(checked.group(1)) == positions[number]


def test_two_people_see_different_orders_and_each_the_same_order_on_every_reload(client, group):
    cohort, anouk, bram, _choice, quiz = group
    client.force_login(anouk)
    anouk_sees = shown_config(client, cohort, quiz.id)
    assert shown_config(client, cohort, quiz.id) == anouk_sees
    client.force_login(bram)
    bram_sees = shown_config(client, cohort, quiz.id)
    assert bram_sees != anouk_sees
    # the same questions and answers, only in another order; no key goes out
    for mine, theirs in zip(anouk_sees, bram_sees, strict=True):
        assert mine["question"] == theirs["question"]
        assert sorted(o["text"] for o in mine["options"]) == sorted(
            o["text"] for o in theirs["options"]
        )
    assert "correct" not in str(anouk_sees)


def test_the_order_is_a_shuffle_of_the_content_and_maps_back():
    block = QuizBlock()
    config = {k: v for k, v in QUIZ.items() if k != "type"}
    seed = quiz_seed(user_id=7, block_id="abc")
    shown = block.shown_questions(config, seed=seed)
    positions = [3, 2, 1, 0, 0, 1, 2, 3, 0, 1]
    originals = block.from_shown(config, {"answers": positions}, seed=seed)["answers"]
    for number, (position, original) in enumerate(zip(positions, originals, strict=True)):
        content = config["questions"][number]["options"][original]["text"]
        assert shown[number]["options"][position]["text"] == content
    assert originals != positions  # it is a shuffle, not the content's order
    assert block.to_shown(config, {"answers": originals}, seed=seed)["answers"] == positions
    # without a seed: the content's own order
    plain = block.shown_questions(config, seed=None)
    assert [o["text"] for o in plain[0]["options"]] == ["Goed 1", "Fout 1a", "Fout 1b", "Fout 1c"]
    # a position that does not exist is refused, not mapped
    with pytest.raises(AnswerInvalid):
        block.clean_answer(config, block.from_shown(config, {"answers": [4] * 10}, seed=seed))
