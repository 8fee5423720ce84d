"""The leader's controls (issue #13): stepping into a breakout group and back, a start and an end
that cannot hit the wrong meeting, the mute without the meeting's lock held, and trainers
running a volunteer training in the same room."""

import datetime

import pytest
from asgiref.sync import sync_to_async
from django.db import connection
from django.test import Client
from django.utils import timezone

from courses.models import Meeting
from live_sessions import media, protocol, schema, services
from live_sessions.models import LiveState, MeetingEvent
from tests.factories import UserFactory, make_cohort, make_programme
from tests.live_sessions.conftest import connect, start_meeting
from tests.live_sessions.test_media import _join, _owners_allowed, _participants, _run

pytestmark = pytest.mark.django_db(transaction=True)


def _add_participant(room, name):
    from courses.groups.services import cohort_add_member

    person = UserFactory(roles=["participant"], display_name=name)
    cohort_add_member(cohort=room.cohort, user=person, role="participant")
    return person


async def _four_in_pairs(room):
    """The leader and four participants in the room, the meeting on, in two pairs."""
    dirk = await sync_to_async(_add_participant)(room, "Dirk")
    people = [*room.people, dirk]
    room.by_pk = {p.pk: p for p in people}
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    sockets = {p.pk: await connect(p, room.meeting.pk) for p in people}
    await leader.send("breakout.open", size=2)
    rooms = (await leader.recv_until("breakout.opened"))["rooms"]
    assert len(rooms) == 2 and all(len(group) == 2 for group in rooms)
    for socket in sockets.values():
        await socket.recv_until("breakout.opened")
    return leader, sockets, rooms


async def _close(*sockets):
    for socket in sockets:
        await socket.close()


def _count_events(meeting):
    return MeetingEvent.objects.filter(meeting=meeting).count()


async def test_the_leader_steps_into_a_pair_and_the_pair_sees_it(room):
    anouk = await connect(room.people[0], room.meeting.pk)
    await anouk.send("breakout.visit", group=0)  # only a leader
    assert (await anouk.recv_until("error"))["code"] == "forbidden"
    await anouk.send("breakout.leave")
    assert (await anouk.recv_until("error"))["code"] == "forbidden"
    await anouk.close()

    leader, sockets, rooms = await _four_in_pairs(room)
    before = await sync_to_async(_count_events)(room.meeting)
    await leader.send("breakout.visit", group=2)  # out of range: an error, nothing stored
    error = await leader.recv_until("error")
    assert error["code"] == "bad_fields" and schema.check(error) == []
    await leader.send("breakout.visit", group="1")
    assert (await leader.recv_until("error"))["code"] == "bad_fields"
    await leader.send("breakout.leave")  # not in a group
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    assert await sync_to_async(_count_events)(room.meeting) == before

    await leader.send("breakout.visit", group=1)
    for socket in [leader, *sockets.values()]:
        visited = await socket.recv_until("breakout.visited")
        assert schema.check(visited) == []
        assert (visited["group"], visited["user"]) == (1, room.leader.pk)
        assert visited["actor"]["role"] == "leader"
    # a page of the pair that comes back knows the leader is there
    again = await connect(room.by_pk[rooms[1][0]], room.meeting.pk)
    assert again.welcome["visits"] == [{"user": room.leader.pk, "group": 1}]
    assert schema.check(again.welcome) == []
    await again.close()

    # the leader's chat in that pair's log reaches the pair, and only the pair
    await leader.send("chat.send", text="Hoe gaat het hier?", room=1)
    for uid in rooms[1]:
        message = await sockets[uid].recv_until("chat.message")
        assert message["room"] == 1 and "Hoe gaat het" in message["html"]
    for uid in rooms[0]:
        assert await sockets[uid].nothing()

    await leader.send("breakout.leave")
    for socket in [leader, *sockets.values()]:
        left = await socket.recv_until("breakout.left")
        assert schema.check(left) == [] and (left["group"], left["user"]) == (1, room.leader.pk)
    late = await connect(room.people[0], room.meeting.pk)
    assert late.welcome["visits"] == []
    await _close(late, leader, *sockets.values())


async def test_closing_the_pairs_while_visiting_ends_the_visit(room):
    leader, sockets, rooms = await _four_in_pairs(room)
    await leader.send("breakout.visit", group=0)
    await leader.recv_until("breakout.visited")
    await leader.send("breakout.close")
    await leader.recv_until("breakout.closed")
    again = await connect(room.leader, room.meeting.pk)
    assert again.welcome["visits"] == [] and again.welcome["breakout"] == []
    await leader.send("breakout.leave")
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    await _close(again, leader, *sockets.values())


