"""Feedback from the leader is surfaced: a notice on the participant's home page, a "nieuw"
marker beside the answer in Mijn map until it is seen, and the leader's cards newest first, with
the question and a "nieuw" marker for answers nobody reacted to since they were saved."""

import datetime
import re

import pytest
from django.utils import timezone

from courses.models import Answer
from courses.workbook.models import Feedback
from tests.courses.conftest import exercise_id

pytestmark = pytest.mark.django_db


def put(client, cohort, block, value, sharing="leaders"):
    response = client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/{block}",
        data={"value": value, "sharing": sharing},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return Answer.objects.get(pk=Answer.objects.get(block_id=block, cohort=cohort).pk)


def react(client, world, answer, text="Mooi gedaan, Anouk!"):
    client.force_login(world.lotte)
    response = client.post(
        f"/groepen/{world.cohort.pk}/antwoorden/{answer.pk}/reactie/", {"text": text}
    )
    assert response.status_code == 302


def notices(html: str) -> str:
    if 'class="feedback-notices"' not in html:
        return ""
    return html.split('class="feedback-notices"', 1)[1].split("</div>", 1)[0]


def folder_item(html: str, answer) -> str:
    """One answer's item in Mijn map: up to the next item or the end of the group."""
    rest = html.split(f'id="antwoord-{answer.pk}"', 1)[1]
    return rest.split('<li id="antwoord-', 1)[0].split("</section>", 1)[0]


def test_the_participant_is_told_on_the_home_page_until_she_opens_mijn_map(client, world):
    client.force_login(world.anouk)
    answer = put(
        client, world.cohort, exercise_id(world.cohort, 1, "list"), {"items": {"Werk": ["Kok"]}}
    )
    assert notices(client.get("/").content.decode()) == ""

    react(client, world, answer)
    client.force_login(world.anouk)
    home = notices(client.get("/").content.decode())
    # the exercise by what it asks (its title; the test content has none: its question)
    assert "Je leider heeft gereageerd op „Wat wil je nog doen?” (stap 1)" in home
    assert f'href="/mijn-map/#antwoord-{answer.pk}"' in home
    # Bram, in the same group, is told nothing
    client.force_login(world.bram)
    assert notices(client.get("/").content.decode()) == ""

    client.force_login(world.anouk)
    folder = client.get("/mijn-map/").content.decode()
    item = folder_item(folder, answer)
    assert "nieuwe reactie" in item and "Mooi gedaan, Anouk!" in item
    assert Feedback.objects.get().seen_at is not None
    # seen: no notice any more, and no "nieuw" beside it
    assert notices(client.get("/").content.decode()) == ""
    item = folder_item(client.get("/mijn-map/").content.decode(), answer)
    assert "Mooi gedaan, Anouk!" in item and "nieuw" not in item


def test_opening_the_step_marks_its_reactions_seen(client, world):
    client.force_login(world.anouk)
    answer = put(
        client, world.cohort, exercise_id(world.cohort, 1, "list"), {"items": {"Werk": ["Kok"]}}
    )
    react(client, world, answer)
    # the leader's own look at the step does not mark it seen for Anouk
    client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/")
    assert Feedback.objects.get().seen_at is None
    client.force_login(world.anouk)
    page = client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/").content.decode()
    assert "Mooi gedaan, Anouk!" in page
    assert Feedback.objects.get().seen_at is not None
    assert notices(client.get("/").content.decode()) == ""


def cards(client, world) -> list[str]:
    client.force_login(world.lotte)
    page = client.get(f"/groepen/{world.cohort.pk}/leiding/").content.decode()
    section = page.split('id="shared-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r"<article .*?</article>", section, re.S)


def test_the_leaders_cards_show_the_question_newest_first_with_new_markers(client, world):
    client.force_login(world.anouk)
    first = put(
        client, world.cohort, exercise_id(world.cohort, 1, "list"), {"items": {"Werk": ["Kok"]}}
    )
    Answer.objects.filter(pk=first.pk).update(
        updated_at=timezone.now() - datetime.timedelta(hours=2)
    )
    client.force_login(world.bram)
    second = put(
        client,
        world.cohort,
        exercise_id(world.cohort, 1, "choice"),
        {"selected": ["Plannen"]},
        "group",
    )
    found = cards(client, world)
    assert [f'id="antwoord-{second.pk}"' in c for c in found] == [True, False]
    assert all("badge-new" in c for c in found)
    assert "Wat kun je goed?" in found[0] and "Wat wil je nog doen?" in found[1]
    assert "Bram" in found[0] and "Plannen" in found[0]

    react(client, world, second, "Goed gekozen.")
    found = cards(client, world)
    assert "badge-new" not in found[0] and "Goed gekozen." in found[0]
    assert "badge-new" in found[1]

    # Bram changes his answer after the reaction: new again, and on top
    client.force_login(world.bram)
    put(client, world.cohort, second.block_id, {"selected": ["Plannen", "Luisteren"]}, "group")
    Answer.objects.filter(pk=second.pk).update(
        updated_at=timezone.now() + datetime.timedelta(seconds=1)
    )
    found = cards(client, world)
    assert f'id="antwoord-{second.pk}"' in found[0] and "badge-new" in found[0]
    assert "Luisteren" in found[0]


def test_private_answers_stay_off_the_leaders_cards(client, world):
    client.force_login(world.anouk)
    put(
        client,
        world.cohort,
        exercise_id(world.cohort, 1, "list"),
        {"items": {"Werk": ["Kok"]}},
        "private",
    )
    assert cards(client, world) == []
