"""Sign-ups without an invitation (`/aanmelden/`, `/vrijwilliger-worden/`): the public forms and
their spam protection, the coordinator's screens and their access, and the privacy registry."""

import datetime
import time

import pytest
from django.test import override_settings
from django.utils import timezone

from accounts.models import AuditEntry, User
from accounts.personal_data import erasure_for
from courses.models import Intake, SignUp
from courses.privacy.services import retention_purge_all
from courses.signups import services
from tests.factories import LocationFactory, UserFactory

pytestmark = pytest.mark.django_db

JOB_URL = "/aanmelden/"
VOLUNTEER_URL = "/vrijwilliger-worden/"


def old_stamp(seconds=10):
    return services.form_stamp(issued_at=time.time() - seconds)


def job_seeker_form(world, **changes):
    data = {
        "name": "Priya Sewdien",
        "location": str(world.zoetermeer.pk),
        "phone": "06-1234 5678",
        "email": "",
        "work_wish": "Administratief werk",
        "heard_from": "municipality",
        "call_time": "morning",
        "started": old_stamp(),
        "website": "",
    }
    data.update(changes)
    return data


def volunteer_form(world, **changes):
    data = {
        "name": "Henk Jansen",
        "location": str(world.zoetermeer.pk),
        "phone": "",
        "email": "Henk@Example.org",
        "role": "buddy",
        "experience": "Personeelszaken",
        "availability": "maandag",
        "started": old_stamp(),
        "website": "",
    }
    data.update(changes)
    return data


# --- The public forms --------------------------------------------------------------------------


def test_the_forms_are_public_and_list_only_locations_with_a_coordinator(client, world):
    LocationFactory(name="Spookstad", slug="spookstad")  # nobody coordinates it
    for url in (JOB_URL, VOLUNTEER_URL):
        response = client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert "Zoetermeer" in body and "Utrecht" in body
        assert "Spookstad" not in body
        assert 'name="started"' in body and 'name="website"' in body


def test_a_job_seeker_signs_up_and_nothing_but_the_sign_up_is_made(client, world):
    users, intakes = User.objects.count(), Intake.objects.count()
    response = client.post(JOB_URL, job_seeker_form(world))
    assert response.status_code == 302
    signup = SignUp.objects.get()
    assert signup.kind == SignUp.Kind.JOB_SEEKER
    assert signup.location == world.zoetermeer
    assert signup.phone == "+31612345678"
    assert signup.status == SignUp.Status.NEW
    assert (User.objects.count(), Intake.objects.count()) == (users, intakes)
    thanks = client.get(response["Location"])
    assert (
        "De coördinator van Zoetermeer belt of mailt je binnen een week." in thanks.content.decode()
    )


def test_a_volunteer_signs_up_with_only_an_email(client, world):
    users = User.objects.count()
    response = client.post(VOLUNTEER_URL, volunteer_form(world))
    assert response.status_code == 302
    signup = SignUp.objects.get()
    assert (signup.kind, signup.email, signup.phone, signup.role) == (
        SignUp.Kind.VOLUNTEER,
        "henk@example.org",
        "",
        "buddy",
    )
    assert User.objects.count() == users


def test_a_filled_honeypot_is_thanked_but_nothing_is_stored(client, world):
    response = client.post(JOB_URL, job_seeker_form(world, website="http://spam.example"))
    assert response.status_code == 302
    assert "bedankt" in response["Location"]
    assert not SignUp.objects.exists()


@pytest.mark.parametrize("stamp", ["fresh", "", "forged", "expired"])
def test_too_fast_or_a_bad_stamp_stores_nothing(client, world, stamp):
    value = {
        "fresh": services.form_stamp(),
        "": "",
        "forged": "eyJ0IjoxfQ:1abc:def",
        "expired": old_stamp(seconds=3 * 24 * 3600),
    }[stamp]
    response = client.post(JOB_URL, job_seeker_form(world, started=value))
    assert response.status_code == 422
    assert str(services.TOO_FAST) in response.content.decode()
    assert not SignUp.objects.exists()


