"""Mijn map lists answers by the question they answer (the exercise's title and its question) and
by step ("Stap 1: Wie ben ik?"), with the pictogram of the exercise's kind; never by the kind's
name ("Reflectie (vrije tekst)", "Schrijfopdracht"). The home page names open homework by title;
the step page carries every part, the pager for phones and the pictograms."""

import re

import pytest

from content.selectors import edition_step_content
from courses.models import Answer
from tests.factories import (
    UserFactory,
    ensure_wagtail_tree,
    make_cohort,
    programme_data,
)

pytestmark = pytest.mark.django_db

TALENTS = {
    "type": "reflection",
    "title": "Wat kan ik goed?",
    "prompt": "Noem drie dingen waar je goed in bent.",
    "help": "",
}
NETWORK = {
    "type": "list",
    "title": "Mijn netwerk in kaart",
    "prompt": "Wie ken je?",
    "categories": ["Familie", "Werk"],
}
OLD = {"type": "reflection", "prompt": "Wat neem je mee van vandaag?", "help": ""}  # no title


@pytest.fixture
def group():
    from content.services import programme_load_seed

    ensure_wagtail_tree()
    data = programme_data("map-titels", steps=2, deepening=[TALENTS], homework=[NETWORK, OLD])
    data["steps"][0]["title"] = "Wie ben ik?"
    data["steps"][1]["title"] = "Wat belemmert mij?"
    programme = programme_load_seed(data)
    anouk = UserFactory(roles=["participant"], display_name="Anouk")
    cohort = make_cohort(programme, participants=[anouk])
    return cohort, anouk


def put(client, cohort, number, kind_title, value):
    step = edition_step_content(edition=cohort.edition, number=number)
    block = next(e.id for e in step.exercises if e.title == kind_title)
    response = client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/{number}/answers/{block}",
        data={"value": value, "sharing": "private"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content


def folder_html(client) -> str:
    html = client.get("/mijn-map/").content.decode()
    return html.split("<h1>", 1)[1]


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_mijn_map_shows_each_answer_by_its_title_under_its_step(client, group):
    cohort, anouk = group
    client.force_login(anouk)
    put(client, cohort, 1, "Wat kan ik goed?", {"text": "Koken en plannen."})
    put(client, cohort, 1, "Mijn netwerk in kaart", {"items": {"Familie": ["Tante Ria"]}})
    put(client, cohort, 2, "Wat kan ik goed?", {"text": "Luisteren."})
    assert Answer.objects.filter(participant=anouk).count() == 3

    html = folder_html(client)
    text = text_of(html)
    assert text.count("Stap 1: Wie ben ik?") == 1 and text.count("Stap 2: Wat belemmert mij?") == 1
    assert text.index("Stap 1: Wie ben ik?") < text.index("Mijn netwerk in kaart")
    assert text.index("Mijn netwerk in kaart") < text.index("Stap 2: Wat belemmert mij?")
    assert text.count("Wat kan ik goed?") == 2  # once under each step
    assert "Noem drie dingen waar je goed in bent." in text  # the question under the title
    for kind_name in ("Reflectie (vrije tekst)", "Schrijfopdracht", "Lijst", "Maak een lijst"):
        assert kind_name not in text
    # each answer's title carries the pictogram of its kind, hidden from screen readers
    assert re.search(
        r'<h4 class="folder-title"><svg class="pictogram pictogram-exercise-list"[^>]*'
        r'aria-hidden="true"[^>]*>.*?</svg>Mijn netwerk in kaart</h4>',
        html,
        re.S,
    )
    assert html.count("pictogram-exercise-reflection") == 2


def test_an_exercise_without_a_title_is_shown_by_its_question(client, group):
    cohort, anouk = group
    client.force_login(anouk)
    put(client, cohort, 1, "Wat neem je mee van vandaag?", {"text": "Veel."})
    text = text_of(folder_html(client))
    assert "Wat neem je mee van vandaag?" in text
    assert text.count("Wat neem je mee van vandaag?") == 1  # the title, not again as question
    assert "Schrijfopdracht" not in text


def test_home_lists_open_homework_by_title_with_its_pictogram(client, group):
    cohort, anouk = group
    client.force_login(anouk)
    html = client.get("/").content.decode()
    homework = html.split('class="pictogram-list"', 1)[1].split("</ul>", 1)[0]
    assert "Mijn netwerk in kaart" in homework and "Wat neem je mee van vandaag?" in homework
    assert "pictogram-exercise-list" in homework and "pictogram-exercise-reflection" in homework
    assert "pictogram-part-homework" in html


def test_the_step_page_has_every_part_and_the_pager_for_phones(client, group):
    """Without JS every part shows; the pager (js/step-screens.js) starts hidden, the count is a
    live region, the headings take the focus, and each part and exercise has its pictogram."""
    cohort, anouk = group
    client.force_login(anouk)
    html = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/").content.decode()
    sections = re.findall(r'<section class="part"[^>]*>', html)
    assert len(sections) == 7 and not [s for s in sections if "hidden" in s]
    assert [int(n) for n in re.findall(r'data-part-index="(\d+)"', html)] == list(range(1, 8))
    assert re.search(
        r'<p class="part-pager-status" id="part-pager-status" aria-live="polite" '
        r'data-template="Deel __N__ van __M__"></p>',
        html,
    )
    assert re.search(r'<nav class="part-pager" id="part-pager" aria-label="[^"]+" hidden>', html)
    assert html.count('tabindex="-1"><span class="part-number">') == 7
    for part in ("welcome", "homework_review", "deepening", "homework", "after_talk"):
        assert f"pictogram-part-{part}" in html
    assert re.search(
        r'<h4 id="ex-[^"]+-title"><svg class="pictogram pictogram-exercise-list"', html
    )
    assert ">Mijn netwerk in kaart</h4>" in html and ">Wat kan ik goed?</h4>" in html
    assert 'src="/static/js/step-screens.js" defer' in html
