"""The download holds everything the registry knows about the person, as one zip with a printable
Dutch page (each question beside its answer), the JSON file and the uploads."""

import datetime
import html as html_lib
import io
import json
import re
import zipfile

import pytest
from django.utils import timezone

from accounts.models import AuditEntry
from courses.models import Invitation, Meeting
from courses.trajectories.models import Intake
from courses.volunteers.models import Certificate
from live_sessions.models import MeetingEvent
from tests.courses.conftest import exercise_id

pytestmark = pytest.mark.django_db


def _put(client, cohort, number, block, value):
    response = client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/{number}/answers/{block}",
        data={"value": value},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content


@pytest.fixture
def anouk_everywhere(world, client):
    anouk = world.anouk
    client.force_login(anouk)
    _put(
        client,
        world.cohort,
        1,
        exercise_id(world.cohort, 1, "rating_grid"),
        {"scores": {"Werk": 3, "Relaties": 8}, "own": []},
    )
    _put(
        client,
        world.cohort,
        1,
        exercise_id(world.cohort, 1, "list"),
        {"items": {"Werk": ["Een baan als kok <script>x</script>"], "Vrije tijd": []}},
    )
    meeting = Meeting.objects.create(cohort=world.cohort, step_number=1, starts_at=timezone.now())
    for seq, (kind, payload) in enumerate(
        [
            ("chat.message", {"html": "<p>Mijn chatbericht over schulden</p>", "client_id": "c1"}),
            ("answer.posted", {"block": "deepening", "html": "<p>Mijn live antwoord</p>"}),
        ],
        start=1,
    ):
        MeetingEvent.objects.create(
            meeting=meeting,
            seq=seq,
            type=kind,
            actor=anouk,
            actor_role="participant",
            payload=payload,
        )
    now = timezone.now()
    Invitation.objects.create(
        cohort=world.cohort,
        email=anouk.email,
        token_hash="x" * 64,
        invited_by=world.carla,
        sent_at=now,
        expires_at=now + datetime.timedelta(days=14),
        accepted_at=now,
        accepted_by=anouk,
    )
    AuditEntry.objects.create(actor=world.lotte, subject=anouk, action="read_answer")
    Intake.objects.create(
        location=world.zoetermeer,
        person=anouk,
        person_name="Anouk",
        status="decided",
        answers={"device": "phone", "goals": "Werk als kok"},
        decision="regular",
        decision_note="Past goed in een gewone groep",
    )
    today = timezone.localdate()
    Certificate.objects.create(
        user=anouk,
        role="buddy",
        programme=world.programme,
        issued_on=today,
        valid_until=today + datetime.timedelta(days=365),
        revoked_at=now,
        revoked_reason="Afspraken niet nagekomen",
        revoked_by=world.carla,
    )
    return world


def _download(client):
    response = client.get("/mijn-gegevens/download/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return (
            json.loads(archive.read("mijn-gegevens.json")),
            archive.read("mijn-gegevens.html").decode(),
            archive.namelist(),
        )


def test_the_download_holds_every_listed_item(client, anouk_everywhere):
    data, _page, names = _download(client)
    assert {"mijn-gegevens.json", "mijn-gegevens.html", "mijn-gegevens.css"} <= set(names)
    live = {row["type"]: row["text"] for row in data["live_messages"]}
    assert live == {
        "chat.message": "Mijn chatbericht over schulden",
        "answer.posted": "Mijn live antwoord",
    }
    assert data["invitations"][0]["email"] == anouk_everywhere.anouk.email
    assert data["invitations"][0]["status"] == "accepted"
    log = {row["action"]: row for row in data["privacy_log"]}
    assert log["read_answer"]["by"] == "Lotte"
    assert data["intakes"][0]["decision_note"] == "Past goed in een gewone groep"
    assert data["certificates"][0]["revoked_reason"] == "Afspraken niet nagekomen"
    assert data["labels"]["answers"]["fields"]["question"] == "Vraag"
    assert data["labels"]["intakes"]["fields"]["decision_note"] == "Toelichting bij het besluit"
    answers = {row["exercise"]: row for row in data["answers"]}
    assert answers["list"]["question"] == "Wat wil je nog doen?"
    assert answers["rating_grid"]["answer"] == "Werk: 3\nRelaties: 8"


def test_the_printable_page_shows_each_question_beside_its_answer_in_dutch(
    client, anouk_everywhere
):
    _data, page, _names = _download(client)
    rows = [
        (html_lib.unescape(q).strip(), html_lib.unescape(a).strip())
        for q, a in re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", page, re.S)
    ]
    assert ("Wat wil je nog doen?", "Werk:\n- Een baan als kok <script>x</script>") in rows
    assert (
        "Hoe tevreden ben je over deze vier delen van je leven?",
        "Werk: 3\nRelaties: 8",
    ) in rows
    assert "<script>x</script>" not in page  # what people wrote is printed as text
    for heading in (
        "Je account",
        "Je antwoorden in het werkboek",
        "Wat je schreef in online bijeenkomsten",
        "Uitnodigingen voor een groep",
        "Privacylog",
        "Toelichting bij het besluit",
        "Reden van intrekken",
    ):
        assert heading in page
    for english in ("block_id", "shared_with", "updated_at", "decision_note"):
        assert english not in page
    assert "Mijn chatbericht over schulden" in page and "Afspraken niet nagekomen" in page
    assert "Waarmee ga je online? Telefoon" in page  # intake answers in words
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", page)  # moments as people read them
