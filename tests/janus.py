"""A real Janus for the tests, started from the project's own configuration (`media_config`).

Its HTTP API works on 127.0.0.1 without a network namespace; only WebRTC media needs one
(shared/recipes/janus-in-a-namespace). `JanusClient` plays a browser over the HTTP API: it joins
a room with the token from `welcome.media`, so the tests see what Janus lets in and reports.
"""

import contextlib
import json
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from django.test import override_settings

from live_sessions import media
from live_sessions.janus_config import janus_config_write

INSTALL = "apt-get install janus libjs-janus-gateway"


def janus_installed() -> bool:
    return shutil.which("janus") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JanusProcess:
    """Janus from `media_config` on free loopback ports. `extra` settings go into its
    configuration too, e.g. MEDIA_ICE_ENFORCE="va" inside a test's network namespace."""

    def __init__(self, **extra):
        self.dir = Path(tempfile.mkdtemp(prefix="jobgroup-janus-"))
        self.api = f"http://127.0.0.1:{free_port()}/janus"
        self.url = f"ws://127.0.0.1:{free_port()}"
        rtp = free_port()
        self.settings = {
            "MEDIA_SERVER_URLS": [self.url],
            "MEDIA_SERVER_URL": self.url,
            "MEDIA_ADMIN_URLS": [self.api],
            "MEDIA_RTP_PORTS": f"{rtp}-{rtp + 99}",
            "MEDIA_VIDEO": True,
            **extra,
        }
        with override_settings(**self.settings):
            janus_config_write(dest=self.dir / "conf", ws_ip="127.0.0.1")
        self.log = open(self.dir / "janus.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603
            ["janus", "-F", str(self.dir / "conf"), "-o"],  # noqa: S607
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Janus can take a while to start on a busy machine: poll its `ping`."""
        deadline = time.monotonic() + timeout
        while not media.janus_ping(self.api):
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = (self.dir / "janus.log").read_text()[-2000:]
                self.stop()
                raise RuntimeError(f"Janus did not start:\n{log}")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


class JanusClient:
    """What a browser does over Janus' API, without WebRTC: a session with the person's token,
    the AudioBridge attached, `join` with the token, the plugin's answer."""

    def __init__(self, api: str, token: str):
        self.api = api
        self.token = token
        self.session = None
        self.handle = None

    def _post(self, path: str, body: dict) -> dict:
        body = {**body, "transaction": secrets.token_hex(6), "token": self.token}
        request = urllib.request.Request(  # noqa: S310
            self.api + path, data=json.dumps(body).encode(), method="POST"
        )
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            return json.loads(response.read())

    def _event(self) -> dict:
        query = urllib.parse.urlencode({"token": self.token, "maxev": 1})
        url = f"{self.api}/{self.session}?{query}"
        with urllib.request.urlopen(url, timeout=35) as response:  # noqa: S310
            return json.loads(response.read())

    def attach(self, plugin: str = media.AUDIO) -> dict:
        """Janus' answer to creating a session with this token (and attaching)."""
        created = self._post("", {"janus": "create"})
        if created.get("janus") != "success":
            return created
        self.session = created["data"]["id"]
        attached = self._post(f"/{self.session}", {"janus": "attach", "plugin": plugin})
        self.handle = attached.get("data", {}).get("id")
        return attached

    def join(
        self,
        *,
        room: int,
        id: int | None = None,
        display: str = "",
        plugin: str = media.AUDIO,
        feeds: list[int] | None = None,
        private_id: int | None = None,
    ) -> dict:
        """The plugin's answer to `join` (`{"audiobridge": "joined", ...}` or an error). In the
        VideoRoom as a publisher, or with `feeds` as a subscriber to those cameras."""
        answer = self.attach(plugin)
        if answer.get("janus") != "success":
            return answer
        body = {"request": "join", "room": room, "id": id, "display": display, "token": self.token}
        if plugin == media.VIDEO and feeds is not None:
            body = {"request": "join", "room": room, "ptype": "subscriber", "token": self.token}
            body["streams"] = [{"feed": feed} for feed in feeds]
            if private_id is not None:
                body["private_id"] = private_id
        elif plugin == media.VIDEO:
            body["ptype"] = "publisher"
        self._post(f"/{self.session}/{self.handle}", {"janus": "message", "body": body})
        while True:
            event = self._event()
            if event.get("janus") == "event" and event.get("plugindata"):
                return event["plugindata"]["data"]

    def events(self) -> list[dict]:
        """The plugin events waiting for this session (e.g. `kicked`, `destroyed`)."""
        event = self._event()
        return [event]

    def close(self) -> None:
        if self.session is not None:
            with contextlib.suppress(OSError):
                self._post(f"/{self.session}", {"janus": "destroy"})
            self.session = None
