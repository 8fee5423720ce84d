"""Heartbeats are written in batches (live_sessions.services.live_seen)."""

import datetime

import pytest
from django.utils import timezone

from courses.models import Attendance, Meeting
from live_sessions import services
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme


@pytest.mark.django_db
def test_heartbeats_are_batched_and_all_written(monkeypatch):
    people = [UserFactory(roles=["participant"]) for _ in range(3)]
    cohort = make_cohort(
        make_programme("seen", steps=1), location=LocationFactory(), participants=people
    )
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    long_ago = timezone.now() - datetime.timedelta(minutes=10)
    ids = [
        Attendance.objects.create(
            meeting=meeting, user=u, joined_at=long_ago, last_seen_at=long_ago
        ).pk
        for u in people
    ]
    clock = [1000.0]
    monkeypatch.setattr(services.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(services, "_seen_flushed_at", 0.0)
    monkeypatch.setattr(services, "_seen_pending", set())

    def seen_ids():
        return set(
            Attendance.objects.filter(pk__in=ids, last_seen_at__gt=long_ago).values_list(
                "pk", flat=True
            )
        )

    services.live_seen(attendance_id=ids[0])  # the first one in a while: written at once
    assert seen_ids() == {ids[0]}
    services.live_seen(attendance_id=ids[1])  # within SEEN_FLUSH_SECONDS: waits
    services.live_seen(attendance_id=ids[2])
    assert seen_ids() == {ids[0]}
    clock[0] += services.SEEN_FLUSH_SECONDS
    services.live_seen(attendance_id=ids[0])  # the next flush writes all pending at once
    assert seen_ids() == set(ids)
    assert set(services.present_user_ids(meeting)) == {u.pk for u in people}
