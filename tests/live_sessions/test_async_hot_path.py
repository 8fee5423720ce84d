"""The room's async hot path (live_sessions/fastdb.py): on PostgreSQL a chat message and a
heartbeat do not use Django's sync thread, with the same guarantees as the sync path (which
SQLite keeps, and which these tests then exercise the same way)."""

import asyncio

import pytest
from asgiref.sync import sync_to_async
from django.db import connection

from live_sessions import consumers, fastdb
from live_sessions.events import serialize
from live_sessions.formats import room_names
from live_sessions.models import LiveState, MeetingEvent
from tests.live_sessions.conftest import connect, start_meeting

pytestmark = pytest.mark.django_db(transaction=True)


def _stored(meeting, seq):
    event = MeetingEvent.objects.select_related("actor").get(meeting=meeting, seq=seq)
    return serialize(event, room_names(meeting, [event.actor]))


def _no_sync_apply(**kwargs):
    raise AssertionError("chat.send went through the sync thread")


def test_on_with_postgresql_only(settings):
    assert fastdb.enabled() == (connection.vendor == "postgresql")
    settings.LIVE_ASYNC_DB = False
    assert not fastdb.enabled()


async def test_chat_is_stored_before_it_is_sent_and_a_retry_changes_nothing(room, monkeypatch):
    if fastdb.enabled():  # PostgreSQL: the message must not touch the sync path
        monkeypatch.setattr(consumers, "_apply", _no_sync_apply)
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    client_id = await anouk.send("chat.send", text="Hallo **allemaal**")
    got = [await s.recv_until("chat.message") for s in (leader, anouk)]
    stored = await sync_to_async(_stored)(room.meeting, got[0]["seq"])
    assert got[0] == got[1] == stored  # what was sent is exactly what is stored
    assert stored["client_id"] == client_id and "<strong>allemaal</strong>" in stored["html"]
    state = await LiveState.objects.aget(meeting=room.meeting)
    assert state.last_seq == stored["seq"]

    monkeypatch.undo()  # the retry is answered by the sync path, with the stored event
    await anouk.send("chat.send", id=client_id, text="Hallo **allemaal**")
    again = await anouk.recv_until("chat.message")
    assert again == stored
    assert (
        await MeetingEvent.objects.filter(meeting=room.meeting, client_id=client_id).acount() == 1
    )
    assert (await LiveState.objects.aget(meeting=room.meeting)).last_seq == stored["seq"]
    await leader.nothing()  # nobody is told twice
    await leader.close()
    await anouk.close()


async def test_chat_before_the_start_is_refused_and_nothing_stored(room):
    anouk = await connect(room.people[0], room.meeting.pk)
    before = (await LiveState.objects.aget(meeting=room.meeting)).last_seq
    await anouk.send("chat.send", text="Te vroeg")
    error = await anouk.recv_until("error")
    assert error["code"] == "not_live"
    assert not await MeetingEvent.objects.filter(
        meeting=room.meeting, type="chat.message"
    ).aexists()
    assert (await LiveState.objects.aget(meeting=room.meeting)).last_seq == before
    await anouk.close()


async def test_seq_stays_gap_free_with_both_paths_at_once(room):
    """Chat on the async path and hands on the sync path, from three sockets at once: every
    event gets the next seq, no seq is used twice or skipped, everyone gets all in order."""
    await sync_to_async(start_meeting)(room.meeting)
    sockets = [await connect(p, room.meeting.pk) for p in room.people]
    start = (await LiveState.objects.aget(meeting=room.meeting)).last_seq

    async def talk(socket, n):
        for i in range(n):
            await socket.send("chat.send", text=f"bericht {i}")
            if i % 3 == 0:
                await socket.send("hand.raise" if i % 2 == 0 else "hand.lower")

    await asyncio.gather(*(talk(s, 8) for s in sockets))
    total = 3 * (8 + 3)
    received = {}
    for socket in sockets:
        received[socket] = []
        while len(received[socket]) < total:
            event = await socket.recv(timeout=5)
            assert event["type"] != "error", event
            if event.get("seq", 0) > start:
                received[socket].append(event["seq"])
    seqs = [
        seq
        async for seq in MeetingEvent.objects.filter(meeting=room.meeting, seq__gt=start)
        .order_by("seq")
        .values_list("seq", flat=True)
    ]
    assert seqs == list(range(start + 1, start + 1 + total))
    assert (await LiveState.objects.aget(meeting=room.meeting)).last_seq == seqs[-1]
    for socket in sockets:
        assert received[socket] == seqs  # everyone: all of them, in order, once
        await socket.close()


async def test_a_heartbeat_catches_up_an_event_whose_doorbell_was_lost(room, settings):
    settings.LIVE_HEARTBEAT_SECONDS = 0.2
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)

    def store_without_doorbell():
        state = LiveState.objects.get(meeting=room.meeting)
        state.last_seq += 1
        MeetingEvent.objects.create(
            meeting=room.meeting,
            seq=state.last_seq,
            type="chat.message",
            actor=room.leader,
            actor_role="leader",
            payload={"html": "<p>stil</p>", "client_id": ""},
        )
        state.save()
        return state.last_seq

    seq = await sync_to_async(store_without_doorbell)()
    event = await anouk.recv_until("chat.message", timeout=3)
    assert event["seq"] == seq and event["html"] == "<p>stil</p>"
    await anouk.close()
