"""The leader's timer: start, pause, resume, add and clear, seen by everyone in the room, kept on
the meeting's state for late joiners and reconnects; only the leader, only good minutes."""

import datetime

import pytest
from asgiref.sync import sync_to_async
from django.utils import timezone

from live_sessions import protocol, schema
from live_sessions.models import LiveState, MeetingEvent
from tests.live_sessions import test_rooms_beyond_the_group as beyond
from tests.live_sessions.conftest import connect, start_meeting

pytestmark = pytest.mark.django_db(transaction=True)

channel_room = beyond.channel_room  # a finished group's channel (fixture)


def _count_events(meeting):
    return MeetingEvent.objects.filter(meeting=meeting).count()


def _state(meeting):
    return LiveState.objects.get(meeting=meeting)


def _parse(when: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(when)


async def test_start_pause_resume_add_clear_reach_everyone(room):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    assert anouk.welcome["timer"] is None and schema.check(anouk.welcome) == []

    before = timezone.now()
    await leader.send("timer.start", minutes=10)
    started = await anouk.recv_until("timer.changed")
    assert schema.check(started) == []
    assert started["action"] == "start" and started["running"] is True
    assert started["actor"]["role"] == "leader"
    ends_at = _parse(started["ends_at"])
    assert before + datetime.timedelta(minutes=10) <= ends_at
    assert ends_at <= timezone.now() + datetime.timedelta(minutes=10)
    assert 599 <= started["remaining_seconds"] <= 600
    assert (await leader.recv_until("timer.changed"))["seq"] == started["seq"]

    await leader.send("timer.pause")
    paused = await anouk.recv_until("timer.changed")
    assert schema.check(paused) == []
    assert (paused["action"], paused["running"], paused["ends_at"]) == ("pause", False, None)
    assert 590 <= paused["remaining_seconds"] <= 600
    state = await sync_to_async(_state)(room.meeting)
    assert state.timer_ends_at is None and state.timer_remaining == paused["remaining_seconds"]

    await leader.send("timer.add")  # five minutes by default, also while paused
    added = await anouk.recv_until("timer.changed")
    assert added["action"] == "add" and added["running"] is False
    assert added["remaining_seconds"] == paused["remaining_seconds"] + 300

    resumed_from = timezone.now()
    await leader.send("timer.resume")
    resumed = await anouk.recv_until("timer.changed")
    assert resumed["action"] == "resume" and resumed["running"] is True
    ends_at = _parse(resumed["ends_at"])
    expected = datetime.timedelta(seconds=added["remaining_seconds"])
    assert resumed_from + expected - datetime.timedelta(seconds=1) <= ends_at
    assert ends_at <= timezone.now() + expected

    await leader.send("timer.add", minutes=2)  # running: the end moves two minutes later
    later = await anouk.recv_until("timer.changed")
    assert later["running"] is True
    assert _parse(later["ends_at"]) - ends_at == datetime.timedelta(minutes=2)

    await leader.send("timer.clear")
    cleared = await anouk.recv_until("timer.changed")
    assert schema.check(cleared) == []
    assert cleared["action"] == "clear" and cleared["running"] is False
    assert cleared["ends_at"] is None and cleared["remaining_seconds"] is None
    state = await sync_to_async(_state)(room.meeting)
    assert state.timer_ends_at is None and state.timer_remaining is None
    await leader.close()
    await anouk.close()


async def test_only_the_leader_and_nothing_changes(room):
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    before = await sync_to_async(_count_events)(room.meeting)
    for kind in ("timer.start", "timer.pause", "timer.resume", "timer.add", "timer.clear"):
        assert kind in protocol.LEADER_ONLY
        fields = {"minutes": 5} if kind in ("timer.start", "timer.add") else {}
        sent = await anouk.send(kind, **fields)
        error = await anouk.recv_until("error")
        assert (error["code"], error["id"]) == ("forbidden", sent)
        assert schema.check(error) == []
    assert await sync_to_async(_count_events)(room.meeting) == before
    state = await sync_to_async(_state)(room.meeting)
    assert state.timer_ends_at is None and state.timer_remaining is None
    await anouk.close()


@pytest.mark.parametrize(
    "kind, fields",
    [
        ("timer.start", {}),
        ("timer.start", {"minutes": 0}),
        ("timer.start", {"minutes": 181}),
        ("timer.start", {"minutes": -5}),
        ("timer.start", {"minutes": "10"}),
        ("timer.start", {"minutes": 2.5}),
        ("timer.start", {"minutes": True}),
        ("timer.start", {"minutes": None}),
        ("timer.add", {"minutes": 0}),
        ("timer.add", {"minutes": "5"}),
        ("timer.add", {"minutes": 500}),
    ],
)
async def test_bad_minutes_are_refused(room, kind, fields):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("timer.start", minutes=20)
    await leader.recv_until("timer.changed")
    state = await sync_to_async(_state)(room.meeting)
    before = await sync_to_async(_count_events)(room.meeting)
    await leader.send(kind, **fields)
    error = await leader.recv_until("error")
    assert error["code"] == "bad_fields" and "minutes" in error["detail"]
    assert await sync_to_async(_count_events)(room.meeting) == before
    after = await sync_to_async(_state)(room.meeting)
    assert (after.timer_ends_at, after.timer_remaining) == (state.timer_ends_at, None)
    await leader.close()


def test_parse_keeps_good_minutes():
    assert protocol.parse(
        '{"type": "timer.start", "id": "6f1c1e0e-0f6b-4a53-9d8b-3a1f2b4c5d6e", "minutes": 180}',
        is_leader=True,
    ).fields == {"minutes": 180}
    added = protocol.parse(
        '{"type": "timer.add", "id": "6f1c1e0e-0f6b-4a53-9d8b-3a1f2b4c5d6e"}', is_leader=True
    )
    assert added.fields == {"minutes": protocol.TIMER_ADD_MINUTES} == {"minutes": 5}


async def test_commands_that_do_not_fit_the_timer_now(room):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    before = await sync_to_async(_count_events)(room.meeting)
    for kind in ("timer.pause", "timer.resume", "timer.add", "timer.clear"):  # no timer yet
        await leader.send(kind)
        assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    assert await sync_to_async(_count_events)(room.meeting) == before

    await leader.send("timer.start", minutes=178)
    await leader.recv_until("timer.changed")
    await leader.send("timer.resume")  # running, not paused
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    await leader.send("timer.add")  # over 180 minutes
    error = await leader.recv_until("error")
    assert error["code"] == "not_allowed_now" and "180" in error["detail"]
    await leader.send("timer.pause")
    await leader.recv_until("timer.changed")
    await leader.send("timer.pause")  # already paused
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    await leader.close()


async def test_time_that_is_up_cannot_pause_and_adding_counts_from_now(room):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("timer.start", minutes=1)
    await leader.recv_until("timer.changed")
    past = timezone.now() - datetime.timedelta(minutes=3)
    await sync_to_async(LiveState.objects.filter(meeting=room.meeting).update)(timer_ends_at=past)
    await leader.send("timer.pause")
    error = await leader.recv_until("error")
    assert error["code"] == "not_allowed_now"
    before = timezone.now()
    await leader.send("timer.add")
    added = await leader.recv_until("timer.changed")
    ends_at = _parse(added["ends_at"])
    assert before + datetime.timedelta(minutes=5) <= ends_at
    assert ends_at <= timezone.now() + datetime.timedelta(minutes=5)
    await leader.close()


async def test_welcome_carries_the_timer_for_late_joiners_and_reconnects(room):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("timer.start", minutes=15)
    started = await leader.recv_until("timer.changed")

    late = await connect(room.people[1], room.meeting.pk)  # joins after the start
    timer = late.welcome["timer"]
    assert schema.check(late.welcome) == []
    assert timer["running"] is True and timer["ends_at"] == started["ends_at"]
    now = _parse(late.welcome["now"])
    assert abs((now - timezone.now()).total_seconds()) < 5
    left = (_parse(timer["ends_at"]) - now).total_seconds()
    assert timer["remaining_seconds"] == int(left) + (1 if left > int(left) else 0)

    await leader.send("timer.pause")
    paused = await leader.recv_until("timer.changed")
    await late.close()
    # a reconnect (hello with the last seq it had) gets the paused state in its welcome
    again = await connect(room.people[1], room.meeting.pk, last_seq=started["seq"])
    assert again.welcome["timer"] == {
        "running": False,
        "ends_at": None,
        "remaining_seconds": paused["remaining_seconds"],
    }
    assert schema.check(again.welcome) == []
    assert [e["type"] for e in again.welcome["events"] if e["type"] == "timer.changed"] == [
        "timer.changed"
    ]
    await again.close()
    await leader.close()


async def test_the_timer_ends_with_the_meeting_and_not_in_a_group_channel(room):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("timer.start", minutes=5)
    await leader.recv_until("timer.changed")
    await leader.send("session.end")
    await leader.recv_until("session.ended")
    state = await sync_to_async(_state)(room.meeting)
    assert state.timer_ends_at is None and state.timer_remaining is None
    await leader.send("timer.start", minutes=5)
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    await leader.close()
    late = await connect(room.people[0], room.meeting.pk)
    assert late.welcome["timer"] is None
    await late.close()


async def test_a_group_channel_has_no_timer(channel_room):
    channel, leader, _people = channel_room
    lead = await connect(leader, channel.pk)
    assert lead.welcome["timer"] is None
    await lead.send("timer.start", minutes=5)
    assert (await lead.recv_until("error"))["code"] == "not_allowed_now"
    assert await sync_to_async(_count_timer_events)(channel) == 0
    await lead.close()


def _count_timer_events(meeting):
    return MeetingEvent.objects.filter(meeting=meeting, type="timer.changed").count()
