"""One login throttle for every way in (accounts.backends.ThrottledModelBackend).

Every attempt reserves a place in the count (per account and per client address) before the
password is checked, so that at most the limit of guesses is ever checked, however many arrive
at once.
"""

import threading
import uuid

import pytest
from django import forms
from django.contrib.auth.hashers import MD5PasswordHasher
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse

from accounts.errors import TOO_MANY_ATTEMPTS
from tests.factories import TEST_PASSWORD, UserFactory


class CountingHasher(MD5PasswordHasher):
    """The test hasher, counting how often a password is really checked."""

    checked = 0
    lock = threading.Lock()

    def verify(self, password, encoded):
        with CountingHasher.lock:
            CountingHasher.checked += 1
        return super().verify(password, encoded)


COUNTING = {"PASSWORD_HASHERS": [f"{__name__}.CountingHasher"]}


@pytest.fixture
def counting_hasher():
    with override_settings(**COUNTING):
        CountingHasher.checked = 0
        yield CountingHasher


def login(client, email, password, **extra):
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)


def in_parallel(count, work):
    """Run work(n) in `count` threads released at the same moment; return the results."""
    barrier = threading.Barrier(count)
    results, errors = [None] * count, []

    def run(n):
        try:
            barrier.wait(timeout=30)
            results[n] = work(n)
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return results


@override_settings(LOGIN_MAX_FAILURES=5)
def test_forty_parallel_guesses_check_at_most_five_passwords(transactional_db, counting_hasher):
    person = UserFactory()
    statuses = in_parallel(40, lambda n: login(Client(), person.email, f"guess-{n}").status_code)
    assert counting_hasher.checked <= 5
    assert statuses.count(200) == counting_hasher.checked
    assert statuses.count(429) == 40 - counting_hasher.checked
    # The right password after the limit does not get in either.
    client = Client()
    blocked = login(client, person.email, TEST_PASSWORD)
    assert blocked.status_code == 429
    assert str(TOO_MANY_ATTEMPTS) in blocked.content.decode()
    assert "_auth_user_id" not in client.session


def admin_login(client, email, password, **extra):
    return client.post(
        reverse("wagtailadmin_login"), {"username": email, "password": password}, **extra
    )


@pytest.fixture
def editor(db):
    return UserFactory(roles=["editor"], first_name="Eva", last_name="Editor")


@override_settings(LOGIN_MAX_FAILURES=3)
def test_the_wagtail_admin_login_is_throttled_too(client, editor):
    for _ in range(3):
        response = admin_login(client, editor.email, "wrong")
        assert response.status_code == 200
        assert str(TOO_MANY_ATTEMPTS) not in response.content.decode()
    blocked = admin_login(client, editor.email, TEST_PASSWORD)  # even the right password
    assert str(TOO_MANY_ATTEMPTS) in blocked.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # back to the login


@override_settings(LOGIN_MAX_FAILURES=3)
def test_site_and_admin_login_share_one_count(client, editor):
    for _ in range(3):
        login(client, editor.email, "wrong")
    blocked = admin_login(client, editor.email, TEST_PASSWORD)
    assert str(TOO_MANY_ATTEMPTS) in blocked.content.decode()
    assert "_auth_user_id" not in client.session


@override_settings(LOGIN_MAX_FAILURES=3)
def test_the_message_is_the_same_for_unknown_accounts(client, db):
    for _ in range(3):
        login(client, "nobody@example.org", "wrong")
    blocked = login(client, "nobody@example.org", "wrong")
    assert blocked.status_code == 429
    errors = [str(e) for e in blocked.context["form"].non_field_errors()]
    assert errors == [str(TOO_MANY_ATTEMPTS)]