@override_settings(SIGNUP_MAX_PER_CLIENT=5)
def test_the_sixth_sign_up_from_one_address_is_refused(client, world):
    for n in range(5):
        response = client.post(
            JOB_URL, job_seeker_form(world, name=f"Persoon {n}", phone=f"06 1234560{n}")
        )
        assert response.status_code == 302
    response = client.post(JOB_URL, job_seeker_form(world, name="Zesde", phone="0612345699"))
    assert response.status_code == 429
    assert str(services.TOO_MANY) in response.content.decode()
    assert SignUp.objects.count() == 5
    assert not SignUp.objects.filter(name="Zesde").exists()


def test_a_location_computer_can_take_an_information_morning_of_sign_ups(client, world):
    for n in range(services.DEFAULTS["SIGNUP_MAX_PER_CLIENT"]):
        response = client.post(
            JOB_URL, job_seeker_form(world, name=f"Persoon {n}", phone=f"06 123456{n:02d}")
        )
        assert response.status_code == 302
    assert SignUp.objects.count() == 20


@override_settings(SIGNUP_MAX_PER_CLIENT=3)
def test_addresses_of_one_ipv6_network_count_as_one_sender(client, world):
    for n in range(3):
        response = client.post(
            JOB_URL,
            job_seeker_form(world, name=f"Persoon {n}", phone=f"06 1234560{n}"),
            REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}",
        )
        assert response.status_code == 302
    response = client.post(
        JOB_URL, job_seeker_form(world, phone="0612345699"), REMOTE_ADDR="2001:db8:1:2:ffff::9"
    )
    assert response.status_code == 429
    # another /64 is another sender
    response = client.post(
        JOB_URL, job_seeker_form(world, phone="0612345698"), REMOTE_ADDR="2001:db8:1:3::1"
    )
    assert response.status_code == 302
    assert services.client_network("2001:db8:1:2::1") == "2001:db8:1:2::/64"
    assert services.client_network("::ffff:10.1.2.3") == "10.1.2.3"
    assert services.client_network("10.1.2.3") == "10.1.2.3"


def test_one_form_stores_one_sign_up_however_often_it_is_sent(client, world):
    form = job_seeker_form(world)
    assert client.post(JOB_URL, form, REMOTE_ADDR="10.0.0.1").status_code == 302
    for n in range(2, 5):
        changed = form | {"name": f"Robot {n}", "phone": f"06 1234567{n}"}
        response = client.post(JOB_URL, changed, REMOTE_ADDR=f"10.0.0.{n}")
        assert response.status_code == 422
        assert str(services.STAMP_USED) in response.content.decode()
    assert SignUp.objects.count() == 1
    # the page shown again carries a new form that can be sent
    assert 'name="started"' in response.content.decode()


def test_one_contact_cannot_sign_up_again_and_again(client, world):
    for n in range(3):
        response = client.post(
            JOB_URL, job_seeker_form(world, name=f"Persoon {n}"), REMOTE_ADDR=f"10.0.0.{n}"
        )
        assert response.status_code == 302
    response = client.post(JOB_URL, job_seeker_form(world), REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    page = response.content.decode()
    assert str(services.TOO_MANY_FOR_CONTACT) in page and "morgen" in page
    assert SignUp.objects.count() == 3


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"phone": "12345"}, "phone", services.PHONE_INVALID),
        ({"phone": "020 1234567"}, "phone", services.PHONE_INVALID),
        ({"phone": "06 1234 567８"}, "phone", services.PHONE_INVALID),
        ({"phone": "", "email": ""}, "contact", services.CONTACT_MISSING),
        ({"email": "geen-adres"}, "email", services.EMAIL_INVALID),
        ({"name": "  \u202e "}, "name", services.NAME_MISSING),
        ({"location": "999999"}, "location", services.LOCATION_MISSING),
        ({"location": "abc"}, "location", services.LOCATION_MISSING),
        ({"location": "9" * 40}, "location", services.LOCATION_MISSING),
        ({"heard_from": "<script>"}, "heard_from", services.NOT_A_CHOICE),
        ({"name": "N" * 151}, "name", services.TOO_LONG % {"max": 150}),
        ({"work_wish": "ü" * 1001}, "work_wish", services.TOO_LONG % {"max": 1000}),
        ({"email": "a" * 250 + "@x.nl"}, "email", services.EMAIL_INVALID),
        # İ becomes two characters when lowered: 205 typed, 405 stored, over the 254 allowed
        ({"email": "\u0130" * 200 + "@x.nl"}, "email", services.EMAIL_INVALID),
        ({"email": '"a\x01b"@x.nl'}, "email", services.EMAIL_INVALID),
        ({"email": '"a b"@x.nl'}, "email", services.EMAIL_INVALID),
    ],
)
def test_bad_input_gets_a_clear_message_and_stores_nothing(client, world, changes, field, message):
    response = client.post(JOB_URL, job_seeker_form(world, **changes))
    assert response.status_code == 422
    assert str(message) in response.content.decode()
    assert not SignUp.objects.exists()


