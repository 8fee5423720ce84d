"""Coordinators in the Wagtail admin: groups, invitations, meeting times and erasure requests,
each limited to the locations they coordinate."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.test import Client

from content.services import edition_release
from courses import errors
from courses.groups.invitations import invitations_create
from courses.groups.services import cohort_schedule_meetings
from courses.models import MAX_PARTICIPANTS, Cohort, Invitation, Meeting
from courses.privacy.services import erasure_request
from tests.factories import UserFactory, make_cohort, make_programme, publish_a_change

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
GROUPS = "/admin/groepen/"
ERASURES = "/admin/groepen/verwijderverzoeken/"


def group_url(cohort, rest=""):
    return f"{GROUPS}{cohort.pk}/{rest}"


def page(response) -> str:
    return response.content.decode()


def group_post_data(world, **changes):
    data = {
        "name": "Zoetermeer najaar",
        "programme": world.programme.pk,
        "edition": "",
        "location": world.zoetermeer.pk,
        "mode": Cohort.Mode.ONLINE,
        "video_link": "",
        "start_date": "2026-10-19",
        "status": Cohort.Status.PLANNED,
        "finished_on": "",
        "first_meeting": "",
    }
    data.update(changes)
    return data


# --- Who gets in -----------------------------------------------------------------------------


def test_coordinator_sees_only_the_groups_of_their_location(client, world):
    client.force_login(world.carla)
    response = client.get(GROUPS)
    assert response.status_code == 200
    html = page(response)
    assert world.cohort.name in html
    assert world.other_cohort.name not in html
    assert f"2/{MAX_PARTICIPANTS}" in html
    assert "Lotte" in html  # the leader
    assert group_url(world.cohort) in html
    assert client.get(group_url(world.cohort)).status_code == 200
    assert client.get(group_url(world.other_cohort)).status_code == 404
    assert client.get(f"{GROUPS}999999/").status_code == 404


def test_superuser_sees_every_group(client, world):
    client.force_login(UserFactory(roles=["admin"]))
    html = page(client.get(GROUPS))
    assert world.cohort.name in html
    assert world.other_cohort.name in html


@pytest.mark.parametrize("person", ["anouk", "lotte", "outsider"])
def test_participants_and_leaders_do_not_reach_the_coordinator_screens(client, world, person):
    client.force_login(getattr(world, person))
    for url in (GROUPS, f"{GROUPS}nieuw/", group_url(world.cohort), ERASURES):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/")
    response = client.post(
        group_url(world.cohort, "uitnodigen/"),
        {"emails": "nieuw@example.org", "role": "participant"},
    )
    assert response.status_code == 302
    assert not Invitation.objects.exists()


def test_office_staff_who_coordinate_nothing_get_no_groups_screen(client, world):
    client.force_login(world.editor)
    assert client.get(GROUPS).status_code == 404
    assert client.get(ERASURES).status_code == 404
    assert client.get(group_url(world.cohort)).status_code == 404


def test_menu_item_only_for_coordinators_and_superusers(client, world):
    client.force_login(world.carla)
    assert GROUPS in page(client.get("/admin/"))
    client.force_login(UserFactory(roles=["admin"]))
    assert GROUPS in page(client.get("/admin/"))
    client.force_login(world.editor)
    assert GROUPS not in page(client.get("/admin/"))


def test_state_changes_need_post_and_a_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.carla)
    url = group_url(world.cohort, "uitnodigen/")
    assert client.get(url).status_code == 405
    assert client.post(url, {"emails": "a@example.org", "role": "participant"}).status_code == 403
    assert not Invitation.objects.exists()


# --- Creating and editing a group ------------------------------------------------------------


def test_create_group_with_first_meeting_plans_one_meeting_per_step_weekly(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.carla)
    # The last Sunday of October 2026 the clocks go back: the local time must stay 19:30.
    data = group_post_data(world, first_meeting="2026-10-19T19:30")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{GROUPS}nieuw/", data)
    assert response.status_code == 302
    cohort = Cohort.objects.get(name="Zoetermeer najaar")
    assert response["Location"] == group_url(cohort)
    assert cohort.location == world.zoetermeer
    assert cohort.edition == world.programme.editions.get()
    meetings = list(cohort.meetings.order_by("step_number"))
    assert [m.step_number for m in meetings] == [1, 2, 3]
    local = [m.starts_at.astimezone(AMSTERDAM) for m in meetings]
    assert [d.date() for d in local] == [
        datetime.date(2026, 10, 19),
        datetime.date(2026, 10, 26),
        datetime.date(2026, 11, 2),
    ]
    assert {(d.hour, d.minute) for d in local} == {(19, 30)}


def test_new_group_gets_the_latest_edition_unless_one_is_chosen(client, world):
    publish_a_change(world.programme)
    second = edition_release(programme=world.programme, release_notes="Nieuwe voorbeelden.")
    first = world.programme.editions.get(number=1)
    client.force_login(world.carla)
    client.post(f"{GROUPS}nieuw/", group_post_data(world, name="Nieuwste"))
    client.post(f"{GROUPS}nieuw/", group_post_data(world, name="Oude", edition=first.pk))
    assert Cohort.objects.get(name="Nieuwste").edition == second
    assert Cohort.objects.get(name="Oude").edition == first


def test_edition_of_another_programme_is_refused(client, world):
    other = make_programme("ander-programma", steps=1)
    client.force_login(world.carla)
    response = client.post(
        f"{GROUPS}nieuw/", group_post_data(world, edition=other.editions.get().pk)
    )
    assert response.status_code == 200
    assert "Deze editie hoort niet bij het gekozen programma." in page(response)
    assert not Cohort.objects.filter(name="Zoetermeer najaar").exists()


def test_coordinator_cannot_create_a_group_at_another_location(client, world):
    client.force_login(world.carla)
    response = client.post(f"{GROUPS}nieuw/", group_post_data(world, location=world.utrecht.pk))
    assert response.status_code == 200
    assert not Cohort.objects.filter(name="Zoetermeer najaar").exists()
    assert world.utrecht.name not in page(client.get(f"{GROUPS}nieuw/"))


def test_creating_a_group_with_a_taken_name_does_not_overwrite_it(client, world):
    client.force_login(world.carla)
    response = client.post(
        f"{GROUPS}nieuw/",
        group_post_data(world, name=world.cohort.name, status=Cohort.Status.PLANNED),
    )
    assert response.status_code == 200
    assert "Er is al een groep met deze naam op deze locatie." in page(response)
    world.cohort.refresh_from_db()
    assert world.cohort.status == Cohort.Status.RUNNING
    assert Cohort.objects.filter(name=world.cohort.name).count() == 1


def test_edit_group_keeps_its_members(client, world):
    client.force_login(world.carla)
    data = group_post_data(
        world,
        name="Een andere naam",  # fixed after creation: ignored
        mode=Cohort.Mode.HYBRID,
        status=Cohort.Status.FINISHED,
        finished_on="2027-01-15",
        video_link="https://meet.example.org/zoetermeer",
        edition=world.cohort.edition_id,
    )
    response = client.post(group_url(world.cohort), data)
    assert response.status_code == 302
    world.cohort.refresh_from_db()
    assert world.cohort.name == "Groep jobgroup-test zoetermeer"
    assert world.cohort.mode == Cohort.Mode.HYBRID
    assert world.cohort.status == Cohort.Status.FINISHED
    assert world.cohort.finished_on == datetime.date(2027, 1, 15)
    assert world.cohort.video_link == "https://meet.example.org/zoetermeer"
    assert world.cohort.memberships.count() == 3
    assert Cohort.objects.count() == 2


def test_editing_never_moves_a_group_to_another_edition_by_default(client, world):
    first = world.programme.editions.get(number=1)
    publish_a_change(world.programme)
    edition_release(programme=world.programme, release_notes="Nieuwe voorbeelden.")
    client.force_login(world.carla)
    response = client.post(group_url(world.cohort), group_post_data(world, edition=""))
    assert response.status_code == 200
    world.cohort.refresh_from_db()
    assert world.cohort.edition == first


def test_finished_group_needs_a_finish_date(client, world):
    client.force_login(world.carla)
    data = group_post_data(world, status=Cohort.Status.FINISHED, edition=world.cohort.edition_id)
    response = client.post(group_url(world.cohort), data)
    assert response.status_code == 200
    world.cohort.refresh_from_db()
    assert world.cohort.status == Cohort.Status.RUNNING


def test_coordinator_cannot_edit_a_group_elsewhere(client, world):
    client.force_login(world.carla)
    data = group_post_data(world, mode=Cohort.Mode.ON_SITE, edition=world.cohort.edition_id)
    assert client.post(group_url(world.other_cohort), data).status_code == 404
    world.other_cohort.refresh_from_db()
    assert world.other_cohort.mode == Cohort.Mode.ONLINE


# --- Members and invitations -----------------------------------------------------------------


def test_group_page_shows_members_with_their_role(client, world):
    client.force_login(world.carla)
    html = page(client.get(group_url(world.cohort)))
    for person in ("Anouk", "Bram", "Lotte"):
        assert person in html
    assert "Leider" in html
    assert "Deelnemer" in html
    assert "Olaf" not in html
    assert "Deze groep is vol" not in html


def test_full_group_is_shown_clearly(client, world):
    full = make_cohort(
        world.programme,
        location=world.zoetermeer,
        participants=UserFactory.create_batch(MAX_PARTICIPANTS),
        name="Volle groep",
    )
    client.force_login(world.carla)
    html = page(client.get(group_url(full)))
    assert "Deze groep is vol" in html
    assert f"{MAX_PARTICIPANTS}/{MAX_PARTICIPANTS}" in html


def test_inviting_a_pasted_list(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.carla)
    text = f"nieuw1@example.org, Nieuw2@example.org\nniet-een-adres; {world.anouk.email}"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            group_url(world.cohort, "uitnodigen/"),
            {"emails": text, "role": "participant"},
            follow=True,
        )
    assert response.status_code == 200
    assert sorted(m.to[0] for m in mail.outbox) == ["nieuw1@example.org", "nieuw2@example.org"]
    assert all("/uitnodiging/" in m.body for m in mail.outbox)
    assert all(m.body.count("http://testserver/uitnodiging/") == 1 for m in mail.outbox)
    invitations = Invitation.objects.filter(cohort=world.cohort)
    assert sorted(invitations.values_list("email", flat=True)) == [
        "nieuw1@example.org",
        "nieuw2@example.org",
    ]
    assert {i.role for i in invitations} == {"participant"}
    assert {i.invited_by for i in invitations} == {world.carla}
    html = page(response)
    assert str(errors.INVALID_EMAIL % {"email": "niet-een-adres"}) in html
    assert str(errors.ALREADY_MEMBER % {"email": world.anouk.email}) in html
    assert "2 uitnodigingen verstuurd." in html


def test_inviting_a_leader(client, world, django_capture_on_commit_callbacks):
    import datetime

    from django.utils import timezone

    from courses.volunteers.models import Certificate, ConductCertificate
    from tests.factories import UserFactory, member_of, shadowed

    certified = member_of(
        world.zoetermeer, UserFactory(email="leider@example.org", display_name="Lieke")
    )
    today = timezone.localdate()
    Certificate.objects.create(
        user=certified,
        role="leader",
        programme=world.programme,
        issued_on=today,
        valid_until=today + datetime.timedelta(days=700),
        verification_code="LEIDER2345",
    )
    ConductCertificate.objects.create(user=certified, issued_on=today, checked_on=today)
    shadowed(certified)
    UserFactory(email="nieuw@example.org", display_name="Nina")  # no certificate, no VOG
    client.force_login(world.carla)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            group_url(world.cohort, "uitnodigen/"),
            {
                "emails": "leider@example.org, nieuw@example.org, onbekend@example.org",
                "role": "leader",
            },
            follow=True,
        )
    assert Invitation.objects.get(email="leider@example.org").role == "leader"
    assert len(mail.outbox) == 1
    html = response.content.decode()
    # The coordinator reads why the others cannot be chosen, by the address typed (never a
    # name: Nina is of no location of Carla's); nothing was sent to them.
    assert (
        "nieuw@example.org kan (nog) geen groep leiden: geen actief leiderscertificaat, geen "
        "geldige VOG en nog niet meegedraaid met de groep van een andere leider" in html
    )
    assert "Nina" not in html
    assert "onbekend@example.org kan (nog) geen groep leiden" in html
    assert not Invitation.objects.filter(
        email__in=["nieuw@example.org", "onbekend@example.org"]
    ).exists()


def test_coordinator_cannot_invite_into_a_group_elsewhere(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.carla)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            group_url(world.other_cohort, "uitnodigen/"),
            {"emails": "nieuw@example.org", "role": "participant"},
        )
    assert response.status_code == 404
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def _invite(world, email="nieuw@example.org", cohort=None):
    sent, _problems = invitations_create(
        cohort=cohort or world.cohort,
        text=email,
        invited_by=world.carla,
        base_url="http://testserver",
    )
    return sent[0]


def test_withdraw_and_resend_change_the_status(client, world, django_capture_on_commit_callbacks):
    invitation = _invite(world)
    client.force_login(world.carla)
    assert client.get(group_url(world.cohort)).status_code == 200
    withdraw = group_url(world.cohort, f"uitnodigingen/{invitation.pk}/intrekken/")
    assert client.get(withdraw).status_code == 405
    invitation.refresh_from_db()
    assert invitation.status == "open"

    assert client.post(withdraw).status_code == 302
    invitation.refresh_from_db()
    assert invitation.status == "withdrawn"
    assert "Ingetrokken" in page(client.get(group_url(world.cohort)))

    old_hash = invitation.token_hash
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(group_url(world.cohort, f"uitnodigingen/{invitation.pk}/opnieuw/"))
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.status == "open"
    assert invitation.token_hash != old_hash
    assert [m.to for m in mail.outbox] == [["nieuw@example.org"]]


def test_an_accepted_invitation_cannot_be_withdrawn(client, world):
    invitation = _invite(world)
    Invitation.objects.filter(pk=invitation.pk).update(accepted_at=invitation.sent_at)
    client.force_login(world.carla)
    response = client.post(
        group_url(world.cohort, f"uitnodigingen/{invitation.pk}/intrekken/"), follow=True
    )
    assert str(errors.INVITATION_USED) in page(response)
    invitation.refresh_from_db()
    assert invitation.status == "accepted"


def test_invitations_of_another_group_are_out_of_reach(
    client, world, django_capture_on_commit_callbacks
):
    invitation = _invite(world, cohort=world.other_cohort)
    client.force_login(world.carla)
    for action in ("intrekken", "opnieuw"):
        # Through the other group's URL, and smuggled under the coordinator's own group.
        for cohort in (world.other_cohort, world.cohort):
            url = group_url(cohort, f"uitnodigingen/{invitation.pk}/{action}/")
            with django_capture_on_commit_callbacks(execute=True):
                assert client.post(url).status_code == 404
    invitation.refresh_from_db()
    assert invitation.status == "open"
    assert mail.outbox == []


# --- Meetings --------------------------------------------------------------------------------


def _schedule(cohort):
    first = datetime.datetime(2026, 11, 2, 19, 0, tzinfo=AMSTERDAM)
    return cohort_schedule_meetings(cohort=cohort, first_starts_at=first)


def test_rescheduling_a_meeting(client, world, django_capture_on_commit_callbacks):
    meetings = _schedule(world.cohort)
    second = meetings[1]
    client.force_login(world.carla)
    html = page(client.get(group_url(world.cohort)))
    assert f'name="meeting-{second.pk}-starts_at"' in html
    url = group_url(world.cohort, f"bijeenkomsten/{second.pk}/")
    assert client.get(url).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {f"meeting-{second.pk}-starts_at": "2026-11-12T10:15"})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.starts_at == datetime.datetime(2026, 11, 12, 10, 15, tzinfo=AMSTERDAM)
    meetings[0].refresh_from_db()
    assert meetings[0].starts_at == datetime.datetime(2026, 11, 2, 19, 0, tzinfo=AMSTERDAM)


def test_rescheduling_with_a_wrong_date_changes_nothing(client, world):
    meeting = _schedule(world.cohort)[0]
    client.force_login(world.carla)
    response = client.post(
        group_url(world.cohort, f"bijeenkomsten/{meeting.pk}/"),
        {f"meeting-{meeting.pk}-starts_at": "morgen"},
    )
    assert response.status_code == 200
    before = meeting.starts_at
    meeting.refresh_from_db()
    assert meeting.starts_at == before


def test_coordinator_cannot_reschedule_a_meeting_elsewhere(client, world):
    meeting = _schedule(world.other_cohort)[0]
    client.force_login(world.carla)
    data = {f"meeting-{meeting.pk}-starts_at": "2026-12-01T10:00"}
    for cohort in (world.other_cohort, world.cohort):
        url = group_url(cohort, f"bijeenkomsten/{meeting.pk}/")
        assert client.post(url, data).status_code == 404
    assert Meeting.objects.get(pk=meeting.pk).starts_at == meeting.starts_at


# --- Erasure requests ------------------------------------------------------------------------


def test_confirming_an_erasure_anonymises_the_person(client, world):
    request = erasure_request(user=world.anouk)
    client.force_login(world.carla)
    html = page(client.get(ERASURES))
    assert "Anouk" in html
    assert world.cohort.name in html
    confirm = f"{ERASURES}{request.pk}/bevestigen/"
    assert "niet terug kan" in page(client.get(confirm))  # the second step: looking changes nothing
    assert client.post(confirm).status_code == 400  # no tick: nothing happens
    world.anouk.refresh_from_db()
    assert world.anouk.anonymised_at is None

    response = client.post(confirm, {"irreversible": "on"}, follow=True)
    assert response.redirect_chain == [(ERASURES, 302)]
    assert "zijn verwijderd" in page(response)
    world.anouk.refresh_from_db()
    assert world.anouk.anonymised_at is not None
    assert world.anouk.display_name == "Oud-deelnemer"
    assert world.anouk.email.endswith("@anoniem.invalid")
    assert not world.anouk.is_active
    request.refresh_from_db()
    assert request.confirmed_by == world.carla
    assert "Anouk" not in page(client.get(ERASURES))


def test_coordinator_cannot_confirm_an_erasure_outside_their_locations(client, world):
    request = erasure_request(user=world.anouk)
    email = world.anouk.email
    client.force_login(world.utrecht_coordinator)
    assert "Anouk" not in page(client.get(ERASURES))
    response = client.post(f"{ERASURES}{request.pk}/bevestigen/")
    assert response.status_code in (403, 404)
    world.anouk.refresh_from_db()
    assert world.anouk.anonymised_at is None
    assert world.anouk.email == email
    assert world.anouk.is_active
    request.refresh_from_db()
    assert request.confirmed_at is None
