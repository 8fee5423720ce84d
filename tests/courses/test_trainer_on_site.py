# ruff: noqa: F811  (the `course` fixture is imported from test_certification)
"""A trainer runs a training day on site and certifies from the register, end to end over HTTP:
the national office grants the trainer role, the trainer (no JobGroupleider certificate) leads
the training, keeps the register through the API and issues the certificates on the group's
certificate page. A location coordinator cannot make someone a trainer."""

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from accounts.access import user_has_role
from accounts.roles import Role
from courses.models import Attendance, Certificate, Cohort, CohortMembership
from courses.trainings.services import trainer_role_grant
from courses.volunteers.services import leader_gate, trainer_gate, vog_record
from tests.courses.test_certification import complete, course  # noqa: F401  (fixture)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def put(client, meeting, user, status, **extra):
    return client.put(
        f"/api/v1/meetings/{meeting.pk}/attendance/{user.pk}",
        data=json.dumps({"status": status, **extra}),
        content_type="application/json",
    )


def test_a_trainer_runs_and_certifies_a_training_held_on_site(course, client):
    office = UserFactory(roles=["admin"], display_name="Landelijk bureau")
    coordinator = UserFactory(roles=["coordinator"], display_name="Coördinator")
    trainer = UserFactory(roles=["buddy"], display_name="Tineke")  # a volunteer
    vog_record(
        user=trainer,
        issued_on=timezone.localdate() - datetime.timedelta(days=30),
        checked_by=office,
    )

    with pytest.raises(PermissionDenied):  # a location coordinator is not the national office
        trainer_role_grant(by=coordinator, user=trainer)
    assert not user_has_role(user=trainer, role=Role.TRAINER)
    trainer_role_grant(by=office, user=trainer)
    assert trainer_gate(user=trainer) is None
    assert leader_gate(user=trainer) is not None  # no JobGroupleider certificate: not a leader

    cohort = course.cohort
    cohort.mode = Cohort.Mode.ON_SITE
    cohort.save(update_fields=["mode"])
    CohortMembership.objects.filter(cohort=cohort, role="leader").delete()
    CohortMembership.objects.create(cohort=cohort, user=trainer, role="leader")

    complete(cohort, course.anna)
    complete(cohort, course.bram)
    Attendance.objects.filter(meeting__cohort=cohort).delete()  # nobody opened the online room
    meetings = list(cohort.meetings.filter(status="ended").order_by("step_number"))

    client.force_login(trainer)
    url = reverse("cohort_certificates", args=[cohort.pk])
    response = client.post(url, {"participant": course.anna.pk})
    assert response.status_code == 200  # refused: the register is empty
    assert not Certificate.objects.exists()

    for meeting in meetings:
        assert put(client, meeting, course.anna, "present").status_code == 200
    assert put(client, meetings[0], course.bram, "present").status_code == 200
    assert put(client, meetings[1], course.bram, "absent").status_code == 200
    rows = {
        row["user"]: row
        for row in client.get(f"/api/v1/meetings/{meetings[1].pk}/attendance").json()
    }
    assert rows[course.bram.pk]["status"] == "absent"
    assert rows[course.bram.pk]["source"] == "register"

    response = client.post(url, {"participant": course.anna.pk})
    assert response.status_code == 302
    assert Certificate.objects.filter(user=course.anna).count() == 1

    response = client.post(url, {"participant": course.bram.pk})
    assert response.status_code == 200  # missed step 2
    assert not Certificate.objects.filter(user=course.bram).exists()

    # Bram was in fact excused for step 2; with the reason the register lets him through.
    assert put(client, meetings[1], course.bram, "excused").status_code == 422  # reason needed
    response = put(client, meetings[1], course.bram, "excused", reason="ziek")
    assert response.status_code == 200
    assert client.post(url, {"participant": course.bram.pk}).status_code == 302
    assert Certificate.objects.filter(user=course.bram).count() == 1
