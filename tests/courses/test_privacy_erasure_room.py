"""Erasure reaches the live room: a member who reconnects with `hello last_seq=0` gets nothing of
the erased person back, through the real routed ASGI app, and the log stays gap-free."""

import asyncio
import json
import time

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer

from accounts.sockets import ACCESS_RECHECK, person_group_name
from courses.models import Answer
from courses.privacy.services import erasure_confirm, erasure_request
from live_sessions import close_codes, schema
from live_sessions.models import GroupNote, MeetingEvent
from tests.factories import UserFactory, member_of
from tests.live_sessions import conftest as live
from tests.live_sessions.conftest import connect

# The live room's fixtures, shared with tests/live_sessions/.
room = live.room
_fresh_channel_layer = live._fresh_channel_layer

pytestmark = pytest.mark.django_db(transaction=True)

SECRETS = ("Ik heb schulden", "Mijn strafblad", "Ik neem mee: hulp vragen", "Mijn netwerk")


async def _until(socket, type):
    while True:
        event = await socket.recv()
        if event["type"] == type:
            return event


def _shared_homework(room, person):
    return Answer.objects.create(
        participant=person,
        cohort=room.cohort,
        edition=room.cohort.edition,
        block_id="homework-1",
        step_number=1,
        block_type="reflection",
        value={"text": "Mijn netwerk is kleiner dan ik dacht."},
        sharing="group",
    )


def _erase(room, person):
    coordinator = member_of(room.location, UserFactory(roles=["coordinator"]), coordinator=True)
    erasure_confirm(erasure=erasure_request(user=person), coordinator=coordinator)


async def test_replay_after_erasure_carries_nothing_of_the_person_and_stays_gap_free(room):
    anouk_user = room.people[0]
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(anouk_user, room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)

    await leader.send("session.start")
    await _until(anouk, "session.started")
    await anouk.send("chat.send", text="Ik heb schulden en Mijn strafblad is een probleem.")
    await _until(leader, "chat.message")
    await anouk.send("hand.raise")
    await _until(leader, "hand.raised")
    await leader.send("block.goto", block="deepening")
    await _until(anouk, "block.changed")
    await anouk.send("answer.post", block="deepening", text="Ik heb schulden, dat is zwaar.")
    await _until(leader, "answer.posted")
    await anouk.send("answer.post", block="reflection", text="Ik neem mee: hulp vragen.")
    while (await _until(leader, "answer.posted"))["block"] != "reflection":
        pass
    await bram.send("chat.send", text="Goed dat je het zegt, Anouk!")
    await _until(leader, "chat.message")
    await leader.send("note.add", text="Afspraak: anouk belt de schuldhulp.")
    await _until(bram, "note.added")
    answer = await sync_to_async(_shared_homework)(room, anouk_user)
    await leader.send("homework.show", answer=answer.pk)
    shown = await _until(bram, "homework.shown")
    assert shown["participant"] == "Anouk"
    for socket in (leader, anouk, bram):
        await socket.close()

    # The person's own sockets are told to re-check access once the erasure commits.
    layer = get_channel_layer()
    channel = await layer.new_channel()
    await layer.group_add(person_group_name(anouk_user.pk), channel)
    await sync_to_async(_erase)(room, anouk_user)
    assert (await asyncio.wait_for(layer.receive(channel), 5))["type"] == ACCESS_RECHECK

    bram = await connect(room.people[1], room.meeting.pk, last_seq=0)
    welcome = bram.welcome
    await bram.close()
    events = welcome["events"]
    stored_seqs = await sync_to_async(
        lambda: list(
            MeetingEvent.objects.filter(meeting=room.meeting).values_list("seq", flat=True)
        )
    )()
    assert stored_seqs == list(range(1, len(stored_seqs) + 1))  # gap-free, nothing deleted
    # the replay: every stored event before Bram's own new "joined", in order, none missing
    assert [e["seq"] for e in events] == stored_seqs[: len(events)]
    assert len(events) >= len(stored_seqs) - 1
    for event in events:
        assert schema.check(event) == [], event
    wire = json.dumps(welcome, ensure_ascii=False)
    assert "Anouk" not in wire and "anouk" not in wire
    for secret in SECRETS:
        assert secret not in wire
    erased = [e for e in events if e["type"] == "event.erased"]
    # her chat, her two live answers, the homework shown with her name and text
    assert len(erased) == 4
    for event in erased:
        assert set(event) == {"type", "seq", "at", "actor"}
        assert event["actor"] == {"id": None, "name": "", "role": ""}
    bram_chat = next(e for e in events if e["type"] == "chat.message")
    assert "Goed dat je het zegt, [naam verwijderd]!" in bram_chat["html"]
    note = next(e for e in events if e["type"] == "note.added")
    assert "[naam verwijderd] belt de schuldhulp" in note["html"]
    # presence and hands stay as the group's history, of an anonymous former participant
    joined = [e for e in events if e["type"] == "presence.joined"]
    assert "Oud-deelnemer" in {e["actor"]["name"] for e in joined}

    notes = await sync_to_async(lambda: list(GroupNote.objects.values_list("text", "html")))()
    assert notes and all("nouk" not in text + html for text, html in notes)
    stored = await sync_to_async(
        lambda: list(MeetingEvent.objects.filter(meeting=room.meeting).values_list("payload"))
    )()
    assert not any(
        secret in json.dumps(stored, ensure_ascii=False) for secret in (*SECRETS, "Anouk")
    )


async def test_the_erased_persons_open_socket_closes_within_5_seconds(room):
    anouk = await connect(room.people[0], room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)
    started = time.monotonic()
    await sync_to_async(_erase)(room, room.people[0])
    assert await anouk.close_code(timeout=5) == close_codes.FORBIDDEN
    assert time.monotonic() - started < 5
    await bram.send("ping")  # the others stay
    assert (await bram.recv_until("pong")) == {"type": "pong"}
    await anouk.close()
    await bram.close()
