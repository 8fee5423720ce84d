"""Retention (`purge_answers`) removes what the registry says expires, copies included: the answers
and also their copies in the room's log, which stay as gap-free tombstones."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from courses.models import Answer, Meeting
from live_sessions import schema
from live_sessions.events import serialize
from live_sessions.models import GroupNote, MeetingEvent

pytestmark = pytest.mark.django_db


def _log(meeting, actor, events):
    for seq, (kind, payload) in enumerate(events, start=1):
        MeetingEvent.objects.create(
            meeting=meeting,
            seq=seq,
            type=kind,
            actor=actor,
            actor_role="participant",
            payload=payload,
        )


@override_settings(ANSWER_RETENTION_DAYS=30)
def test_purge_answers_also_removes_their_copies_in_the_room_log(world):
    cohort = world.cohort
    answer = Answer.objects.create(
        participant=world.anouk,
        cohort=cohort,
        edition=cohort.edition,
        block_id="h1",
        step_number=1,
        block_type="reflection",
        value={"text": "Mijn geheime huiswerk"},
        sharing="group",
    )
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    _log(
        meeting,
        world.anouk,
        [
            ("presence.joined", {}),
            ("answer.posted", {"block": "deepening", "html": "<p>Mijn live antwoord</p>"}),
            (
                "homework.shown",
                {
                    "answer": answer.pk,
                    "participant": "Anouk",
                    "step": 1,
                    "html": "<p>Mijn geheime huiswerk</p>",
                },
            ),
            ("chat.message", {"html": "<p>Mijn chat</p>", "client_id": "c1"}),
        ],
    )
    GroupNote.objects.create(
        cohort=cohort, meeting=meeting, author=world.lotte, text="Anouk", html=""
    )
    running = Meeting.objects.create(
        cohort=world.other_cohort, step_number=1, starts_at=timezone.now()
    )
    _log(
        running, world.outsider, [("chat.message", {"html": "<p>Nog geldig</p>", "client_id": "c"})]
    )

    cohort.status = "finished"
    cohort.finished_on = (timezone.now() - datetime.timedelta(days=31)).date()
    cohort.save()
    out = io.StringIO()
    call_command("purge_answers", stdout=out)

    assert "1 answers removed" in out.getvalue()
    assert not Answer.objects.filter(pk=answer.pk).exists()
    events = list(MeetingEvent.objects.filter(meeting=meeting).order_by("seq"))
    assert [e.seq for e in events] == [1, 2, 3, 4]  # gap-free: tombstones keep their seq
    assert [e.type for e in events] == ["presence.joined"] + ["event.erased"] * 3
    for event in events[1:]:
        assert event.payload == {} and event.actor_id is None
        assert schema.check(serialize(event, {})) == []
    assert not GroupNote.objects.filter(cohort=cohort).exists()
    kept = MeetingEvent.objects.get(meeting=running)
    assert kept.type == "chat.message" and "Nog geldig" in kept.payload["html"]