async def test_the_visiting_leader_gets_the_pairs_media_room_and_back(room, media_on):
    leader, sockets, rooms = await _four_in_pairs(room)
    main = leader.welcome["media"]["room"]
    for socket in sockets.values():  # everyone moved to their pair's room
        await socket.recv_until("media.changed")
    assert (await leader.recv_until("media.changed"))["media"]["room"] == main  # the leader not

    await leader.send("breakout.visit", group=1)
    changed = await leader.recv_until("media.changed")
    assert schema.check(changed) == []
    pair_room = media.room_number(room.meeting.pk, 1)
    assert changed["media"]["room"] == pair_room and changed["media"]["group"] == 1
    assert await _run(_owners_allowed, room.meeting.pk, 1) == {*rooms[1], room.leader.pk}
    assert room.leader.pk not in await _run(_owners_allowed, room.meeting.pk, 0)
    client, answer = await _join(media_on, changed["media"])
    assert answer["audiobridge"] == "joined"
    assert changed["media"]["user_id"] in await _run(_participants, room.meeting.pk, 1)
    # the participants' rooms did not change: no media.changed for them
    for uid in rooms[0]:
        await sockets[uid].recv_until("breakout.visited")
        assert await sockets[uid].nothing()

    await leader.send("breakout.leave")
    back = await leader.recv_until("media.changed")
    assert back["media"]["room"] == main and back["media"]["group"] is None
    await _run(client.close)

    # closing the pairs while visiting: the leader is sent back to the meeting's room too
    await leader.send("breakout.visit", group=0)
    assert (await leader.recv_until("media.changed"))["media"]["group"] == 0
    await leader.send("breakout.close")
    back = await leader.recv_until("media.changed")
    assert back["media"]["room"] == main and back["media"]["group"] is None
    await _close(leader, *sockets.values())


# --- Start and end ---------------------------------------------------------------------------


def _meeting_of_step(room, step, starts_at, status=Meeting.Status.PLANNED):
    return Meeting.objects.create(
        cohort=room.cohort, step_number=step, starts_at=starts_at, status=status
    )


async def test_starting_next_weeks_meeting_needs_a_confirmation(room):
    next_week = timezone.now() + datetime.timedelta(days=7)
    later = await sync_to_async(_meeting_of_step)(room, 2, next_week)
    leader = await connect(room.leader, later.pk)
    before = await sync_to_async(_count_events)(later)
    await leader.send("session.start")
    error = await leader.recv_until("error")
    assert error["code"] == protocol.CONFIRM_NEEDED and schema.check(error) == []
    day = services._local(next_week)
    assert "(stap 2)" in error["detail"] and f" {day.day} " in error["detail"]
    assert error["detail"].endswith("Weet je zeker dat je nu wilt beginnen?")
    assert await sync_to_async(_count_events)(later) == before
    state = await sync_to_async(LiveState.objects.get)(meeting=later)
    assert state.status == LiveState.Status.WAITING

    await leader.send("session.start", confirm="ja")
    assert (await leader.recv_until("error"))["code"] == "bad_fields"
    await leader.send("session.start", confirm=True)
    started = await leader.recv_until("session.started")
    assert schema.check(started) == []
    await leader.close()


async def test_the_current_meeting_starts_without_a_question(room):
    # the meeting of step 2 next week does not make this week's the wrong one
    await sync_to_async(_meeting_of_step)(room, 2, timezone.now() + datetime.timedelta(days=7))
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("session.start")
    assert (await leader.recv_until("session.started"))["block"] == "welcome"
    await leader.close()


async def test_last_weeks_meeting_asks_when_this_weeks_is_nearer(room):
    # step 1 was planned last week and never held; step 2 is now: step 1 asks first
    def move():
        Meeting.objects.filter(pk=room.meeting.pk).update(
            starts_at=timezone.now() - datetime.timedelta(days=7)
        )
        return _meeting_of_step(room, 2, timezone.now())

    this_week = await sync_to_async(move)()
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("session.start")
    assert (await leader.recv_until("error"))["code"] == protocol.CONFIRM_NEEDED
    await leader.close()
    # and step 2 itself starts at once
    leader = await connect(room.leader, this_week.pk)
    await leader.send("session.start")
    await leader.recv_until("session.started")
    await leader.close()


async def test_a_meeting_while_an_earlier_one_runs_asks_first(room):
    await sync_to_async(start_meeting)(room.meeting)
    await sync_to_async(Meeting.objects.filter(pk=room.meeting.pk).update)(
        status=Meeting.Status.LIVE
    )
    second = await sync_to_async(_meeting_of_step)(room, 2, timezone.now())
    leader = await connect(room.leader, second.pk)
    await leader.send("session.start")
    error = await leader.recv_until("error")
    assert error["code"] == protocol.CONFIRM_NEEDED
    assert error["detail"].startswith("Stap 1 van deze groep is nog bezig.")
    await leader.close()


async def test_an_ended_meeting_of_another_week_cannot_be_started_again(room):
    last_week = timezone.now() - datetime.timedelta(days=7)

    def ended_last_week():
        Meeting.objects.filter(pk=room.meeting.pk).update(
            starts_at=last_week, status=Meeting.Status.ENDED
        )
        LiveState.objects.update_or_create(
            meeting=room.meeting, defaults={"status": LiveState.Status.ENDED}
        )

    await sync_to_async(ended_last_week)()
    leader = await connect(room.leader, room.meeting.pk)
    before = await sync_to_async(_count_events)(room.meeting)
    for confirm in (False, True):
        await leader.send("session.start", confirm=confirm)
        error = await leader.recv_until("error")
        assert error["code"] == "not_allowed_now"
        assert "niet opnieuw" in error["detail"]
    assert await sync_to_async(_count_events)(room.meeting) == before
    await leader.close()


