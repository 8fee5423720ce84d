"""The client address the login throttle counts comes only from the configured proxy.

Runs the Procfile's own `web` line: uvicorn takes X-Forwarded-For only from an address in
FORWARDED_ALLOW_IPS, so a client that sends the header itself is still counted by the address it
connects from.
"""

import contextlib
import shlex
import subprocess
import sys
import uuid

from tests import servers
from tests.factories import TEST_PASSWORD, UserFactory
from tests.jobgroup_platform.test_proxy import nginx_in_front_of, nginx_required  # noqa: F401
from tests.jobgroup_platform.test_scale_out import post_login


def procfile_web_line() -> str:
    for line in (servers.ROOT / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            return line.removeprefix("web:").strip()
    raise AssertionError("the Procfile has no web line")


def test_the_procfile_trusts_forwarded_headers_only_from_the_configured_proxy():
    line = procfile_web_line()
    assert "--proxy-headers" in line
    assert '--forwarded-allow-ips="${FORWARDED_ALLOW_IPS:-127.0.0.1}"' in line
    assert '"*"' not in line


@contextlib.contextmanager
def procfile_web(*, extra_env: dict):
    """The Procfile's web line as a shell would run it, on a free port of this machine only."""
    port = servers.free_port()
    command = procfile_web_line().replace("--host 0.0.0.0", "--host 127.0.0.1")
    assert command.startswith("uvicorn ")
    command = f"exec {shlex.quote(sys.executable)} -m {command} --no-access-log"
    env = servers._server_env(servers.test_database_url(), {"PORT": str(port), **extra_env})
    env.pop("FORWARDED_ALLOW_IPS", None)
    env.update(extra_env)
    log_path = servers.ROOT / "test-artifacts" / f"procfile-web-{port}.log"
    log_path.parent.mkdir(exist_ok=True)
    with log_path.open("w") as log:
        process = subprocess.Popen(  # noqa: S603 - the Procfile's own line
            ["/bin/sh", "-c", command],
            cwd=servers.ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = servers.AsgiServer(process, port, log_path)
    try:
        servers._wait_until_healthy(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


LIMITS = {"LOGIN_MAX_FAILURES": "50", "LOGIN_MAX_FAILURES_PER_CLIENT": "3"}


def test_a_client_cannot_choose_its_counted_address(transactional_db):
    """The proxy runs elsewhere (192.0.2.1): a header sent straight to the web process is
    ignored, every guess counts for 127.0.0.1."""
    people = [UserFactory(email=f"xff-{uuid.uuid4().hex[:10]}@example.org") for _ in range(4)]
    env = {**LIMITS, "FORWARDED_ALLOW_IPS": "192.0.2.1"}
    with procfile_web(extra_env=env) as server:
        for n, person in enumerate(people[:3]):
            spoofed = {"X-Forwarded-For": f"203.0.113.{n}"}
            assert post_login(server.url, person.email, "wrong", spoofed) == 200
        spoofed = {"X-Forwarded-For": "198.51.100.9"}
        assert post_login(server.url, people[3].email, TEST_PASSWORD, spoofed) == 429


def test_the_configured_proxy_names_the_client(transactional_db):
    """Without FORWARDED_ALLOW_IPS the proxy is 127.0.0.1 (nginx on the same machine): its
    X-Forwarded-For decides the address, so one client's failures do not hold back another."""
    people = [UserFactory(email=f"xff-{uuid.uuid4().hex[:10]}@example.org") for _ in range(5)]
    with procfile_web(extra_env=LIMITS) as server:
        for person in people[:3]:
            forwarded = {"X-Forwarded-For": "203.0.113.5"}
            assert post_login(server.url, person.email, "wrong", forwarded) == 200
        other_client = {"X-Forwarded-For": "203.0.113.6"}
        assert post_login(server.url, people[3].email, TEST_PASSWORD, other_client) == 302
        same_client = {"X-Forwarded-For": "203.0.113.5"}
        assert post_login(server.url, people[4].email, TEST_PASSWORD, same_client) == 429


def test_behind_nginx_a_client_cannot_choose_its_counted_address(
    transactional_db,
    nginx_required,  # noqa: F811
    tmp_path,
):
    """The documented proxy rules overwrite X-Forwarded-For with the address nginx sees, so a
    header the client sends itself never reaches the platform."""
    people = [UserFactory(email=f"xff-{uuid.uuid4().hex[:10]}@example.org") for _ in range(4)]
    with (
        procfile_web(extra_env=LIMITS) as server,
        nginx_in_front_of(server, tmp_path=tmp_path) as port,
    ):
        proxy_url = f"http://127.0.0.1:{port}"
        for n, person in enumerate(people[:3]):
            spoofed = {"X-Forwarded-For": f"203.0.113.{n}"}
            assert post_login(proxy_url, person.email, "wrong", spoofed) == 200
        spoofed = {"X-Forwarded-For": "198.51.100.9"}
        assert post_login(proxy_url, people[3].email, TEST_PASSWORD, spoofed) == 429
