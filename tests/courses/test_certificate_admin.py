"""Revoking certificates, and the screens for issuing certificates, recording a VOG and
revoking."""

import datetime
from html import escape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from courses.models import Meeting
from courses.volunteers import services as certification
from courses.volunteers.models import Certificate, ConductCertificate
from courses.volunteers.services import (
    certificate_issue,
    certificate_revoke,
    certificates_due_for_reminder,
    has_active_certificate,
    leader_gate,
    vog_record,
)
from tests.courses.test_certification import complete, make_course, nl_date
from tests.factories import (
    LocationFactory,
    UserFactory,
    make_cohort,
    make_programme,
    member_of,
    shadowed,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    """A leader training at Zoetermeer, both meetings held; Carla coordinates Zoetermeer, Ursula
    Utrecht."""
    zoetermeer = LocationFactory(name="Zoetermeer", slug="zoetermeer")
    utrecht = LocationFactory(name="Utrecht", slug="utrecht")
    programme = make_course(
        "leiders", variant="leader_training", certifies_role="leader", months=36
    )
    anna = UserFactory(roles=["participant"], display_name="Anna de Vries")
    bram = UserFactory(roles=["participant"], display_name="Bram")
    lotte = UserFactory(roles=["leader"], display_name="Lotte")
    carla = member_of(zoetermeer, UserFactory(display_name="Carla"), coordinator=True)
    ursula = member_of(utrecht, UserFactory(display_name="Ursula"), coordinator=True)
    cohort = make_cohort(programme, location=zoetermeer, participants=[anna, bram], leaders=[lotte])
    now = timezone.now()
    for number in (1, 2):
        Meeting.objects.create(
            cohort=cohort,
            step_number=number,
            starts_at=now - datetime.timedelta(days=8 - 7 * (number - 1)),
            status=Meeting.Status.ENDED,
        )

    class Course:
        pass

    c = Course()
    c.__dict__.update(locals())
    return c


def issued(course, user=None) -> Certificate:
    user = user or course.anna
    complete(course.cohort, user)
    [certificate] = certificate_issue(user=user, cohort=course.cohort, issued_by=course.lotte)
    return certificate


# --- The service and the gates -----------------------------------------------------------------


def test_only_a_coordinator_of_the_holders_location_or_an_admin_revokes(course):
    certificate = issued(course)
    outsiders = [course.ursula, course.lotte, course.bram, course.anna]  # anna: her own
    for user in outsiders:
        with pytest.raises(PermissionDenied):
            certificate_revoke(certificate=certificate, by=user, reason="Gedrag")
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    # A coordinator of a location the holder is a member of (not only the course's location).
    member_of(course.utrecht, course.anna)
    assert certification.may_revoke_certificate(user=course.ursula, certificate=certificate)
    admin = UserFactory(is_superuser=True)
    assert certification.may_revoke_certificate(user=admin, certificate=certificate)


def test_revoking_needs_a_reason_and_happens_once(course):
    certificate = issued(course)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as exc:
            certificate_revoke(certificate=certificate, by=course.carla, reason=reason)
        assert exc.value.message_dict == {"reason": [str(certification.REVOKE_REASON_MISSING)]}
    with pytest.raises(ValidationError) as exc:
        certificate_revoke(certificate=certificate, by=course.carla, reason="x" * 201)
    assert list(exc.value.message_dict) == ["reason"]
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    certificate_revoke(certificate=certificate, by=course.carla, reason=" Grensoverschrijdend ")
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revoked_reason == "Grensoverschrijdend"
    assert certificate.revoked_by == course.carla
    assert certificate.status == Certificate.Status.REVOKED == "revoked"
    assert certificate.status_label == "Ingetrokken"
    with pytest.raises(ValidationError, match=str(certification.ALREADY_REVOKED)):
        certificate_revoke(certificate=certificate, by=course.carla, reason="Nog eens")


def test_a_revoked_certificate_fails_the_gate(course):
    certificate = issued(course)
    member_of(course.zoetermeer, course.anna)
    vog_record(user=course.anna, issued_on=timezone.localdate(), checked_by=course.carla)
    assert has_active_certificate(user=course.anna, role="leader")
    shadowed(course.anna)
    assert leader_gate(user=course.anna) is None

    certificate_revoke(certificate=certificate, by=course.carla, reason="Gedrag")
    assert not has_active_certificate(user=course.anna, role="leader")
    assert leader_gate(user=course.anna) == str(certification.NO_LEADER_CERTIFICATE)
    # Not issued again by the same course either.
    with pytest.raises(ValidationError, match=str(certification.REVOKED_NOT_REISSUED)):
        certificate_issue(user=course.anna, cohort=course.cohort, issued_by=course.lotte)


def test_a_revoked_certificate_gets_no_reminders_and_is_not_renewed(course):
    certificate = issued(course)
    certificate_revoke(certificate=certificate, by=course.carla, reason="Gedrag")
    reminder_day = certificate.valid_until - datetime.timedelta(days=30)
    assert certificates_due_for_reminder(today=reminder_day) == []

    recert = make_course(
        "hercertificering", variant="recertification", certifies_role="", months=12
    )
    renewal = make_cohort(recert, location=course.zoetermeer, participants=[course.anna])
    complete(renewal, course.anna)
    with pytest.raises(ValidationError, match=str(certification.NOTHING_TO_RENEW)[:30]):
        certificate_issue(user=course.anna, cohort=renewal, issued_by=course.carla)


# --- Public verification and "Mijn certificaten" -----------------------------------------------


def test_verification_of_a_valid_code(client, course):
    certificate = issued(course)
    response = client.get(f"/certificaat/{certificate.verification_code}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Dit certificaat bestaat" in content
    assert "Anna de Vries" in content
    assert "Geldig" in content
    assert nl_date(certificate.valid_until) in content


def test_verification_of_an_unknown_code(client, course):
    issued(course)
    response = client.get("/certificaat/ABCDEFGH23/")
    assert response.status_code == 404
    assert "Onbekende code" in response.content.decode()
    assert "Anna" not in response.content.decode()


def test_verification_of_a_revoked_code_shows_only_name_role_and_revoked(client, course):
    certificate = issued(course)
    certificate_revoke(certificate=certificate, by=course.carla, reason="Geheime reden")
    response = client.get(f"/certificaat/{certificate.display_code.lower()}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ingetrokken" in content
    assert "Anna de Vries" in content
    assert "JobGroupleider" in content
    assert "Dit certificaat bestaat" not in content
    assert nl_date(certificate.valid_until) not in content
    assert nl_date(certificate.issued_on) not in content
    assert "Geheime reden" not in content
    assert "Carla" not in content
    assert certificate.programme.title not in content


def test_my_certificates_says_it_was_withdrawn(client, course):
    certificate = issued(course)
    certificate_revoke(certificate=certificate, by=course.carla, reason="Gedrag")
    client.force_login(course.anna)
    content = client.get("/mijn-certificaten/").content.decode()
    assert "Ingetrokken." in content
    assert f"ingetrokken op {nl_date(timezone.localdate())}" in content
    assert f"/mijn-certificaten/{certificate.pk}/" not in content  # nothing to print
    content = client.get(f"/mijn-certificaten/{certificate.pk}/").content.decode()
    assert "ingetrokken" in content
    assert certificate.display_code not in content


# --- Issuing page ------------------------------------------------------------------------------


def test_issuing_page_only_for_leaders_and_coordinators_of_a_course(client, course):
    url = f"/groepen/{course.cohort.pk}/certificaten/"
    assert client.get(url).status_code == 302  # to the login page
    for user in (course.anna, course.ursula, UserFactory()):
        client.force_login(user)
        assert client.get(url).status_code == 404
        assert client.post(url, {"participant": course.anna.pk}).status_code == 404
    assert not Certificate.objects.exists()
    client.force_login(course.carla)
    assert client.get("/groepen/999999/certificaten/").status_code == 404
    jobgroup = make_cohort(make_programme("jobgroup", steps=1), location=course.zoetermeer)
    assert client.get(f"/groepen/{jobgroup.pk}/certificaten/").status_code == 404
    for user in (course.lotte, course.carla):
        client.force_login(user)
        assert client.get(url).status_code == 200


def test_issuing_page_shows_what_is_missing_beside_the_person(client, course):
    complete(course.cohort, course.anna, skip_meeting=2)
    url = f"/groepen/{course.cohort.pk}/certificaten/"
    client.force_login(course.lotte)
    content = client.get(url).content.decode()
    assert content.count("Certificaat uitreiken") == 2  # Anna and Bram

    response = client.post(url, {"participant": course.anna.pk})
    assert response.status_code == 200
    assert not Certificate.objects.exists()
    content = response.content.decode()
    missing = escape(str(certification.MISSED_MEETINGS) % {"steps": "2"})
    assert missing in content
    # Beside Anna, not beside Bram.
    refusal = content.index(f'id="refusal-{course.anna.pk}"')
    assert content.index("Anna de Vries") < refusal < content.index(missing) < content.index("Bram")
    assert f'id="refusal-{course.bram.pk}"' not in content


def test_issuing_page_issues_and_then_shows_the_certificate(client, course):
    complete(course.cohort, course.anna)
    url = f"/groepen/{course.cohort.pk}/certificaten/"
    client.force_login(course.lotte)
    response = client.post(url, {"participant": course.anna.pk})
    assert response.status_code == 302
    assert response["Location"] == url
    certificate = Certificate.objects.get()
    assert certificate.user == course.anna
    assert certificate.issued_by == course.lotte
    content = client.get(url).content.decode()
    assert "Het certificaat van Anna de Vries is uitgereikt." in content
    assert content.count("Certificaat uitreiken") == 1  # only Bram still
    assert nl_date(certificate.valid_until) in content
    # The leader cannot revoke, so no link to the coordinator's page.
    assert f"/certificaten/{certificate.pk}/" not in content
    client.force_login(course.carla)
    assert f"/certificaten/{certificate.pk}/" in client.get(url).content.decode()


def test_issuing_page_refuses_someone_who_is_not_a_participant(client, course):
    client.force_login(course.lotte)
    url = f"/groepen/{course.cohort.pk}/certificaten/"
    for posted in (course.lotte.pk, course.carla.pk, "nonsense", ""):
        response = client.post(url, {"participant": posted})
        assert response.status_code == 200
        assert escape(str(certification.NOT_A_PARTICIPANT)) in response.content.decode()
    assert not Certificate.objects.exists()


# --- VOG page ----------------------------------------------------------------------------------


def test_vog_page_only_for_coordinators(client, course):
    assert client.get("/vog/").status_code == 302
    for user in (course.anna, course.lotte):
        client.force_login(user)
        assert client.get("/vog/").status_code == 404
        assert client.post("/vog/", {"person": course.bram.pk}).status_code == 404


def test_vog_page_records_a_vog_for_volunteers_of_ones_locations(client, course):
    vera = member_of(course.zoetermeer, UserFactory(display_name="Vera", roles=["buddy"]))
    olaf = member_of(course.utrecht, UserFactory(display_name="Olaf", roles=["buddy"]))
    pim = member_of(course.zoetermeer, UserFactory(display_name="Pim", roles=["participant"]))
    client.force_login(course.carla)
    content = client.get("/vog/").content.decode()
    assert "Vera" in content
    assert "Olaf" not in content
    assert "Carla" not in content.split("<main", 1)[-1].split("</main>")[0]  # not oneself

    day = timezone.localdate() - datetime.timedelta(days=10)
    response = client.post("/vog/", {"person": vera.pk, "issued_on": day.isoformat()})
    assert response.status_code == 302
    vog = ConductCertificate.objects.get()
    assert (vog.user, vog.issued_on, vog.checked_by) == (vera, day, course.carla)
    content = client.get("/vog/").content.decode()
    assert f"De VOG van Vera van {nl_date(day)} is opgeslagen." in content

    # Someone of another location is not a choice, nor a job seeker (a VOG is for volunteers).
    assert "Pim" not in content
    for other in (olaf, pim):
        response = client.post("/vog/", {"person": other.pk, "issued_on": day.isoformat()})
        assert response.status_code == 200
        assert "person" in response.context["form"].errors
    assert ConductCertificate.objects.count() == 1


def test_vog_page_shows_refusals_at_the_field(client, course):
    vera = member_of(course.zoetermeer, UserFactory(display_name="Vera", roles=["leader"]))
    client.force_login(course.carla)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post("/vog/", {"person": vera.pk, "issued_on": tomorrow.isoformat()})
    assert response.status_code == 200
    assert response.context["form"].errors == {"issued_on": [str(certification.VOG_IN_FUTURE)]}
    old = timezone.localdate() - datetime.timedelta(days=4 * 366)
    response = client.post("/vog/", {"person": vera.pk, "issued_on": old.isoformat()})
    assert list(response.context["form"].errors) == ["issued_on"]
    assert "ouder dan 3 jaar" in response.content.decode()
    response = client.post("/vog/", {"person": vera.pk, "issued_on": ""})
    assert list(response.context["form"].errors) == ["issued_on"]
    assert not ConductCertificate.objects.exists()


# --- The coordinator's page of a certificate: revoking ----------------------------------------


def test_certificate_page_only_for_who_may_revoke(client, course):
    certificate = issued(course)
    url = f"/certificaten/{certificate.pk}/"
    assert client.get(url).status_code == 302
    for user in (course.anna, course.lotte, course.ursula, course.bram):
        client.force_login(user)
        assert client.get(url).status_code == 404
        assert client.post(url, {"reason": "Gedrag"}).status_code == 404
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    client.force_login(course.carla)
    assert client.get("/certificaten/999999/").status_code == 404
    content = client.get(url).content.decode()
    assert "Anna de Vries" in content
    assert certificate.display_code in content
    assert "Certificaat intrekken" in content


def test_revoke_button_needs_a_reason(client, course):
    certificate = issued(course)
    url = f"/certificaten/{certificate.pk}/"
    client.force_login(course.carla)
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    response = client.post(url, {"reason": "Heeft zich niet aan de afspraken gehouden"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked
    content = client.get(url).content.decode()
    assert "Het certificaat is ingetrokken." in content
    assert "Heeft zich niet aan de afspraken gehouden" in content
    assert "<form" not in content.split("<main", 1)[-1].split("</main>")[0]
