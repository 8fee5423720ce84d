"""Coordinators change a workshop (title, time, places, description), give it more places (the
waiting list moves up in order, with the "er is een plek" mail) and call it off (everyone told
by mail through the worker, the room closed, shown as cancelled)."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from courses.network import workshops
from courses.network.access import meeting_for_member
from courses.network.models import Workshop, WorkshopSignup
from courses.network.tasks import notify_workshop_cancelled, notify_workshop_place
from tests.courses import test_workshops
from tests.courses.test_workshops import make_workshop, participant
from toolkit.permissions import NotPermitted

pytestmark = pytest.mark.django_db
series_world = test_workshops.series_world  # the same fixture


def full_workshop(world, *, capacity=1, people=("An", "Bo", "Cas")):
    workshop = make_workshop(world, capacity=capacity)
    persons = [participant(world.zoetermeer, n) for n in people]
    for person in persons:
        workshops.sign_up(user=person, workshop=workshop)
    return workshop, persons


def test_the_coordinator_edits_title_time_description_and_the_meeting_moves(series_world, client):
    workshop = make_workshop(series_world)
    client.force_login(series_world.coordinator)
    url = reverse("workshop_manage", args=[workshop.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'value="Wie ben ik?"' in page.content.decode()
    new_day = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()
    response = client.post(
        url,
        {
            "action": "save",
            "title": "Sollicitatiebrief",
            "description": "We schrijven samen.",
            "date": new_day,
            "time": "19:30",
            "capacity": "5",
        },
    )
    assert response.status_code == 302
    workshop.refresh_from_db()
    local = timezone.localtime(workshop.starts_at)
    assert (workshop.title, workshop.description, workshop.capacity) == (
        "Sollicitatiebrief",
        "We schrijven samen.",
        5,
    )
    assert (local.date().isoformat(), local.strftime("%H:%M")) == (new_day, "19:30")
    assert workshop.meeting.starts_at == workshop.starts_at


def test_bad_input_is_refused_and_changes_nothing(series_world, client):
    workshop, _persons = full_workshop(series_world, capacity=2)
    client.force_login(series_world.coordinator)
    url = reverse("workshop_manage", args=[workshop.pk])
    base = {"action": "save", "title": "X", "date": "2030-01-01", "time": "10:00"}
    for data in (
        {**base, "title": "  "},
        {**base, "capacity": "1"},  # two already have a place
        {**base, "capacity": "veel"},
        {**base, "date": "morgen"},
        {**base, "date": "2020-01-01", "capacity": "3"},
    ):
        response = client.post(url, data)
        assert response.status_code == 422, data
    workshop.refresh_from_db()
    assert (workshop.title, workshop.capacity) == ("Wie ben ik?", 2)


def test_more_places_move_the_waiting_list_up_in_order_with_the_place_mail(
    series_world, client, django_capture_on_commit_callbacks
):
    workshop, (an, bo, cas) = full_workshop(series_world, capacity=1)
    client.force_login(series_world.coordinator)
    local = timezone.localtime(workshop.starts_at)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("workshop_manage", args=[workshop.pk]),
            {
                "action": "save",
                "title": workshop.title,
                "date": local.date().isoformat(),
                "time": local.strftime("%H:%M"),
                "capacity": "2",
            },
        )
    statuses = dict(WorkshopSignup.objects.values_list("user_id", "status"))
    assert statuses == {an.pk: "confirmed", bo.pk: "confirmed", cas.pk: "waiting"}
    queued = DBTaskResult.objects.filter(task_path="courses.network.tasks.notify_workshop_place")
    assert [r.args_kwargs["args"][0] for r in queued] == [WorkshopSignup.objects.get(user=bo).pk]
    assert notify_workshop_place.call(WorkshopSignup.objects.get(user=bo).pk) == 1
    assert mail.outbox[-1].to == [bo.email] and "plek" in mail.outbox[-1].subject


def test_calling_off_tells_everyone_closes_the_room_and_shows_it(
    series_world, client, django_capture_on_commit_callbacks
):
    workshop, (an, bo, cas) = full_workshop(series_world, capacity=1)
    workshops.cancel(user=cas, workshop=workshop)  # Cas left the waiting list: not told
    assert meeting_for_member(user=an, meeting_id=workshop.meeting.pk)
    client.force_login(series_world.coordinator)
    url = reverse("workshop_manage", args=[workshop.pk])
    refused = client.post(url, {"action": "cancel_workshop"})  # not confirmed
    assert refused.status_code == 422
    assert Workshop.objects.get(pk=workshop.pk).status == "planned"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "cancel_workshop", "confirm": "yes"})
    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.status == Workshop.Status.CANCELLED
    queued = DBTaskResult.objects.filter(
        task_path="courses.network.tasks.notify_workshop_cancelled"
    )
    assert queued.count() == 2  # An (a place) and Bo (waiting)
    for row in queued:
        assert notify_workshop_cancelled.call(row.args_kwargs["args"][0]) == 1
    told = sorted(m.to[0] for m in mail.outbox if "gaat niet door" in m.subject)
    assert told == sorted([an.email, bo.email])

    for person in (an, series_world.host, series_world.coordinator):
        with pytest.raises(NotPermitted):
            meeting_for_member(user=person, meeting_id=workshop.meeting.pk)
    client.force_login(an)
    page = client.get(reverse("workshop_detail", args=[workshop.pk])).content.decode()
    assert "Deze workshop gaat niet door." in page
    assert reverse("meeting_detail", args=[workshop.meeting.pk]) not in page
    with pytest.raises(workshops.ValidationError):
        workshops.workshop_cancel(workshop=workshop)


def test_only_who_manages_the_series_may_change_or_call_off(series_world, client):
    workshop, (an, _bo, _cas) = full_workshop(series_world)
    url = reverse("workshop_manage", args=[workshop.pk])
    for person in (an, series_world.host):
        client.force_login(person)
        assert client.get(url).status_code == 404
        assert client.post(url, {"action": "cancel_workshop", "confirm": "yes"}).status_code == 404
    assert Workshop.objects.get(pk=workshop.pk).status == "planned"


def test_moving_the_workshop_tells_everyone_with_a_place_or_waiting(
    series_world, client, django_capture_on_commit_callbacks
):
    from courses.network.tasks import notify_workshop_moved

    workshop, (an, bo, cas) = full_workshop(series_world, capacity=1)
    workshops.cancel(user=cas, workshop=workshop)  # Cas left the waiting list: not told
    client.force_login(series_world.coordinator)
    local = timezone.localtime(workshop.starts_at)
    new_day = local.date() + datetime.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workshop_manage", args=[workshop.pk]),
            {
                "action": "save",
                "title": workshop.title,
                "date": new_day.isoformat(),
                "time": "19:30",
                "capacity": "1",
            },
        )
    assert response.status_code == 302
    queued = DBTaskResult.objects.filter(task_path="courses.network.tasks.notify_workshop_moved")
    assert queued.count() == 2  # An (a place) and Bo (waiting)
    mail.outbox.clear()
    for row in queued:
        args = row.args_kwargs["args"]
        assert notify_workshop_moved.call(*args) == 1
    moved = {m.to[0]: m for m in mail.outbox if "verplaatst" in m.subject}
    assert sorted(moved) == sorted([an.email, bo.email])
    assert "19:30" in moved[an.email].body and local.strftime("%H:%M") in moved[an.email].body
    assert "wachtlijst" in moved[bo.email].body and "wachtlijst" not in moved[an.email].body
    # a change without a new time tells no one; a task for an older move sends nothing
    with django_capture_on_commit_callbacks(execute=True):
        workshops.workshop_update(
            workshop=Workshop.objects.get(pk=workshop.pk),
            title="Nieuwe titel",
            description="",
            starts_at=Workshop.objects.get(pk=workshop.pk).starts_at,
            capacity=1,
        )
    assert queued.count() == 2
    stale = list(queued.first().args_kwargs["args"])
    stale[2] = (timezone.now() + datetime.timedelta(days=30)).isoformat()
    assert notify_workshop_moved.call(*stale) == 0
