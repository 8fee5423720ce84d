import os

import pytest

from tests.factories import TEST_PASSWORD, UserFactory

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(name: str, reachable: bool, how_to_start: str) -> None:
    """Tests that need a real PostgreSQL or Redis: not run without one, but a failure in CI."""
    if reachable:
        return
    message = f"{name} is not reachable. Start it: {how_to_start}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: this test must run)")
    pytest.skip(message)


@pytest.fixture
def password():
    return TEST_PASSWORD


@pytest.fixture
def participant(db):
    return UserFactory(roles=["participant"], display_name="Anouk")


def _clear_our_cache_keys():
    """Forget login-attempt counts between tests. With Redis, delete only the cache's own keys:
    a FLUSHDB would also wipe the channel layer's groups of a server a test is talking to."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    cache = caches["default"]
    if not isinstance(cache, RedisCache):
        cache.clear()
        return
    client = cache._cache.get_client(write=True)
    for key in client.scan_iter(match=f"{cache.key_prefix}:*"):
        client.delete(key)


@pytest.fixture(autouse=True)
def _clear_cache():
    _clear_our_cache_keys()
    yield
    _clear_our_cache_keys()


@pytest.fixture(autouse=True)
def _fresh_content_cache():
    """Released revisions are cached per process; test databases reuse ids, so start clean."""
    from content.selectors import _revision_content

    _revision_content.cache_clear()
    yield
    _revision_content.cache_clear()
