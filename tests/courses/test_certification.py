import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import formats, timezone, translation

from accounts.models import RoleAssignment
from accounts.roles import Role
from content.blocks import quiz_seed
from courses.groups.access import cohort_for_member
from courses.models import Attendance, Meeting
from courses.volunteers import services as certification
from courses.volunteers.models import NAME_NOT_GIVEN, Certificate, ConductCertificate, add_months
from courses.volunteers.services import (
    buddy_gate,
    certificate_issue,
    certificate_reminders_send,
    leader_gate,
    vog_record,
)
from courses.workbook.services import answer_save
from tests.factories import (
    ALL_EXERCISES,
    LocationFactory,
    UserFactory,
    make_cohort,
    make_programme,
    shadowed,
)

pytestmark = pytest.mark.django_db

QUIZ = ALL_EXERCISES[5]
TODAY = datetime.date(2027, 3, 15)
PASSED = {"answers": [0, 0]}  # both correct (the content's indexes)
FAILED = {"answers": [1, 1]}  # both wrong: 0 % < 50 %


def nl_date(day: datetime.date) -> str:
    with translation.override("nl"):
        return formats.date_format(day, "j F Y")


def make_course(slug, *, variant, certifies_role, months):
    programme = make_programme(
        slug, steps=2, kind="volunteer_course", variant=variant, deepening=[QUIZ]
    )
    programme.certifies_role = certifies_role
    programme.certificate_valid_months = months
    programme.save()
    return programme


@pytest.fixture
def course(db):
    """A leader training of two steps (a quiz and a reflection in each), both meetings held."""
    location = LocationFactory(name="Zoetermeer", slug="zoetermeer")
    programme = make_course(
        "leiders", variant="leader_training", certifies_role="leader", months=36
    )
    anna = UserFactory(roles=["participant"], display_name="Anna de Vries")
    bram = UserFactory(roles=["participant"], display_name="Bram")
    lotte = UserFactory(roles=["leader"], display_name="Lotte")
    cohort = make_cohort(programme, location=location, participants=[anna, bram], leaders=[lotte])
    now = timezone.now()
    for number in (1, 2):
        Meeting.objects.create(
            cohort=cohort,
            step_number=number,
            starts_at=now - datetime.timedelta(days=8 - 7 * (number - 1)),
            status=Meeting.Status.ENDED,
        )
    # A meeting that has not started yet does not count.
    Meeting.objects.create(cohort=cohort, step_number=3, starts_at=now + datetime.timedelta(days=6))

    class Course:
        pass

    c = Course()
    c.__dict__.update(locals())
    return c


def complete(cohort, user, *, quiz=PASSED, skip_meeting=None, skip_reflection=None):
    """Attend every started meeting and answer every exercise, except what is asked to skip."""
    from content.selectors import edition_all_content

    for meeting in cohort.meetings.filter(starts_at__lte=timezone.now()):
        if meeting.step_number != skip_meeting:
            Attendance.objects.create(meeting=meeting, user=user, joined_at=meeting.starts_at)
    access = cohort_for_member(user=user, cohort_id=cohort.pk)
    for step in edition_all_content(edition=cohort.edition):
        for exercise in step.answerable:
            if exercise.type == "quiz":  # sent as the positions this person sees
                value = exercise.block.to_shown(
                    exercise.config, quiz, seed=quiz_seed(user_id=user.pk, block_id=exercise.id)
                )
            elif exercise.type == "reflection":
                if step.number == skip_reflection:
                    continue
                value = {"text": "Ik neem mee dat ik goed kan luisteren."}
            else:
                raise AssertionError(f"unexpected exercise {exercise.type}")
            answer_save(
                access=access, user=user, step_number=step.number, block_id=exercise.id, value=value
            )


# --- Issuing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("skip", "code", "message"),
    [
        ({"skip_meeting": 2}, "missed_meeting", certification.MISSED_MEETINGS),
        ({"skip_reflection": 1}, "open_exercise", certification.OPEN_EXERCISES),
        ({"quiz": FAILED}, "quiz_not_passed", certification.QUIZ_NOT_PASSED),
    ],
)
def test_issuing_is_refused_for_an_unfinished_course_and_changes_nothing(
    course, skip, code, message
):
    complete(course.cohort, course.anna, **skip)
    with pytest.raises(ValidationError) as exc:
        certificate_issue(
            user=course.anna, cohort=course.cohort, issued_by=course.lotte, today=TODAY
        )
    assert [error.code for error in exc.value.error_list] == [code]
    assert exc.value.messages[0].startswith(str(message).split("%")[0])
    assert "stap" in exc.value.messages[0]
    assert not Certificate.objects.exists()
    assert not RoleAssignment.objects.filter(user=course.anna, role=Role.LEADER).exists()