async def test_an_ended_meeting_of_today_starts_again_only_when_confirmed(room):
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("session.start")
    await leader.recv_until("session.started")
    await leader.send("session.end")
    await leader.recv_until("session.ended")
    await leader.send("session.start")
    assert (await leader.recv_until("error"))["code"] == protocol.CONFIRM_NEEDED
    await leader.send("session.start", confirm=True)
    await leader.recv_until("session.started")
    await leader.close()


def test_a_meeting_more_than_an_hour_away_asks_and_the_room_page_says_so(room):
    # the room page gives the question to the start button beforehand (room-leader.js)
    Meeting.objects.filter(pk=room.meeting.pk).update(
        starts_at=timezone.now() + datetime.timedelta(minutes=90)
    )
    room.meeting.refresh_from_db()
    refusal, question = services.start_check(room.meeting)
    assert refusal is None and "(stap 1)" in question
    soon = room.meeting.starts_at - datetime.timedelta(minutes=45)
    assert services.start_check(room.meeting, now=soon) == (None, None)
    client = Client()
    client.force_login(room.leader)
    page = client.get(f"/bijeenkomsten/{room.meeting.pk}/").content.decode()
    assert 'data-leader-action="session.start"' in page
    assert "data-confirm=" in page and "(stap 1)" in page
    assert 'data-send="session.start"' not in page and 'data-send="session.end"' not in page


# --- The mute, without the meeting's lock ----------------------------------------------------


async def test_the_mute_calls_janus_outside_the_meetings_transaction(room, media_on, monkeypatch):
    calls = []
    real = media.media_mute

    def watched(**kwargs):
        calls.append(connection.in_atomic_block)
        return real(**kwargs)

    monkeypatch.setattr(media, "media_mute", watched)
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    client, answer = await _join(media_on, anouk.welcome["media"])
    assert answer["audiobridge"] == "joined"
    await leader.send("media.mute", user=room.people[0].pk)
    assert (await anouk.recv_until("media.muted"))["user"] == room.people[0].pk
    await leader.recv_until("media.muted")
    await leader.send("media.mute_all")
    assert (await anouk.recv_until("media.all_muted"))["users"] == [room.people[0].pk]
    await leader.recv_until("media.all_muted")
    assert calls == [False, False]  # no transaction (so no row lock) while Janus is asked
    # a retried command (the same id) is answered from the store, not sent to Janus again
    retry = await leader.send("media.mute", user=room.people[0].pk)
    first = await leader.recv_until("media.muted")
    await leader.send("media.mute", user=room.people[0].pk, id=retry)
    assert (await leader.recv_until("media.muted"))["seq"] == first["seq"]
    assert len(calls) == 3
    await _run(client.close)
    await _close(leader, anouk)


# --- Trainers ----------------------------------------------------------------------------------


def _training(room):
    programme = make_programme(
        "training", steps=1, kind="volunteer_course", variant="buddy_training"
    )
    trainers = [UserFactory(roles=["leader"], display_name=n) for n in ("Tamara", "Tim")]
    people = [
        UserFactory(roles=["participant"], display_name=f"Vrijwilliger {n}") for n in range(12)
    ]
    cohort = make_cohort(programme, location=room.location, participants=people, leaders=trainers)
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    return trainers, people, meeting


async def test_a_training_room_has_voice_for_its_trainers_and_twelve_participants(room, media_on):
    trainers, people, meeting = await sync_to_async(_training)(room)
    sockets = [await connect(person, meeting.pk) for person in [*trainers, *people]]
    for socket in sockets:
        assert socket.welcome["media"] is not None and schema.check(socket.welcome) == []
        assert socket.welcome["media"]["room"] == media.room_number(meeting.pk)
    assert sockets[0].welcome["you"]["role"] == "leader"  # the protocol's role stays
    allowed = await _run(_owners_allowed, meeting.pk)
    assert allowed == {p.pk for p in [*trainers, *people]}
    await _close(*sockets)


def test_the_training_room_calls_its_leader_trainer(room):
    trainers, people, meeting = _training(room)
    client = Client()
    client.force_login(people[0])
    page = client.get(f"/bijeenkomsten/{meeting.pk}/").content.decode()
    assert '"leader": "trainer"' in page
    client.force_login(trainers[0])
    page = client.get(f"/bijeenkomsten/{meeting.pk}/").content.decode()
    assert '"leader": "trainer"' in page
    # a JobGroup's own room still says "leider"
    client.force_login(room.leader)
    page = client.get(f"/bijeenkomsten/{room.meeting.pk}/").content.decode()
    assert '"leader": "leider"' in page
