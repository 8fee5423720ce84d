"""Shadowing before leading (issue #19): a future JobGroupleider takes part once in a meeting of
another leader's group; that group's leader records it; the leader gate asks for it."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.groups.models import Meeting
from courses.volunteers import shadowing as shadow
from courses.volunteers.models import Certificate, ConductCertificate, Shadowing
from courses.volunteers.services import NO_SHADOWING, leader_gate
from tests.factories import (
    LocationFactory,
    UserFactory,
    make_cohort,
    make_programme,
    member_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    location = LocationFactory(name="Zoetermeer", slug="zoetermeer")
    elsewhere = LocationFactory(name="Utrecht", slug="utrecht")
    programme = make_programme(steps=2)
    lotte = member_of(location, UserFactory(display_name="Lotte", roles=["leader"]))
    bert = member_of(location, UserFactory(display_name="Bert", roles=["buddy"]))  # future leader
    pia = member_of(location, UserFactory(display_name="Pia", roles=["participant"]))
    far = member_of(elsewhere, UserFactory(display_name="Fenna", roles=["buddy"]))
    cohort = make_cohort(programme, location=location, participants=[pia], leaders=[lotte])
    started = Meeting.objects.create(
        cohort=cohort, step_number=1, starts_at=timezone.now() - datetime.timedelta(hours=1)
    )
    later = Meeting.objects.create(
        cohort=cohort, step_number=2, starts_at=timezone.now() + datetime.timedelta(days=7)
    )
    today = timezone.localdate()
    Certificate.objects.create(
        user=bert,
        role="leader",
        programme=programme,
        issued_on=today,
        valid_until=today + datetime.timedelta(days=700),
    )
    ConductCertificate.objects.create(user=bert, issued_on=today, checked_on=today)

    class World:
        pass

    w = World()
    w.__dict__.update(
        location=location,
        lotte=lotte,
        bert=bert,
        pia=pia,
        far=far,
        cohort=cohort,
        started=started,
        later=later,
    )
    return w


def test_without_shadowing_the_leader_gate_stays_closed_with_a_clear_reason(world):
    assert leader_gate(user=world.bert) == str(NO_SHADOWING)
    shadow.shadowing_record(meeting=world.started, by=world.lotte, user_id=world.bert.pk)
    assert leader_gate(user=world.bert) is None


def test_nobody_chosen_is_refused(world):
    with pytest.raises(ValidationError) as refused:
        shadow.shadowing_record(meeting=world.started, by=world.lotte, email="  ")
    assert refused.value.code == "nobody"


def test_the_leader_records_by_email_and_only_once_per_meeting(world):
    record = shadow.shadowing_record(
        meeting=world.started, by=world.lotte, email=world.bert.email.upper()
    )
    assert (record.volunteer, record.recorded_by) == (world.bert, world.lotte)
    with pytest.raises(ValidationError) as refused:
        shadow.shadowing_record(meeting=world.started, by=world.lotte, user_id=world.bert.pk)
    assert refused.value.code == "already_recorded"
    assert Shadowing.objects.count() == 1


def test_only_after_the_meeting_started(world):
    with pytest.raises(ValidationError) as refused:
        shadow.shadowing_record(meeting=world.later, by=world.lotte, user_id=world.bert.pk)
    assert refused.value.code == "not_started"
    world.later.status = Meeting.Status.LIVE  # started early by the leader
    world.later.save()
    assert shadow.shadowing_record(meeting=world.later, by=world.lotte, user_id=world.bert.pk)


def test_only_volunteers_of_the_location_who_do_not_lead_this_group(world):
    candidates = list(shadow.shadowing_candidates(meeting=world.started))
    assert world.bert in candidates
    assert world.lotte not in candidates  # leads this group
    assert world.pia not in candidates  # a participant, not a volunteer
    assert world.far not in candidates  # another location
    for person in (world.lotte, world.pia, world.far):
        with pytest.raises(ValidationError) as refused:
            shadow.shadowing_record(meeting=world.started, by=world.lotte, user_id=person.pk)
        assert refused.value.code == "not_a_candidate"
    with pytest.raises(ValidationError):  # the address of someone elsewhere reads as unknown
        shadow.shadowing_record(meeting=world.started, by=world.lotte, email=world.far.email)


def test_the_page_is_for_the_groups_leaders_only(world, client):
    url = f"/bijeenkomsten/{world.started.pk}/meedraaien/"
    coordinator = member_of(world.location, UserFactory(roles=["coordinator"]), coordinator=True)
    for outsider in (world.pia, world.bert, coordinator, world.far):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        assert client.post(url, {"user": world.bert.pk}).status_code == 404
    assert not Shadowing.objects.exists()
    client.force_login(world.lotte)
    page = client.get(url)
    assert page.status_code == 200 and "Bert" in page.text and "Pia" not in page.text
    response = client.post(url, {"user": world.bert.pk}, follow=True)
    assert "Bert heeft meegedraaid" in response.text
    assert Shadowing.objects.get().recorded_by == world.lotte
    # the register links to it for the leader
    assert url in client.get(f"/bijeenkomsten/{world.started.pk}/presentie/").text


def test_the_volunteer_sees_the_step_on_their_certificates_page(world, client):
    client.force_login(world.bert)
    page = client.get("/mijn-certificaten/").text
    assert "Draai eerst een keer mee met de groep van een andere leider." in page
    shadow.shadowing_record(meeting=world.started, by=world.lotte, user_id=world.bert.pk)
    page = client.get("/mijn-certificaten/").text
    assert "Je hebt meegedraaid met" in page


def test_export_and_erasure(world):
    from accounts.personal_data import erase_all, erasure_for, export_all

    shadow.shadowing_record(meeting=world.started, by=world.lotte, user_id=world.bert.pk)
    sections = {s.key: s.rows for s in export_all(user=world.bert)}
    assert sections["shadowings"][0]["recorded_by"] == "Lotte"
    erase_all(erasure=erasure_for(user=world.lotte))  # the recorder: the record stays, unlinked
    assert Shadowing.objects.get().recorded_by is None
    erase_all(erasure=erasure_for(user=world.bert))
    assert not Shadowing.objects.exists()