def test_a_location_without_a_coordinator_cannot_be_chosen(client, world):
    empty = LocationFactory(name="Spookstad", slug="spookstad")
    response = client.post(JOB_URL, job_seeker_form(world, location=str(empty.pk)))
    assert response.status_code == 422
    assert not SignUp.objects.exists()


def test_unicode_and_odd_input_never_breaks_the_page(client, world):
    response = client.post(
        VOLUNTEER_URL,
        volunteer_form(
            world,
            name="Zoë Ağaoğlu 🌷",
            experience="Ervaring\x00 met <b>HTML</b> & 'quotes'",
            availability="x" * 5000,
        ),
    )
    assert response.status_code == 422  # availability too long
    assert "Zoë Ağaoğlu 🌷" in response.content.decode()
    response = client.post(
        VOLUNTEER_URL,
        volunteer_form(world, name="Zoë Ağaoğlu 🌷", experience="Met <b>HTML</b>\x00"),
    )
    assert response.status_code == 302
    assert SignUp.objects.get().experience == "Met <b>HTML</b>"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0612345678", "+31612345678"),
        ("06-12 34 56 78", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("+31 (0)6 1234 5678", "+31612345678"),
        ("0031612345678", "+31612345678"),
    ],
)
def test_dutch_mobile_numbers_are_normalised(raw, expected):
    assert services.normalise_phone(raw) == expected


# --- The coordinator ---------------------------------------------------------------------------


@pytest.fixture
def signups(world):
    seeker = SignUp.objects.create(
        kind=SignUp.Kind.JOB_SEEKER, location=world.zoetermeer, name="Priya", phone="+31612345678"
    )
    volunteer = SignUp.objects.create(
        kind=SignUp.Kind.VOLUNTEER, location=world.zoetermeer, name="Henk", email="henk@example.org"
    )
    return seeker, volunteer


def test_the_coordinator_sees_the_sign_ups_of_their_location_with_counts(client, world, signups):
    client.force_login(world.carla)
    body = client.get("/aanmeldingen/").content.decode()
    assert "Priya" in body and "Henk" in body
    assert "Werkzoekenden: 1. Vrijwilligers: 1." in body
    home = client.get("/").content.decode()
    assert "/aanmeldingen/" in home and "(2 nieuw)" in home
    client.force_login(world.utrecht_coordinator)
    assert "Priya" not in client.get("/aanmeldingen/").content.decode()


@pytest.mark.parametrize("who", ["anonymous", "participant", "leader", "other_coordinator"])
def test_others_cannot_see_or_handle_a_sign_up(client, world, signups, who):
    seeker, _volunteer = signups
    user = {
        "anonymous": None,
        "participant": world.anouk,
        "leader": world.lotte,
        "other_coordinator": world.utrecht_coordinator,
    }[who]
    if user:
        client.force_login(user)
    detail = client.get(f"/aanmeldingen/{seeker.pk}/")
    accept = client.post(f"/aanmeldingen/{seeker.pk}/aannemen/")
    if user is None:
        assert detail.status_code == accept.status_code == 302
        assert "/login/" in detail["Location"]
    else:
        assert detail.status_code == accept.status_code == 404
    seeker.refresh_from_db()
    assert seeker.status == SignUp.Status.NEW
    assert not Intake.objects.exists()
    if who in ("participant", "leader"):
        assert client.get("/aanmeldingen/").status_code == 404


