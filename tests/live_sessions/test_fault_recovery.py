"""Faults of the live room against real processes (issue #7, "Fault tests"): Redis restarted, a
server process killed, many sockets closing at once on a small connection pool, a full channel.
The PostgreSQL outage is in test_database_outage.py.

Each test starts a private redis-server (so it can kill it and read its keys) and real uvicorn
processes on the test database. Clients are small reconnecting clients: on a close they connect
again (to the next server in their list) with `hello {last_seq}` and resend what they sent but
never saw stored, with the same id. At the end every client must have every stored event, in seq
order, without gaps or duplicates. Needs the redis-server binary: not run without it, a failure
when CI=true.
"""

import asyncio
import contextlib
import json
import signal
import time
import urllib.error
import urllib.request
import uuid

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils import timezone

from courses.models import Meeting
from live_sessions.models import LiveState, MeetingEvent
from tests.conftest import require_service
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme
from tests.live_sessions.conftest import start_meeting
from tests.servers import asgi_server, redis_server, redis_server_available

BASE_ENV = {"LIVE_HEARTBEAT_SECONDS": "1"}
SYNC_TIMEOUT = 20


@pytest.fixture
def redis_binary():
    require_service("redis-server", redis_server_available(), "apt-get install redis-server")


def cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def make_room(people: int):
    programme = make_programme(f"fault-{uuid.uuid4().hex[:6]}", steps=1)
    users = [UserFactory(display_name=f"Deelnemer {n}") for n in range(people)]
    cohort = make_cohort(programme, location=LocationFactory(), participants=users)
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    start_meeting(meeting)  # chat is on
    return meeting, [cookie(u) for u in users]


def group_key(meeting) -> str:
    return f"asgi:group:{meeting.group_name}"


def stored(meeting_id: int) -> tuple[list[int], int, list[str]]:
    """(every stored seq, LiveState.last_seq, client ids of stored chats), read in a thread of
    its own; the thread's connection is closed again."""
    try:
        seqs = list(
            MeetingEvent.objects.filter(meeting_id=meeting_id)
            .order_by("seq")
            .values_list("seq", flat=True)
        )
        last = LiveState.objects.get(meeting_id=meeting_id).last_seq
        ids = list(
            MeetingEvent.objects.filter(meeting_id=meeting_id, type="chat.message").values_list(
                "client_id", flat=True
            )
        )
        return seqs, last, ids
    finally:
        connection.close()


class LiveClient:
    """A reconnecting client of /ws/meetings/<id>/."""

    def __init__(self, name: str, user_cookie: str, meeting_id: int, ports: list[int]):
        self.name = name
        self.cookie = user_cookie
        self.meeting_id = meeting_id
        self.ports = ports
        self.port_index = 0
        self.seqs: list[int] = []  # every event's seq, in the order received (repeats excluded)
        self.repeats: list[tuple[int, str]] = []  # (seq, client id) of events seen before
        self.pending: dict[str, str] = {}  # id -> text: sent, not yet seen stored
        self.sent: list[str] = []
        self.retried: set[str] = set()
        self.connections = 0
        self.socket = None
        self.stopping = False
        self.task = None

    @property
    def last_seq(self) -> int:
        return self.seqs[-1] if self.seqs else 0

    @property
    def port(self) -> int:
        return self.ports[self.port_index % len(self.ports)]

    def start(self):
        self.task = asyncio.create_task(self._run())

    async def stop(self):
        self.stopping = True
        if self.socket is not None:
            await self.socket.close()
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task

    async def _run(self):
        import websockets

        while not self.stopping:
            port = self.port
            try:
                socket = await websockets.connect(
                    f"ws://127.0.0.1:{port}/ws/meetings/{self.meeting_id}/",
                    additional_headers={
                        "Cookie": self.cookie,
                        "Origin": f"http://127.0.0.1:{port}",
                    },
                    open_timeout=3,
                )
            except (OSError, TimeoutError, websockets.exceptions.WebSocketException):
                self.port_index += 1
                await asyncio.sleep(0.2)
                continue
            try:
                await socket.send(json.dumps({"type": "hello", "last_seq": self.last_seq}))
                async for raw in socket:
                    event = json.loads(raw)
                    if event["type"] == "welcome":
                        self.connections += 1
                        for replayed in event["events"]:
                            self._take(replayed)
                        self.socket = socket
                        for client_id, text in list(self.pending.items()):
                            if self.connections > 1:
                                self.retried.add(client_id)
                            await self._send(client_id, text)
                    else:
                        self._take(event)
            except websockets.exceptions.ConnectionClosed:
                pass
            finally:
                self.socket = None
            if not self.stopping:
                self.port_index += 1  # the server may be gone: try the next one first
                await asyncio.sleep(0.1)

    def _take(self, event: dict):
        seq = event.get("seq")
        if seq is None:
            return
        if seq <= self.last_seq:
            self.repeats.append((seq, event.get("client_id", "")))
            return
        self.seqs.append(seq)
        if event["type"] == "chat.message":
            self.pending.pop(event.get("client_id"), None)

    async def _send(self, client_id: str, text: str):
        import websockets

        # A socket that is gone: the message is resent after the reconnect.
        with contextlib.suppress(AttributeError, websockets.exceptions.ConnectionClosed):
            await self.socket.send(json.dumps({"type": "chat.send", "id": client_id, "text": text}))

    async def say(self, text: str):
        client_id = str(uuid.uuid4())
        self.pending[client_id] = text
        self.sent.append(client_id)
        if self.socket is not None:
            await self._send(client_id, text)

    async def wait_connected(self, timeout=10):
        deadline = time.monotonic() + timeout
        while self.socket is None:
            assert time.monotonic() < deadline, f"{self.name} did not connect"
            await asyncio.sleep(0.05)


async def wait_in_sync(clients, meeting_id, timeout=SYNC_TIMEOUT) -> float:
    """Wait until every client has seen its own messages stored and has the last stored event;
    return how long that took."""
    started = time.monotonic()
    while True:
        _, last, _ = await asyncio.to_thread(stored, meeting_id)
        behind = [c.name for c in clients if c.pending or c.last_seq != last]
        if not behind:
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            detail = {c.name: (c.last_seq, len(c.pending)) for c in clients}
            raise AssertionError(f"not in sync after {timeout}s (last_seq {last}): {detail}")
        await asyncio.sleep(0.1)


async def assert_nothing_lost(clients, meeting_id):
    seqs, last, ids = await asyncio.to_thread(stored, meeting_id)
    assert seqs == list(range(1, last + 1))  # stored gap-free
    every_id = [i for c in clients for i in c.sent]
    assert sorted(i for i in ids if i in set(every_id)) == sorted(every_id)  # each stored once
    for client in clients:
        assert client.seqs == list(range(1, last + 1)), client.name  # all, in order, once
        # The only repeats allowed: the answer to a retried message that had been stored.
        assert all(cid in client.retried for _, cid in client.repeats), client.repeats


def healthy(server) -> bool:
    try:
        with urllib.request.urlopen(f"{server.url}/healthz", timeout=5) as response:  # noqa: S310
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def assert_no_crash(*servers):
    for server in servers:
        assert "Exception in ASGI application" not in server.log(), server.log()[-3000:]


async def say_all(clients, count, tag):
    for n in range(count):
        for client in clients:
            await client.say(f"{tag} {client.name} {n}")


async def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(predicate):
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.1)


# --- 1. Redis restarted during a meeting --------------------------------------------------------


