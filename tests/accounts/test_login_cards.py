"""Login cards: participants without e-mail, created by a coordinator, who sign in with the code
of a printed card and three pictures; text-message reminders; privacy of phone and card."""

import datetime
import re

import pytest
import segno
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone

from accounts import cards
from accounts.errors import CARD_LOGIN_INVALID, PHONE_INVALID, TOO_MANY_ATTEMPTS
from accounts.models import LoginCard, User
from accounts.phones import phone_normalise
from accounts.services import location_add_member
from courses.groups.services import cohort_schedule_meetings
from courses.groups.tasks import send_meeting_reminders
from courses.models import CohortMembership
from courses.privacy.services import erasure_confirm, erasure_request
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme
from toolkit import sms

pytestmark = pytest.mark.django_db

CARD_LOGIN = "/inloggen/kaart/"
PICTURES = ["kat", "fiets", "zon"]
LOCMEM_SMS = override_settings(SMS_BACKEND="toolkit.sms.LocmemBackend")


@pytest.fixture
def world(db):
    zoetermeer = LocationFactory(name="Zoetermeer", slug="zoetermeer")
    utrecht = LocationFactory(name="Utrecht", slug="utrecht")
    programme = make_programme("kaart-test", steps=3)
    carla = UserFactory(roles=["coordinator"], display_name="Carla")
    location_add_member(location=zoetermeer, user=carla, is_coordinator=True)
    ursula = UserFactory(roles=["coordinator"], display_name="Ursula")
    location_add_member(location=utrecht, user=ursula, is_coordinator=True)
    anouk = UserFactory(roles=["participant"], display_name="Anouk")
    lotte = UserFactory(roles=["leader"], display_name="Lotte")
    cohort = make_cohort(programme, location=zoetermeer, participants=[anouk], leaders=[lotte])

    class World:
        pass

    w = World()
    w.__dict__.update(locals())
    return w


def add_url(cohort):
    return f"/admin/groepen/{cohort.pk}/deelnemer-met-kaart/"


def card_url(cohort, membership, rest="kaart/"):
    return f"/admin/groepen/{cohort.pk}/leden/{membership.pk}/{rest}"


def printed_code(html: str) -> str:
    match = re.search(r'class="card-code-print">([A-Z0-9 ]+)<', html)
    assert match, "the card shows its code"
    return match.group(1)


def add_samira(world, phone="06-12345678"):
    client = Client()
    client.force_login(world.carla)
    response = client.post(add_url(world.cohort), {"first_name": "Samira", "phone": phone})
    return response


def card_login(client, *, code, pictures=(), card_id="", ip="10.0.0.1"):
    return client.post(
        CARD_LOGIN, {"kaart": card_id, "code": code, "pictures": list(pictures)}, REMOTE_ADDR=ip
    )


@pytest.fixture
def samira(world):
    response = add_samira(world)
    assert response.status_code == 200
    user = User.objects.get(first_name="Samira")
    code = printed_code(response.content.decode())
    cards.card_pictures_set(card=user.login_card, pictures=PICTURES)
    return user, code


# --- Phone numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "06-12345678",
        "06 1234 5678",
        "0612345678",
        "+31 6 12345678",
        "+31612345678",
        "0031612345678",
    ],
)
def test_dutch_mobile_numbers_are_written_in_e164(typed):
    assert phone_normalise(typed) == "+31612345678"


@pytest.mark.parametrize("typed", ["06-123", "020-1234567", "+32612345678", "06123456789", "abc"])
def test_other_numbers_are_refused(typed):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        phone_normalise(typed)
    assert error.value.messages == [str(PHONE_INVALID)]


# --- The coordinator creates a participant without e-mail ---------------------------------------


