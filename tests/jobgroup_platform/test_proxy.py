"""The documented deployment: nginx (deploy/nginx/jobgroup-proxy.conf, the same rules as the
example site) in front of two `web` processes on one Redis and one database. One meeting spans
both processes: sockets land on either, everybody sees every message in one order.

Needs nginx and Redis: not run without them, a failure when CI=true (`.ci/run` installs nginx).
"""

import asyncio
import contextlib
import json
import shutil
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.utils import timezone

from courses.models import Meeting
from tests.conftest import require_service
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme
from tests.jobgroup_platform.test_scale_out import REDIS_URL, redis_required  # noqa: F401
from tests.live_sessions.conftest import start_meeting
from tests.live_sessions.test_two_processes import cookie
from tests.servers import ROOT, asgi_server, free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PROXY_RULES = ROOT / "deploy" / "nginx" / "jobgroup-proxy.conf"


@pytest.fixture
def nginx_required():
    require_service("nginx", Path(NGINX).exists(), "apt-get install nginx")


@contextlib.contextmanager
def nginx_in_front_of(*servers, tmp_path: Path):
    port = free_port()
    upstreams = "\n".join(f"        server 127.0.0.1:{s.port};" for s in servers)
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / sub).mkdir(exist_ok=True)
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"""
daemon off;
worker_processes 1;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {tmp_path}/body;
    proxy_temp_path {tmp_path}/proxy;
    fastcgi_temp_path {tmp_path}/fastcgi;
    uwsgi_temp_path {tmp_path}/uwsgi;
    scgi_temp_path {tmp_path}/scgi;
    upstream jobgroup_web {{
{upstreams}
        keepalive 8;
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost 127.0.0.1;
        include {PROXY_RULES};
    }}
}}
"""
    )
    check = subprocess.run(
        [NGINX, "-t", "-c", str(config), "-p", str(tmp_path)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(
        [NGINX, "-c", str(config), "-p", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:  # noqa: S310
                    assert r.status == 200
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


async def open_socket(port, meeting_id, user_cookie):
    import websockets

    socket = await websockets.connect(
        f"ws://127.0.0.1:{port}/ws/meetings/{meeting_id}/",
        additional_headers={"Cookie": user_cookie, "Origin": f"http://127.0.0.1:{port}"},
    )
    upstream = socket.response.headers.get("X-Upstream", "")
    await socket.send(json.dumps({"type": "hello", "last_seq": 0}))
    while json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] != "welcome":
        pass
    return socket, upstream


async def chats(socket, count):
    seen = []
    while len(seen) < count:
        event = json.loads(await asyncio.wait_for(socket.recv(), 10))
        if event["type"] == "chat.message":
            seen.append((event["seq"], event["html"]))
    return seen


def test_one_meeting_behind_nginx_spans_two_processes(
    transactional_db,
    redis_required,  # noqa: F811
    nginx_required,
    tmp_path,
):
    people = [UserFactory(display_name=f"Deelnemer {n}") for n in range(4)]
    cohort = make_cohort(
        make_programme("proxy", steps=1), location=LocationFactory(), participants=people
    )
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    start_meeting(meeting)  # chat is on
    cookies = [cookie(person) for person in people]

    async def scenario(port):
        opened = [await open_socket(port, meeting.pk, c) for c in cookies]
        sockets = [s for s, _ in opened]
        for n, s in enumerate(sockets):
            await s.send(
                json.dumps({"type": "chat.send", "id": str(uuid.uuid4()), "text": f"M{n}"})
            )
        seen = await asyncio.gather(*(chats(s, len(sockets)) for s in sockets))
        for s in sockets:
            await s.close()
        return [u for _, u in opened], seen

    env = {"REDIS_URL": REDIS_URL}
    with (
        asgi_server(extra_env=env) as first,
        asgi_server(extra_env=env) as second,
        nginx_in_front_of(first, second, tmp_path=tmp_path) as port,
    ):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=5) as page:  # noqa: S310
            assert page.status == 200
            assert "<form" in page.read().decode()
        upstreams, seen = asyncio.run(scenario(port))

    # nginx spread the sockets over both processes ...
    assert {u.rsplit(":", 1)[-1] for u in upstreams} == {str(first.port), str(second.port)}
    # ... and still everyone saw every message, in one order.
    assert all(s == seen[0] for s in seen)
    assert sorted(html for _, html in seen[0]) == [f"<p>M{n}</p>" for n in range(4)]