def test_redis_restart_loses_nothing(transactional_db, redis_binary):
    meeting, cookies = make_room(4)
    with redis_server() as redis:
        env = {**BASE_ENV, "REDIS_URL": redis.url}
        with asgi_server(extra_env=env) as first, asgi_server(extra_env=env) as second:
            ports = [[first.port, second.port], [second.port, first.port]]
            clients = [LiveClient(f"c{n}", cookies[n], meeting.pk, ports[n % 2]) for n in range(4)]

            async def scenario():
                for client in clients:
                    client.start()
                for client in clients:
                    await client.wait_connected()
                await say_all(clients, 2, "before")
                await wait_in_sync(clients, meeting.pk)
                await wait_for(lambda: redis.client().zcard(group_key(meeting)) == 4, 10, "groups")

                redis.kill()
                await say_all(clients, 2, "during")
                # No doorbell while Redis is away: the heartbeat catches up from the database.
                await wait_in_sync(clients, meeting.pk)

                redis.start()  # same port, empty: no groups, no queued messages
                back = time.monotonic()
                await say_all(clients, 1, "after")
                await wait_in_sync(clients, meeting.pk, timeout=10)
                assert time.monotonic() - back < 10
                # Every live socket is a member again (renewed on its heartbeat).
                await wait_for(lambda: redis.client().zcard(group_key(meeting)) == 4, 10, "groups")
                await say_all(clients, 1, "later")
                await wait_in_sync(clients, meeting.pk, timeout=10)
                await assert_nothing_lost(clients, meeting.pk)
                # Both processes say they are healthy again, with idle sockets connected.
                for server in (first, second):
                    await wait_for(lambda s=server: healthy(s), 10, "healthz")
                for client in clients:
                    await client.stop()
                return [c.connections for c in clients]

            connections = asyncio.run(scenario())
        assert_no_crash(first, second)
    # The sockets rode out the outage (a reconnect would also have been fine, but none was needed).
    assert connections == [1, 1, 1, 1]


# --- 2. A server process killed while clients are connected ------------------------------------


def test_killed_process_clients_move_over_and_memberships_expire(transactional_db, redis_binary):
    meeting, cookies = make_room(5)
    expiry = 3
    with redis_server() as redis:
        env = {**BASE_ENV, "REDIS_URL": redis.url, "CHANNEL_GROUP_EXPIRY_SECONDS": str(expiry)}
        with asgi_server(extra_env=env) as doomed, asgi_server(extra_env=env) as survivor:
            on_doomed = [
                LiveClient(f"a{n}", cookies[n], meeting.pk, [doomed.port, survivor.port])
                for n in range(3)
            ]
            on_survivor = [
                LiveClient(f"b{n}", cookies[3 + n], meeting.pk, [survivor.port, doomed.port])
                for n in range(2)
            ]
            clients = on_doomed + on_survivor
            key = group_key(meeting)

            async def scenario():
                for client in clients:
                    client.start()
                for client in clients:
                    await client.wait_connected()
                await say_all(clients, 2, "before")
                await wait_in_sync(clients, meeting.pk)
                assert redis.client().zcard(key) == 5

                doomed.process.kill()  # SIGKILL: no goodbye, no group_discard
                doomed.process.wait()
                await say_all(clients, 2, "after")
                await wait_in_sync(clients, meeting.pk)
                assert all(c.connections == 2 and c.port == survivor.port for c in on_doomed)
                assert all(c.connections == 1 for c in on_survivor)

                # The dead process's memberships expire; the live ones are renewed on each
                # heartbeat and stay: 5 members, stable for longer than the expiry.
                async def members():
                    await clients[-1].say("prune")  # group_send drops expired members
                    await asyncio.sleep(0.3)
                    return redis.client().zcard(key)

                deadline = time.monotonic() + expiry + 10
                while await members() != 5:
                    assert time.monotonic() < deadline, redis.client().zcard(key)
                await asyncio.sleep(expiry + 1)
                assert await members() == 5
                await wait_in_sync(clients, meeting.pk)
                await assert_nothing_lost(clients, meeting.pk)
                for client in clients:
                    await client.stop()

            asyncio.run(scenario())
        assert_no_crash(survivor)


# --- 4 and 5. Many sockets closing at once on a small pool; a full channel ----------------------