def test_coordinator_creates_a_participant_without_email_and_gets_the_card_once(world):
    response = add_samira(world)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    user = User.objects.get(first_name="Samira")
    assert not user.has_email and user.phone == "+31612345678"
    assert not user.has_usable_password()
    assert user.role_assignments.filter(role="participant").exists()
    assert user.location_memberships.filter(location=world.zoetermeer).exists()
    membership = world.cohort.memberships.get(user=user)
    assert membership.role == CohortMembership.Role.PARTICIPANT
    card = user.login_card
    code = printed_code(html)
    assert re.fullmatch(r"[A-Z0-9]{4} [A-Z0-9]{4}", code)
    assert "Samira" in html and "http://testserver/inloggen/kaart/" in html
    # The QR code holds the card-login address with the card id filled in.
    link = f"http://testserver/inloggen/kaart/?kaart={card.card_id}"
    expected = segno.make(link, error="m").svg_inline(scale=4, omitsize=True)
    assert re.search(r' d="([^"]+)"', expected).group(1) in html
    # The code exists only as a hash: not in the database in any form.
    plain = code.replace(" ", "")
    assert card.code_hash == cards.code_hash(plain)
    assert plain not in card.code_hash and plain not in str(LoginCard.objects.values().get())
    # The group page shows her without e-mail, with the card actions.
    detail = Client()
    detail.force_login(world.carla)
    page = detail.get(f"/admin/groepen/{world.cohort.pk}/").content.decode()
    assert "Geen e-mail: logt in met een kaart" in page
    assert card_url(world.cohort, membership) in page
    assert mail.outbox == []


def test_a_participant_without_any_contact_is_fine(world):
    response = add_samira(world, phone="")
    assert response.status_code == 200
    assert User.objects.get(first_name="Samira").phone == ""


def test_an_invalid_phone_number_is_refused_and_nothing_is_made(world):
    users = User.objects.count()
    response = add_samira(world, phone="06-123")
    assert response.status_code == 400
    assert str(PHONE_INVALID) in response.content.decode()
    assert User.objects.count() == users
    assert LoginCard.objects.count() == 0
    assert world.cohort.memberships.count() == 2


def test_reissuing_the_card_invalidates_the_old_code(world, samira):
    user, old_code = samira
    client = Client()
    client.force_login(world.carla)
    membership = world.cohort.memberships.get(user=user)
    response = client.post(card_url(world.cohort, membership))
    assert response.status_code == 200
    new_code = printed_code(response.content.decode())
    assert new_code != old_code
    assert card_login(Client(), code=old_code, pictures=PICTURES).status_code == 400
    signed_in = Client()
    assert card_login(signed_in, code=new_code, pictures=PICTURES).status_code == 302
    assert int(signed_in.session["_auth_user_id"]) == user.pk  # the pictures stayed


def test_coordinator_resets_the_pictures(world, samira):
    user, code = samira
    client = Client()
    client.force_login(world.carla)
    membership = world.cohort.memberships.get(user=user)
    assert client.post(card_url(world.cohort, membership, "plaatjes-wissen/")).status_code == 302
    user.login_card.refresh_from_db()
    assert not user.login_card.has_pictures
    # Her next sign-in asks for new pictures.
    response = card_login(Client(), code=code)
    assert response.status_code == 302 and response["Location"] == "/inloggen/kaart/plaatjes/"


@pytest.mark.parametrize("who", ["ursula", "anouk", "lotte", "samira_herself"])
def test_others_cannot_create_or_reissue_cards(world, samira, who):
    user, _code = samira
    person = user if who == "samira_herself" else getattr(world, who)
    membership = world.cohort.memberships.get(user=user)
    client = Client()
    client.force_login(person)
    before = LoginCard.objects.get().code_hash
    users = User.objects.count()
    for url in (
        add_url(world.cohort),
        card_url(world.cohort, membership),
        card_url(world.cohort, membership, "plaatjes-wissen/"),
    ):
        response = client.post(url, {"first_name": "Indringer"})
        assert response.status_code in (302, 404), url  # 302: to the admin's login
        if response.status_code == 302:
            assert "/login/" in response["Location"]
    assert User.objects.count() == users
    card = LoginCard.objects.get()
    assert card.code_hash == before and card.has_pictures


