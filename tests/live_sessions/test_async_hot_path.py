"""The room's async hot path (live_sessions/fastdb.py): on PostgreSQL a chat message and a
heartbeat do not use Django's sync thread, with the same guarantees as the sync path (which
SQLite keeps, and which these tests then exercise the same way)."""

import asyncio

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.db import connection
from django.utils import timezone

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


def _no_sync_catch_up(**kwargs):
    raise AssertionError("the catch-up went through the sync thread")


async def test_a_heartbeat_catches_up_an_event_whose_doorbell_was_lost(room, settings, monkeypatch):
    settings.LIVE_HEARTBEAT_SECONDS = 0.2
    settings.LIVE_ASYNC_CATCH_UP = True  # (off by default, see fastdb.catch_up_enabled)
    if fastdb.enabled():  # PostgreSQL: the beat and its catch-up stay off the sync thread
        monkeypatch.setattr(consumers, "_missed", _no_sync_catch_up)
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


# Every kind of event the room stores (live_sessions.services), with the payload keys it carries.
EVERY_KIND = [
    ("presence.joined", {}),
    ("session.started", {}),
    ("block.changed", {"block": "group_talk"}),
    ("hand.raised", {"user": 0, "hands": [0]}),
    ("hand.lowered", {"user": 0, "hands": []}),
    ("chat.message", {"html": "<p>Hallo <strong>allemaal</strong></p>", "client_id": "c1"}),
    ("message.hidden", {"seq": 6}),
    ("answer.posted", {"html": "<p>Mijn antwoord</p>", "question": "q1", "client_id": "c2"}),
    ("homework.shown", {"homework": [{"name": "Anouk", "html": "<p>x</p>"}]}),
    ("note.added", {"note": {"id": 1, "html": "<p>afspraak</p>", "kind": "agreement"}}),
    ("breakout.opened", {"groups": [[0, 1], [2]]}),
    ("breakout.visited", {"user": 0, "group": 1}),
    ("breakout.left", {"user": 0, "group": 1}),
    ("breakout.closed", {}),
    ("media.muted", {"user": 0}),
    ("media.all_muted", {}),
    ("media.floor_given", {"user": 0}),
    ("media.state_changed", {"user": 0, "mic": False, "camera": True}),
    ("timer.changed", {"timer": {"ends_at": "2026-12-04T20:00:00+00:00", "remaining": None}}),
    ("presence.left", {}),
    ("session.ended", {}),
]


def _store_every_kind(room) -> list[int]:
    """Each kind twice: for everyone, and for a breakout group only (Anouk and Bram); one chat
    message hidden by the leader, one event without an actor, two events tombstoned by an
    erasure, a person without a display name. Returns the audience's user ids."""
    from live_sessions.personal_data import events_tombstone

    anouk, bram, chaima = room.people
    chaima.display_name = ""  # named by her full name, or her e-mail address
    chaima.first_name = chaima.last_name = ""
    chaima.save()
    group = [anouk.pk, bram.pk]
    actors = [room.leader, anouk, bram, chaima, None]
    state = LiveState.objects.get_or_create(meeting=room.meeting)[0]
    for i, (kind, payload) in enumerate(EVERY_KIND * 2):
        actor = actors[i % len(actors)]
        state.last_seq += 1
        MeetingEvent.objects.create(
            meeting=room.meeting,
            seq=state.last_seq,
            type=kind,
            actor=actor,
            actor_role="leader" if actor == room.leader else ("participant" if actor else ""),
            client_id=f"id-{i}" if kind in ("chat.message", "answer.posted") else "",
            payload=payload,
            audience=group if i >= len(EVERY_KIND) else [],
            hidden=kind == "chat.message" and i >= len(EVERY_KIND),
        )
    state.save()
    events_tombstone(MeetingEvent.objects.filter(meeting=room.meeting, seq__in=[3, 30]))
    return group


async def test_the_async_catch_up_sends_exactly_what_the_selector_does(room):
    """`fastdb.events_after` (PostgreSQL) against `selectors.events_after`, for the same meeting:
    every kind of event, for everyone and for a breakout group, a hidden message, erased events,
    seen by the leader, a participant in the group and one outside it, from several points."""
    if not fastdb.enabled():
        pytest.skip("SQLite in this run: no async connection (the PostgreSQL run covers it)")
    group = await database_sync_to_async(_store_every_kind)(room)
    try:
        await _compare(room, group)
    finally:
        fastdb.close_all()  # before this test's event loop goes (and the test database)


