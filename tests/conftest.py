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


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_content_cache():
    """Released revisions are cached per process; test databases reuse ids, so start clean."""
    from content.selectors import _revision_content

    _revision_content.cache_clear()
    yield
    _revision_content.cache_clear()
