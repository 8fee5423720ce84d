"""Open sockets follow access (issue #12, point 4), through the real routed ASGI app: logout,
deactivation and removal close a person's sockets with 4403; limits hold per person across
sockets; one attendance row per person; chat only while the meeting is on; the origin check
compares scheme, host and port."""

import json
import time
from types import SimpleNamespace
from unittest import mock

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db import OperationalError
from django.test import Client

from accounts.sockets import sockets_recheck
from courses.groups.services import membership_remove
from courses.models import Answer, Attendance, CohortMembership
from jobgroup_platform.asgi import application
from live_sessions import access as room_access
from live_sessions import close_codes, limits, protocol, schema
from live_sessions.models import MeetingEvent
from tests.factories import UserFactory, member_of
from tests.live_sessions.conftest import HOST, ORIGIN, Socket, connect, start_meeting

pytestmark = pytest.mark.django_db(transaction=True)


def logged_in_client(user) -> tuple[Client, bytes]:
    client = Client()
    client.force_login(user)
    value = client.cookies[settings.SESSION_COOKIE_NAME].value
    return client, f"{settings.SESSION_COOKIE_NAME}={value}".encode()


async def open_with(cookie: bytes, meeting_id: int, *, hello=True) -> Socket:
    communicator = WebsocketCommunicator(
        application, f"/ws/meetings/{meeting_id}/", headers=[ORIGIN, HOST, (b"cookie", cookie)]
    )
    connected, _ = await communicator.connect()
    assert connected
    socket = Socket(communicator)
    if hello:
        await socket.send("hello", last_seq=0)
        socket.welcome = await socket.recv_until("welcome")
    return socket


async def refused_code(user, meeting_id) -> int | None:
    """The close code a new socket of `user` gets; nothing else (no `welcome`) comes first."""
    socket = await connect(user, meeting_id, hello=False)
    await socket.send("hello", last_seq=0)
    output = await socket.c.receive_output(timeout=3)
    await socket.close()
    assert output["type"] == "websocket.close", output
    return output.get("code")


# --- access goes: the socket closes with 4403 ----------------------------------------------


async def test_logout_in_another_tab_closes_the_socket_of_that_session_within_5_seconds(room):
    client, cookie = await sync_to_async(logged_in_client)(room.people[0])
    mine = await open_with(cookie, room.meeting.pk)
    other_browser = await connect(room.people[0], room.meeting.pk)  # another session stays
    started = time.monotonic()
    response = await sync_to_async(client.post)("/logout/")
    assert response.status_code in (200, 302)
    assert await mine.close_code(timeout=5) == close_codes.FORBIDDEN
    assert time.monotonic() - started < 5
    await other_browser.send("ping")
    assert (await other_browser.recv_until("pong")) == {"type": "pong"}
    await mine.close()
    await other_browser.close()


async def test_a_person_deactivated_in_the_admin_is_closed_at_once(room):
    from wagtail import hooks

    anouk = await connect(room.people[0], room.meeting.pk)

    def deactivate():  # what Wagtail's user edit view does, then its `after_edit_user` hooks
        user = room.people[0]
        user.is_active = False
        user.save(update_fields=["is_active"])
        for hook in hooks.get_hooks("after_edit_user"):
            hook(None, user)

    await sync_to_async(deactivate)()
    assert await anouk.close_code(timeout=5) == close_codes.FORBIDDEN
    await anouk.close()


async def test_removal_from_the_group_closes_on_the_heartbeat_and_a_new_socket_is_refused(
    room, settings
):
    settings.LIVE_HEARTBEAT_SECONDS = 0.3
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)
    await anouk.send("chat.send", text="Iets persoonlijks")
    await bram.recv_until("chat.message")
    # removed without anyone calling sockets_recheck: the heartbeat's re-check still finds it
    await sync_to_async(
        CohortMembership.objects.filter(cohort=room.cohort, user=room.people[0]).delete
    )()
    assert await anouk.close_code(timeout=5) == close_codes.FORBIDDEN
    await anouk.close()
    # a new socket is refused at once, before any `welcome` could replay the history
    assert await refused_code(room.people[0], room.meeting.pk) == close_codes.FORBIDDEN
    await bram.close()