def test_nothing_done_lists_every_reason(course):
    with pytest.raises(ValidationError) as exc:
        certificate_issue(
            user=course.anna, cohort=course.cohort, issued_by=course.lotte, today=TODAY
        )
    assert [e.code for e in exc.value.error_list] == ["missed_meeting", "open_exercise"]
    assert "stap 1, 2" in exc.value.messages[0]


def test_a_complete_course_gives_certificate_and_role(course):
    complete(course.cohort, course.anna)
    [certificate] = certificate_issue(
        user=course.anna, cohort=course.cohort, issued_by=course.lotte, today=TODAY
    )
    assert certificate.role == "leader"
    assert certificate.programme == course.programme
    assert certificate.cohort == course.cohort
    assert certificate.issued_on == TODAY
    assert certificate.valid_until == datetime.date(2030, 3, 15)  # 36 months
    assert certificate.issued_by == course.lotte
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{10}", certificate.verification_code)
    assert RoleAssignment.objects.filter(user=course.anna, role=Role.LEADER).exists()
    # Once per course.
    with pytest.raises(ValidationError, match=str(certification.ALREADY_ISSUED)):
        certificate_issue(
            user=course.anna, cohort=course.cohort, issued_by=course.lotte, today=TODAY
        )
    assert Certificate.objects.count() == 1


def test_a_buddy_course_grants_the_buddy_role(db):
    programme = make_course("maatjes", variant="buddy_training", certifies_role="buddy", months=24)
    anna = UserFactory(display_name="Anna")
    lotte = UserFactory(display_name="Lotte")
    cohort = make_cohort(programme, participants=[anna], leaders=[lotte])
    complete(cohort, anna)
    [certificate] = certificate_issue(user=anna, cohort=cohort, issued_by=lotte, today=TODAY)
    assert certificate.valid_until == datetime.date(2029, 3, 15)
    assert list(anna.role_assignments.values_list("role", flat=True)) == [Role.BUDDY]


def test_only_leaders_and_coordinators_issue_and_only_to_participants(course):
    complete(course.cohort, course.anna)
    with pytest.raises(PermissionDenied):
        certificate_issue(user=course.anna, cohort=course.cohort, issued_by=course.bram)
    with pytest.raises(ValidationError, match=str(certification.NOT_A_PARTICIPANT)):
        certificate_issue(user=course.lotte, cohort=course.cohort, issued_by=course.lotte)
    coordinator = UserFactory(roles=["coordinator"])
    from tests.factories import member_of

    member_of(course.location, coordinator, coordinator=True)
    assert certificate_issue(user=course.anna, cohort=course.cohort, issued_by=coordinator)


def test_a_jobgroup_gives_no_certificate(db):
    programme = make_programme("jobgroup", steps=1)
    anna, lotte = UserFactory(), UserFactory()
    cohort = make_cohort(programme, participants=[anna], leaders=[lotte])
    with pytest.raises(ValidationError, match=str(certification.NOT_A_COURSE)):
        certificate_issue(user=anna, cohort=cohort, issued_by=lotte)


# --- Status ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_left", "status"),
    [(365, "active"), (91, "active"), (90, "due"), (1, "due"), (0, "due"), (-1, "lapsed")],
)
def test_status_at_the_boundaries(days_left, status):
    certificate = Certificate(valid_until=TODAY + datetime.timedelta(days=days_left))
    assert certificate.status_on(TODAY) == status


def test_renewal_window_comes_from_settings(settings):
    settings.CERTIFICATE_RENEWAL_WINDOW_DAYS = 30
    assert Certificate(valid_until=TODAY + datetime.timedelta(days=31)).status_on(TODAY) == "active"
    assert Certificate(valid_until=TODAY + datetime.timedelta(days=30)).status_on(TODAY) == "due"
    today = timezone.localdate()
    assert Certificate(valid_until=today - datetime.timedelta(days=1)).status == "lapsed"


def test_months_are_added_to_the_calendar():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2028, 2, 29), 12) == datetime.date(2029, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), -12) == datetime.date(2025, 11, 15)