def test_the_national_office_sees_every_location(client, world, signups):
    boss = UserFactory(roles=["admin"], display_name="Bureau")
    client.force_login(boss)
    assert client.get(f"/aanmeldingen/{signups[0].pk}/").status_code == 200


def test_starting_the_intake_makes_an_intake_for_the_location(client, world, signups):
    seeker, _volunteer = signups
    client.force_login(world.carla)
    response = client.get(f"/aanmeldingen/{seeker.pk}/")
    assert response.status_code == 200
    assert "Intake starten" in response.content.decode()
    assert AuditEntry.objects.filter(
        actor=world.carla, action=AuditEntry.Action.READ_RECORD, detail=f"aanmelding {seeker.pk}"
    ).exists()
    response = client.post(f"/aanmeldingen/{seeker.pk}/aannemen/")
    seeker.refresh_from_db()
    intake = Intake.objects.get()
    assert response["Location"] == f"/intakes/{intake.pk}/"
    assert (intake.location, intake.person_name, intake.person) == (world.zoetermeer, "Priya", None)
    assert seeker.intake == intake
    assert seeker.status == SignUp.Status.ACCEPTED
    assert seeker.handled_by == world.carla and seeker.handled_at is not None
    # a second click does not make a second intake
    client.post(f"/aanmeldingen/{seeker.pk}/aannemen/")
    assert Intake.objects.count() == 1


def test_a_volunteer_is_accepted_and_their_path_kept(client, world, signups):
    _seeker, volunteer = signups
    client.force_login(world.carla)
    users = User.objects.count()
    client.post(f"/aanmeldingen/{volunteer.pk}/aannemen/")
    volunteer.refresh_from_db()
    assert volunteer.status == SignUp.Status.ACCEPTED
    assert User.objects.count() == users  # no account (docs/decisions.md)
    assert not Intake.objects.exists()
    bad = client.post(
        f"/aanmeldingen/{volunteer.pk}/pad/", {"interview_on": "gisteren", "training_note": "x"}
    )
    assert bad.status_code == 422
    assert str(services.DATE_INVALID) in bad.content.decode()
    volunteer.refresh_from_db()
    assert volunteer.training_note == ""
    client.post(
        f"/aanmeldingen/{volunteer.pk}/pad/",
        {
            "interview_on": "2026-12-01",
            "vog_requested_on": "2026-12-02",
            "training_note": "Maatjestraining 12 januari",
        },
    )
    volunteer.refresh_from_db()
    assert volunteer.interview_on == datetime.date(2026, 12, 1)
    assert volunteer.vog_requested_on == datetime.date(2026, 12, 2)
    body = client.get(f"/aanmeldingen/{volunteer.pk}/").content.decode()
    assert "Kennismakingsgesprek gehad op 1 december 2026" in body
    assert "Training gekozen: Maatjestraining 12 januari" in body


def test_declining_keeps_a_note_and_cannot_be_undone_by_accepting(client, world, signups):
    seeker, _volunteer = signups
    client.force_login(world.carla)
    client.post(f"/aanmeldingen/{seeker.pk}/afwijzen/", {"decline_note": "Woont te ver weg"})
    seeker.refresh_from_db()
    assert (seeker.status, seeker.decline_note) == (SignUp.Status.DECLINED, "Woont te ver weg")
    client.post(f"/aanmeldingen/{seeker.pk}/aannemen/")
    seeker.refresh_from_db()
    assert seeker.status == SignUp.Status.DECLINED
    assert not Intake.objects.exists()


# --- Privacy -----------------------------------------------------------------------------------


