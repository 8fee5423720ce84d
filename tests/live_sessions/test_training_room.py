"""A training day's room runs through the day's own agenda over the unchanged protocol: its
items sit in the protocol's slots, with their own minutes; other slots are `bad_fields`."""

import pytest
from asgiref.sync import sync_to_async
from django.utils import timezone

from content.services import programme_load_seed
from courses.models import Meeting
from tests.factories import UserFactory, ensure_wagtail_tree, make_cohort, programme_data
from tests.live_sessions.conftest import connect


@pytest.fixture
def training_room(transactional_db):
    ensure_wagtail_tree()
    data = programme_data(
        "training-live", steps=1, kind="volunteer_course", variant="leader_training"
    )
    data["steps"][0]["agenda"] = [
        {"title": "Welkom", "minutes": 15, "description": ""},
        {"title": "Oefenen met casussen", "minutes": 50, "description": ""},
    ]
    programme = programme_load_seed(data)
    trainer = UserFactory(roles=["trainer"], display_name="Tineke")
    volunteer = UserFactory(display_name="Vera")
    cohort = make_cohort(programme, participants=[volunteer], leaders=[trainer])
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    return meeting, trainer, volunteer


async def test_the_trainer_steps_through_the_agenda(training_room):
    meeting, trainer, volunteer = training_room
    meeting_id = await sync_to_async(lambda: meeting.pk)()
    leader = await connect(trainer, meeting_id)
    participant = await connect(volunteer, meeting_id)
    assert leader.welcome["you"]["role"] == "leader"  # the protocol's role stays `leader`
    await leader.send("session.start")
    started = await participant.recv_until("session.started")
    assert started["block"] == "welcome" and started["minutes"] == 15
    await leader.send("block.goto", block="homework_review")  # the second agenda item
    changed = await participant.recv_until("block.changed")
    assert changed["block"] == "homework_review" and changed["minutes"] == 50
    await leader.send("block.goto", block="deepening")  # no third item on this day
    assert (await leader.recv_until("error"))["code"] == "bad_fields"
    await leader.close()
    await participant.close()
