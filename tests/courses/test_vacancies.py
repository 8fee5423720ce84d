"""The group's vacancy board (issue #19): who sees it, who adds and deletes, bad input, privacy."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from accounts.personal_data import erase_all, erasure_for, export_all
from courses.groups import vacancies
from courses.models import VacancyPost
from courses.privacy.services import retention_purge_all

pytestmark = pytest.mark.django_db


def _board(cohort):
    return f"/groepen/{cohort.pk}/vacatures/"


def _post(world, author=None, title="Kok in restaurant", **extra):
    return vacancies.vacancy_add(
        cohort=world.cohort, author=author or world.anouk, title=title, **extra
    )


def test_a_member_adds_a_vacancy_and_sees_it_newest_first(client, world):
    _post(world, author=world.bram, title="Oudere vacature")
    client.force_login(world.anouk)
    response = client.post(
        _board(world.cohort),
        {
            "title": "Medewerker magazijn",
            "link": "https://example.org/vacature/1",
            "for_whom": "voor Bram",
            "note": "Geen diploma nodig.",
        },
    )
    assert response.status_code == 302
    post = VacancyPost.objects.get(title="Medewerker magazijn")
    assert post.author == world.anouk and post.cohort == world.cohort
    page = client.get(_board(world.cohort)).content.decode()
    assert page.index("Medewerker magazijn") < page.index("Oudere vacature")
    assert 'href="https://example.org/vacature/1" rel="noopener noreferrer nofollow"' in page
    assert "target=" not in page.split('href="https://example.org/vacature/1"')[1].split(">")[0]
    assert "voor Bram" in page and "Geen diploma nodig." in page


def test_the_leader_and_the_coordinator_see_the_board_the_coordinator_only_reads(client, world):
    _post(world)
    client.force_login(world.lotte)
    assert "Kok in restaurant" in client.get(_board(world.cohort)).content.decode()
    client.force_login(world.carla)
    page = client.get(_board(world.cohort)).content.decode()
    assert "Kok in restaurant" in page and 'name="title"' not in page
    response = client.post(_board(world.cohort), {"title": "Van de coördinator"})
    assert response.status_code == 404
    assert not VacancyPost.objects.filter(title="Van de coördinator").exists()


def test_a_member_of_another_group_gets_404_on_get_and_post(client, world):
    _post(world)
    client.force_login(world.outsider)
    assert client.get(_board(world.cohort)).status_code == 404
    assert client.post(_board(world.cohort), {"title": "Indringer"}).status_code == 404
    assert not VacancyPost.objects.filter(title="Indringer").exists()
    client.force_login(world.utrecht_coordinator)
    assert client.get(_board(world.cohort)).status_code == 404


def test_anonymous_is_sent_to_login(client, world):
    response = client.get(_board(world.cohort))
    assert response.status_code == 302 and "next=" in response["Location"]
    response = client.post(_board(world.cohort), {"title": "Anoniem"})
    assert response.status_code == 302
    assert not VacancyPost.objects.exists()


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/",
        "https://",
    ],
)
def test_a_link_that_is_not_http_is_refused_and_nothing_is_stored(client, world, link):
    client.force_login(world.anouk)
    response = client.post(_board(world.cohort), {"title": "Baan", "link": link})
    assert response.status_code == 400
    page = response.content.decode()
    assert "De vacature is niet opgeslagen." in page
    assert not VacancyPost.objects.exists()


def test_missing_title_and_too_long_texts_are_refused(client, world):
    client.force_login(world.anouk)
    assert client.post(_board(world.cohort), {"title": "  "}).status_code == 400
    assert client.post(_board(world.cohort), {"title": "x" * 151}).status_code == 400
    assert client.post(_board(world.cohort), {"title": "ok", "note": "x" * 501}).status_code == 400
    assert (
        client.post(_board(world.cohort), {"title": "ok", "for_whom": "x" * 151}).status_code == 400
    )
    assert not VacancyPost.objects.exists()


def test_script_in_a_title_is_shown_as_text(client, world):
    _post(
        world,
        title="<script>alert('x')</script>",
        for_whom="<b>iedereen</b>",
        note="<img src=x onerror=alert(1)>",
    )
    client.force_login(world.bram)
    page = client.get(_board(world.cohort)).content.decode()
    assert "<script>alert(" not in page and "&lt;script&gt;" in page
    assert "<b>iedereen</b>" not in page and "<img src=x" not in page


def test_the_author_leader_and_coordinator_may_delete_another_participant_may_not(client, world):
    own, by_leader, not_bram = _post(world), _post(world, title="Twee"), _post(world, title="Drie")
    harmful = _post(world, title="Vier")
    client.force_login(world.bram)
    url = f"/groepen/{world.cohort.pk}/vacatures/{not_bram.pk}/weg/"
    assert client.post(url).status_code == 404
    assert VacancyPost.objects.filter(pk=not_bram.pk).exists()
    # The location's coordinator cannot post, but can take a harmful post away.
    client.force_login(world.carla)
    board = client.get(f"/groepen/{world.cohort.pk}/vacatures/").content.decode()
    assert f"/vacatures/{harmful.pk}/weg/" in board
    assert client.post(f"/groepen/{world.cohort.pk}/vacatures/{harmful.pk}/weg/").status_code == 302
    assert not VacancyPost.objects.filter(pk=harmful.pk).exists()
    client.force_login(world.anouk)
    assert client.get(f"/groepen/{world.cohort.pk}/vacatures/{own.pk}/weg/").status_code == 405
    assert client.post(f"/groepen/{world.cohort.pk}/vacatures/{own.pk}/weg/").status_code == 302
    assert not VacancyPost.objects.filter(pk=own.pk).exists()
    client.force_login(world.lotte)
    response = client.post(f"/groepen/{world.cohort.pk}/vacatures/{by_leader.pk}/weg/")
    assert response.status_code == 302
    assert not VacancyPost.objects.filter(pk=by_leader.pk).exists()
    # A post id of this group through another group's address: not found.
    client.force_login(world.outsider)
    url = f"/groepen/{world.other_cohort.pk}/vacatures/{not_bram.pk}/weg/"
    assert client.post(url).status_code == 404
    assert VacancyPost.objects.filter(pk=not_bram.pk).exists()


def test_at_most_twenty_posts_a_day_per_person(client, world):
    for n in range(vacancies.MAX_POSTS_PER_DAY):
        _post(world, title=f"Baan {n}")
    client.force_login(world.anouk)
    response = client.post(_board(world.cohort), {"title": "Eén te veel"})
    assert response.status_code == 400
    assert "Probeer het morgen weer." in response.content.decode()
    assert not VacancyPost.objects.filter(title="Eén te veel").exists()
    VacancyPost.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    assert client.post(_board(world.cohort), {"title": "Weer een dag"}).status_code == 302


def test_export_has_own_posts_and_erasure_removes_them(world):
    _post(world, title="Van Anouk", link="https://example.org/a")
    _post(world, author=world.bram, title="Van Bram", for_whom="voor Anouk")
    section = next(s for s in export_all(user=world.anouk) if s.key == "vacancies_shared")
    assert [row["title"] for row in section.rows] == ["Van Anouk"]
    assert section.rows[0]["link"] == "https://example.org/a"
    erase_all(erasure=erasure_for(user=world.anouk))
    assert list(VacancyPost.objects.values_list("title", flat=True)) == ["Van Bram"]
    assert "Anouk" not in VacancyPost.objects.get().for_whom  # her name out of others' posts


@override_settings(ANSWER_RETENTION_DAYS=30)
def test_retention_removes_the_board_of_a_group_finished_long_ago(world):
    _post(world, title="Oud")
    vacancies.vacancy_add(cohort=world.other_cohort, author=world.outsider, title="Loopt nog")
    cohort = world.cohort
    cohort.status = "finished"
    cohort.finished_on = (timezone.now() - datetime.timedelta(days=31)).date()
    cohort.save()
    removed = retention_purge_all()
    assert removed.get("courses.VacancyPost") == 1
    assert list(VacancyPost.objects.values_list("title", flat=True)) == ["Loopt nog"]


def test_home_links_to_the_board(client, world):
    client.force_login(world.anouk)
    assert _board(world.cohort) in client.get("/").content.decode()


def test_nul_characters_are_left_out_not_a_server_error(client, world):
    client.force_login(world.anouk)
    response = client.post(
        f"/groepen/{world.cohort.pk}/vacatures/",
        {"title": "Kok\x00", "for_whom": "Bram\x00", "note": "Leuk\x00!", "link": ""},
    )
    assert response.status_code == 302
    post = VacancyPost.objects.get(cohort=world.cohort, title="Kok")
    assert (post.for_whom, post.note) == ("Bram", "Leuk!")


def test_a_member_taken_out_of_the_group_takes_their_posts_along(world):
    from courses.groups.services import membership_remove

    own, other = _post(world, title="Van Anouk"), _post(world, author=world.bram, title="Van Bram")
    membership_remove(cohort=world.cohort, user=world.anouk, by=world.carla)
    assert not VacancyPost.objects.filter(pk=own.pk).exists()
    assert VacancyPost.objects.filter(pk=other.pk).exists()
