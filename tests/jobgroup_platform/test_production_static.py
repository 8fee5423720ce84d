"""With production settings (DEBUG off) the ASGI server serves the collected static files itself
(WhiteNoise), with hashed, cacheable names."""

import re
import subprocess
import sys
import urllib.request

import pytest

from tests.jobgroup_platform.test_settings import ROOT, STRONG_KEY
from tests.servers import asgi_server

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "jobgroup_platform.settings.production",
    "SECRET_KEY": STRONG_KEY,
    "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback in this test
}


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    import os

    env = {**os.environ, **PRODUCTION_ENV}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def test_production_server_serves_hashed_static_files(transactional_db, collected_static):
    with asgi_server(extra_env=PRODUCTION_ENV) as server:
        with urllib.request.urlopen(f"{server.url}/login/", timeout=10) as response:  # noqa: S310
            html = response.read().decode()
        match = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
        assert match, "the stylesheet link should carry a content hash"
        with urllib.request.urlopen(f"{server.url}{match.group(1)}", timeout=10) as response:  # noqa: S310
            assert response.status == 200
            assert response.headers["Content-Type"].startswith("text/css")
            assert "max-age=315360000" in response.headers.get("Cache-Control", "")
            assert "no-store" not in response.headers.get("Cache-Control", "")
            assert b"--brand" in response.read()


def test_production_api_answers_are_not_stored(transactional_db, collected_static):
    import urllib.error

    with asgi_server(extra_env=PRODUCTION_ENV) as server:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{server.url}/api/v1/me", timeout=10)  # noqa: S310
        assert refused.value.code == 401
        assert refused.value.headers["Cache-Control"] == "private, no-store"