# --- Recertification ---------------------------------------------------------------------------


def test_recertification_renews_every_certificate_that_is_not_lapsed_too_long(course):
    anna = course.anna
    buddy_programme = make_course(
        "maatjes", variant="buddy_training", certifies_role="buddy", months=24
    )
    coordinator_programme = make_course(
        "coordinatoren", variant="coordinator_training", certifies_role="coordinator", months=12
    )

    def cert(programme, role, valid_until):
        return Certificate.objects.create(
            user=anna,
            role=role,
            programme=programme,
            issued_on=valid_until - datetime.timedelta(days=700),
            valid_until=valid_until,
        )

    due = cert(course.programme, "leader", TODAY + datetime.timedelta(days=20))
    lapsed_a_year = cert(buddy_programme, "buddy", add_months(TODAY, -12))  # still renewable
    lapsed_longer = cert(
        coordinator_programme, "coordinator", add_months(TODAY, -12) - datetime.timedelta(days=1)
    )
    someone_else = Certificate.objects.create(
        user=course.bram,
        role="leader",
        programme=course.programme,
        issued_on=TODAY,
        valid_until=TODAY + datetime.timedelta(days=10),
    )

    recert = make_course(
        "hercertificering", variant="recertification", certifies_role="", months=12
    )
    cohort = make_cohort(
        recert, location=course.location, participants=[anna], leaders=[course.lotte]
    )
    complete(cohort, anna)
    renewed = certificate_issue(user=anna, cohort=cohort, issued_by=course.lotte, today=TODAY)

    assert {c.pk for c in renewed} == {due.pk, lapsed_a_year.pk}
    due.refresh_from_db()
    lapsed_a_year.refresh_from_db()
    lapsed_longer_before = lapsed_longer.valid_until
    lapsed_longer.refresh_from_db()
    assert due.valid_until == add_months(TODAY, 36)  # its own programme's validity
    assert lapsed_a_year.valid_until == add_months(TODAY, 24)
    assert due.renewed_at is not None and lapsed_a_year.renewed_at is not None
    assert due.status_on(TODAY) == lapsed_a_year.status_on(TODAY) == "active"
    assert lapsed_longer.valid_until == lapsed_longer_before
    assert lapsed_longer.renewed_at is None
    someone_else.refresh_from_db()
    assert someone_else.renewed_at is None
    assert Certificate.objects.count() == 4  # renewed, not issued anew
    with pytest.raises(ValidationError, match=str(certification.ALREADY_ISSUED)):
        certificate_issue(user=anna, cohort=cohort, issued_by=course.lotte, today=TODAY)


def test_recertification_without_anything_to_renew_is_refused(course):
    recert = make_course(
        "hercertificering", variant="recertification", certifies_role="", months=12
    )
    cohort = make_cohort(recert, participants=[course.anna], leaders=[course.lotte])
    complete(cohort, course.anna)
    with pytest.raises(ValidationError, match=str(certification.NOTHING_TO_RENEW)[:30]):
        certificate_issue(user=course.anna, cohort=cohort, issued_by=course.lotte, today=TODAY)


# --- VOG and the gates -------------------------------------------------------------------------


@pytest.fixture
def office(db):
    location = LocationFactory(name="Utrecht", slug="utrecht")
    volunteer = UserFactory(display_name="Vera")
    coordinator = UserFactory(roles=["coordinator"], display_name="Carla")
    from tests.factories import member_of

    member_of(location, volunteer)
    member_of(location, coordinator, coordinator=True)
    return volunteer, coordinator


def test_vog_in_the_future_is_refused(office):
    volunteer, coordinator = office
    with pytest.raises(ValidationError, match=str(certification.VOG_IN_FUTURE)):
        vog_record(
            user=volunteer,
            issued_on=TODAY + datetime.timedelta(days=1),
            checked_by=coordinator,
            today=TODAY,
        )
    assert not ConductCertificate.objects.exists()
    vog = vog_record(user=volunteer, issued_on=TODAY, checked_by=coordinator, today=TODAY)
    assert vog.checked_on == TODAY and vog.checked_by == coordinator


