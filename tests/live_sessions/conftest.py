import json
import uuid

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client
from django.utils import timezone

from courses.models import Meeting
from jobgroup_platform.asgi import application
from tests.factories import ALL_EXERCISES, LocationFactory, UserFactory, make_cohort, make_programme

ORIGIN = (b"origin", b"http://127.0.0.1:8000")
HOST = (b"host", b"127.0.0.1:8000")  # the origin must match the request's own (scheme, host, port)


def session_cookie_for(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}".encode()


class Socket:
    """A test client for the live protocol over the real routed ASGI app."""

    def __init__(self, communicator):
        self.c = communicator

    async def send(self, type, **fields):
        message = {"type": type, **fields}
        if type not in ("hello", "ping") and "id" not in fields:
            message["id"] = str(uuid.uuid4())
        await self.c.send_to(text_data=json.dumps(message))
        return message.get("id")

    async def send_raw(self, text):
        await self.c.send_to(text_data=text)

    async def recv(self, timeout=3):
        return json.loads(await self.c.receive_from(timeout=timeout))

    async def recv_until(self, type, timeout=3):
        while True:
            event = await self.recv(timeout)
            if event["type"] == type:
                return event

    async def nothing(self, timeout=0.3):
        return await self.c.receive_nothing(timeout=timeout)

    async def close_code(self, timeout=5):
        """Read until the server closes the socket; its close code."""
        while True:
            output = await self.c.receive_output(timeout=timeout)
            if output["type"] == "websocket.close":
                return output.get("code")

    async def close(self):
        await self.c.disconnect()


async def connect(user, meeting_id, *, hello=True, last_seq=0):
    headers = [ORIGIN, HOST]
    if user is not None:
        headers.append((b"cookie", await sync_to_async(session_cookie_for)(user)))
    communicator = WebsocketCommunicator(
        application, f"/ws/meetings/{meeting_id}/", headers=headers
    )
    connected, _ = await communicator.connect()
    assert connected
    socket = Socket(communicator)
    if hello:
        await socket.send("hello", last_seq=last_seq)
        welcome = await socket.recv_until("welcome")
        socket.welcome = welcome
    return socket


def start_meeting(meeting) -> None:
    """The meeting is on (as after the leader's `session.start`): chat is accepted."""
    from live_sessions.models import LiveState

    LiveState.objects.update_or_create(
        meeting=meeting, defaults={"status": LiveState.Status.STARTED}
    )


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Socket slots and message counts live in the cache; in local memory they would outlive
    the test (ids are reused after each transactional test's flush)."""
    from django.core.cache import cache

    if "LocMemCache" in settings.CACHES["default"]["BACKEND"]:
        cache.clear()
    yield


@pytest.fixture(autouse=True)
def _fresh_channel_layer():
    """Each async test runs in its own event loop; a Redis channel layer keeps locks and
    connections bound to the loop that made them, so every test gets a new layer."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


@pytest.fixture(autouse=True)
def _fresh_async_db():
    """The heartbeat's async PostgreSQL connection (`live_sessions.fastdb`) is one per event
    loop: closed after each test, so none outlives its loop or holds the test database."""
    from live_sessions import fastdb

    yield
    fastdb.close_all()


@pytest.fixture
def room(transactional_db):
    location = LocationFactory()
    programme = make_programme("live", steps=2, deepening=ALL_EXERCISES[:1])
    leader = UserFactory(roles=["leader"], display_name="Lotte")
    people = [
        UserFactory(roles=["participant"], display_name=n) for n in ("Anouk", "Bram", "Chaima")
    ]
    outsider = UserFactory(display_name="Olaf")
    cohort = make_cohort(programme, location=location, participants=people, leaders=[leader])
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())

    class Room:
        pass

    r = Room()
    r.__dict__.update(
        leader=leader,
        people=people,
        outsider=outsider,
        cohort=cohort,
        meeting=meeting,
        location=location,
    )
    return r


# --- The media server ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def janus_server():
    """A real Janus on loopback, from the project's own configuration; one per test session.
    Without `janus` installed: not run, but a failure under CI=true."""
    from tests.conftest import require_service
    from tests.janus import INSTALL, JanusProcess, janus_installed

    require_service("Janus (the media server)", janus_installed(), INSTALL)
    janus = JanusProcess()
    janus.wait_ready()
    yield janus
    janus.stop()


@pytest.fixture
def media_on(settings, janus_server):
    """The web app talks to the test Janus (MEDIA_SERVER_URL set)."""
    import secrets

    for name, value in janus_server.settings.items():
        setattr(settings, name, value)
    # Meeting ids come back after each test's flush: fresh room numbers for every test.
    settings.MEDIA_ROOM_BASE = (1 + secrets.randbelow(10**6)) * 1000
    return janus_server