def _removed_by_coordinator(room, person) -> None:
    coordinator = member_of(room.location, UserFactory(roles=["coordinator"]), coordinator=True)
    membership_remove(cohort=room.cohort, user=person, by=coordinator)


async def test_membership_remove_closes_every_socket_of_the_person_within_5_seconds(room):
    # the heartbeat stays at its default (15 s): only the service's re-check can close in time
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    anouk_tab = await connect(room.people[0], room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)
    started = time.monotonic()
    await sync_to_async(_removed_by_coordinator)(room, room.people[0])
    assert await anouk.close_code(timeout=5) == close_codes.FORBIDDEN
    assert await anouk_tab.close_code(timeout=5) == close_codes.FORBIDDEN
    assert time.monotonic() - started < 5
    await anouk.close()
    await anouk_tab.close()
    assert await refused_code(room.people[0], room.meeting.pk) == close_codes.FORBIDDEN
    await bram.send("chat.send", text="Wij gaan verder.")  # the others stay
    assert "Wij gaan verder." in (await bram.recv_until("chat.message"))["html"]
    await bram.close()


def _shared_with_the_group(room, person) -> Answer:
    return Answer.objects.create(
        participant=person,
        cohort=room.cohort,
        edition=room.cohort.edition,
        block_id="homework-1",
        step_number=1,
        block_type="reflection",
        value={"text": "Mijn schulden lopen op."},
        sharing="group",
    )


async def test_after_a_removal_the_replay_no_longer_shows_the_persons_homework(room):
    answer = await sync_to_async(_shared_with_the_group)(room, room.people[0])
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("homework.show", answer=answer.pk)
    assert "Mijn schulden" in (await leader.recv_until("homework.shown"))["html"]
    await leader.close()
    await sync_to_async(_removed_by_coordinator)(room, room.people[0])

    bram = await connect(room.people[1], room.meeting.pk, last_seq=0)
    await bram.close()
    events = bram.welcome["events"]
    assert "Mijn schulden" not in json.dumps(bram.welcome, ensure_ascii=False)
    assert not [e for e in events if e["type"] == "homework.shown"]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))  # still gap-free
    assert len([e for e in events if e["type"] == "event.erased"]) == 1
    for event in events:
        assert schema.check(event) == [], event
    await sync_to_async(answer.refresh_from_db)()
    assert answer.sharing == Answer.Sharing.PRIVATE  # hers, in Mijn map


async def test_a_closed_socket_gets_nothing_more(room):
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)
    await sync_to_async(
        CohortMembership.objects.filter(cohort=room.cohort, user=room.people[0]).delete
    )()
    await sync_to_async(sockets_recheck)(user_ids=[room.people[0].pk])
    assert await anouk.close_code(timeout=5) == close_codes.FORBIDDEN
    await bram.send("chat.send", text="Na het vertrek")
    await bram.recv_until("chat.message")
    assert await anouk.c.receive_nothing(timeout=0.5)
    await anouk.close()
    await bram.close()


# --- limits per person across sockets ------------------------------------------------------


async def test_a_fourth_socket_of_one_person_is_refused_with_4429(room):
    sockets = [await connect(room.people[0], room.meeting.pk) for _ in range(3)]
    fourth = await connect(room.people[0], room.meeting.pk, hello=False)
    assert await fourth.close_code(timeout=3) == close_codes.TOO_MANY_SOCKETS
    await fourth.close()
    await sockets[0].close()  # a slot is free again
    again = await connect(room.people[0], room.meeting.pk)
    for socket in (*sockets[1:], again):
        await socket.close()


