"""`make run` (scripts/run-dev.sh) runs every process a queued mail needs: a mail put in the task
queue is delivered without any extra command, and the scheduler enqueues the daily jobs.

End to end: the script itself against a fresh SQLite database with the dev settings (as
`make run` uses them; mail goes to the console backend, i.e. the script's own output)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.servers import ROOT, free_port

BIN = Path(sys.executable).parent
TIMEOUT_SECONDS = 60


def _env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="jobgroup_platform.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_SERVER_URL="",  # no Janus: not what this test is about
        DAILY_JOBS_HOUR="0",  # so the scheduler's jobs are due at once
        REDIS_URL="",
        PYTHONUNBUFFERED="1",
    )
    env.pop("REDIS_URL")
    return env


def _wait_for(log: Path, text: str, process: subprocess.Popen) -> str:
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        out = log.read_text(errors="replace")
        if text in out:
            return out
        if process.poll() is not None:
            break
        time.sleep(0.3)
    pytest.fail(f"{text!r} not seen within {TIMEOUT_SECONDS} s; output:\n{log.read_text()}")


@pytest.fixture
def run_dev(tmp_path):
    env = _env(tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    log = tmp_path / "run-dev.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            ["scripts/run-dev.sh", str(BIN), "127.0.0.1", str(free_port())],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process, log, env
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_make_run_starts_the_worker_and_the_scheduler():
    makefile = (ROOT / "Makefile").read_text()
    script = (ROOT / "scripts" / "run-dev.sh").read_text()
    procfile = (ROOT / "Procfile").read_text()
    assert "scripts/run-dev.sh" in makefile
    assert "manage.py db_worker --backend background" in script
    assert "manage.py scheduler" in script
    assert "worker: python manage.py db_worker --backend background" in procfile
    assert "scheduler: python manage.py scheduler" in procfile


def test_a_queued_mail_goes_out_under_make_run_and_ctrl_c_stops_everything(run_dev):
    process, log, env = run_dev
    out = _wait_for(log, "Mail: printed in this terminal", process)
    assert "worker" in out and "scheduler" in out and "web" in out

    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from toolkit.mail import send_templated_mail_task as t; "
            "t.enqueue('accounts/email/login_link', "
            "{'link': 'https://x.example/zz-queued-mail', 'minutes': 5}, "
            "'queued@example.nl', 'nl')",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    out = _wait_for(log, "https://x.example/zz-queued-mail", process)
    assert "To: queued@example.nl" in out
    assert "Subject: Je inloglink voor Digitale JobGroup" in out

    # the scheduler enqueued the daily jobs (due at once with DAILY_JOBS_HOUR=0), the worker ran them
    out = _wait_for(log, "Scheduler: enqueued network_digests", process)
    assert "Scheduler: enqueued retention" in out
    assert "Scheduler: enqueued certificate_reminders" in out

    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C in the terminal reaches the whole group
    assert process.wait(timeout=30) is not None
    time.sleep(0.5)
    leftover = subprocess.run(
        ["pgrep", "-g", str(process.pid)], capture_output=True, text=True
    ).stdout.split()
    assert leftover == []


STUBBORN = f"""#!{sys.executable}
# A process that ignores TERM (and INT), as a hanging server would; no children of its own.
import signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)
print("started", *sys.argv[1:], flush=True)
while True:
    time.sleep(0.1)
"""


@pytest.fixture
def stubborn_run(tmp_path):
    """run-dev.sh with a BIN dir whose python and uvicorn ignore TERM."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("python", "uvicorn"):
        (bin_dir / name).write_text(STUBBORN)
        (bin_dir / name).chmod(0o755)
    env = {**_env(tmp_path), "STOP_SECONDS": "2"}
    log = tmp_path / "run-dev.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            ["scripts/run-dev.sh", str(bin_dir), "127.0.0.1", str(free_port())],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_for(log, "Mail: printed in this terminal", process)
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while log.read_text().count("started ") < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _group_left(pgid: int) -> list[str]:
    time.sleep(0.3)
    return subprocess.run(["pgrep", "-g", str(pgid)], capture_output=True, text=True).stdout.split()


def test_stopping_is_bounded_when_a_process_ignores_term(stubborn_run):
    started = time.monotonic()
    os.kill(stubborn_run.pid, signal.SIGINT)  # Ctrl-C: TERM, then KILL after STOP_SECONDS
    assert stubborn_run.wait(timeout=15) == 130
    assert time.monotonic() - started < 10
    assert _group_left(stubborn_run.pid) == []


def test_a_second_ctrl_c_while_stopping_kills_the_processes_at_once(stubborn_run):
    os.kill(stubborn_run.pid, signal.SIGINT)
    time.sleep(0.5)  # stopping: waiting for processes that ignore TERM
    started = time.monotonic()
    os.kill(stubborn_run.pid, signal.SIGINT)
    assert stubborn_run.wait(timeout=15) == 130
    assert time.monotonic() - started < 1.5  # not the whole STOP_SECONDS
    assert _group_left(stubborn_run.pid) == []
