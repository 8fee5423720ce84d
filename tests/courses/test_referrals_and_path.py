"""Referrals along the chain (#19): the services refuse without consent and with wrong dates (and
a refusal stores nothing), the trajectory page adds referrals and their outcome, the outcome report
counts them per location with small numbers hidden, and the personal-data registry exports and
erases them. One person's whole path: who may open it (the role matrix), what it shows from which
location, and a row in the privacy log for every view."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts import personal_data
from accounts.models import AuditEntry
from courses.groups.models import AttendanceRecord, Meeting
from courses.privacy.services import erasure_confirm, erasure_request
from courses.trajectories.models import Referral
from courses.trajectories.referrals import (
    CONSENT_REQUIRED,
    referral_of_trajectory,
    referral_record,
    referral_set_outcome,
)
from courses.trajectories.reports import MASK, referral_summary
from courses.trajectories.services import ladder_measure, trajectory_start
from courses.volunteers.models import BuddyContact, BuddyMatch
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def today() -> datetime.date:
    """Read when the test runs, not when the module is imported (a run can pass midnight)."""
    return timezone.localdate()


def intake() -> datetime.date:
    return today() - 40 * DAY


@pytest.fixture
def trajectory(world):
    return trajectory_start(
        participant=world.anouk,
        location=world.zoetermeer,
        intake_date=intake(),
        intake_rung=2,
        cohort=world.cohort,
    )


def refer(trajectory, by=None, **overrides):
    values = {
        "partner_kind": Referral.PartnerKind.DEBT_HELP,
        "partner_name": "",
        "consent_given": True,
        "consent_on": trajectory.intake_date + DAY,
        "referred_on": trajectory.intake_date + 2 * DAY,
        "note": "",
    }
    values.update(overrides)
    return referral_record(trajectory=trajectory, by=by, **values)


def field_codes(exc_info, field):
    return [e.code for e in exc_info.value.error_dict[field]]


# --- Services --------------------------------------------------------------------------------


def test_a_referral_is_stored_with_consent_and_starts_open(world, trajectory):
    referral = refer(trajectory, by=world.carla, partner_name="  Schuldhulp\tZoetermeer ")
    referral.refresh_from_db()
    assert referral.consent_given is True
    assert referral.outcome == Referral.Outcome.OPEN and referral.outcome_on is None
    assert referral.partner_name == "Schuldhulp Zoetermeer"
    assert referral.created_by == world.carla
    assert referral.partner_label == "Schuldhulp – Schuldhulp Zoetermeer"


@pytest.mark.parametrize("consent", [False, None, "yes", 1])
def test_without_consent_nothing_is_stored(trajectory, consent):
    with pytest.raises(ValidationError) as exc_info:
        refer(trajectory, consent_given=consent)
    assert field_codes(exc_info, "consent_given") == ["consent_required"]
    assert Referral.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        (lambda: {"partner_kind": "bank"}, "partner_kind", "partner_kind"),
        (
            lambda: {"partner_kind": Referral.PartnerKind.OTHER},
            "partner_name",
            "partner_name_missing",
        ),
        (lambda: {"partner_name": "x" * 151}, "partner_name", "too_long"),
        (lambda: {"note": "x" * 1001}, "note", "too_long"),
        (lambda: {"referred_on": today() + DAY}, "referred_on", "future"),
        (
            lambda: {"referred_on": intake() - DAY, "consent_on": intake() - DAY},
            "referred_on",
            "before_intake",
        ),
        (lambda: {"consent_on": intake() - DAY}, "consent_on", "before_intake"),
        (lambda: {"consent_on": intake() + 3 * DAY}, "consent_on", "consent_after_referral"),
        (lambda: {"referred_on": None}, "referred_on", "date_missing"),
        (lambda: {"consent_on": "2025-01-01"}, "consent_on", "date_missing"),
    ],
)
def test_wrong_input_is_refused_and_changes_nothing(trajectory, overrides, field, code):
    with pytest.raises(ValidationError) as exc_info:
        refer(trajectory, **overrides())
    assert field_codes(exc_info, field) == [code]
    assert Referral.objects.count() == 0


def test_the_outcome_is_recorded_and_open_clears_its_date(trajectory):
    referral = refer(trajectory)
    referral_set_outcome(referral=referral, outcome="started", outcome_on=intake() + 5 * DAY)
    referral.refresh_from_db()
    assert (referral.outcome, referral.outcome_on) == ("started", intake() + 5 * DAY)
    referral_set_outcome(referral=referral, outcome="open", outcome_on=today())
    referral.refresh_from_db()
    assert (referral.outcome, referral.outcome_on) == ("open", None)


@pytest.mark.parametrize(
    ("outcome", "day", "field", "code"),
    [
        ("finished", lambda: today(), "outcome", "outcome"),
        ("completed", lambda: None, "outcome_on", "date_missing"),
        ("completed", lambda: today() + DAY, "outcome_on", "future"),
        ("stopped", lambda: intake() + DAY, "outcome_on", "before_referral"),
    ],
)
def test_a_wrong_outcome_is_refused_and_changes_nothing(trajectory, outcome, day, field, code):
    referral = refer(trajectory)
    referral_set_outcome(referral=referral, outcome="started", outcome_on=intake() + 3 * DAY)
    with pytest.raises(ValidationError) as exc_info:
        referral_set_outcome(referral=referral, outcome=outcome, outcome_on=day())
    assert field_codes(exc_info, field) == [code]
    referral.refresh_from_db()
    assert (referral.outcome, referral.outcome_on) == ("started", intake() + 3 * DAY)


def test_a_referral_of_another_trajectory_is_not_found(world, trajectory):
    other = trajectory_start(
        participant=world.bram, location=world.zoetermeer, intake_date=intake(), intake_rung=3
    )
    theirs = refer(other)
    for wrong in (theirs.pk, "abc", "", None):
        with pytest.raises(ValidationError) as exc_info:
            referral_of_trajectory(trajectory=trajectory, referral_id=wrong)
        assert field_codes(exc_info, "referral") == ["not_of_trajectory"]
    assert referral_of_trajectory(trajectory=other, referral_id=str(theirs.pk)) == theirs


# --- The trajectory page -----------------------------------------------------------------------


def post_referral(client, trajectory, **overrides):
    data = {
        "action": "referral",
        "verwijzing-consent_given": "on",
        "verwijzing-consent_on": (intake() + DAY).isoformat(),
        "verwijzing-partner_kind": "language_course",
        "verwijzing-partner_name": "Taalhuis",
        "verwijzing-referred_on": (intake() + DAY).isoformat(),
        "verwijzing-note": "",
    }
    data.update(overrides)
    return client.post(reverse("trajectory_detail", args=[trajectory.pk]), data)


def test_the_coordinator_adds_a_referral_on_the_trajectory_page(client, world, trajectory):
    client.force_login(world.carla)
    response = post_referral(client, trajectory)
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert (referral.partner_kind, referral.partner_name) == ("language_course", "Taalhuis")
    assert referral.created_by == world.carla
    page = client.get(reverse("trajectory_detail", args=[trajectory.pk])).content.decode()
    assert "Taalcursus – Taalhuis" in page and "Nog open" in page


def test_without_the_consent_box_the_page_says_so_and_stores_nothing(client, world, trajectory):
    client.force_login(world.carla)
    response = post_referral(client, trajectory, **{"verwijzing-consent_given": ""})
    assert response.status_code == 200
    assert str(CONSENT_REQUIRED) in response.content.decode().replace("&#x27;", "'")
    assert Referral.objects.count() == 0


def test_a_future_date_on_the_page_is_refused(client, world, trajectory):
    client.force_login(world.carla)
    response = post_referral(
        client, trajectory, **{"verwijzing-referred_on": (today() + DAY).isoformat()}
    )
    assert response.status_code == 200
    assert "Deze datum ligt in de toekomst" in response.content.decode()
    assert Referral.objects.count() == 0


def test_the_outcome_is_updated_on_the_page_only_for_this_trajectory(client, world, trajectory):
    mine = refer(trajectory)
    other = trajectory_start(
        participant=world.bram, location=world.zoetermeer, intake_date=intake(), intake_rung=3
    )
    theirs = refer(other)
    client.force_login(world.carla)
    url = reverse("trajectory_detail", args=[trajectory.pk])
    data = {
        "action": "referral_outcome",
        "resultaat-outcome": "completed",
        "resultaat-outcome_on": today().isoformat(),
    }
    response = client.post(url, {**data, "resultaat-referral": str(theirs.pk)})
    assert response.status_code == 200
    theirs.refresh_from_db()
    assert theirs.outcome == "open"
    response = client.post(url, {**data, "resultaat-referral": str(mine.pk)})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.outcome, mine.outcome_on) == ("completed", today())


def test_the_note_is_sanitised_on_the_trajectory_page_and_the_path(client, world, trajectory):
    refer(trajectory, note='Belt zelf. <script>alert(1)</script><img src=x onerror="alert(2)">')
    client.force_login(world.carla)
    for url in (
        reverse("trajectory_detail", args=[trajectory.pk]),
        reverse("participant_path", args=[world.anouk.pk]),
    ):
        page = client.get(url).content.decode()
        assert "Belt zelf." in page
        assert "<script>alert(1)" not in page and "<img" not in page


def test_other_people_cannot_post_referrals(client, world, trajectory):
    for person in (world.utrecht_coordinator, world.lotte, world.anouk):
        client.force_login(person)
        assert post_referral(client, trajectory).status_code == 404
    assert Referral.objects.count() == 0


# --- The outcome report ------------------------------------------------------------------------


def test_the_report_counts_referrals_per_location_kind_and_outcome(world):
    start, end = intake(), today()
    zoetermeer = [
        trajectory_start(participant=UserFactory(), location=world.zoetermeer, **kw)
        for kw in [{"intake_date": intake(), "intake_rung": 2}] * 6
    ]
    for t in zoetermeer[:5]:
        referral = refer(t)
        referral_set_outcome(referral=referral, outcome="started", outcome_on=intake() + 3 * DAY)
    # Started after the end of the period: still open in the report.
    late = refer(zoetermeer[5], partner_kind="health")
    referral_set_outcome(referral=late, outcome="started", outcome_on=today())
    # Before the period: not counted.
    refer(zoetermeer[5], consent_on=intake(), referred_on=intake(), partner_kind="work_coach")
    utrecht = trajectory_start(
        participant=world.outsider, location=world.utrecht, intake_date=intake(), intake_rung=1
    )
    refer(utrecht, partner_kind="language_course")

    tables = referral_summary(
        locations=[world.utrecht, world.zoetermeer],
        start=start + DAY,
        end=end - DAY,
    )
    assert [t.label for t in tables] == ["Utrecht", "Zoetermeer"]
    cells = {row.label: row.cells for row in tables[1].rows}
    assert cells["Schuldhulp"]["started"] == "5"
    assert cells["Gezondheid"] == {
        "open": MASK,
        "started": "0",
        "completed": "0",
        "not_started": "0",
        "stopped": "0",
    }
    assert cells["Werkcoach, UWV of gemeente"]["open"] == "0"
    assert {row.label: row.cells["open"] for row in tables[0].rows}["Taalcursus"] == MASK
    assert tables[0].has_referrals and tables[1].has_referrals
    empty = referral_summary(locations=[world.utrecht], start=today(), end=today())
    assert not empty[0].has_referrals


def test_the_report_page_shows_the_referrals_masked(client, world, trajectory):
    for _ in range(2):
        refer(trajectory)
    client.force_login(world.carla)
    response = client.get(
        reverse("outcome_report"), {"van": intake().isoformat(), "tot": today().isoformat()}
    )
    page = response.content.decode()
    assert "Verwijzingen naar partners in de keten" in page
    table = page.split('class="print-table referral-report"')[1].split("</table>")[0]
    assert "Schuldhulp" in table and "&lt;5" in table and ">2<" not in table


# --- The personal-data registry ------------------------------------------------------------------


def test_referrals_are_exported_and_erased(world, trajectory):
    assert "courses.Referral" in personal_data.registered()
    refer(trajectory, by=world.carla, partner_name="Schuldhulp Zoetermeer", note="Privé")
    sections = {s.key: s for s in personal_data.export_all(user=world.anouk)}
    (row,) = sections["referrals"].rows
    assert row["partner_name"] == "Schuldhulp Zoetermeer" and row["note"] == "Privé"
    assert row["consent_on"] == (intake() + DAY).isoformat()

    erasure_confirm(erasure=erasure_request(user=world.anouk), coordinator=world.carla)
    referral = Referral.objects.get()
    assert (referral.note, referral.partner_name) == ("", "")
    assert referral.partner_kind == "debt_help"  # kept, anonymous, for the figures


def test_an_erased_coordinator_is_unlinked_from_referrals(world, trajectory):
    refer(trajectory, by=world.carla)
    personal_data.erase_all(
        erasure=personal_data.Erasure(user=world.carla, names=("Carla",), email="")
    )
    assert Referral.objects.get().created_by is None


# --- One person's whole path ---------------------------------------------------------------------


def path_url(person):
    return reverse("participant_path", args=[person.pk])


def path_reads():
    return list(
        AuditEntry.objects.filter(action=AuditEntry.Action.READ_RECORD, detail__startswith="pad ")
        .order_by("pk")
        .values_list("actor__display_name", "subject__display_name", "detail")
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("carla", 200),  # coordinator of the location of her group and trajectory
        ("superuser", 200),  # the national office
        ("utrecht_coordinator", 404),  # another location
        ("lotte", 404),  # her leader
        ("anouk", 404),  # the person herself: she has her folder and the download
        ("bram", 404),  # another participant
        ("editor", 404),
    ],
)
def test_who_may_open_the_path(client, world, trajectory, who, status):
    person = (
        UserFactory(is_superuser=True, display_name="Landelijk")
        if who == "superuser"
        else getattr(world, who)
    )
    client.force_login(person)
    assert client.get(path_url(world.anouk)).status_code == status


def test_anonymous_is_sent_to_the_login(client, world):
    response = client.get(path_url(world.anouk))
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_unknown_and_other_people_look_the_same(client, world):
    client.force_login(world.carla)
    assert client.get(reverse("participant_path", args=[999999])).status_code == 404
    # Olaf is only in a group in Utrecht.
    assert client.get(path_url(world.outsider)).status_code == 404
    # Lotte leads a group in Zoetermeer, but has no path there as a participant.
    assert client.get(path_url(world.lotte)).status_code == 404


def test_every_view_is_logged_and_a_refusal_is_not(client, world, trajectory):
    client.force_login(world.utrecht_coordinator)
    client.get(path_url(world.anouk))
    assert path_reads() == []
    client.force_login(world.carla)
    client.get(path_url(world.anouk))
    client.get(path_url(world.anouk))
    detail = f"pad {world.anouk.pk}"
    assert path_reads() == [("Carla", "Anouk", detail), ("Carla", "Anouk", detail)]


def test_the_path_shows_every_part_of_the_own_locations(client, world, trajectory):
    ladder_measure(trajectory=trajectory, measured_on=today() - DAY, rung=4)
    refer(trajectory, partner_name="Schuldhulp Zoetermeer")
    meeting = Meeting.objects.create(
        cohort=world.cohort,
        step_number=1,
        starts_at=timezone.now() - datetime.timedelta(days=7),
    )
    AttendanceRecord.objects.create(
        meeting=meeting,
        user=world.anouk,
        status=AttendanceRecord.Status.EXCUSED,
        reason="Ziek",
        source=AttendanceRecord.Source.REGISTER,
        set_by=world.lotte,
        set_at=timezone.now(),
    )
    buddy = UserFactory(roles=["buddy"], display_name="Mustafa")
    match = BuddyMatch.objects.create(
        participant=world.anouk,
        buddy=buddy,
        location=world.zoetermeer,
        consent_given_on=intake(),
        started_on=intake(),
    )
    BuddyContact.objects.create(
        match=match, contact_on=intake() + DAY, kind="visit", note="Geheim tussen ons", author=buddy
    )
    client.force_login(world.carla)
    page = client.get(path_url(world.anouk)).content.decode()
    assert "Het pad van Anouk" in page
    assert world.cohort.name in page and "Afgemeld" in page and "Ziek" not in page
    assert "Mustafa" in page and "Bezoek" in page and "Geheim tussen ons" not in page
    assert "Schuldhulp – Schuldhulp Zoetermeer" in page
    assert "4 – Onbetaald werk" in page and "gestegen" in page
    assert "Deze deelnemer heeft ook een pad bij" not in page


def test_other_locations_are_named_without_their_details(client, world, trajectory):
    refer(trajectory, partner_name="Schuldhulp Zoetermeer")
    utrecht = trajectory_start(
        participant=world.anouk, location=world.utrecht, intake_date=intake(), intake_rung=1
    )
    refer(utrecht, partner_kind="health", partner_name="Huisarts Utrecht")

    client.force_login(world.carla)
    page = client.get(path_url(world.anouk)).content.decode()
    assert "Deze deelnemer heeft ook een pad bij:" in page and "Utrecht." in page
    assert "Huisarts Utrecht" not in page and "Schuldhulp Zoetermeer" in page

    client.force_login(world.utrecht_coordinator)
    page = client.get(path_url(world.anouk)).content.decode()
    assert "Huisarts Utrecht" in page and "Schuldhulp Zoetermeer" not in page
    assert world.cohort.name not in page  # her group is in Zoetermeer
    assert "Zoetermeer." in page


def test_an_erased_person_has_no_path(client, world, trajectory):
    erasure_confirm(erasure=erasure_request(user=world.anouk), coordinator=world.carla)
    client.force_login(world.carla)
    assert client.get(path_url(world.anouk)).status_code == 404


def test_the_path_is_linked_from_the_trajectory_page(client, world, trajectory):
    client.force_login(world.carla)
    page = client.get(reverse("trajectory_detail", args=[trajectory.pk])).content.decode()
    assert path_url(world.anouk) in page


def test_the_path_shows_the_persons_own_marks_of_the_own_locations_only(client, world, trajectory):
    """Before/after in the person's own words (the self-assessment): on the path of the location
    where they answered, not at another location."""
    from courses.models import SelfAssessment

    marks = {"alone": "yes", "knows_what_i_want": 4, "network": 3}
    SelfAssessment.objects.create(
        participant=world.anouk,
        moment="start",
        cohort=world.cohort,
        location=world.zoetermeer,
        self_image=5,
        answered_at=timezone.now() - datetime.timedelta(days=60),
        **marks,
    )
    SelfAssessment.objects.create(
        participant=world.anouk,
        moment="end",
        cohort=world.cohort,
        location=world.zoetermeer,
        self_image=8,
        answered_at=timezone.now() - DAY,
        **(marks | {"alone": "no", "knows_what_i_want": 7}),
    )
    utrecht = trajectory_start(
        participant=world.anouk, location=world.utrecht, intake_date=intake(), intake_rung=1
    )
    client.force_login(world.carla)
    page = client.get(path_url(world.anouk)).content.decode()
    table = page.split('class="report-table self-assessment-path"', 1)[1].split("</table>", 1)[0]
    rows = [re.sub(r"<[^>]+>", "|", row) for row in table.split("<tr>")[2:]]
    assert ["|5|" in rows[0], "|8|" in rows[1]] == [True, True]
    assert "Nee" in rows[1] or "nee" in rows[1]
    assert utrecht.location.name == "Utrecht"
    client.force_login(world.utrecht_coordinator)
    page = client.get(path_url(world.anouk)).content.decode()
    assert "self-assessment-path" not in page
    assert "nog niet ingevuld" in page