def test_retention_purges_sign_ups_half_a_year_after_their_last_change(world, signups):
    seeker, volunteer = signups
    old = timezone.now() - datetime.timedelta(days=200)
    SignUp.objects.filter(pk=seeker.pk).update(updated_at=old)
    counts = retention_purge_all()
    assert counts.get("courses.SignUp") == 1
    assert list(SignUp.objects.all()) == [volunteer]


@override_settings(SIGNUP_RETENTION_DAYS=10)
def test_the_retention_period_is_a_setting(world, signups):
    SignUp.objects.update(updated_at=timezone.now() - datetime.timedelta(days=11))
    retention_purge_all()
    assert not SignUp.objects.exists()


def test_erasure_and_export_reach_sign_ups_by_account_or_email(world, signups):
    from accounts.personal_data import erase_all, export_all

    _seeker, volunteer = signups
    services.signup_decline(signup=volunteer, by=world.carla, note="Geen plek voor maatjes nu.")
    henk = UserFactory(email="HENK@example.org", display_name="Henk")
    sections = {s.key: s for s in export_all(user=henk)}
    assert [row["name"] for row in sections["signups"].rows] == ["Henk"]
    # what the coordinator wrote about them is theirs to read too
    assert sections["signups"].rows[0]["decline_note"] == "Geen plek voor maatjes nu."
    erase_all(erasure=erasure_for(user=henk))
    assert not SignUp.objects.filter(pk=volunteer.pk).exists()
    assert SignUp.objects.count() == 1


def test_accepting_links_an_existing_account_of_the_own_location_by_email(client, world, signups):
    from accounts import services as account_services

    _seeker, volunteer = signups
    henk = UserFactory(email="henk@example.org", display_name="Henk")
    account_services.location_add_member(location=world.zoetermeer, user=henk)
    client.force_login(world.carla)
    client.post(f"/aanmeldingen/{volunteer.pk}/aannemen/")
    volunteer.refresh_from_db()
    assert volunteer.user == henk


def test_accepting_never_links_an_account_of_another_location(client, world, signups):
    """Anyone can type anyone's address in the public form: an account at a location this
    coordinator does not coordinate is not linked (their VOG records stay out of sight)."""
    from accounts import services as account_services

    _seeker, volunteer = signups
    henk = UserFactory(email="henk@example.org", display_name="Henk")
    account_services.location_add_member(location=world.utrecht, user=henk)
    client.force_login(world.carla)
    assert client.post(f"/aanmeldingen/{volunteer.pk}/aannemen/").status_code == 302
    volunteer.refresh_from_db()
    assert volunteer.status == SignUp.Status.ACCEPTED
    assert volunteer.user is None


def test_the_coordinator_deletes_a_sign_up_on_request_and_others_cannot(client, world, signups):
    seeker, _volunteer = signups
    client.force_login(world.utrecht_coordinator)
    assert client.post(f"/aanmeldingen/{seeker.pk}/verwijderen/").status_code == 404
    assert SignUp.objects.filter(pk=seeker.pk).exists()
    client.force_login(world.carla)
    response = client.post(f"/aanmeldingen/{seeker.pk}/verwijderen/")
    assert response["Location"] == "/aanmeldingen/"
    assert not SignUp.objects.filter(pk=seeker.pk).exists()


def test_notes_with_a_null_character_are_stored_without_it(client, world, signups):
    seeker, volunteer = signups
    client.force_login(world.carla)
    client.post(f"/aanmeldingen/{seeker.pk}/afwijzen/", {"decline_note": "te\x00 ver"})
    seeker.refresh_from_db()
    assert seeker.decline_note == "te ver"
    client.post(f"/aanmeldingen/{volunteer.pk}/aannemen/")
    response = client.post(
        f"/aanmeldingen/{volunteer.pk}/pad/", {"training_note": "Maatjes\x00training"}
    )
    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert volunteer.training_note == "Maatjestraining"


def test_an_over_long_decline_note_changes_nothing(client, world, signups):
    seeker, _volunteer = signups
    client.force_login(world.carla)
    client.post(f"/aanmeldingen/{seeker.pk}/afwijzen/", {"decline_note": "x" * 1001})
    seeker.refresh_from_db()
    assert seeker.status == SignUp.Status.NEW
