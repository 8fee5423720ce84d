"""The workbook step page keeps what is the same for everyone (courses/workbook/step_body.py): it must
never show one participant's answers to another, must follow a new edition, and must give the
same page as rendering every part through the templates."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from content.models import StepPage
from content.selectors import edition_step_content
from content.services import edition_release
from courses.models import Answer, Feedback
from courses.workbook.step_body import BodyView, step_body_html
from tests.courses.conftest import exercise_id
from tests.factories import ALL_EXERCISES, UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db


def step_url(cohort, number=1):
    return f"/groepen/{cohort.pk}/werkboek/stap/{number}/"


def save(client, cohort, block, value, sharing="private"):
    response = client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/{block}",
        data={"value": value, "sharing": sharing},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content


def page(client, user, cohort, number=1):
    client.force_login(user)
    response = client.get(step_url(cohort, number))
    assert response.status_code == 200
    return response.content.decode()


def test_two_participants_see_only_their_own_answers(client, world):
    cohort = world.cohort
    reflection = exercise_id(cohort, 1, "reflection")
    choice = exercise_id(cohort, 1, "choice")
    client.force_login(world.anouk)
    save(client, cohort, reflection, {"text": "Anouk schrijft over tuinieren"}, "leaders")
    save(client, cohort, choice, {"selected": ["Rekenen"]})
    client.force_login(world.bram)
    save(client, cohort, reflection, {"text": "Bram schrijft over fietsen"}, "group")
    answer = Answer.objects.get(participant=world.anouk, block_id=reflection)
    Feedback.objects.create(answer=answer, author=world.lotte, text="x", html="<p>Mooi, Anouk</p>")

    for _round in range(2):  # the second round is served from the kept renderings
        anouk = page(client, world.anouk, cohort)
        bram = page(client, world.bram, cohort)
        assert "Anouk schrijft over tuinieren" in anouk
        assert "Bram schrijft over fietsen" not in anouk
        assert "Mooi, Anouk" in anouk
        assert "Bram schrijft over fietsen" in bram
        assert "Anouk schrijft over tuinieren" not in bram
        assert "Mooi, Anouk" not in bram
        # each one's own sharing choice and own ticked option
        assert re.search(r'<option value="leaders" selected>', anouk)
        assert not re.search(r'<option value="group" selected>', anouk)
        assert re.search(r'<option value="group" selected>', bram)
        assert 'value="Rekenen" checked' in anouk
        assert 'value="Rekenen" checked' not in bram
    # the leader sees the step without anybody's answers or forms
    leader = page(client, world.lotte, cohort)
    for text in ("Anouk schrijft", "Bram schrijft", "Mooi, Anouk", "<textarea", "answer-form"):
        assert text not in leader
    assert "Leidersnotitie welcome 1" in leader
    assert "Leidersnotitie welcome 1" not in page(client, world.anouk, cohort)


def test_forms_save_to_their_own_group(client, world):
    """The kept renderings are shared by groups on the same edition; the save address is not."""
    programme_cohorts = (world.cohort, world.other_cohort)
    assert world.cohort.edition_id == world.other_cohort.edition_id
    for cohort, user in zip(programme_cohorts, (world.anouk, world.outsider), strict=True):
        html = page(client, user, cohort)
        urls = set(re.findall(r'data-url="([^"]+)"', html))
        assert urls
        assert all(url.startswith(f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/") for url in urls)
        assert "&lt;@" not in html and "<@" not in html


def test_a_new_edition_shows_new_content_and_a_running_group_keeps_its_own(client, world):
    old_html = page(client, world.anouk, world.cohort)  # kept for edition 1
    assert "Tekst voor welcome in stap 1." in old_html
    step = StepPage.objects.child_of(world.programme).get(number=1)
    latest = step.get_latest_revision_as_object()
    raw = latest.plan.raw_data
    raw[0]["value"]["text"] = "<p>Een nieuwe welkomsttekst.</p>"
    latest.plan = list(raw)
    latest.save_revision().publish()
    edition_2 = edition_release(programme=world.programme, release_notes="Welkom herschreven.")
    new_cohort = make_cohort(world.programme, participants=[UserFactory()], name="Nieuw")
    new_cohort.edition = edition_2
    new_cohort.save()
    newcomer = new_cohort.memberships.get().user

    new_html = page(client, newcomer, new_cohort)
    assert "Een nieuwe welkomsttekst." in new_html
    assert "Tekst voor welcome in stap 1." not in new_html
    again = page(client, world.anouk, world.cohort)
    assert "Tekst voor welcome in stap 1." in again
    assert "Een nieuwe welkomsttekst." not in again


def test_each_language_gets_its_own_rendering(client, world):
    dutch = page(client, world.anouk, world.cohort)
    assert "Verdieping" in dutch and "Wie mag dit zien?" in dutch
    world.bram.preferred_language = "en"
    world.bram.save(update_fields=["preferred_language"])
    english = page(client, world.bram, world.cohort)
    assert "Deepening" in english and "Who may see this?" in english
    assert "Verdieping" not in english
    assert "Verdieping" in page(client, world.anouk, world.cohort)


def normalized(html: str) -> str:
    return re.sub(r">\s+<", "><", " ".join(html.split()))


@pytest.mark.parametrize(
    "view",
    [
        BodyView(editable=True, show_answer=True, show_leader_notes=False),  # participant
        BodyView(editable=False, show_answer=False, show_leader_notes=True),  # leader
        BodyView(editable=False, show_answer=True, show_leader_notes=False),  # print, answers
    ],
)
def test_same_markup_as_the_templates(world, view):
    """Kept or not, the body is what content/_step_body.html renders (whitespace aside)."""
    programme = make_programme("alles", steps=1, deepening=ALL_EXERCISES, homework=ALL_EXERCISES)
    user = UserFactory()
    cohort = make_cohort(programme, participants=[user])
    step = edition_step_content(edition=cohort.edition, number=1)
    values = {
        "reflection": {"text": "Mijn <b>antwoord</b>"},
        "list": {"items": {"Werk": ["kok", "bakker"]}},
        "choice": {"selected": ["Luisteren"]},
        "rating_grid": {"scores": {"Werk": 7}, "own": [{"label": "Sport", "score": 4}]},
        "quiz": {"answers": [0, 1], "score": 50, "correct": 1, "passed": True},
        "action_plan": {"rows": [{"goal": "Werk", "step": "Bellen", "date": "2030-01-01"}]},
    }
    answers = {}
    # everything answered but the quiz and the plan in the homework
    for exercise in step.answerable[:-3] + step.answerable[-1:]:
        if exercise.type in values:
            answers[exercise.id] = Answer.objects.create(
                participant=user,
                cohort=cohort,
                edition=cohort.edition,
                block_id=exercise.id,
                step_number=1,
                block_type=exercise.type,
                value=values[exercise.type],
                sharing="group",
            )
    save_url = f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/"
    with translation.override("nl"):
        expected = render_to_string(
            "content/_step_body.html",
            {
                "step": step,
                "answers": answers,
                "editable": view.editable,
                "show_answer": view.show_answer,
                "show_leader_notes": view.show_leader_notes,
                "save_url": save_url,
            },
        )
        first = step_body_html(step=step, view=view, answers=answers, save_url=save_url)
        kept = step_body_html(step=step, view=view, answers=answers, save_url=save_url)
    assert normalized(first) == normalized(expected)
    assert kept == first
    if view.show_answer:
        assert "Mijn &lt;b&gt;antwoord&lt;/b&gt;" in first
