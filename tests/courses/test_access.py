"""Who sees a group's workbook, leaders' notes and answers: a matrix of roles."""

import pytest

from tests.courses.conftest import exercise_id

pytestmark = pytest.mark.django_db

# person → (may open the group's workbook, sees leaders' notes, may save answers,
#            may read the edition's content through the API)
MATRIX = {
    "anouk": (True, False, True, True),  # participant of the group
    "lotte": (True, True, False, True),  # leader of the group
    "carla": (True, True, False, True),  # coordinator of the group's location (office role)
    "utrecht_coordinator": (False, False, False, True),  # coordinator elsewhere (office role)
    "outsider": (False, False, False, True),  # participant of another group on the same edition
    "editor": (False, False, False, True),  # office staff: reads workbooks, not groups
}


@pytest.mark.parametrize(("person", "expected"), MATRIX.items())
def test_workbook_access_matrix(client, world, person, expected):
    may_open, sees_notes, may_answer, reads_edition = expected
    client.force_login(getattr(world, person))
    cohort = world.cohort
    step_page = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/")
    assert step_page.status_code == (200 if may_open else 404)
    assert client.get(f"/groepen/{cohort.pk}/werkboek/").status_code == (200 if may_open else 404)
    assert client.get(f"/groepen/{cohort.pk}/werkboek/print/").status_code == (
        200 if may_open else 404
    )
    if may_open:
        html = step_page.content.decode()
        assert ("Leidersnotitie" in html) is sees_notes
        assert ("Alleen voor leiders" in html) is sees_notes
    block = exercise_id(cohort, 1, "reflection")
    response = client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/{block}",
        data={"value": {"text": "Mijn antwoord"}},
        content_type="application/json",
    )
    assert response.status_code == (200 if may_answer else 403 if may_open else 404)
    api_step = client.get(f"/api/v1/editions/{cohort.edition_id}/steps/1")
    assert api_step.status_code == (200 if reads_edition else 404)


def test_edition_of_a_group_you_are_not_in_is_hidden(client, world):
    from tests.factories import UserFactory, make_programme

    other = make_programme("ander-programma", steps=1)
    client.force_login(world.anouk)
    edition = other.editions.get()
    assert client.get(f"/api/v1/editions/{edition.pk}/steps/1").status_code == 404
    assert client.get(f"/api/v1/editions/{edition.pk}").status_code == 404
    client.force_login(UserFactory(roles=["leader"]))
    assert client.get(f"/api/v1/editions/{world.cohort.edition_id}").status_code == 404


def test_signed_out_visitor_is_sent_to_login(client, world):
    response = client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_leader_notes_in_the_api_only_for_leaders(client, world):
    url = f"/api/v1/editions/{world.cohort.edition_id}/steps/1"
    client.force_login(world.anouk)
    assert all(p["leader_notes_html"] is None for p in client.get(url).json()["parts"])
    client.force_login(world.lotte)
    assert "Leidersnotitie" in client.get(url).json()["parts"][0]["leader_notes_html"]


def test_quiz_key_is_not_sent_to_participants(client, db):
    from tests.factories import ALL_EXERCISES, UserFactory, make_cohort, make_programme

    programme = make_programme("cursus", homework=[ALL_EXERCISES[5]])
    anouk = UserFactory()
    cohort = make_cohort(programme, participants=[anouk])
    client.force_login(anouk)
    body = client.get(f"/api/v1/editions/{cohort.edition_id}/steps/1").json()
    quiz = next(e for p in body["parts"] for e in p["exercises"] if e["type"] == "quiz")
    assert "correct" not in str(quiz["config"])
    html = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/").content.decode()
    assert "correct" not in html.lower() or "data-correct" not in html


def test_only_the_owner_sees_answers(client, world):
    block = exercise_id(world.cohort, 1, "reflection")
    client.force_login(world.anouk)
    client.put(
        f"/api/v1/cohorts/{world.cohort.pk}/steps/1/answers/{block}",
        data={"value": {"text": "Privé gedachte"}},
        content_type="application/json",
    )
    assert (
        "Privé gedachte"
        in client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/").content.decode()
    )
    for other in (world.bram, world.lotte, world.carla):
        client.force_login(other)
        assert (
            "Privé gedachte"
            not in client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/").content.decode()
        )
        assert (
            "Privé gedachte"
            not in client.get(
                f"/groepen/{world.cohort.pk}/werkboek/print/?antwoorden=1"
            ).content.decode()
        )
        assert all(
            a["value"].get("text") != "Privé gedachte"
            for a in client.get(f"/api/v1/cohorts/{world.cohort.pk}/answers").json()
        )
        assert "Privé gedachte" not in client.get("/mijn-map/").content.decode()
