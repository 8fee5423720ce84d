"""PostgreSQL away for a moment (issue #7, "Fault tests"): a TCP proxy between the server process
and PostgreSQL is cut (open connections closed, new ones refused) and restored. /healthz says 503
naming the database, a chat message gets an `error` and nothing is half-stored, the socket stays
usable, and after the restore the service recovers by itself and the retry goes through once.

Only for a PostgreSQL run (DATABASE_URL): with SQLite there is no database server to lose.
"""

import json
import time
import urllib.error
import urllib.request
import uuid

import pytest
from django.db import connection

from live_sessions.models import LiveState, MeetingEvent
from tests import servers
from tests.live_sessions.test_fault_recovery import make_room
from tests.servers import TcpProxy, asgi_server


def healthz(server) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"{server.url}/healthz", timeout=10) as response:  # noqa: S310
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def recv_until(socket, predicate, timeout=10) -> list[dict]:
    """Events up to and including the first one that matches."""
    seen = []
    deadline = time.monotonic() + timeout
    while True:
        event = json.loads(socket.recv(timeout=max(0.1, deadline - time.monotonic())))
        seen.append(event)
        if predicate(event):
            return seen


def assert_gap_free(meeting_id: int) -> list[MeetingEvent]:
    events = list(MeetingEvent.objects.filter(meeting_id=meeting_id).order_by("seq"))
    last = LiveState.objects.get(meeting_id=meeting_id).last_seq
    assert [e.seq for e in events] == list(range(1, last + 1))  # no event without its seq update
    return events


def test_database_outage_is_reported_and_survived(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite in this run: no database server to cut (the PostgreSQL run covers it)")
    from websockets.sync.client import connect

    meeting, cookies = make_room(1)
    db = connection.settings_dict
    host, port = db.get("HOST") or "127.0.0.1", int(db.get("PORT") or 5432)
    proxy = TcpProxy(host, port)
    proxied = servers.test_database_url().replace(f"@{host}:{port}/", f"@127.0.0.1:{proxy.port}/")
    assert proxied != servers.test_database_url()
    try:
        with asgi_server(database_url=proxied, extra_env={"LIVE_HEARTBEAT_SECONDS": "1"}) as server:
            with connect(
                f"ws://127.0.0.1:{server.port}/ws/meetings/{meeting.pk}/",
                additional_headers={"Cookie": cookies[0], "Origin": server.url},
            ) as socket:
                socket.send(json.dumps({"type": "hello", "last_seq": 0}))
                recv_until(socket, lambda e: e["type"] == "welcome")
                socket.send(
                    json.dumps({"type": "chat.send", "id": str(uuid.uuid4()), "text": "eerst"})
                )
                recv_until(socket, lambda e: e["type"] == "chat.message")
                # With a socket connected and idle, the channel layer check still answers.
                assert healthz(server) == (
                    200,
                    {"status": "ok", "database": "ok", "channel_layer": "ok"},
                )

                proxy.cut()
                status, body = healthz(server)
                assert status == 503
                assert body["database"] == "error" and body["status"] == "error"

                message_id = str(uuid.uuid4())
                send = {"type": "chat.send", "id": message_id, "text": "tijdens de storing"}
                socket.send(json.dumps(send))
                error = recv_until(socket, lambda e: e["type"] in ("error", "chat.message"))[-1]
                assert error["type"] == "error" and error["id"] == message_id
                assert error["code"] == "server_busy"
                # The socket is still there and answers (a heartbeat failing on the database too).
                time.sleep(1.5)
                socket.send(json.dumps({"type": "ping"}))
                recv_until(socket, lambda e: e["type"] == "pong")
                # Nothing half-stored: no trace of the message, the seq still gap-free.
                events = assert_gap_free(meeting.pk)
                assert message_id not in {e.client_id for e in events}

                proxy.restore()
                deadline = time.monotonic() + 10
                while healthz(server)[0] != 200:
                    assert time.monotonic() < deadline, "healthz did not recover"
                    time.sleep(0.2)

                socket.send(json.dumps(send))  # the retry, same id
                stored = recv_until(
                    socket,
                    lambda e: e.get("type") == "chat.message" and e["client_id"] == message_id,
                )[-1]
                socket.send(
                    json.dumps(send)
                )  # once more: answered with the stored event, not a copy
                again = recv_until(
                    socket,
                    lambda e: e.get("type") == "chat.message" and e["client_id"] == message_id,
                )[-1]
                assert again["seq"] == stored["seq"]
            log = server.log()
    finally:
        proxy.close()
    events = assert_gap_free(meeting.pk)
    assert [e.client_id for e in events].count(message_id) == 1
    assert "Exception in ASGI application" not in log, log[-3000:]
