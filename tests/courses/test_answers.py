import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from content.models import StepPage
from content.services import edition_release
from courses import errors
from courses.models import Answer
from tests.courses.conftest import exercise_id
from toolkit import error_codes as api_errors

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def put(client, cohort, number, block, value):
    return client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/{number}/answers/{block}",
        data={"value": value},
        content_type="application/json",
    )


def upload(client, cohort, block, name, content, content_type):
    return client.post(
        f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/{block}/file",
        {"file": SimpleUploadedFile(name, content, content_type=content_type)},
    )


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("reflection", {"text": "Ik neem mee dat ik goed kan luisteren."}),
        (
            "rating_grid",
            {"scores": {"Werk": 4, "Relaties": 8}, "own": [{"label": "Sport", "score": 6}]},
        ),
        ("list", {"items": {"Werk": ["Kok worden", "Rijbewijs halen"]}}),
        ("choice", {"selected": ["Plannen", "Luisteren"]}),
        (
            "action_plan",
            {"rows": [{"goal": "Cv af", "step": "Vandaag beginnen", "date": "2026-12-01"}]},
        ),
    ],
)
def test_each_exercise_type_saves_and_reads_back(client, world, kind, value):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, kind)
    response = put(client, world.cohort, 1, block, value)
    assert response.status_code == 200, response.content
    stored = Answer.objects.get(participant=world.anouk, block_id=block)
    assert stored.edition == world.cohort.edition
    assert stored.block_type == kind
    listed = client.get(f"/api/v1/cohorts/{world.cohort.pk}/answers").json()
    assert [a["block_id"] for a in listed] == [block]
    for key in value:
        assert stored.value[key] == response.json()["value"][key]


def test_saving_again_updates_one_answer(client, world):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "reflection")
    put(client, world.cohort, 1, block, {"text": "eerst"})
    put(client, world.cohort, 1, block, {"text": "daarna"})
    assert Answer.objects.get().value == {"text": "daarna"}


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("rating_grid", {"scores": {"Werk": 12}}),
        ("rating_grid", {"scores": {"Werk": "veel"}}),
        ("choice", {"selected": ["Toveren"]}),
        ("list", {"items": {"Onbekend": ["x"]}}),
        ("action_plan", {"rows": [{"goal": "x", "date": "morgen"}]}),
        ("reflection", {"text": 42}),
    ],
)
def test_bad_answers_are_refused_and_change_nothing(client, world, kind, value):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, kind)
    response = put(client, world.cohort, 1, block, value)
    assert response.status_code == 422
    assert response.json()["code"] == api_errors.VALIDATION_ERROR
    assert response.json()["detail"]
    assert not Answer.objects.exists()


def test_unknown_block_or_step_is_refused(client, world):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "reflection")
    assert put(client, world.cohort, 2, block, {"text": "x"}).status_code == 422  # wrong step
    assert put(client, world.cohort, 1, "geen-blok", {"text": "x"}).status_code == 422
    assert put(client, world.cohort, 99, block, {"text": "x"}).status_code == 422
    instruction = exercise_id(world.cohort, 1, "instruction")
    assert put(client, world.cohort, 1, instruction, {"text": "x"}).json()["detail"] == str(
        errors.EXERCISE_UNKNOWN
    )
    assert not Answer.objects.exists()


def test_answers_survive_an_edit_of_the_workbook(client, world):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "reflection")
    put(client, world.cohort, 1, block, {"text": "Mijn reflectie"})

    step = StepPage.objects.child_of(world.programme).get(number=1)
    page = step.get_latest_revision_as_object()
    raw = page.plan.raw_data
    raw[5]["value"]["exercises"][0]["value"]["prompt"] = "Wat neem jij mee? (nieuwe tekst)"
    page.plan = list(raw)
    page.save_revision().publish()
    edition_release(programme=world.programme, release_notes="Vraag herschreven.")

    html = client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/1/").content.decode()
    assert "Mijn reflectie" in html
    assert "Wat neem je mee van vandaag?" in html  # the group stays on its edition


def test_a_removed_exercise_keeps_its_answer_in_my_folder(client, world):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "rating_grid")
    put(client, world.cohort, 1, block, {"scores": {"Werk": 3}})
    step = StepPage.objects.child_of(world.programme).get(number=1)
    page = step.get_latest_revision_as_object()
    raw = page.plan.raw_data
    raw[3]["value"]["exercises"] = []
    page.plan = list(raw)
    page.save_revision().publish()
    new_edition = edition_release(programme=world.programme, release_notes="Vierkant eruit.")
    world.cohort.edition = new_edition  # the office moves the group to the new edition
    world.cohort.save()

    html = client.get("/mijn-map/").content.decode()
    assert "Werk: 3" in html
    assert "staat niet meer in het werkboek" in html
    assert "Hoe tevreden ben je over deze vier delen" in html


def test_upload_of_a_cv(client, world):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "upload")
    response = upload(client, world.cohort, block, "cv.pdf", PDF, "application/pdf")
    assert response.status_code == 200, response.content
    answer = Answer.objects.get()
    assert answer.file_name == "cv.pdf"
    assert answer.file.read() == PDF
    download = client.get(f"/mijn-map/bestand/{answer.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    for other in (world.bram, world.lotte, world.carla):
        client.force_login(other)
        assert client.get(f"/mijn-map/bestand/{answer.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "application/octet-stream", "soort bestand"),
        ("cv.pdf", b"<html>geen pdf</html>", "application/pdf", "soort bestand"),
        ("cv.png", b"\x89PNG\r\n", "image/png", "soort bestand"),  # png not allowed here
        ("groot.pdf", PDF + b"0" * (1024 * 1024), "application/pdf", "te groot"),
        ("leeg.pdf", b"", "application/pdf", ""),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_stored(
    client, world, name, content, content_type, message
):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "upload")
    response = upload(client, world.cohort, block, name, content, content_type)
    assert response.status_code in (400, 422)
    assert response.json()["detail"]
    assert message in response.json()["detail"]
    assert not Answer.objects.exists()
    from django.conf import settings

    stored = (
        list((settings.PRIVATE_MEDIA_ROOT / "answers").rglob("*"))
        if (settings.PRIVATE_MEDIA_ROOT / "answers").exists()
        else []
    )
    assert not [
        p for p in stored if p.is_file() and p.stat().st_mtime > world.cohort.created_at.timestamp()
    ]


def test_upload_to_a_text_exercise_is_refused(client, world):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "reflection")
    response = upload(client, world.cohort, block, "cv.pdf", PDF, "application/pdf")
    assert response.status_code == 422
    assert response.json()["detail"] == str(errors.UPLOAD_NOT_AN_UPLOAD)
