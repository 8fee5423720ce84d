"""Faults and fuzzing of the live protocol: bad frames never crash anything, and a database that
fails halfway stores nothing and answers with an error."""

import json
import uuid
from unittest import mock

import pytest
from asgiref.sync import sync_to_async
from django.db import OperationalError
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from live_sessions import protocol
from live_sessions.models import MeetingEvent
from tests.live_sessions.conftest import connect, start_meeting

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)
frames = st.one_of(
    st.text(min_size=1, max_size=300),
    json_values.map(json.dumps),
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(sorted(protocol.ALL_TYPES) + ["x", ""]),
            "id": st.one_of(st.just(str(uuid.uuid4())), st.text(max_size=40)),
        },
        optional={
            "text": json_values,
            "block": json_values,
            "seq": json_values,
            "last_seq": json_values,
            "room": json_values,
            "size": json_values,
            "user": json_values,
            "answer": json_values,
        },
    ).map(json.dumps),
)


@hypothesis_settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=frames, is_leader=st.booleans())
def test_any_frame_is_a_command_or_a_protocol_error(raw, is_leader):
    try:
        command = protocol.parse(raw, is_leader=is_leader)
    except protocol.ProtocolError as error:
        event = error.as_event()
        assert event["type"] == "error" and event["code"] and event["detail"]
        return
    assert command.type in protocol.ALL_TYPES
    if command.type in protocol.LEADER_ONLY:
        assert is_leader


@pytest.mark.django_db(transaction=True)
async def test_random_frames_leave_the_socket_working(room, settings):
    settings.LIVE_RATE_BURST = 1000  # this test is about bad frames, not about flooding
    settings.LIVE_PERSON_RATE_LIMIT = 1000
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        samples = [frames.example() for _ in range(60)]
    for raw in samples:
        await anouk.send_raw(raw)
    await anouk.send("chat.send", text="nog steeds hier")
    while True:
        event = await anouk.recv(timeout=5)
        if event["type"] == "chat.message" and "nog steeds hier" in event["html"]:
            break
    seqs = await sync_to_async(lambda: list(MeetingEvent.objects.values_list("seq", flat=True)))()
    assert seqs == list(range(1, len(seqs) + 1))
    await anouk.close()


@pytest.mark.django_db(transaction=True)
async def test_a_database_failure_stores_nothing_and_answers_with_an_error(room):
    await sync_to_async(start_meeting)(room.meeting)
    anouk = await connect(room.people[0], room.meeting.pk)
    before = await sync_to_async(MeetingEvent.objects.count)()
    with mock.patch(
        "live_sessions.services.user_markdown_to_html", side_effect=OperationalError("gone")
    ):
        client_id = await anouk.send("chat.send", text="verloren?")
        error = await anouk.recv_until("error")
    assert error["code"] == protocol.SERVER_BUSY
    assert await sync_to_async(MeetingEvent.objects.count)() == before  # not half-stored
    retry = await anouk.send("chat.send", id=client_id, text="verloren?")  # the client retries
    assert retry == client_id
    message = await anouk.recv_until("chat.message")
    assert message["client_id"] == client_id
    await anouk.close()
