"""Personal pages, API answers and the data download are never stored by a browser or a proxy
(`Cache-Control: private, no-store`); public pages and static files keep their caching."""

import pytest
from django.urls import reverse

from tests.courses.conftest import world  # noqa: F401  (the fixture)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NO_STORE = "private, no-store"


def test_every_page_for_a_signed_in_person_is_private_and_not_stored(client, world):  # noqa: F811
    client.force_login(world.anouk)
    for url in (
        "/",
        reverse("workbook", args=[world.cohort.pk]),
        reverse("my_data"),
        reverse("my_data_download"),
        reverse("my_folder"),
        "/api/v1/me",
        f"/api/v1/cohorts/{world.cohort.pk}/answers",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == NO_STORE, url
        assert not response.has_header("Expires"), url


def test_a_coordinator_s_report_and_csv_are_not_stored(client, world):  # noqa: F811
    client.force_login(world.carla)
    for url in (reverse("outcome_report"), reverse("outcome_report_csv"), "/admin/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == NO_STORE, url


def test_api_answers_are_not_stored_even_when_refused(client):
    for url in ("/api/v1/me", "/api/v1/nergens"):
        response = client.get(url)
        assert response.status_code in (401, 404)
        assert response["Cache-Control"] == NO_STORE


def test_public_pages_for_visitors_keep_their_caching(client):
    for url in ("/", reverse("certificate_verify")):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" not in response.get("Cache-Control", ""), url


def test_a_signed_out_person_is_public_again(client):
    user = UserFactory()
    client.force_login(user)
    assert client.get(reverse("certificate_verify"))["Cache-Control"] == NO_STORE
    client.post("/logout/")
    assert "no-store" not in client.get(reverse("certificate_verify")).get("Cache-Control", "")