async def _compare(room, group):
    from live_sessions import selectors

    total = 2 * len(EVERY_KIND)
    outside = room.people[2]
    assert outside.pk not in group
    for user, is_leader in ((room.leader, True), (room.people[0], False), (outside, False)):
        for after in (0, 1, len(EVERY_KIND), total - 1, total, total + 5):
            expected = await database_sync_to_async(selectors.events_after)(
                meeting=room.meeting, after=after, user=user, is_leader=is_leader
            )
            got = await fastdb.events_after(
                meeting=room.meeting, after=after, user_id=user.pk, is_leader=is_leader
            )
            assert got == expected, (user, after)
            # the same wire text, key for key
            assert [consumers._dumps(e) for e in got[0]] == [
                consumers._dumps(e) for e in expected[0]
            ]
    # the rules did something: the outsider misses the group's events, the hidden one is empty
    everything, _ = await fastdb.events_after(
        meeting=room.meeting, after=0, user_id=room.leader.pk, is_leader=True
    )
    theirs, last = await fastdb.events_after(
        meeting=room.meeting, after=0, user_id=outside.pk, is_leader=False
    )
    assert len(everything) == total and last == total
    assert len(theirs) == len(EVERY_KIND) + 1  # the tombstone at seq 30 has no audience left
    hidden = [e for e in everything if e.get("hidden")]
    assert len(hidden) == 1 and hidden[0]["html"] == ""
    assert {e["seq"] for e in everything if e["type"] == "event.erased"} == {3, 30}


async def test_a_group_channel_catch_up_is_left_to_the_sync_path(room):
    if not fastdb.enabled():
        pytest.skip("SQLite in this run: no async connection (the PostgreSQL run covers it)")
    from courses.models import Meeting

    room.meeting.kind = Meeting.Kind.NETWORK
    with pytest.raises(fastdb.Fallback):
        await fastdb.events_after(
            meeting=room.meeting, after=0, user_id=room.leader.pk, is_leader=True
        )


def _hello_queries(room, user, attendance_id=None):
    """The sync part of a `hello` as the consumer calls it on this database, with its queries."""
    from django.test.utils import CaptureQueriesContext

    from courses.network.access import meeting_for_member
    from live_sessions import services

    access, meeting = meeting_for_member(user=user, meeting_id=room.meeting.pk)
    fast = fastdb.enabled()
    with CaptureQueriesContext(connection) as ctx:
        (result, _doorbells) = services.defer_doorbells(
            consumers._hello,
            access=access,
            meeting=meeting,
            user=user,
            attendance_id=attendance_id,
            after=0,
            display=user.name,
            replay=not fast,
        )
    sql = [q["sql"] for q in ctx.captured_queries if q["sql"] not in ("BEGIN", "COMMIT")]
    return result, [q for q in sql if "SAVEPOINT" not in q]


def test_the_join_reads_state_and_presence_once(room):
    """The join's state and presence list are the welcome's: no second read of either, the
    meeting not read again, and the list is what `present_user_ids` reads after the join (also
    for a person who comes back: their first `joined_at` keeps their place)."""
    from live_sessions import selectors, services

    start_meeting(room.meeting)
    anouk, bram, _ = room.people
    (anouk_id, _state, _events, _last), queries = _hello_queries(room, anouk)
    _hello_queries(room, room.leader)
    (_bram_id, state, events, _last), queries = _hello_queries(room, bram)
    assert [p["id"] for p in state["present"]] == services.present_user_ids(room.meeting)
    assert [p["id"] for p in state["present"]] == [anouk.pk, room.leader.pk, bram.pk]
    assert state["last_seq"] == LiveState.objects.get(meeting=room.meeting).last_seq
    assert sum('"live_sessions_livestate"' in q for q in queries) == 2  # locked, then saved
    assert not any(q.startswith('SELECT "courses_meeting"') for q in queries)
    presence_reads = [q for q in queries if q.startswith("SELECT") and '"left_at" IS NULL' in q]
    assert len(presence_reads) == 1
    # the replay (SQLite: in the same trip) names its actors with the events, in one query
    assert not any(q.startswith('SELECT "accounts_user"') for q in queries[-1:])
    if not fastdb.enabled():
        assert (
            events
            == selectors.events_after(meeting=room.meeting, after=0, user=bram, is_leader=False)[0]
        )
    # Anouk leaves and comes back: her first joined_at stays, so she stays first
    from courses.models import Attendance

    Attendance.objects.filter(pk=anouk_id).update(left_at=timezone.now())
    (_id, state, _events, _last), _ = _hello_queries(room, anouk)
    assert _id == anouk_id
    assert [p["id"] for p in state["present"]] == services.present_user_ids(room.meeting)
    assert [p["id"] for p in state["present"]] == [anouk.pk, room.leader.pk, bram.pk]
