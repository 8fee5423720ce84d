import re

import pytest
from django.conf import settings
from django.test import Client, override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_home_for_visitors_invites_to_log_in(client):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl">' in html
    assert "Samen op weg naar werk" in html
    assert 'href="/login/"' in html


def test_base_layout_has_landmarks_skip_link_and_viewport(client):
    html = client.get("/login/").content.decode()
    assert re.search(r'<a class="skip-link" href="#main">', html)
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in html


def test_home_for_participant_shows_roles_and_locations(client):
    from accounts import services

    user = UserFactory(roles=["participant"], display_name="Anouk")
    location = services.location_create_or_update(name="Zoetermeer", slug="zoetermeer")
    services.location_add_member(location=location, user=user)
    client.force_login(user)
    html = client.get("/").content.decode()
    assert "Welkom, Anouk" in html
    assert "Deelnemer" in html
    assert "Zoetermeer" in html
    assert "/admin/" not in html  # participants have no admin link


def test_editor_sees_the_admin_link_and_reaches_wagtail(client):
    editor = UserFactory(roles=["editor"])
    client.force_login(editor)
    assert 'href="/admin/"' in client.get("/").content.decode()
    assert client.get("/admin/").status_code == 200


def test_participant_cannot_enter_wagtail_admin(client, participant):
    client.force_login(participant)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_unknown_url_gets_a_friendly_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert 'href="/"' in html
    assert "<main" in html


def test_english_can_be_chosen_and_is_remembered(client, participant):
    client.force_login(participant)
    response = client.post("/taal/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html and "My overview" in html and "Log out" in html
    participant.refresh_from_db()
    assert participant.preferred_language == "en"


def test_language_switch_refuses_foreign_redirects_and_unknown_languages(client):
    response = client.post("/taal/", {"language": "xx", "next": "https://evil.example/"})
    assert response["Location"] == "/"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_login_form_errors_are_announced(client):
    html = client.post(
        "/login/", {"username": "x@example.org", "password": "nope"}
    ).content.decode()
    assert 'role="alert"' in html
    assert "aria-invalid" not in html or "aria-describedby" in html


@override_settings(DEBUG=False)
def test_server_error_page_is_friendly():
    client = Client(raise_request_exception=False)
    from unittest import mock

    with mock.patch("jobgroup_platform.views.user_roles", side_effect=RuntimeError("boom")):
        user = UserFactory()
        client.force_login(user)
        response = client.get("/")
    assert response.status_code == 500
    assert "Er ging iets mis aan onze kant" in response.content.decode()


def test_interface_is_dutch_even_for_an_english_browser(client):
    response = client.get("/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="nl">' in response.content.decode()
    assert response["Content-Language"] == "nl"


def test_signed_in_users_language_applies_without_a_cookie(client):
    user = UserFactory(preferred_language="en")
    client.force_login(user)
    assert '<html lang="en">' in client.get("/").content.decode()