def test_vog_only_by_a_coordinator_of_the_persons_location(office):
    volunteer, coordinator = office
    other = UserFactory(roles=["coordinator"])
    from tests.factories import member_of

    member_of(LocationFactory(), other, coordinator=True)
    for checker in (other, volunteer):
        with pytest.raises(PermissionDenied):
            vog_record(user=volunteer, issued_on=TODAY, checked_by=checker, today=TODAY)
    with pytest.raises(ValidationError):
        vog_record(
            user=volunteer,
            issued_on=add_months(TODAY, -36) - datetime.timedelta(days=1),
            checked_by=coordinator,
            today=TODAY,
        )


def test_vog_is_valid_for_three_years(office, settings):
    volunteer, coordinator = office
    vog_record(
        user=volunteer, issued_on=datetime.date(2024, 3, 15), checked_by=coordinator, today=TODAY
    )
    assert certification.has_valid_vog(user=volunteer, today=TODAY)
    assert not certification.has_valid_vog(user=volunteer, today=TODAY + datetime.timedelta(days=1))
    settings.VOG_VALID_YEARS = 5
    assert certification.has_valid_vog(user=volunteer, today=TODAY + datetime.timedelta(days=1))


def test_leader_gate_gives_the_reasons(office):
    volunteer, coordinator = office
    leaders = make_course("leiders", variant="leader_training", certifies_role="leader", months=36)
    assert leader_gate(user=volunteer, today=TODAY) == (
        "geen actief leiderscertificaat, geen geldige VOG en nog niet meegedraaid met de groep "
        "van een andere leider"
    )
    vog_record(user=volunteer, issued_on=TODAY, checked_by=coordinator, today=TODAY)
    assert leader_gate(user=volunteer, today=TODAY) == (
        "geen actief leiderscertificaat en nog niet meegedraaid met de groep van een andere leider"
    )
    shadowed(volunteer)
    assert leader_gate(user=volunteer, today=TODAY) == "geen actief leiderscertificaat"
    Certificate.objects.create(
        user=volunteer,
        role="leader",
        programme=leaders,
        issued_on=TODAY,
        valid_until=TODAY + datetime.timedelta(days=10),  # due: still valid
    )
    assert leader_gate(user=volunteer, today=TODAY) is None
    assert leader_gate(user=volunteer, today=TODAY + datetime.timedelta(days=11)) == (
        "geen actief leiderscertificaat"
    )
    # Without the VOG, only the VOG is missing.
    ConductCertificate.objects.all().delete()
    assert leader_gate(user=volunteer, today=TODAY) == "geen geldige VOG"
    # A leader's certificate does not make someone a buddy.
    assert buddy_gate(user=volunteer, today=TODAY) == (
        "geen actief maatjescertificaat en geen geldige VOG"
    )


def test_buddy_gate(office):
    volunteer, coordinator = office
    buddies = make_course("maatjes", variant="buddy_training", certifies_role="buddy", months=24)
    Certificate.objects.create(
        user=volunteer,
        role="buddy",
        programme=buddies,
        issued_on=TODAY,
        valid_until=add_months(TODAY, 24),
    )
    assert buddy_gate(user=volunteer, today=TODAY) == "geen geldige VOG"
    vog_record(user=volunteer, issued_on=TODAY, checked_by=coordinator, today=TODAY)
    assert buddy_gate(user=volunteer, today=TODAY) is None


# --- Pages -------------------------------------------------------------------------------------


@pytest.fixture
def holder(db):
    programme = make_course(
        "leiders", variant="leader_training", certifies_role="leader", months=36
    )
    anna = UserFactory(display_name="Anna de Vries", email="anna.geheim@example.org")
    today = timezone.localdate()
    certificate = Certificate.objects.create(
        user=anna,
        role="leader",
        programme=programme,
        issued_on=today - datetime.timedelta(days=1000),
        valid_until=today + datetime.timedelta(days=45),
    )
    return anna, certificate


