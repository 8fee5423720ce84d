"""Open workshops: sign-up up to the capacity, waiting list, cancellation handing the place on,
reminders, who may sign up, and two people taking the last place at once."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from courses.models import Meeting
from courses.network import workshops
from courses.network.models import MAX_CAPACITY, Workshop, WorkshopSignup
from courses.network.tasks import notify_workshop_place, send_workshop_reminders
from tests.factories import LocationFactory, UserFactory, member_of


@pytest.fixture
def series_world(db):
    zoetermeer = LocationFactory(name="Zoetermeer")
    delft = LocationFactory(name="Delft")
    coordinator = member_of(zoetermeer, UserFactory(display_name="Cor"), coordinator=True)
    member_of(delft, coordinator, coordinator=True)
    host = member_of(zoetermeer, UserFactory(display_name="Mia Maatje", roles=["buddy"]))
    series = workshops.series_create(
        by=coordinator, title="NetWerken", locations=[zoetermeer, delft]
    )
    series.published = True
    series.save()

    class World:
        pass

    w = World()
    w.__dict__.update(
        zoetermeer=zoetermeer, delft=delft, coordinator=coordinator, host=host, series=series
    )
    return w


def make_workshop(world, *, capacity=2, days=3, **kwargs):
    return workshops.workshop_create(
        series=world.series,
        title="Wie ben ik?",
        starts_at=timezone.now() + datetime.timedelta(days=days),
        capacity=capacity,
        hosts=[world.host],
        guest_speaker="Iemand van de bibliotheek",
        **kwargs,
    )


def participant(location, name):
    return member_of(location, UserFactory(display_name=name, roles=["participant"]))


def test_sign_up_until_full_then_the_waiting_list_in_order(series_world):
    workshop = make_workshop(series_world, capacity=2)
    assert workshop.meeting.kind == Meeting.Kind.WORKSHOP
    people = [participant(series_world.zoetermeer, n) for n in ("An", "Bo", "Cas", "Dewi")]
    signups = [workshops.sign_up(user=p, workshop=workshop) for p in people]
    assert [s.status for s in signups] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert [workshops.waiting_position(s) for s in signups] == [None, None, 1, 2]
    assert workshops.counts(workshop) == {"confirmed": 2, "waiting": 2, "free": 0}
    with pytest.raises(workshops.ValidationError):
        workshops.sign_up(user=people[0], workshop=workshop)  # already has a place
    with pytest.raises(workshops.ValidationError):
        workshops.sign_up(user=people[2], workshop=workshop)  # already waiting


def test_cancelling_gives_the_place_to_the_first_waiting_who_gets_an_email(
    series_world, django_capture_on_commit_callbacks
):
    workshop = make_workshop(series_world, capacity=1)
    an, bo, cas = (participant(series_world.delft, n) for n in ("An", "Bo", "Cas"))
    for person in (an, bo, cas):
        workshops.sign_up(user=person, workshop=workshop)
    with django_capture_on_commit_callbacks(execute=True):
        promoted = workshops.cancel(user=an, workshop=workshop)
    assert promoted.user == bo and promoted.status == WorkshopSignup.Status.CONFIRMED
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(task_path="courses.network.tasks.notify_workshop_place")
    assert queued.count() == 1
    assert notify_workshop_place.call(promoted.pk) == 1
    assert mail.outbox[-1].to == [bo.email] and "plek" in mail.outbox[-1].subject
    assert workshops.waiting_position(WorkshopSignup.objects.get(user=cas)) == 1
    # a place on the waiting list given back frees nothing
    assert workshops.cancel(user=cas, workshop=workshop) is None
    with pytest.raises(workshops.ValidationError):
        workshops.cancel(user=cas, workshop=workshop)
    # signing up again goes to the back of the line
    again = workshops.sign_up(user=an, workshop=workshop)
    assert again.status == WorkshopSignup.Status.WAITING


def test_more_places_go_to_the_waiting_list_and_fewer_than_signed_up_is_refused(series_world):
    workshop = make_workshop(series_world, capacity=1)
    people = [participant(series_world.zoetermeer, n) for n in ("An", "Bo", "Cas")]
    for person in people:
        workshops.sign_up(user=person, workshop=workshop)
    promoted = workshops.workshop_set_capacity(workshop=workshop, capacity=2)
    assert [s.user for s in promoted] == [people[1]]
    with pytest.raises(workshops.ValidationError):
        workshops.workshop_set_capacity(workshop=workshop, capacity=1)
    workshop.refresh_from_db()
    assert workshop.capacity == 2


def test_who_may_sign_up(series_world):
    workshop = make_workshop(series_world)
    elsewhere = participant(LocationFactory(name="Utrecht"), "Ugo")
    with pytest.raises(workshops.ValidationError) as refused:
        workshops.sign_up(user=elsewhere, workshop=workshop)
    assert "niet voor jouw locatie" in str(refused.value)
    invited = workshops.sign_up(
        user=elsewhere, workshop=workshop, invited_by=series_world.coordinator
    )
    assert invited.status == WorkshopSignup.Status.CONFIRMED
    # an unpublished series takes no sign-ups from participants
    series_world.series.published = False
    series_world.series.save()
    with pytest.raises(workshops.ValidationError):
        workshops.sign_up(user=participant(series_world.zoetermeer, "Zo"), workshop=workshop)


def test_a_past_or_cancelled_workshop_takes_no_sign_ups(series_world):
    workshop = make_workshop(series_world)
    person = participant(series_world.zoetermeer, "An")
    Workshop.objects.filter(pk=workshop.pk).update(status=Workshop.Status.CANCELLED)
    with pytest.raises(workshops.ValidationError):
        workshops.sign_up(user=person, workshop=workshop)
    Workshop.objects.filter(pk=workshop.pk).update(
        status=Workshop.Status.PLANNED, starts_at=timezone.now() - datetime.timedelta(hours=1)
    )
    with pytest.raises(workshops.ValidationError):
        workshops.sign_up(user=person, workshop=workshop)
    assert not WorkshopSignup.objects.exists()


def test_workshop_creation_checks_its_input(series_world):
    with pytest.raises(workshops.ValidationError):
        make_workshop(series_world, capacity=0)
    with pytest.raises(workshops.ValidationError):
        make_workshop(series_world, capacity=MAX_CAPACITY + 1)
    with pytest.raises(workshops.ValidationError):
        make_workshop(series_world, days=-1)
    not_a_volunteer = participant(series_world.zoetermeer, "Piet")
    with pytest.raises(workshops.ValidationError):
        workshops.workshop_create(
            series=series_world.series,
            title="Thema",
            starts_at=timezone.now() + datetime.timedelta(days=1),
            hosts=[not_a_volunteer],
        )
    assert not Workshop.objects.exists() and not Meeting.objects.exists()
    with pytest.raises(workshops.ValidationError):
        workshops.series_create(
            by=series_world.coordinator, title="X", locations=[LocationFactory()]
        )


def test_reminder_the_day_before_goes_to_those_with_a_place(
    series_world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workshop = make_workshop(series_world, capacity=1)
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.get(task_path="courses.network.tasks.send_workshop_reminders")
    assert queued.run_after == workshop.starts_at - datetime.timedelta(days=1)
    an, bo = participant(series_world.zoetermeer, "An"), participant(series_world.zoetermeer, "Bo")
    workshops.sign_up(user=an, workshop=workshop)
    workshops.sign_up(user=bo, workshop=workshop)  # waiting list
    assert send_workshop_reminders.call(workshop.pk, workshop.starts_at.isoformat()) == 1
    assert [m.to for m in mail.outbox] == [[an.email]]
    body = mail.outbox[0].body
    assert "Wie ben ik?" in body and f"/bijeenkomsten/{workshop.meeting.pk}/" in body
    # moved: the old reminder sends nothing
    assert send_workshop_reminders.call(workshop.pk, timezone.now().isoformat()) == 0


@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_place_at_once_one_gets_it():
    from tests.factories import ensure_wagtail_tree

    ensure_wagtail_tree()
    location = LocationFactory()
    coordinator = member_of(location, UserFactory(), coordinator=True)
    series = workshops.series_create(by=coordinator, title="Walk&Talk", locations=[location])
    series.published = True
    series.save()
    workshop = workshops.workshop_create(
        series=series,
        title="Netwerken",
        starts_at=timezone.now() + datetime.timedelta(days=2),
        capacity=1,
    )
    people = [participant(location, n) for n in ("An", "Bo")]
    barrier = threading.Barrier(2)
    results, errors = {}, []

    def take(person):
        try:
            barrier.wait(timeout=10)
            results[person.pk] = workshops.sign_up(user=person, workshop=workshop).status
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(results.values()) == ["confirmed", "waiting"]
    assert workshop.signups.filter(status="confirmed").count() == 1


def test_pages_sign_up_wait_and_cancel(client, series_world):
    workshop = make_workshop(series_world, capacity=1)
    an, bo = participant(series_world.zoetermeer, "An"), participant(series_world.delft, "Bo")
    client.force_login(an)
    listing = client.get(reverse("workshop_list")).content.decode()
    assert "Wie ben ik?" in listing and "NetWerken" in listing
    detail_url = reverse("workshop_detail", args=[workshop.pk])
    assert client.post(detail_url, {"action": "sign_up"}).status_code == 302
    client.force_login(bo)
    page = client.post(detail_url, {"action": "sign_up"}, follow=True).content.decode()
    assert "wachtlijst" in page and "plaats 1" in page
    assert "/bijeenkomsten/" not in page  # no way into the room from the waiting list
    client.force_login(an)
    page = client.get(detail_url).content.decode()
    assert "Een half uur voor de start" in page and "/bijeenkomsten/" not in page
    Workshop.objects.filter(pk=workshop.pk).update(
        starts_at=timezone.now() + datetime.timedelta(minutes=20)
    )
    page = client.get(detail_url).content.decode()
    assert f"/bijeenkomsten/{workshop.meeting.pk}/" in page
    client.post(detail_url, {"action": "cancel"})
    assert WorkshopSignup.objects.get(user=bo).status == "confirmed"
    client.force_login(participant(LocationFactory(), "Ugo"))
    assert client.get(detail_url).status_code == 404