@override_settings(LOGIN_MAX_FAILURES=50, LOGIN_MAX_FAILURES_PER_CLIENT=3)
def test_a_forwarded_for_header_does_not_change_the_counted_address(client, participant):
    for n in range(3):
        other = UserFactory()
        response = login(client, other.email, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
        assert response.status_code == 200
    # A new header, a new account, the right password: the address is still the same one.
    blocked = login(client, participant.email, TEST_PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert blocked.status_code == 429
    # From another address (as the ASGI server reports it) the same account gets in.
    elsewhere = Client(REMOTE_ADDR="192.0.2.44")
    assert login(elsewhere, participant.email, TEST_PASSWORD).status_code == 302


@override_settings(LOGIN_MAX_FAILURES=50, LOGIN_MAX_FAILURES_PER_CLIENT=3)
def test_right_passwords_do_not_use_up_a_shared_address(client, db):
    people = UserFactory.create_batch(6)
    for person in people:
        assert login(Client(), person.email, TEST_PASSWORD).status_code == 302
    # Failures by others on the same address still count.
    for person in people[:3]:
        assert login(client, person.email, "wrong").status_code == 200
    assert login(client, people[4].email, TEST_PASSWORD).status_code == 429


def test_authenticate_without_a_request_is_throttled_per_account(db, settings):
    from django.contrib.auth import authenticate

    settings.LOGIN_MAX_FAILURES = 2
    person = UserFactory()
    assert authenticate(username=person.email, password="wrong") is None
    assert authenticate(username=person.email, password="wrong") is None
    assert authenticate(username=person.email, password=TEST_PASSWORD) is None


# --- The Wagtail account page's password change ----------------------------------------------


def account_post(client, *, old_password, new_password):
    """Post the whole account page as a browser would: every panel's current values, plus a
    password change."""
    page = client.get(reverse("wagtailadmin_account"))
    data = {}
    for panels in page.context["panels_by_tab"].values():
        for panel in panels:
            form = panel.get_form()
            for name, field in form.fields.items():
                value = form[name].value()
                if value is None or value is False or isinstance(field, forms.FileField):
                    continue
                data[form.add_prefix(name)] = value
    data.update(
        {
            "password-old_password": old_password,
            "password-new_password1": new_password,
            "password-new_password2": new_password,
        }
    )
    return client.post(reverse("wagtailadmin_account"), data)


def test_changing_the_password_in_the_admin_works(client, editor):
    client.force_login(editor)
    new_password = "een-ander-Wachtwoord-31"
    response = account_post(client, old_password=TEST_PASSWORD, new_password=new_password)
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(new_password)


@override_settings(LOGIN_MAX_FAILURES=3)
def test_guessing_the_old_password_in_the_admin_is_throttled(client, editor):
    client.force_login(editor)
    new_password = "een-ander-Wachtwoord-31"
    for n in range(3):
        account_post(client, old_password=f"guess-{n}", new_password=new_password)
    blocked = account_post(client, old_password=TEST_PASSWORD, new_password=new_password)
    assert blocked.status_code == 200
    assert str(TOO_MANY_ATTEMPTS) in blocked.content.decode()
    editor.refresh_from_db()
    assert editor.check_password(TEST_PASSWORD)


def test_pages_and_documents_offer_no_shared_password(db):
    """A shared page or collection password would be a way in without the throttle."""
    from wagtail.admin.forms.collections import CollectionViewRestrictionForm
    from wagtail.admin.forms.pages import PageViewRestrictionForm
    from wagtail.models import PageViewRestriction

    page_form = PageViewRestrictionForm(
        private_page_options=[choice for choice, _ in PageViewRestriction.RESTRICTION_CHOICES]
    )
    collection_form = CollectionViewRestrictionForm()
    for form in (page_form, collection_form):
        assert "password" not in form.fields
        assert "password" not in [choice for choice, _ in form.fields["restriction_type"].choices]


@override_settings(LOGIN_MAX_FAILURES=2, LOGIN_FAILURE_WINDOW_SECONDS=1)
def test_the_pause_ends_with_the_window(client, participant):
    import time

    for _ in range(3):
        login(client, participant.email, "wrong")
    assert login(client, participant.email, TEST_PASSWORD).status_code == 429
    time.sleep(1.5)
    assert login(client, participant.email, TEST_PASSWORD).status_code == 302


def test_every_count_in_redis_expires(db):
    """Each count lives at most one window (a count without expiry would lock for ever)."""
    from django.core.cache import caches

    from accounts import services
    from tests.conftest import require_service
    from tests.jobgroup_platform.test_scale_out import REDIS_URL, redis_reachable

    require_service("Redis", redis_reachable(), "redis-server --daemonize yes --port 6379")
    redis_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"throttle-test-{uuid.uuid4().hex[:8]}",
        }
    }
    with override_settings(CACHES=redis_cache, LOGIN_FAILURE_WINDOW_SECONDS=900):
        cache = caches["default"]
        for _ in range(3):
            services.login_attempt_reserve(email="a@example.org", client_ip="192.0.2.1")
        services.login_mail_reserve(kind="login-link", email="a@example.org", client_ip="192.0.2.1")
        client = cache._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{cache.key_prefix}:*"))
        try:
            assert len(keys) == 4
            assert all(0 < client.ttl(key) <= 3600 for key in keys)
        finally:
            for key in keys:
                client.delete(key)
