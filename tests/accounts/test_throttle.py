"""One login throttle for every way in (accounts.backends.ThrottledModelBackend).

Every attempt reserves a place in the count (per account and per client address) before the
password is checked, so that at most the limit of guesses is ever checked, however many arrive
at once.
"""

import threading

import pytest
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