def test_mass_disconnect_leaves_no_memberships_on_a_small_pool(transactional_db, redis_binary):
    meeting, cookies = make_room(1)
    sockets_count = 200
    pool = 4
    with redis_server() as redis:
        env = {
            **BASE_ENV,
            "REDIS_URL": redis.url,
            "CHANNEL_LAYER_MAX_CONNECTIONS": str(pool),
            "LIVE_SOCKETS_PER_PERSON": str(sockets_count),  # one person opens them all
        }
        with asgi_server(extra_env=env) as server:

            async def scenario():
                import websockets

                async def open_one():
                    return await websockets.connect(
                        f"ws://127.0.0.1:{server.port}/ws/meetings/{meeting.pk}/",
                        additional_headers={
                            "Cookie": cookies[0],
                            "Origin": f"http://127.0.0.1:{server.port}",
                        },
                        open_timeout=20,
                    )

                sockets = []
                for _ in range(sockets_count // 20):
                    sockets += await asyncio.gather(*(open_one() for _ in range(20)))
                key = group_key(meeting)
                await wait_for(lambda: redis.client().zcard(key) == sockets_count, 20, "all joined")
                busiest = 0
                watcher_client = redis.client()

                async def watch():
                    nonlocal busiest
                    while True:
                        clients = watcher_client.info("clients")["connected_clients"]
                        busiest = max(busiest, clients)
                        await asyncio.sleep(0.02)

                watcher = asyncio.create_task(watch())
                await asyncio.sleep(0.1)
                await asyncio.gather(*(s.close() for s in sockets))  # all at once
                await wait_for(lambda: redis.client().exists(key) == 0, 20, "memberships left")
                watcher.cancel()
                return busiest

            busiest = asyncio.run(scenario())
            log = server.log()
        assert "MaxConnectionsError" not in log and "group_discard failed" not in log, log[-3000:]
        assert_no_crash(server)
    # The server's pool plus our own watcher and the brief connection of each check.
    assert busiest <= pool + 3


def test_full_channel_drops_doorbells_but_no_event(transactional_db, redis_binary):
    """A process that stalls (here: SIGSTOP) lets its channel fill up; with capacity 1 every
    doorbell after the first is dropped. Once it runs again its clients still get every event."""
    meeting, cookies = make_room(6)
    with redis_server() as redis:
        env = {**BASE_ENV, "REDIS_URL": redis.url, "CHANNEL_LAYER_CAPACITY": "1"}
        with asgi_server(extra_env=env) as sender, asgi_server(extra_env=env) as stalled:
            senders = [LiveClient(f"s{n}", cookies[n], meeting.pk, [sender.port]) for n in range(3)]
            listeners = [
                LiveClient(f"l{n}", cookies[3 + n], meeting.pk, [stalled.port]) for n in range(3)
            ]
            clients = senders + listeners
            r = redis.client()

            def queued() -> list[int]:
                keys = [
                    k for k in r.scan_iter(match="asgispecific.*") if not k.endswith(b"$inflight")
                ]
                return [r.zcard(k) for k in keys]

            async def scenario():
                for client in clients:
                    client.start()
                for client in clients:
                    await client.wait_connected()
                await say_all(clients, 1, "before")
                await wait_in_sync(clients, meeting.pk)
                stalled.process.send_signal(signal.SIGSTOP)
                try:
                    await say_all(senders, 5, "flood")
                    await wait_in_sync(senders, meeting.pk)
                    # 15 doorbells rung for the stalled process, one kept: its channel is full.
                    assert max(queued()) == 1
                finally:
                    stalled.process.send_signal(signal.SIGCONT)
                await wait_in_sync(clients, meeting.pk)
                await say_all(clients, 1, "after")
                await wait_in_sync(clients, meeting.pk)
                await assert_nothing_lost(clients, meeting.pk)
                for client in clients:
                    await client.stop()

            asyncio.run(scenario())
        assert_no_crash(sender, stalled)