async def test_the_message_limit_holds_per_person_across_sockets(room, monkeypatch):
    # The limit counts per fixed window (LIVE_PERSON_RATE_WINDOW_SECONDS): the clock of the
    # limiter stands still, so all messages fall in one window however slow the machine is.
    now = time.time()
    monkeypatch.setattr(limits, "time", SimpleNamespace(time=lambda: now))
    await sync_to_async(start_meeting)(room.meeting)
    sockets = [await connect(room.people[0], room.meeting.pk) for _ in range(3)]
    limit = settings.LIVE_PERSON_RATE_LIMIT
    for n in range(limit + 10):  # spread over the sockets: each stays under its own bucket
        await sockets[n % 3].send("chat.send", text=f"bericht {n}")
    limited = 0
    for socket in sockets:
        while not await socket.c.receive_nothing(timeout=0.5):
            event = await socket.recv()
            limited += event.get("code") == protocol.RATE_LIMITED
    stored = await sync_to_async(
        MeetingEvent.objects.filter(meeting=room.meeting, type="chat.message").count
    )()
    assert stored <= limit
    assert limited >= 10
    for socket in sockets:
        await socket.close()


# --- attendance: one row per person per meeting --------------------------------------------


async def test_reconnects_and_tabs_keep_one_attendance_row(room):
    leader = await connect(room.leader, room.meeting.pk)
    for _ in range(3):
        tab = await connect(room.people[0], room.meeting.pk)
        await tab.close()
    first = await connect(room.people[0], room.meeting.pk)
    second = await connect(room.people[0], room.meeting.pk)
    await first.close()  # the other tab is still open: still present
    await leader.send("ping")
    await leader.recv_until("pong")
    rows = await sync_to_async(
        lambda: list(Attendance.objects.filter(meeting=room.meeting, user=room.people[0]))
    )()
    assert len(rows) == 1 and rows[0].left_at is None
    await second.close()
    left = await leader.recv_until("presence.left")
    assert left["actor"]["id"] == room.people[0].pk
    row = await sync_to_async(Attendance.objects.get)(meeting=room.meeting, user=room.people[0])
    assert row.left_at is not None
    await leader.close()


# --- chat only while the meeting is on -----------------------------------------------------


async def test_chat_only_while_the_meeting_is_on(room):
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    client_id = await anouk.send("chat.send", text="Is er al iemand?")
    error = await anouk.recv_until("error")
    assert error["code"] == protocol.NOT_LIVE and error["id"] == client_id
    assert schema.check(error) == []
    await leader.send("session.start")
    await anouk.recv_until("session.started")
    await anouk.send("chat.send", text="Nu wel")
    assert "Nu wel" in (await leader.recv_until("chat.message"))["html"]
    await leader.send("session.end")
    await anouk.recv_until("session.ended")
    await anouk.send("chat.send", text="Nog even napraten")
    assert (await anouk.recv_until("error"))["code"] == protocol.NOT_LIVE
    chats = await sync_to_async(
        lambda: list(
            MeetingEvent.objects.filter(type="chat.message").values_list("payload", flat=True)
        )
    )()
    assert [c["html"] for c in chats] == ["<p>Nu wel</p>"]
    await leader.close()
    await anouk.close()


# --- roles next to names -------------------------------------------------------------------


async def test_every_name_in_the_room_comes_with_its_role(room):
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    roles = {p["id"]: p["role"] for p in anouk.welcome["present"]}
    assert roles == {room.leader.pk: "leader", room.people[0].pk: "participant"}
    await leader.send("hand.raise")
    raised = await anouk.recv_until("hand.raised")
    assert raised["actor"] == {"id": room.leader.pk, "name": "Lotte", "role": "leader"}
    bram = await connect(room.people[1], room.meeting.pk)
    assert {h["id"]: h["role"] for h in bram.welcome["hands"]} == {room.leader.pk: "leader"}
    for socket in (leader, anouk, bram):
        await socket.close()


