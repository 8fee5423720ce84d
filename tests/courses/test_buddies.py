"""Buddies: matching with consent and the buddy gate, contact details, sharing and the log."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accounts import services as account_services
from accounts.models import AuditEntry
from courses.groups.access import cohort_for_member
from courses.volunteers import buddies
from courses.volunteers.models import (
    BuddyContact,
    BuddyMatch,
    BuddyShare,
    Certificate,
    ConductCertificate,
)
from courses.volunteers.services import (
    BOTH_REASONS,
    MAY_NOT_BE_BUDDY,
    NO_BUDDY_CERTIFICATE,
    NO_VALID_VOG,
)
from courses.workbook.services import answer_save
from tests.courses.conftest import exercise_id
from tests.factories import UserFactory, make_cohort, make_programme
from toolkit.permissions import NotPermitted

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def certify(user, programme, *, code, valid_until=None, vog=True):
    Certificate.objects.create(
        user=user,
        role="buddy",
        programme=programme,
        issued_on=TODAY - datetime.timedelta(days=30),
        valid_until=valid_until or TODAY + datetime.timedelta(days=700),
        verification_code=code,
    )
    if vog:
        ConductCertificate.objects.create(user=user, issued_on=TODAY, checked_on=TODAY)


@pytest.fixture
def scene(world):
    """Anouk (participant in Zoetermeer), Bas (a certified buddy there), Carla coordinates."""
    course = make_programme("maatjes", steps=1, kind="volunteer_course", variant="buddy_training")
    bas = UserFactory(roles=["buddy"], display_name="Bas", email="bas@example.org")
    account_services.location_add_member(location=world.zoetermeer, user=bas)
    certify(bas, course, code="BUDDY00001")
    world.course = course
    world.bas = bas
    return world


def match(scene, **kwargs):
    args = {
        "coordinator": scene.carla,
        "participant": scene.anouk,
        "buddy": scene.bas,
        "consent_given_on": TODAY,
        "location": scene.zoetermeer,
    }
    args.update(kwargs)
    return buddies.buddy_match(**args)


def answers(scene):
    """Three answers of Anouk: private, shared with leaders, shared with the group."""
    access = cohort_for_member(user=scene.anouk, cohort_id=scene.cohort.pk)
    result = {}
    for number, sharing in enumerate(("private", "leaders", "group"), start=1):
        result[sharing] = answer_save(
            access=access,
            user=scene.anouk,
            step_number=number,
            block_id=exercise_id(scene.cohort, number, "reflection"),
            value={"text": f"TEKST-{sharing}"},
            sharing=sharing,
        )
    return result


def field_messages(exc: ValidationError, field: str) -> list[str]:
    return exc.message_dict[field]


# --- Matching ----------------------------------------------------------------------------------


def test_match_records_consent_and_who(scene):
    m = match(scene, consent_given_on=TODAY - DAY)
    assert m.consent_given_on == TODAY - DAY
    assert m.consent_recorded_by == scene.carla
    assert m.matched_by == scene.carla
    assert m.started_on == TODAY
    assert m.is_open


def test_match_without_consent_is_refused(scene):
    with pytest.raises(ValidationError) as exc:
        match(scene, consent_given_on=None)
    assert field_messages(exc.value, "consent_given_on") == [str(buddies.CONSENT_MISSING)]
    assert not BuddyMatch.objects.exists()


def test_consent_in_the_future_is_refused(scene):
    with pytest.raises(ValidationError) as exc:
        match(scene, consent_given_on=TODAY + DAY)
    assert field_messages(exc.value, "consent_given_on") == [str(buddies.CONSENT_IN_FUTURE)]
    assert not BuddyMatch.objects.exists()


def _refusal(name, reason):
    return str(MAY_NOT_BE_BUDDY) % {"name": name, "reason": reason}


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        ("none", NO_BUDDY_CERTIFICATE),
        ("lapsed", NO_BUDDY_CERTIFICATE),
        ("no_vog", NO_VALID_VOG),
        ("nothing", None),
    ],
)
def test_buddy_who_may_not_be_buddy_is_refused_with_the_reason(scene, setup, reason):
    dirk = UserFactory(roles=["buddy"], display_name="Dirk")
    account_services.location_add_member(location=scene.zoetermeer, user=dirk)
    if setup == "none":
        ConductCertificate.objects.create(user=dirk, issued_on=TODAY, checked_on=TODAY)
    elif setup == "lapsed":
        certify(dirk, scene.course, code="LAPSED0001", valid_until=TODAY - DAY)
    elif setup == "no_vog":
        certify(dirk, scene.course, code="NOVOG00001", vog=False)
    if reason is None:
        reason = str(BOTH_REASONS) % {
            "first": str(NO_BUDDY_CERTIFICATE),
            "second": str(NO_VALID_VOG),
        }
    with pytest.raises(ValidationError) as exc:
        match(scene, buddy=dirk)
    assert field_messages(exc.value, "buddy") == [_refusal("Dirk", str(reason))]
    assert not BuddyMatch.objects.exists()


def test_second_open_match_is_refused(scene):
    match(scene)
    eva = UserFactory(roles=["buddy"], display_name="Eva B")
    account_services.location_add_member(location=scene.zoetermeer, user=eva)
    certify(eva, scene.course, code="BUDDY00002")
    with pytest.raises(ValidationError) as exc:
        match(scene, buddy=eva)
    assert field_messages(exc.value, "participant") == [str(buddies.OPEN_MATCH_EXISTS)]
    assert BuddyMatch.objects.count() == 1


def test_new_match_after_the_old_one_ended(scene):
    first = match(scene)
    buddies.buddy_match_end(coordinator=scene.carla, match=first, ended_on=TODAY)
    assert match(scene).pk != first.pk


def test_coordinator_of_another_location_is_refused(scene):
    with pytest.raises(PermissionDenied):
        match(scene, coordinator=scene.utrecht_coordinator)
    with pytest.raises(PermissionDenied):
        match(scene, coordinator=scene.bas)
    assert not BuddyMatch.objects.exists()


def test_people_of_another_location_are_refused(scene):
    with pytest.raises(ValidationError) as exc:
        match(scene, participant=scene.outsider)
    assert field_messages(exc.value, "participant") == [str(buddies.PARTICIPANT_NOT_AT_LOCATION)]
    assert not BuddyMatch.objects.exists()


# --- Access and contact details ----------------------------------------------------------------


def test_match_gate_and_contact_details_for_the_two_only(scene):
    m = match(scene)
    for user in (scene.anouk, scene.bas, scene.carla):
        assert buddies.match_for_member(user=user, match_id=m.pk) == m
    for user in (scene.bram, scene.lotte, scene.utrecht_coordinator, scene.editor):
        with pytest.raises(NotPermitted):
            buddies.match_for_member(user=user, match_id=m.pk)
    seen_by_buddy = buddies.contact_details(viewer=scene.bas, match=m)
    assert (seen_by_buddy.name, seen_by_buddy.email) == ("Anouk", scene.anouk.email)
    seen_by_participant = buddies.contact_details(viewer=scene.anouk, match=m)
    assert seen_by_participant.email == "bas@example.org"
    assert buddies.contact_details(viewer=scene.carla, match=m) is None


def test_ended_match_stops_contact_details_and_shared_answers(scene):
    m = match(scene)
    private = answers(scene)["private"]
    buddies.buddy_share_answer(participant=scene.anouk, answer_id=private.pk)
    buddies.buddy_match_end(coordinator=scene.carla, match=m, ended_on=TODAY)
    m.refresh_from_db()
    assert buddies.contact_details(viewer=scene.bas, match=m) is None
    assert buddies.contact_details(viewer=scene.anouk, match=m) is None
    assert buddies.answers_shared_with_buddy(match=m) == []


def test_end_before_start_or_twice_is_refused(scene):
    m = match(scene)
    with pytest.raises(ValidationError):
        buddies.buddy_match_end(coordinator=scene.carla, match=m, ended_on=TODAY - DAY)
    with pytest.raises(PermissionDenied):
        buddies.buddy_match_end(coordinator=scene.utrecht_coordinator, match=m, ended_on=TODAY)
    buddies.buddy_match_end(coordinator=scene.carla, match=m, ended_on=TODAY)
    with pytest.raises(ValidationError) as exc:
        buddies.buddy_match_end(coordinator=scene.carla, match=m, ended_on=TODAY)
    assert field_messages(exc.value, "ended_on") == [str(buddies.MATCH_ALREADY_ENDED)]


# --- Sharing -----------------------------------------------------------------------------------


def test_buddy_sees_only_what_is_shared_with_them(scene):
    m = match(scene)
    a = answers(scene)
    assert buddies.answers_shared_with_buddy(match=m) == []  # not leaders-only, not group
    buddies.buddy_share_answer(participant=scene.anouk, answer_id=a["group"].pk)
    assert buddies.answers_shared_with_buddy(match=m) == [a["group"]]
    buddies.buddy_unshare_answer(participant=scene.anouk, answer_id=a["group"].pk)
    assert buddies.answers_shared_with_buddy(match=m) == []


def test_only_own_answers_and_only_with_an_open_match(scene):
    a = answers(scene)
    with pytest.raises(ValidationError):
        buddies.buddy_share_answer(participant=scene.anouk, answer_id=a["private"].pk)
    match(scene)
    with pytest.raises(NotPermitted):
        buddies.buddy_share_answer(participant=scene.bram, answer_id=a["private"].pk)
    with pytest.raises(NotPermitted):
        buddies.buddy_share_answer(participant=scene.bas, answer_id=a["private"].pk)
    assert not BuddyShare.objects.exists()


# --- The contact log ---------------------------------------------------------------------------


def test_contact_log_only_by_the_buddy_while_open(scene):
    m = match(scene)
    contact = buddies.buddy_contact_add(
        buddy=scene.bas, match=m, contact_on=TODAY, kind="phone", note="  Gebeld over cv.  "
    )
    assert contact.note == "Gebeld over cv."
    for other in (scene.anouk, scene.carla):
        with pytest.raises(PermissionDenied):
            buddies.buddy_contact_add(buddy=other, match=m, contact_on=TODAY, kind="visit")
    with pytest.raises(ValidationError) as exc:
        buddies.buddy_contact_add(buddy=scene.bas, match=m, contact_on=TODAY + DAY, kind="visit")
    assert field_messages(exc.value, "contact_on") == [str(buddies.CONTACT_IN_FUTURE)]
    with pytest.raises(ValidationError):
        buddies.buddy_contact_add(buddy=scene.bas, match=m, contact_on=TODAY, kind="brief")
    with pytest.raises(ValidationError):
        buddies.buddy_contact_add(
            buddy=scene.bas, match=m, contact_on=TODAY, kind="visit", note="x" * 501
        )
    buddies.buddy_match_end(coordinator=scene.carla, match=m, ended_on=TODAY)
    with pytest.raises(ValidationError):
        buddies.buddy_contact_add(buddy=scene.bas, match=m, contact_on=TODAY, kind="visit")
    assert BuddyContact.objects.count() == 1


# --- Pages -------------------------------------------------------------------------------------


def test_coordinator_matches_on_the_page(scene, client):
    client.force_login(scene.carla)
    page = client.get("/maatjes/")
    assert page.status_code == 200
    assert scene.outsider.email not in page.content.decode()  # only people of their locations
    data = {
        "location": scene.zoetermeer.pk,
        "participant": scene.anouk.pk,
        "buddy": scene.bas.pk,
        "consent_given_on": "",
    }
    refused = client.post("/maatjes/", data)
    assert refused.status_code == 200
    assert str(buddies.CONSENT_MISSING) in refused.content.decode()
    assert not BuddyMatch.objects.exists()
    response = client.post("/maatjes/", {**data, "consent_given_on": TODAY.isoformat()})
    m = BuddyMatch.objects.get()
    assert response.status_code == 302
    assert response.url == f"/maatjes/{m.pk}/"


def test_refusal_reason_shown_at_the_form(scene, client):
    dirk = UserFactory(roles=["buddy"], display_name="Dirk")
    account_services.location_add_member(location=scene.zoetermeer, user=dirk)
    certify(dirk, scene.course, code="LAPSED0002", valid_until=TODAY - DAY)
    client.force_login(scene.carla)
    response = client.post(
        "/maatjes/",
        {
            "location": scene.zoetermeer.pk,
            "participant": scene.anouk.pk,
            "buddy": dirk.pk,
            "consent_given_on": TODAY.isoformat(),
        },
    )
    assert response.status_code == 200
    assert _refusal("Dirk", str(NO_BUDDY_CERTIFICATE)) in response.content.decode()
    assert not BuddyMatch.objects.exists()


def test_match_page_for_the_buddy_shows_shared_answers_with_audit(scene, client):
    m = match(scene)
    a = answers(scene)
    buddies.buddy_share_answer(participant=scene.anouk, answer_id=a["leaders"].pk)
    client.force_login(scene.bas)
    page = client.get(f"/maatjes/{m.pk}/").content.decode()
    assert scene.anouk.email in page
    assert "TEKST-leaders" in page
    assert "TEKST-private" not in page
    assert "TEKST-group" not in page
    entry = AuditEntry.objects.get(action=AuditEntry.Action.READ_ANSWER)
    assert (entry.actor, entry.subject) == (scene.bas, scene.anouk)


def test_match_page_contact_log_and_sharing(scene, client):
    m = match(scene)
    a = answers(scene)
    client.force_login(scene.anouk)
    page = client.get(f"/maatjes/{m.pk}/").content.decode()
    assert "bas@example.org" in page
    client.post(f"/maatjes/{m.pk}/", {"action": "share", "answer_id": a["private"].pk})
    assert buddies.answers_shared_with_buddy(match=m) == [a["private"]]
    # The participant cannot write in the log.
    response = client.post(
        f"/maatjes/{m.pk}/",
        {"action": "contact", "contact-contact_on": TODAY.isoformat(), "contact-kind": "visit"},
    )
    assert response.status_code == 400
    client.force_login(scene.bas)
    response = client.post(
        f"/maatjes/{m.pk}/",
        {
            "action": "contact",
            "contact-contact_on": TODAY.isoformat(),
            "contact-kind": "visit",
            "contact-note": "Koffie gedronken.",
        },
    )
    assert response.status_code == 302
    assert BuddyContact.objects.get().author == scene.bas


def test_match_page_is_404_for_others_and_hides_details_after_the_end(scene, client):
    m = match(scene)
    for user in (scene.bram, scene.utrecht_coordinator, scene.lotte):
        client.force_login(user)
        assert client.get(f"/maatjes/{m.pk}/").status_code == 404
    client.force_login(scene.carla)
    coordinator_page = client.get(f"/maatjes/{m.pk}/").content.decode()
    assert scene.anouk.email not in coordinator_page
    response = client.post(f"/maatjes/{m.pk}/", {"action": "end", "end-ended_on": TODAY})
    assert response.status_code == 302
    client.force_login(scene.bas)
    page = client.get(f"/maatjes/{m.pk}/").content.decode()
    assert scene.anouk.email not in page


def test_the_participant_choices_hold_no_volunteers_and_a_leader_is_refused(scene, client):
    """Lotte leads the group and Tim is being trained as a leader: neither is a job seeker."""
    training = make_programme(
        "leiders", steps=1, kind="volunteer_course", variant="leader_training"
    )
    tim = UserFactory(display_name="Tim")
    account_services.location_add_member(location=scene.zoetermeer, user=tim)
    make_cohort(training, location=scene.zoetermeer, participants=[tim], name="Training")
    choices = buddies.participants_of_locations(locations=[scene.zoetermeer])
    assert scene.anouk in choices and scene.bram in choices
    assert scene.lotte not in choices and tim not in choices and scene.bas not in choices

    client.force_login(scene.carla)
    page = client.get("/maatjes/").content.decode()
    participant_select = page.split('name="participant"', 1)[1].split("</select>", 1)[0]
    assert scene.anouk.email in participant_select
    assert scene.lotte.email not in participant_select and tim.email not in participant_select
    response = client.post(
        "/maatjes/",
        {
            "location": scene.zoetermeer.pk,
            "participant": scene.lotte.pk,
            "buddy": scene.bas.pk,
            "consent_given_on": TODAY.isoformat(),
        },
    )
    assert response.status_code == 200
    assert "participant" in response.context["form"].errors
    assert not BuddyMatch.objects.exists()
