"""Voice and video in the room through a real Janus (tests/browser/voice/): the leader and two
participants hear each other once they unmute, a muted person is silent and sends nothing, others
see who speaks, a camera is seen and "Zuinig met data" receives no video yet hears, a pair sees
and hears only itself, a removed member's token is refused and their watching stops. Measured on the received sound, in real Chromium with fake devices, inside a
network namespace this test makes (`unshare -n`).

Without Janus or unshare (or root) the test is reported as not run; with CI=true it fails, as
the voice must be tested there."""

import os
import re
import subprocess
import sys

import pytest

from tests.browser.voice import namespace
from tests.browser.voice.namespace import INSIDE
from tests.servers import ROOT

pytestmark = pytest.mark.browser

SCENARIOS = "tests/browser/voice/voice_scenarios.py"
SCENARIO_COUNT = sum(
    line.startswith("def test_") for line in (ROOT / SCENARIOS).read_text().splitlines()
)


def require_voice_prerequisites() -> None:
    """Not run without Janus, unshare or root; but in CI (CI=true) that is a failure."""
    missing = namespace.missing_prerequisites()
    if not missing:
        return
    message = "Voice tests need " + ", ".join(missing)
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"{message} (CI=true: this test must run)")
    pytest.skip(message)


def test_without_janus_the_voice_tests_fail_in_ci_and_are_not_run_elsewhere(monkeypatch):
    monkeypatch.setattr(namespace.shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="janus"):
        require_voice_prerequisites()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="janus"):
        require_voice_prerequisites()


def test_voice_through_a_real_janus_in_a_network_namespace():
    require_voice_prerequisites()
    # Inside the namespace only its own loopback exists: SQLite and the in-memory layer.
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env[INSIDE] = "1"
    result = subprocess.run(  # noqa: S603
        [
            "unshare",
            "-n",
            sys.executable,
            "-m",
            "pytest",
            SCENARIOS,
            "-x",
            "-q",
            "-rA",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    output = result.stdout[-12000:] + result.stderr[-4000:]
    assert result.returncode == 0, output
    # every scenario ran and passed (none skipped or left out)
    assert re.search(rf"\b{SCENARIO_COUNT} passed\b", result.stdout), output
