"""Scoped lookups: every form field that takes a person's id or e-mail address resolves it only
among the people of the locations the actor coordinates. A coordinator of Zoetermeer who types
an id or an address of someone in Delft gets the same neutral refusal as for an unknown one:
nothing changes and no name of the other location appears (docs/security.md, "Scoped lookups")."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.errors import PERSON_NOT_FOUND
from courses.groups.access import person_for_coordinator
from courses.models import Invitation
from courses.network import intervision, workshops
from courses.trajectories.models import Intake, Trajectory
from courses.volunteers.models import BuddyMatch
from tests.factories import UserFactory, member_of, second_location_with_people

pytestmark = pytest.mark.django_db

NEUTRAL = str(PERSON_NOT_FOUND)


@pytest.fixture
def delft(world):
    return second_location_with_people(world.programme, name="Delft", slug="delft")


def assert_no_name_of(html: str, people) -> None:
    for person in people:
        assert person.name not in html, person.name


# --- The access layer ------------------------------------------------------------------------


def test_a_person_is_found_only_within_the_coordinators_locations(world, delft):
    found = person_for_coordinator(user=world.carla, email=world.anouk.email.upper())
    assert found == world.anouk
    assert person_for_coordinator(user=world.carla, person_id=str(world.lotte.pk)) == world.lotte
    refusals = []
    for kwargs in (
        {"email": delft.participant.email},  # someone elsewhere
        {"email": "niemand@example.org"},  # nobody
        {"person_id": delft.leader.pk},
        {"person_id": 987654},
        {"person_id": "abc"},
        {"email": ""},
    ):
        with pytest.raises(Exception) as refused:
            person_for_coordinator(user=world.carla, **kwargs)
        refusals.append(" ".join(refused.value.messages))
    assert set(refusals) == {NEUTRAL}
    # the coordinator of Delft finds their own people, not Zoetermeer's
    assert person_for_coordinator(user=delft.coordinator, email=delft.participant.email)
    with pytest.raises(Exception):  # noqa: B017
        person_for_coordinator(user=delft.coordinator, email=world.anouk.email)


# --- Workshops: invite by address, hosts by id ------------------------------------------------


@pytest.fixture
def series(world):
    series = workshops.series_create(
        by=world.carla, title="NetWerken", locations=[world.zoetermeer]
    )
    series.published = True
    series.save()
    return series


def _workshop(series):
    return workshops.workshop_create(
        series=series, title="Wie ben ik?", starts_at=timezone.now() + datetime.timedelta(days=3)
    )


@pytest.mark.parametrize("address", ["delft-participant", "unknown"])
def test_workshop_invite_of_someone_elsewhere_reads_as_unknown(
    client, world, delft, series, address
):
    workshop = _workshop(series)
    email = delft.participant.email if address == "delft-participant" else "niemand@example.org"
    client.force_login(world.carla)
    response = client.post(
        reverse("workshop_series", args=[series.pk]),
        {"action": "invite", "workshop": workshop.pk, "email": email},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert NEUTRAL in html
    assert_no_name_of(html, delft.people)
    assert not workshop.signups.exists()


def test_workshop_invite_of_own_participant_signs_them_up(client, world, series):
    workshop = _workshop(series)
    client.force_login(world.carla)
    response = client.post(
        reverse("workshop_series", args=[series.pk]),
        {"action": "invite", "workshop": workshop.pk, "email": world.anouk.email},
    )
    assert response.status_code == 302
    assert workshop.signups.get().user == world.anouk


def test_workshop_host_of_another_location_is_refused(client, world, delft, series):
    own_buddy = member_of(world.zoetermeer, UserFactory(display_name="Mia", roles=["buddy"]))
    client.force_login(world.carla)
    page = client.get(reverse("workshop_series", args=[series.pk])).content.decode()
    assert "Mia" in page
    assert_no_name_of(page, delft.people)  # not offered
    response = client.post(
        reverse("workshop_series", args=[series.pk]),
        {
            "action": "add",
            "title": "Sollicitatiebrief",
            "date": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
            "time": "19:30",
            "hosts": [own_buddy.pk, delft.leader.pk],
        },
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert NEUTRAL in html
    assert_no_name_of(html, delft.people)
    assert not series.workshops.exists()
    # a participant (no volunteer) by id reads the same as someone elsewhere
    response = client.post(
        reverse("workshop_series", args=[series.pk]),
        {
            "action": "add",
            "title": "Sollicitatiebrief",
            "date": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
            "time": "19:30",
            "hosts": [world.anouk.pk],
        },
    )
    assert NEUTRAL in response.content.decode() and not series.workshops.exists()


# --- Intervision circles: add a member by id ---------------------------------------------------


def test_circle_member_of_another_location_is_refused(client, world, delft):
    own_leader = world.lotte
    member_of(world.zoetermeer, own_leader)
    circle = intervision.circle_create(by=world.carla, name="Leiders", audience="leaders")
    client.force_login(world.carla)
    url = reverse("circle_detail", args=[circle.pk])
    for person_id in (delft.leader.pk, 987654):
        page = client.post(url, {"action": "add", "member": person_id}, follow=True)
        html = page.content.decode()
        assert NEUTRAL in html
        assert_no_name_of(html, delft.people)
    assert not circle.memberships.filter(user=delft.leader).exists()
    client.post(url, {"action": "add", "member": own_leader.pk})
    assert circle.memberships.filter(user=own_leader).exists()


# --- Group invitations as a leader: by address -------------------------------------------------


def test_leader_invitation_of_a_certified_leader_elsewhere_reads_as_unknown(client, world, delft):
    client.force_login(world.carla)
    page = client.post(
        reverse("courses_admin_group_invite", args=[world.cohort.pk]),
        {"emails": f"{delft.leader.email}, onbekend@example.org", "role": "leader"},
        follow=True,
    )
    html = page.content.decode()
    assert_no_name_of(html, delft.people)
    # the same sentence for both, each with the address that was typed
    for email in (delft.leader.email, "onbekend@example.org"):
        assert (
            f"{email} kan (nog) geen groep leiden: geen actief leiderscertificaat, geen "
            "geldige VOG en nog niet meegedraaid met de groep van een andere leider" in html
        )
    assert not Invitation.objects.exists()


# --- Fields that were already scoped: kept that way -----------------------------------------------


def test_buddy_match_with_people_of_another_location_is_refused(client, world, delft):
    client.force_login(world.carla)
    response = client.post(
        reverse("buddy_overview"),
        {
            "location": world.zoetermeer.pk,
            "participant": delft.participant.pk,
            "buddy": delft.buddy.pk,
            "consent_given_on": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 200
    assert_no_name_of(response.content.decode(), delft.people)
    assert not BuddyMatch.objects.exists()


def test_vog_of_someone_elsewhere_is_refused(client, world, delft):
    client.force_login(world.carla)
    response = client.post(
        reverse("vog"),
        {"person": delft.participant.pk, "issued_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 200
    assert_no_name_of(response.content.decode(), delft.people)
    assert not delft.participant.conduct_certificates.exists()


def test_trajectory_for_someone_elsewhere_is_refused(client, world, delft):
    client.force_login(world.carla)
    response = client.post(
        reverse("trajectory_list"),
        {
            "participant": delft.participant.pk,
            "location": delft.location.pk,
            "cohort": delft.cohort.pk,
            "intake_date": timezone.localdate().isoformat(),
            "intake_rung": 2,
        },
    )
    assert response.status_code == 200
    assert_no_name_of(response.content.decode(), delft.people)
    assert not Trajectory.objects.exists()


def test_intake_at_another_location_is_refused(client, world, delft):
    client.force_login(world.carla)
    response = client.post(
        reverse("intake_new"), {"person_name": "Kandidaat", "location": delft.location.pk}
    )
    assert response.status_code == 422
    assert not Intake.objects.exists()


def test_workshop_invite_reaches_people_of_the_coordinators_other_locations(client, world, series):
    from tests.factories import LocationFactory

    gouda = LocationFactory(name="Gouda", slug="gouda")
    member_of(gouda, world.carla, coordinator=True)
    kim = member_of(gouda, UserFactory(display_name="Kim", roles=["participant"]))
    workshop = _workshop(series)
    client.force_login(world.carla)
    response = client.post(
        reverse("workshop_series", args=[series.pk]),
        {"action": "invite", "workshop": workshop.pk, "email": kim.email},
    )
    assert response.status_code == 302
    assert workshop.signups.get().user == kim
