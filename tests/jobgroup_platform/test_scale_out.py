"""Several web processes side by side on one Redis: they share the channel layer and the cache.

Needs a running Redis (REDIS_URL, else redis://127.0.0.1:6379/0): not run without one, a
failure when CI=true.
"""

import os
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar

import pytest

from tests.conftest import require_service
from tests.factories import TEST_PASSWORD, UserFactory
from tests.servers import asgi_server

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def redis_required():
    require_service(
        "Redis",
        redis_reachable(),
        "redis-server --daemonize yes --port 6379 (or set REDIS_URL)",
    )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post_login(base_url: str, email: str, password: str, headers: dict | None = None) -> int:
    """The status of a login POST: 302 in, 200 refused, 429 throttled (redirects not followed)."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    opener.open(f"{base_url}/login/", timeout=10).read()  # noqa: S310
    token = next(c.value for c in jar if c.name == "csrftoken")
    body = urllib.parse.urlencode(
        {"username": email, "password": password, "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(  # noqa: S310
        f"{base_url}/login/",
        data=body,
        headers={"Referer": f"{base_url}/login/", **(headers or {})},
    )
    try:
        return opener.open(request, timeout=10).status  # noqa: S310
    except urllib.error.HTTPError as exc:
        return exc.code


def clear_login_counts() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(match="*login-*"):
        client.delete(key)


def test_two_web_processes_share_redis(transactional_db, redis_required):
    clear_login_counts()
    user = UserFactory(email=f"scale-{uuid.uuid4().hex[:12]}@example.org")
    env = {"REDIS_URL": REDIS_URL, "LOGIN_MAX_FAILURES": "3"}
    with asgi_server(extra_env=env) as first, asgi_server(extra_env=env) as second:
        for server in (first, second):
            with urllib.request.urlopen(f"{server.url}/healthz", timeout=5) as response:  # noqa: S310
                assert response.status == 200
        # Three failures on the first process ...
        for _ in range(3):
            assert post_login(first.url, user.email, "wrong") == 200
        # ... block the login on the second: the count lives in Redis, not in one process.
        assert post_login(second.url, user.email, "wrong") == 429
        assert post_login(second.url, user.email, TEST_PASSWORD) == 429


def test_parallel_guesses_on_two_processes_check_at_most_the_limit(
    transactional_db, redis_required
):
    """20 guesses at once, spread over two processes: only the limit of them are checked (a
    200 with "wrong password"), all others are refused before their password is looked at."""
    clear_login_counts()
    user = UserFactory(email=f"race-{uuid.uuid4().hex[:12]}@example.org")
    env = {"REDIS_URL": REDIS_URL, "LOGIN_MAX_FAILURES": "3"}
    with asgi_server(extra_env=env) as first, asgi_server(extra_env=env) as second:
        servers = [first.url, second.url]
        barrier = threading.Barrier(20)

        def guess(n):
            barrier.wait(timeout=30)
            return post_login(servers[n % 2], user.email, f"guess-{n}")

        with ThreadPoolExecutor(max_workers=20) as pool:
            statuses = list(pool.map(guess, range(20)))
        assert sorted(statuses) == [200] * 3 + [429] * 17
        # The right password after them does not get in, on either process.
        assert post_login(first.url, user.email, TEST_PASSWORD) == 429
        assert post_login(second.url, user.email, TEST_PASSWORD) == 429
