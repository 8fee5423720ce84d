import pytest
from django.conf import settings
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from accounts.errors import INVALID_LOGIN, TOO_MANY_ATTEMPTS
from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def login(client, email, password, **extra):
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)


def test_login_page_has_email_and_password_fields(client):
    response = client.get("/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="username"' in html and 'type="email"' in html
    assert 'name="password"' in html


def test_login_with_email_lands_on_home(client, participant):
    response = login(client, participant.email.upper(), TEST_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert client.get("/").context["user"] == participant


def test_wrong_password_and_unknown_email_get_the_same_message(client, participant):
    wrong_password = login(client, participant.email, "not-it")
    unknown = login(client, "nobody@example.org", "not-it")
    assert wrong_password.status_code == unknown.status_code == 200
    expected = str(INVALID_LOGIN)
    for response in (wrong_password, unknown):
        errors = response.context["form"].non_field_errors()
        assert [str(e) for e in errors] == [expected]
    assert "_auth_user_id" not in client.session


@override_settings(LOGIN_MAX_FAILURES=3)
def test_login_attempts_are_rate_limited_per_email(client, participant):
    for _ in range(3):
        assert login(client, participant.email, "wrong").status_code == 200
    blocked = login(client, participant.email, TEST_PASSWORD)  # even the right password
    assert blocked.status_code == 429
    assert str(TOO_MANY_ATTEMPTS) in blocked.content.decode()
    assert "_auth_user_id" not in client.session
    # Another person on the same address is not blocked yet.
    other = UserFactory()
    assert login(client, other.email, TEST_PASSWORD).status_code == 302


@override_settings(LOGIN_MAX_FAILURES=2)
def test_success_clears_the_failure_count(client, participant):
    login(client, participant.email, "wrong")
    assert login(client, participant.email, TEST_PASSWORD).status_code == 302
    client.post(reverse("logout"))
    login(client, participant.email, "wrong")
    assert login(client, participant.email, TEST_PASSWORD).status_code == 302


def test_login_sets_the_users_language(client):
    user = UserFactory(preferred_language="en")
    response = login(client, user.email, TEST_PASSWORD)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert "Log out" in client.get("/").content.decode()


def test_logout_is_post_only(client, participant):
    client.force_login(participant)
    assert client.get(reverse("logout")).status_code == 405
    assert client.post(reverse("logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_by_email(client, participant):
    response = client.post(reverse("password_reset"), {"email": participant.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [participant.email]
    link = next(line for line in message.body.splitlines() if "/wachtwoord-nieuw/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    form_page = client.get("/" + path, follow=True)
    assert form_page.context["validlink"]
    new_password = "een-nieuw-Wachtwoord-77"
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert done.status_code == 302
    participant.refresh_from_db()
    assert participant.check_password(new_password)


def test_password_reset_for_unknown_email_says_the_same_and_sends_nothing(client):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []
