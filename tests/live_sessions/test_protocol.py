"""Every message type and every rejection, through the real routed ASGI app."""

import json
import uuid

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator

from courses.models import Answer, Attendance
from jobgroup_platform.asgi import application
from live_sessions import close_codes, schema
from live_sessions.models import GroupNote, MeetingEvent
from tests.live_sessions.conftest import HOST, ORIGIN, connect, session_cookie_for, start_meeting

pytestmark = pytest.mark.django_db(transaction=True)


class Recorder:
    """Wraps sockets and checks every event against its schema."""

    @staticmethod
    async def recv_until(socket, type):
        while True:
            event = await socket.recv()
            assert schema.check(event) == [], event
            if event["type"] == type:
                return event


async def test_rejections_close_with_protocol_codes(room):
    async def close_code(user, meeting_id, origin=ORIGIN):
        headers = [origin, HOST]
        if user is not None:
            headers.append((b"cookie", await sync_to_async(session_cookie_for)(user)))
        communicator = WebsocketCommunicator(
            application, f"/ws/meetings/{meeting_id}/", headers=headers
        )
        connected, code = await communicator.connect()
        if not connected:
            return "refused"
        output = await communicator.receive_output()
        await communicator.disconnect()
        return output.get("code")

    assert await close_code(None, room.meeting.pk) == close_codes.NOT_AUTHENTICATED
    assert await close_code(room.outsider, room.meeting.pk) == close_codes.FORBIDDEN
    assert await close_code(room.leader, 999999) == close_codes.UNKNOWN_MEETING
    assert (
        await close_code(room.leader, room.meeting.pk, (b"origin", b"https://evil.example"))
        == "refused"
    )


async def test_every_message_type(room):
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)
    r = Recorder()

    await leader.send("session.start")
    started = await r.recv_until(anouk, "session.started")
    assert started["block"] == "welcome" and started["minutes"] == 15

    await leader.send("block.goto", block="deepening")
    changed = await r.recv_until(bram, "block.changed")
    assert changed["block"] == "deepening" and changed["minutes"] == 15 and changed["started_at"]

    await anouk.send("hand.raise")
    raised = await r.recv_until(leader, "hand.raised")
    assert raised["hands"] == [room.people[0].pk]
    await bram.send("hand.raise")
    assert (await r.recv_until(leader, "hand.raised"))["hands"] == [
        room.people[0].pk,
        room.people[1].pk,
    ]
    await leader.send("hand.lower", user=room.people[0].pk)
    assert (await r.recv_until(bram, "hand.lowered"))["hands"] == [room.people[1].pk]
    await bram.send("hand.lower")
    assert (await r.recv_until(anouk, "hand.lowered"))["hands"] == [room.people[1].pk]
    assert (await r.recv_until(anouk, "hand.lowered"))["hands"] == []

    await anouk.send("chat.send", text="Een *vraag*")
    chat = await r.recv_until(leader, "chat.message")
    await leader.send("message.hide", seq=chat["seq"])
    hidden = await r.recv_until(bram, "message.hidden")
    assert hidden["hidden_seq"] == chat["seq"] and hidden["seq"] > chat["seq"]

    await anouk.send("answer.post", block="deepening", text="Werk telt voor mij het zwaarst.")
    posted = await r.recv_until(bram, "answer.posted")
    assert posted["block"] == "deepening" and "Werk telt" in posted["html"]

    await anouk.send("answer.post", block="reflection", text="Ik neem mee: vragen stellen.")
    while (await r.recv_until(leader, "answer.posted"))["block"] != "reflection":
        pass
    reflection = await sync_to_async(Answer.objects.get)(
        participant=room.people[0], block_type="live_reflection"
    )
    assert reflection.value == {"text": "Ik neem mee: vragen stellen."}

    await leader.send("note.add", text="Afspraak: volgende week cv meenemen.")
    note = await r.recv_until(anouk, "note.added")
    assert "cv meenemen" in note["html"]
    assert await sync_to_async(GroupNote.objects.filter(cohort=room.cohort).count)() == 1

    await leader.send("breakout.open", size=2)
    opened = await r.recv_until(anouk, "breakout.opened")
    assert sorted(uid for group in opened["rooms"] for uid in group) == sorted(
        u.pk for u in room.people[:2]
    )
    await leader.send("breakout.close")
    await r.recv_until(bram, "breakout.closed")

    answer = await sync_to_async(_shared_answer)(room)
    await leader.send("homework.show", answer=answer.pk)
    shown = await r.recv_until(anouk, "homework.shown")
    assert shown["participant"] == "Bram" and "Mijn netwerk" in shown["html"]

    await leader.send("session.end")
    await r.recv_until(anouk, "session.ended")
    await anouk.send("ping")
    assert (await r.recv_until(anouk, "pong")) == {"type": "pong"}

    seqs = await sync_to_async(
        lambda: list(
            MeetingEvent.objects.filter(meeting=room.meeting).values_list("seq", flat=True)
        )
    )()
    assert seqs == list(range(1, len(seqs) + 1))  # gap-free
    for socket in (leader, anouk, bram):
        await socket.close()


def _shared_answer(room):
    return Answer.objects.create(
        participant=room.people[1],
        cohort=room.cohort,
        edition=room.cohort.edition,
        block_id="x",
        step_number=1,
        block_type="reflection",
        value={"text": "Mijn netwerk is groter dan ik dacht."},
        sharing="group",
    )


async def test_bad_input_gets_an_error_and_changes_nothing(room):
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    before = await sync_to_async(MeetingEvent.objects.count)()
    cases = [
        ("{not json", "invalid_json"),
        (
            json.dumps({"type": "chat.send", "id": str(uuid.uuid4()), "text": "x" * 20000}),
            "too_large",
        ),
        (json.dumps({"type": "dance", "id": str(uuid.uuid4())}), "unknown_type"),
        (json.dumps({"type": "chat.send", "id": str(uuid.uuid4())}), "bad_fields"),
        (json.dumps({"type": "chat.send", "id": str(uuid.uuid4()), "text": "   "}), "bad_fields"),
        (json.dumps({"type": "chat.send", "id": "geen-uuid", "text": "x"}), "bad_fields"),
        (json.dumps({"type": "chat.send", "text": "x"}), "bad_fields"),
        (
            json.dumps(
                {"type": "answer.post", "id": str(uuid.uuid4()), "block": "welcome", "text": "x"}
            ),
            "bad_fields",
        ),
        (
            json.dumps({"type": "block.goto", "id": str(uuid.uuid4()), "block": "deepening"}),
            "forbidden",
        ),
        (json.dumps({"type": "session.start", "id": str(uuid.uuid4())}), "forbidden"),
        (json.dumps({"type": "hand.lower", "id": str(uuid.uuid4()), "user": 1}), "forbidden"),
        (json.dumps([1, 2]), "bad_fields"),
    ]
    for raw, code in cases:
        await anouk.send_raw(raw)
        error = await anouk.recv_until("error")
        assert error["code"] == code, raw[:60]
        assert schema.check(error) == []
    leader = await connect(room.leader, room.meeting.pk)
    client_id = await leader.send("message.hide", seq=9999)
    error = await leader.recv_until("error")
    assert error["code"] == "unknown_seq" and error["id"] == client_id
    after = await sync_to_async(MeetingEvent.objects.count)()
    assert after == before + 1  # only the leader's presence.joined
    await anouk.send("chat.send", text="ik ben er nog")  # the connection stayed open
    assert (await anouk.recv_until("chat.message"))["html"]
    await anouk.close()
    await leader.close()


async def test_hello_first(room):
    socket = await connect(room.people[0], room.meeting.pk, hello=False)
    await socket.send("chat.send", text="hoi")
    assert (await socket.recv_until("error"))["code"] == "hello_first"
    await socket.close()


async def test_flood_is_rate_limited(room, settings):
    settings.LIVE_RATE_BURST = 5
    settings.LIVE_RATE_PER_SECOND = 0.001
    anouk = await connect(room.people[0], room.meeting.pk)  # the hello uses one
    codes = []
    for _ in range(8):
        await anouk.send("hand.raise")
    for _ in range(8):
        event = await anouk.recv()
        codes.append(event.get("code") or event["type"])
    assert codes.count("rate_limited") >= 3
    await anouk.close()