def test_my_certificates_says_what_to_do(client, holder):
    anna, certificate = holder
    assert client.get("/mijn-certificaten/").status_code == 302  # to the login page
    client.force_login(anna)
    response = client.get("/mijn-certificaten/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Verloopt over 45 dagen: meld je aan voor de hercertificering." in content
    assert f"/mijn-certificaten/{certificate.pk}/" in content
    assert "nog geen VOG" in content


def test_the_printable_certificate_is_for_its_owner_only(client, holder):
    anna, certificate = holder
    url = f"/mijn-certificaten/{certificate.pk}/"
    assert client.get(url).status_code == 302
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    assert client.get("/mijn-certificaten/999999/").status_code == 404
    client.force_login(anna)
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Anna de Vries" in content
    assert "JobGroupleider" in content
    assert nl_date(certificate.issued_on) in content
    assert nl_date(certificate.valid_until) in content
    assert certificate.display_code in content
    assert f"http://testserver/certificaat/{certificate.verification_code}/" in content
    assert "http://testserver/certificaat/controleren/" in content


def test_public_verification_shows_only_name_role_date_and_status(client, holder):
    anna, certificate = holder
    response = client.get(f"/certificaat/{certificate.verification_code}/")  # not logged in
    assert response.status_code == 200
    content = response.content.decode()
    assert "Anna de Vries" in content
    assert "JobGroupleider" in content
    assert nl_date(certificate.valid_until) in content
    assert "Bijna verlopen" in content
    assert "anna.geheim" not in content
    assert "example.org" not in content
    assert certificate.programme.title not in content

    # Typed with dashes and lower case, through the form.
    typed = certificate.display_code.lower()
    response = client.get("/certificaat/controleren/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/certificaat/{certificate.verification_code}/"
    assert client.get("/certificaat/controleren/").status_code == 200


def test_public_verification_never_falls_back_to_the_email_address(client, holder):
    anna, certificate = holder
    anna.display_name = ""
    anna.save()
    content = client.get(f"/certificaat/{certificate.verification_code}/").content.decode()
    assert "anna.geheim" not in content
    assert str(NAME_NOT_GIVEN) in content


def test_unknown_code(client, holder):
    anna, certificate = holder
    response = client.get("/certificaat/ABCDEFGH23/")
    assert response.status_code == 404
    assert "Onbekende code" in response.content.decode()
    # Erased people's certificates are unknown too.
    anna.anonymised_at = timezone.now()
    anna.save()
    response = client.get(f"/certificaat/{certificate.verification_code}/")
    assert "Onbekende code" in response.content.decode()
    assert "Anna" not in response.content.decode()


# --- Reminders ---------------------------------------------------------------------------------


def test_reminders_at_exactly_90_30_and_7_days_once_a_day(db):
    programme = make_course(
        "leiders", variant="leader_training", certifies_role="leader", months=36
    )
    holders = {}
    for days in (91, 90, 89, 30, 7, 6, 0, -7):
        user = UserFactory(display_name=f"Houder {days}", email=f"houder{days}@example.org")
        Certificate.objects.create(
            user=user,
            role="leader",
            programme=programme,
            issued_on=TODAY - datetime.timedelta(days=900),
            valid_until=TODAY + datetime.timedelta(days=days),
        )
        holders[days] = user
    # Someone with a newer leader certificate gets no reminder about the old one.
    renewed = holders[91]
    Certificate.objects.create(
        user=renewed,
        role="leader",
        programme=programme,
        issued_on=TODAY,
        valid_until=TODAY + datetime.timedelta(days=400),
    )

    call_command("send_certificate_reminders", date=TODAY.isoformat())
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [holders[90].email, holders[30].email, holders[7].email]
    )
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "90 dagen" in by_address[holders[90].email].subject
    assert "hercertificering" in by_address[holders[7].email].body
    assert "/mijn-certificaten/" in by_address[holders[7].email].body

    # Again the same day: nothing new.
    assert certificate_reminders_send(today=TODAY) == 0
    call_command("send_certificate_reminders", date=TODAY.isoformat())
    assert len(mail.outbox) == 3

    # The next day the old certificate of `renewed` has 90 days left: no mail, it has a newer one.
    mail.outbox.clear()
    assert certificate_reminders_send(today=TODAY + datetime.timedelta(days=1)) == 0
    mail.outbox.clear()
    assert certificate_reminders_send(today=TODAY + datetime.timedelta(days=23)) == 1
    assert [m.to[0] for m in mail.outbox] == [holders[30].email]


def test_reminder_command_uses_today_and_skips_inactive_people(db):
    programme = make_course(
        "leiders", variant="leader_training", certifies_role="leader", months=36
    )
    active, inactive = UserFactory(), UserFactory(is_active=False)
    for user in (active, inactive):
        Certificate.objects.create(
            user=user,
            role="leader",
            programme=programme,
            issued_on=TODAY,
            valid_until=timezone.localdate() + datetime.timedelta(days=7),
        )
    call_command("send_certificate_reminders")
    assert [m.to for m in mail.outbox] == [[active.email]]
    assert "7 dagen" in mail.outbox[0].subject