def test_no_card_for_a_member_with_email(world):
    client = Client()
    client.force_login(world.carla)
    for person in (world.anouk, world.lotte):
        membership = world.cohort.memberships.get(user=person)
        assert client.post(card_url(world.cohort, membership)).status_code == 404
    assert LoginCard.objects.count() == 0


# --- Signing in with the card ------------------------------------------------------------------


def test_first_sign_in_chooses_pictures_then_signs_in_with_them(world):
    response = add_samira(world)
    code = printed_code(response.content.decode())
    user = User.objects.get(first_name="Samira")
    client = Client()
    page = client.get(f"{CARD_LOGIN}?kaart={user.login_card.card_id}")
    assert page.status_code == 200
    assert f'value="{user.login_card.card_id}"' in page.content.decode()
    response = card_login(client, code=code.lower(), card_id=user.login_card.card_id)
    assert response.status_code == 302 and response["Location"] == "/inloggen/kaart/plaatjes/"
    assert "_auth_user_id" not in client.session  # not signed in before the pictures
    assert client.post("/inloggen/kaart/plaatjes/", {"pictures": ["kat", "zon"]}).status_code == 400
    response = client.post("/inloggen/kaart/plaatjes/", {"pictures": PICTURES})
    assert response.status_code == 302 and response["Location"] == "/"
    assert int(client.session["_auth_user_id"]) == user.pk
    user.login_card.refresh_from_db()
    assert user.login_card.has_pictures and "kat" not in user.login_card.pictures_hash
    # Next time: code and pictures, in any order (a set).
    again = Client()
    response = card_login(again, code=code, pictures=["zon", "kat", "fiets"])
    assert response.status_code == 302
    assert int(again.session["_auth_user_id"]) == user.pk
    assert again.get("/").status_code == 200
    me = again.get("/api/v1/me").json()
    assert me["email"] == "" and me["display_name"] == "Samira" and me["roles"] == ["participant"]
    again.post("/logout/")
    assert "_auth_user_id" not in again.session


def test_the_pictures_page_needs_a_right_code_first():
    response = Client().get("/inloggen/kaart/plaatjes/")
    assert response.status_code == 302 and response["Location"] == CARD_LOGIN


def test_wrong_pictures_and_wrong_code_get_the_same_answer(world, samira):
    user, code = samira
    wrong_pictures = card_login(Client(), code=code, pictures=["kat", "fiets", "maan"])
    wrong_code = card_login(Client(), code="ACDE FGHJ", pictures=PICTURES)
    no_pictures = card_login(Client(), code=code)
    wrong_card = card_login(Client(), code=code, pictures=PICTURES, card_id="niet-deze-kaart")
    for response in (wrong_pictures, wrong_code, no_pictures, wrong_card):
        assert response.status_code == 400
        assert str(CARD_LOGIN_INVALID) in response.content.decode()
    assert (
        wrong_pictures.content.decode().count("Dit klopt niet")
        == wrong_code.content.decode().count("Dit klopt niet")
        == 1
    )


def test_too_many_attempts_per_card_then_a_wait(world, samira, settings):
    settings.LOGIN_MAX_FAILURES = 3
    user, code = samira
    card_id = user.login_card.card_id
    for n in range(3):
        response = card_login(
            Client(),
            code=code,
            card_id=card_id,
            pictures=["maan", "ster", "hart"],
            ip=f"10.1.{n}.1",
        )
        assert response.status_code == 400
    # The limit is reached: even the right pictures, from another address, wait.
    response = card_login(Client(), code=code, card_id=card_id, pictures=PICTURES, ip="10.9.9.9")
    assert response.status_code == 429
    assert str(TOO_MANY_ATTEMPTS) in response.content.decode()