async def test_replay_after_reconnect_and_a_retried_message_is_applied_once(room):
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)
    await bram.send("chat.send", text="eerste")
    first = await anouk.recv_until("chat.message")
    last_seq = first["seq"]
    await anouk.close()  # Anouk drops
    await bram.send("chat.send", text="tweede")
    await bram.send("chat.send", text="derde")
    await bram.recv_until("chat.message")
    await bram.recv_until("chat.message")
    anouk = await connect(room.people[0], room.meeting.pk, last_seq=last_seq)
    replayed = [e for e in anouk.welcome["events"] if e["type"] == "chat.message"]
    assert [e["html"] for e in replayed] == ["<p>tweede</p>", "<p>derde</p>"]
    seqs = [e["seq"] for e in anouk.welcome["events"]]
    assert seqs == sorted(seqs) and seqs[0] == last_seq + 1

    client_id = await anouk.send("chat.send", text="opnieuw verstuurd")
    original = await anouk.recv_until("chat.message")
    await anouk.send("chat.send", id=client_id, text="opnieuw verstuurd")  # a retry
    again = await anouk.recv_until("chat.message")
    assert again["seq"] == original["seq"] and again["client_id"] == client_id
    count = await sync_to_async(MeetingEvent.objects.filter(client_id=client_id).count)()
    assert count == 1
    await anouk.close()
    await bram.close()


async def test_breakout_chat_stays_in_the_room(room):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    sockets = [await connect(user, room.meeting.pk) for user in room.people]
    await leader.send("breakout.open", size=2)
    opened = await leader.recv_until("breakout.opened")
    rooms = opened["rooms"]
    assert len(rooms) == 1 and len(rooms[0]) == 3  # three people: one group of three, nobody alone
    by_id = {u.pk: s for u, s in zip(room.people, sockets, strict=True)}
    first = by_id[rooms[0][0]]
    await first.send("chat.send", text="alleen voor ons", room=0)
    for uid in rooms[0]:
        assert "alleen voor ons" in (await by_id[uid].recv_until("chat.message"))["html"]
    assert (
        "alleen voor ons" in (await leader.recv_until("chat.message"))["html"]
    )  # leaders may look in
    await first.send("chat.send", text="x", room=5)
    assert (await first.recv_until("error"))["code"] == "not_allowed_now"
    for socket in (leader, *sockets):
        await socket.close()


async def test_attendance_and_presence_from_connections(room):
    anouk = await connect(room.people[0], room.meeting.pk)
    leader = await connect(room.leader, room.meeting.pk)
    await anouk.close()
    left = await leader.recv_until("presence.left")
    assert left["actor"]["id"] == room.people[0].pk
    attendance = await sync_to_async(Attendance.objects.get)(
        user=room.people[0], meeting=room.meeting
    )
    assert (
        attendance.joined_at and attendance.left_at and attendance.left_at >= attendance.joined_at
    )
    await leader.close()


async def test_heartbeat_is_sent(room, settings):
    settings.LIVE_HEARTBEAT_SECONDS = 0.2
    anouk = await connect(room.people[0], room.meeting.pk)
    assert (await anouk.recv_until("heartbeat", timeout=2)) == {"type": "heartbeat"}
    await anouk.close()


async def test_a_reflection_in_the_room_shows_in_my_folder(room):
    from django.test import Client

    anouk = await connect(room.people[0], room.meeting.pk)
    await anouk.send("answer.post", block="reflection", text="Ik durf meer te vragen.")
    await anouk.recv_until("answer.posted")
    await anouk.close()

    def folder():
        client = Client()
        client.force_login(room.people[0])
        return client.get("/mijn-map/").content.decode()

    html = await sync_to_async(folder)()
    assert "Reflectie uit de bijeenkomst" in html
    assert "Wat neem je mee van vandaag?" in html
    assert "Ik durf meer te vragen." in html