# --- the origin: scheme, host and port -----------------------------------------------------


async def _handshake(headers) -> bool:
    communicator = WebsocketCommunicator(application, "/ws/meetings/1/", headers=headers)
    connected, _ = await communicator.connect()
    await communicator.disconnect()
    return connected


@pytest.mark.parametrize(
    ("origin", "host", "accepted"),
    [
        (b"http://127.0.0.1:8000", b"127.0.0.1:8000", True),  # the site itself
        (b"http://127.0.0.1:9000", b"127.0.0.1:9000", True),  # itself, on another port
        (b"http://127.0.0.1:9001", b"127.0.0.1:9000", False),  # wrong port
        (b"https://127.0.0.1:9000", b"127.0.0.1:9000", False),  # wrong scheme
        (b"http://localhost:9000", b"127.0.0.1:9000", False),  # another host
        (b"https://evil.example", b"127.0.0.1:9000", False),
        (b"null", b"127.0.0.1:9000", False),
        (None, b"127.0.0.1:9000", False),  # no Origin at all: refused
        (b"http://evil.example:9000", b"evil.example:9000", False),  # host not allowed
    ],
)
async def test_the_origin_must_be_the_site_itself(origin, host, accepted):
    headers = [(b"host", host)]
    if origin is not None:
        headers.append((b"origin", origin))
    assert await _handshake(headers) is accepted


async def test_the_origin_follows_the_scheme_behind_the_proxy():
    communicator = WebsocketCommunicator(
        application,
        "/ws/meetings/1/",
        headers=[(b"host", b"localhost"), (b"origin", b"https://localhost")],
    )
    communicator.scope["scheme"] = "wss"  # uvicorn --proxy-headers, X-Forwarded-Proto: https
    connected, _ = await communicator.connect()
    await communicator.disconnect()
    assert connected
    plain = [(b"host", b"localhost"), (b"origin", b"https://localhost")]
    assert await _handshake(plain) is False  # the same origin over plain ws: refused


async def test_the_heartbeat_asks_the_gate_only_every_nth_beat(room, settings):
    """Every beat catches up; only every `LIVE_RECHECK_EVERY_BEATS`th beat asks the gate again."""
    settings.LIVE_HEARTBEAT_SECONDS = 0.3
    settings.LIVE_RECHECK_EVERY_BEATS = 3
    calls = []
    real = room_access.socket_access

    def counting(**kwargs):
        calls.append(kwargs["user_id"])
        return real(**kwargs)

    with mock.patch.object(room_access, "socket_access", side_effect=counting):
        anouk = await connect(room.people[0], room.meeting.pk, hello=False)
        for _beat in range(7):  # beats 3 and 6 ask; the 7th heartbeat comes after the 6th's check
            await anouk.recv_until("heartbeat", timeout=5)
        assert calls == [room.people[0].pk] * 2
        await anouk.close()


async def test_a_recheck_that_failed_is_repeated_on_the_next_beat(room, settings):
    """A re-check that hit a database error is due again on the next beat, not only on the Nth."""
    settings.LIVE_HEARTBEAT_SECONDS = 0.3
    settings.LIVE_RECHECK_EVERY_BEATS = 1000
    anouk = await connect(room.people[0], room.meeting.pk)
    await sync_to_async(
        CohortMembership.objects.filter(cohort=room.cohort, user=room.people[0]).delete
    )()
    failures = iter([OperationalError("the database is away")])
    real = room_access.socket_access

    def flaky(**kwargs):
        for failure in failures:
            raise failure
        return real(**kwargs)

    with mock.patch.object(room_access, "socket_access", side_effect=flaky):
        await sync_to_async(sockets_recheck)(user_ids=[room.people[0].pk])
        assert await anouk.close_code(timeout=5) == close_codes.FORBIDDEN
    await anouk.close()
