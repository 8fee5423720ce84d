import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.courses.conftest import exercise_id
from tests.factories import REFLECTION, UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db


def save(client, cohort, number, block, value):
    response = client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/{number}/answers/{block}",
        data={"value": value},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content


def test_step_page_shows_the_plan_and_answers_inline(client, world):
    client.force_login(world.anouk)
    save(
        client,
        world.cohort,
        1,
        exercise_id(world.cohort, 1, "rating_grid"),
        {"scores": {"Werk": 7}},
    )
    html = client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/").content.decode()
    for label in (
        "Welkom en leerdoel",
        "Huiswerk bespreken",
        "Groepsgesprek",
        "Verdieping",
        "Huiswerk",
        "Wat hebben we geleerd",
        "Napraten",
    ):
        assert label in html
    assert "Leerdoel van stap 1." in html
    assert '<option value="7" selected>7</option>' in html
    assert 'class="read-aloud"' in html
    assert "Stap 1 van 3" in html
    assert f"/api/v1/cohorts/{world.cohort.pk}/steps/1/answers/" in html


def test_leader_sees_timing(client, world):
    client.force_login(world.lotte)
    html = client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/").content.decode()
    assert "Geplande tijd van de bijeenkomst: 105 minuten." in html
    assert "15 minuten" in html
    assert "<textarea" not in html  # leaders read, they do not fill in


def test_progress_per_step_and_overall(client, world):
    client.force_login(world.anouk)
    save(client, world.cohort, 1, exercise_id(world.cohort, 1, "reflection"), {"text": "klaar"})
    progress = client.get(f"/api/v1/cohorts/{world.cohort.pk}/progress").json()
    step_1 = progress["steps"][0]
    # step 1: rating grid, list, choice, upload, quiz, plan, reflection = 7 answerable exercises
    assert (step_1["answered"], step_1["answerable"]) == (1, 7)
    assert progress["overall"] == round(100 / 21)
    html = client.get(f"/groepen/{world.cohort.pk}/werkboek/").content.decode()
    assert "1 van 7 opdrachten" in html
    assert '<progress id="overall-progress" max="100" value="5">' in html
    # an empty answer does not count as done
    save(client, world.cohort, 1, exercise_id(world.cohort, 1, "reflection"), {"text": "   "})
    assert (
        client.get(f"/api/v1/cohorts/{world.cohort.pk}/progress").json()["steps"][0]["answered"]
        == 0
    )


def test_print_view_with_and_without_answers(client, world):
    client.force_login(world.anouk)
    save(
        client,
        world.cohort,
        2,
        exercise_id(world.cohort, 2, "reflection"),
        {"text": "Wat ik meeneem"},
    )
    plain = client.get(f"/groepen/{world.cohort.pk}/werkboek/print/").content.decode()
    with_answers = client.get(
        f"/groepen/{world.cohort.pk}/werkboek/print/?antwoorden=1"
    ).content.decode()
    for html in (plain, with_answers):
        assert html.count('class="print-step"') == 3
        assert "css/print.css" in html
        assert "<textarea" not in html
        assert "Leidersnotitie" not in html
    assert "Wat ik meeneem" not in plain
    assert "Wat ik meeneem" in with_answers


def test_step_page_query_count_does_not_grow_with_exercises(client, django_assert_max_num_queries):
    few = make_programme("weinig", steps=1, homework=[REFLECTION])
    many = make_programme(
        "veel", steps=1, homework=[REFLECTION | {"prompt": f"Vraag {n}"} for n in range(30)]
    )
    user = UserFactory()
    cohort_few = make_cohort(few, participants=[user])
    cohort_many = make_cohort(many, participants=[user])
    client.force_login(user)

    def count(cohort):
        client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/")  # warm the content cache
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/")
        assert response.status_code == 200
        return len(queries)

    assert count(cohort_many) == count(cohort_few)
    # session, user, cohort (with the membership and coordinator check), answers: the menu's
    # admin link comes from a cached flag (no permission queries); the edition's steps are kept
    # per process like the released content itself
    with django_assert_max_num_queries(4):
        client.get(f"/groepen/{cohort_many.pk}/werkboek/stap/1/")


def test_home_lists_my_groups(client, world):
    client.force_login(world.anouk)
    html = client.get("/").content.decode()
    assert world.cohort.name in html
    assert f"/groepen/{world.cohort.pk}/werkboek/" in html


def test_images_render_as_renditions_with_their_alt_text(client):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from content.models import StepPage
    from content.services import edition_release

    programme = make_programme("met-plaatje", steps=1)
    image = Image.objects.create(title="gesprek", file=get_test_image_file(size=(1600, 900)))
    step = StepPage.objects.child_of(programme).get()
    page = step.get_latest_revision_as_object()
    raw = page.plan.raw_data
    raw[2]["value"]["image"] = {"image": image.pk, "alt": "Twee mensen praten aan een tafel"}
    page.plan = list(raw)
    page.save_revision().publish()
    edition_release(programme=programme, release_notes="Plaatje erbij.")
    user = UserFactory()
    cohort = make_cohort(programme, participants=[user])
    cohort.edition = programme.editions.get(number=2)
    cohort.save()
    client.force_login(user)
    html = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/").content.decode()
    assert 'alt="Twee mensen praten aan een tafel"' in html
    assert ".max-480x320." in html  # a small Pillow rendition, not the 1600 px original
    assert image.renditions.filter(filter_spec="max-480x320").exists()