def test_too_many_attempts_per_client_address(world, samira, settings):
    settings.LOGIN_MAX_FAILURES_PER_CLIENT = 4
    _user, code = samira
    for n in range(4):
        assert card_login(Client(), code=f"ACDEFGH{n + 3}", ip="10.2.2.2").status_code == 400
    assert card_login(Client(), code=code, pictures=PICTURES, ip="10.2.2.2").status_code == 429


def test_a_right_sign_in_clears_the_cards_count(world, samira, settings):
    settings.LOGIN_MAX_FAILURES = 2
    _user, code = samira
    assert card_login(Client(), code=code, pictures=["maan", "ster", "hart"]).status_code == 400
    assert card_login(Client(), code=code, pictures=PICTURES).status_code == 302
    assert card_login(Client(), code=code, pictures=["maan", "ster", "hart"]).status_code == 400
    assert card_login(Client(), code=code, pictures=PICTURES).status_code == 302


# --- Privacy -----------------------------------------------------------------------------------


def test_export_holds_the_phone_and_the_card_but_no_secrets(world, samira):
    from accounts.personal_data import export_all

    user, code = samira
    sections = {s.key: s for s in export_all(user=user)}
    assert sections["account"].rows["phone"] == "+31612345678"
    assert sections["account"].rows["email"] == ""  # the reserved address is no address
    assert sections["login_card"].rows[0]["has_pictures"] is True
    text = str([s.rows for s in sections.values()])
    assert code.replace(" ", "") not in text and "pbkdf2" not in text and "md5" not in text


def test_erasure_removes_the_phone_and_the_card(world, samira):
    user, code = samira
    erasure_confirm(erasure=erasure_request(user=user), coordinator=world.carla)
    user.refresh_from_db()
    assert user.phone == ""
    assert not LoginCard.objects.filter(user=user).exists()
    assert card_login(Client(), code=code, pictures=PICTURES).status_code == 400


def test_retention_removes_the_cards_of_accounts_that_no_longer_sign_in(world, samira):
    from accounts.personal_data import Retention, purge_all

    user, _code = samira
    now = timezone.now()
    counts = purge_all(retention=Retention(now=now, cutoff=now.date()))
    assert counts["accounts.LoginCard"] == 0
    User.objects.filter(pk=user.pk).update(is_active=False)
    counts = purge_all(retention=Retention(now=now, cutoff=now.date()))
    assert counts["accounts.LoginCard"] == 1
    assert not LoginCard.objects.exists()


# --- Text messages -----------------------------------------------------------------------------


@LOCMEM_SMS
def test_meeting_reminder_goes_by_sms_to_people_with_a_phone_and_no_email(world, samira):
    user, _code = samira
    nobody = cards.user_create_without_email(first_name="Zonder")  # no phone either
    world.cohort.memberships.create(user=nobody, role="participant")
    sms.outbox.clear()
    start = timezone.now() + datetime.timedelta(days=3)
    meetings = cohort_schedule_meetings(
        cohort=world.cohort, first_starts_at=start - datetime.timedelta(weeks=1)
    )
    meeting = meetings[1]
    sent = send_meeting_reminders.call(meeting.pk, meeting.starts_at.isoformat())
    assert [m.to for m in sms.outbox] == ["+31612345678"]
    assert "Samira" in sms.outbox[0].body and "Morgen" in sms.outbox[0].body
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([world.anouk.email, world.lotte.email])
    assert not any(r.endswith(".invalid") for r in recipients)
    assert sent == 3  # two e-mails and one text message; nobody without any contact


def test_the_console_backend_is_the_default_and_logs(caplog):
    with caplog.at_level("INFO", logger="toolkit.sms"):
        assert sms.send_sms("+31612345678", "Hallo  daar") == 1
    assert "+31612345678" in caplog.text and "Hallo daar" in caplog.text
