"""Someone other than the person opening an intake, a trajectory, a buddy match or a certificate
leaves a row in the privacy log; the person reading their own leaves none."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry
from courses.trajectories import intake as intakes
from courses.trajectories.services import trajectory_start
from tests.courses.test_buddies import match, scene  # noqa: F401  (fixtures and helper)
from tests.courses.test_certificate_admin import course, issued  # noqa: F401

pytestmark = pytest.mark.django_db

READ = AuditEntry.Action.READ_RECORD


def reads():
    return list(
        AuditEntry.objects.filter(action=READ)
        .order_by("pk")
        .values_list("actor__display_name", "subject__display_name", "detail")
    )


def test_a_coordinator_opening_an_intake_is_logged_the_person_is_not(client, world):
    intake = intakes.start_intake(by=world.anouk, location=world.zoetermeer, person=world.anouk)
    client.force_login(world.anouk)
    assert client.get(reverse("intake_detail", args=[intake.pk])).status_code == 200
    assert reads() == []
    client.force_login(world.carla)
    assert client.get(reverse("intake_detail", args=[intake.pk])).status_code == 200
    assert reads() == [("Carla", "Anouk", f"intake {intake.pk}")]


def test_an_intake_of_a_candidate_without_account_is_logged_by_its_number(client, world):
    intake = intakes.start_intake(by=world.carla, location=world.zoetermeer, person_name="Kim")
    client.force_login(world.carla)
    client.get(reverse("intake_detail", args=[intake.pk]))
    assert reads() == [("Carla", None, f"intake {intake.pk}")]


def test_a_refused_intake_leaves_no_row(client, world):
    intake = intakes.start_intake(by=world.anouk, location=world.zoetermeer, person=world.anouk)
    client.force_login(world.utrecht_coordinator)
    assert client.get(reverse("intake_detail", args=[intake.pk])).status_code == 404
    assert reads() == []


def test_a_coordinator_opening_a_trajectory_is_logged(client, world):
    trajectory = trajectory_start(
        participant=world.anouk,
        location=world.zoetermeer,
        intake_date=timezone.localdate(),
        intake_rung=2,
    )
    client.force_login(world.carla)
    assert client.get(reverse("trajectory_detail", args=[trajectory.pk])).status_code == 200
    assert reads() == [("Carla", "Anouk", f"traject {trajectory.pk}")]


def test_opening_a_buddy_match_is_logged_for_all_but_the_participant(client, scene):  # noqa: F811
    buddy_match = match(scene)
    url = reverse("buddy_match", args=[buddy_match.pk])
    client.force_login(scene.anouk)
    assert client.get(url).status_code == 200
    assert reads() == []
    for reader in (scene.carla, scene.bas):
        client.force_login(reader)
        assert client.get(url).status_code == 200
    detail = f"maatjesmatch {buddy_match.pk}"
    assert reads() == [("Carla", "Anouk", detail), ("Bas", "Anouk", detail)]


def test_a_coordinator_opening_a_certificate_is_logged(client, course):  # noqa: F811
    certificate = issued(course)
    client.force_login(course.carla)
    assert client.get(reverse("certificate_manage", args=[certificate.pk])).status_code == 200
    assert reads() == [("Carla", "Anna de Vries", f"certificaat {certificate.pk}")]
