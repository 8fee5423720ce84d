import datetime
import io
import json
import zipfile

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from accounts.models import AuditEntry
from courses.models import Answer, Attendance, CohortMembership, ErasureRequest, Meeting
from courses.privacy.services import erasure_confirm, retention_purge
from tests.courses.conftest import exercise_id

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4 test\n%%EOF\n"


@pytest.fixture
def anouk_wrote(world, client):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "reflection")
    client.put(
        f"/api/v1/cohorts/{world.cohort.pk}/steps/1/answers/{block}",
        data={"value": {"text": "Mijn eigen verhaal"}},
        content_type="application/json",
    )
    upload = exercise_id(world.cohort, 1, "upload")
    client.post(
        f"/api/v1/cohorts/{world.cohort.pk}/steps/1/answers/{upload}/file",
        {"file": SimpleUploadedFile("cv.pdf", PDF, content_type="application/pdf")},
    )
    meeting = Meeting.objects.create(cohort=world.cohort, step_number=1, starts_at=timezone.now())
    Attendance.objects.create(meeting=meeting, user=world.anouk, joined_at=timezone.now())
    return world


def test_download_of_all_my_data(client, anouk_wrote):
    world = anouk_wrote
    response = client.get("/mijn-gegevens/download/")
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        data = json.loads(archive.read("mijn-gegevens.json"))
        files = [n for n in archive.namelist() if n.startswith("uploads/")]
        assert archive.read(files[0]) == PDF
    assert data["account"]["email"] == world.anouk.email
    assert {a["exercise"] for a in data["answers"]} == {"reflection", "upload"}
    assert any(a["value"].get("text") == "Mijn eigen verhaal" for a in data["answers"])
    assert data["attendance"][0]["step"] == 1
    assert data["groups"][0]["name"] == world.cohort.name
    assert AuditEntry.objects.filter(action="export", subject=world.anouk).exists()


def test_erasure_is_asked_then_confirmed_by_a_coordinator(client, anouk_wrote):
    world = anouk_wrote
    world.anouk.refresh_from_db()
    assert client.post("/mijn-gegevens/verwijderen/", {}).status_code == 302
    assert not ErasureRequest.objects.exists()  # needs the confirmation box
    client.post("/mijn-gegevens/verwijderen/", {"confirm": "yes"})
    request = ErasureRequest.objects.get(user=world.anouk)
    file_path = Answer.objects.exclude(file="").get().file.path
    with pytest.raises(PermissionDenied):
        erasure_confirm(erasure=request, coordinator=world.utrecht_coordinator)
    assert Answer.objects.filter(participant=world.anouk).count() == 2  # nothing changed
    user = erasure_confirm(erasure=request, coordinator=world.carla)
    user.refresh_from_db()
    assert user.email.endswith("@anoniem.invalid") and user.display_name == "Oud-deelnemer"
    assert not user.is_active and not user.has_usable_password()
    assert not Answer.objects.filter(participant=user).exists()
    import os

    assert not os.path.exists(file_path)
    # the running group gets the seat back; attendance stays, now anonymous
    assert not CohortMembership.objects.filter(cohort=world.cohort, user=user).exists()
    assert Attendance.objects.filter(user=user).count() == 1
    assert AuditEntry.objects.filter(action="erasure_confirmed", actor=world.carla).exists()
    from django.contrib.auth import authenticate

    from tests.factories import TEST_PASSWORD

    assert authenticate(username=world.anouk.email, password=TEST_PASSWORD) is None


@override_settings(ANSWER_RETENTION_DAYS=30)
def test_retention_removes_answers_of_long_finished_groups(anouk_wrote):
    world = anouk_wrote
    world.cohort.status = "finished"
    world.cohort.finished_on = (timezone.now() - datetime.timedelta(days=20)).date()
    world.cohort.save()
    assert retention_purge() == 0
    world.cohort.finished_on = (timezone.now() - datetime.timedelta(days=31)).date()
    world.cohort.save()
    assert retention_purge() == 2
    assert not Answer.objects.filter(cohort=world.cohort).exists()
    assert AuditEntry.objects.filter(action="retention", subject=world.anouk).exists()
    assert CohortMembership.objects.filter(cohort=world.cohort).count() == 3


def test_download_and_erasure_cover_the_volunteer_track(client, world):
    from courses.privacy.services import erasure_confirm
    from courses.trajectories.models import Trajectory
    from courses.volunteers.models import BuddyContact, BuddyMatch

    today = timezone.localdate()
    trajectory = Trajectory.objects.create(
        participant=world.anouk,
        location=world.zoetermeer,
        intake_date=today - datetime.timedelta(days=30),
        intake_rung=2,
        outcome="dropped_out",
        outcome_date=today,
        dropout_reason="Verhuisd naar Groningen",
    )
    buddy = world.editor  # any person; the match is made directly for this test
    match = BuddyMatch.objects.create(
        participant=world.anouk,
        buddy=buddy,
        location=world.zoetermeer,
        consent_given_on=today,
        started_on=today,
    )
    BuddyContact.objects.create(
        match=match, contact_on=today, kind="phone", note="Goed gesprek over cv", author=buddy
    )
    client.force_login(world.anouk)
    with zipfile.ZipFile(io.BytesIO(client.get("/mijn-gegevens/download/").content)) as archive:
        data = json.loads(archive.read("mijn-gegevens.json"))
    assert data["trajectories"][0]["dropout_reason"] == "Verhuisd naar Groningen"
    assert data["buddy_matches"][0]["contacts"][0]["note"] == "Goed gesprek over cv"
    assert data["buddy_matches"][0]["as"] == "participant"

    client.post("/mijn-gegevens/verwijderen/", {"confirm": "yes"})
    erasure_confirm(erasure=ErasureRequest.objects.get(user=world.anouk), coordinator=world.carla)
    trajectory.refresh_from_db()
    assert trajectory.dropout_reason == "" and trajectory.outcome == "dropped_out"
    assert BuddyContact.objects.get().note == ""
    assert BuddyMatch.objects.get().ended_on == today
