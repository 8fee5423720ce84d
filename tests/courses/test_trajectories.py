"""Trajectories: intake, ladder measurements, outcome, aftercare and the closing talk; what the
services refuse (and that a refusal changes nothing); measurements that are due; the
coordinators' trajectory pages."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import escape

from accounts.services import location_add_member
from courses.trajectories import services as t
from courses.trajectories.models import LadderMeasurement, Trajectory, add_months
from courses.trajectories.services import (
    aftercare_start,
    closing_talk_record,
    ladder_measure,
    measurements_due,
    trajectory_set_outcome,
    trajectory_start,
)
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db

D = datetime.date
INTAKE = D(2025, 3, 10)


@pytest.fixture
def zoetermeer():
    return LocationFactory(name="Zoetermeer", slug="zoetermeer")


@pytest.fixture
def utrecht():
    return LocationFactory(name="Utrecht", slug="utrecht")


@pytest.fixture
def trajectory(zoetermeer):
    return trajectory_start(
        participant=UserFactory(roles=["participant"], display_name="Anouk"),
        location=zoetermeer,
        intake_date=INTAKE,
        intake_rung=2,
    )


@pytest.fixture
def coordinator(zoetermeer):
    carla = UserFactory(roles=["coordinator"], display_name="Carla")
    location_add_member(location=zoetermeer, user=carla, is_coordinator=True)
    return carla


def errors_of(exc_info, field: str) -> list[str]:
    return exc_info.value.message_dict[field]


def snapshot(trajectory: Trajectory) -> dict:
    fresh = Trajectory.objects.get(pk=trajectory.pk)
    return {
        field.attname: getattr(fresh, field.attname)
        for field in Trajectory._meta.concrete_fields
        if field.name != "updated_at"
    } | {"measurements": list(fresh.measurements.values_list("measured_on", "rung"))}


# --- Dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 3, 15), 2, D(2025, 5, 15)),
        (D(2025, 3, 15), 9, D(2025, 12, 15)),
        (D(2025, 8, 31), 6, D(2026, 2, 28)),
        (D(2023, 8, 31), 6, D(2024, 2, 29)),
        (D(2024, 12, 31), 2, D(2025, 2, 28)),
        (D(2025, 11, 30), 12, D(2026, 11, 30)),
        (D(2025, 5, 31), -6, D(2024, 11, 30)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


# --- Intake ------------------------------------------------------------------------------------


def test_start_records_the_intake(zoetermeer):
    programme = make_programme("jobgroup-regulier", steps=1)
    anouk = UserFactory(roles=["participant"])
    cohort = make_cohort(programme, location=zoetermeer, participants=[anouk])
    trajectory = trajectory_start(
        participant=anouk, location=zoetermeer, intake_date=INTAKE, intake_rung=3, cohort=cohort
    )
    trajectory.refresh_from_db()
    assert trajectory.intake_date == INTAKE
    assert trajectory.intake_rung == 3
    assert trajectory.get_intake_rung_display() == "3 – Deelname aan georganiseerde activiteiten"
    assert trajectory.programme == programme  # taken from the group
    assert trajectory.outcome == ""
    assert trajectory.is_open


@pytest.mark.parametrize("rung", [0, 7, -1, "3", None, True])
def test_start_refuses_a_rung_outside_1_to_6(zoetermeer, rung):
    with pytest.raises(ValidationError) as exc:
        trajectory_start(
            participant=UserFactory(), location=zoetermeer, intake_date=INTAKE, intake_rung=rung
        )
    assert errors_of(exc, "intake_rung") == [str(t.RUNG_OUT_OF_RANGE)]
    assert not Trajectory.objects.exists()


def test_start_refuses_an_intake_in_the_future(zoetermeer):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as exc:
        trajectory_start(
            participant=UserFactory(), location=zoetermeer, intake_date=tomorrow, intake_rung=2
        )
    assert errors_of(exc, "intake_date") == [str(t.DATE_IN_FUTURE)]
    assert not Trajectory.objects.exists()


def test_start_refuses_a_second_open_trajectory_at_the_same_location(trajectory, utrecht):
    with pytest.raises(ValidationError) as exc:
        trajectory_start(
            participant=trajectory.participant,
            location=trajectory.location,
            intake_date=D(2025, 5, 1),
            intake_rung=3,
        )
    assert errors_of(exc, "participant") == [str(t.OPEN_TRAJECTORY_EXISTS)]
    assert Trajectory.objects.count() == 1
    # Once there is an outcome, a new trajectory may start.
    trajectory_set_outcome(trajectory=trajectory, outcome="work", outcome_date=D(2025, 4, 1))
    trajectory_start(
        participant=trajectory.participant,
        location=trajectory.location,
        intake_date=D(2025, 9, 1),
        intake_rung=5,
    )
    assert Trajectory.objects.count() == 2


def test_start_refuses_a_group_of_another_location(zoetermeer, utrecht):
    programme = make_programme("jobgroup-regulier", steps=1)
    cohort = make_cohort(programme, location=utrecht)
    with pytest.raises(ValidationError) as exc:
        trajectory_start(
            participant=UserFactory(),
            location=zoetermeer,
            intake_date=INTAKE,
            intake_rung=2,
            cohort=cohort,
        )
    assert errors_of(exc, "cohort") == [str(t.COHORT_OF_OTHER_LOCATION)]
    assert not Trajectory.objects.exists()


# --- Ladder measurements -----------------------------------------------------------------------


def test_measure_records_a_rung(trajectory):
    measurement = ladder_measure(trajectory=trajectory, measured_on=D(2025, 6, 1), rung=4)
    assert measurement.get_rung_display() == "4 – Onbetaald werk"
    assert list(trajectory.measurements.values_list("rung", flat=True)) == [4]


@pytest.mark.parametrize("rung", [0, 7])
def test_measure_refuses_a_rung_outside_1_to_6(trajectory, rung):
    before = snapshot(trajectory)
    with pytest.raises(ValidationError) as exc:
        ladder_measure(trajectory=trajectory, measured_on=D(2025, 6, 1), rung=rung)
    assert errors_of(exc, "rung") == [str(t.RUNG_OUT_OF_RANGE)]
    assert snapshot(trajectory) == before
    assert not LadderMeasurement.objects.exists()


def test_measure_refuses_a_date_before_the_intake(trajectory):
    with pytest.raises(ValidationError) as exc:
        ladder_measure(
            trajectory=trajectory, measured_on=INTAKE - datetime.timedelta(days=1), rung=3
        )
    assert errors_of(exc, "measured_on") == [
        str(t.MEASURED_BEFORE_INTAKE) % {"intake": "10-03-2025"}
    ]
    assert not LadderMeasurement.objects.exists()


def test_measure_refuses_a_date_in_the_future(trajectory):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        ladder_measure(trajectory=trajectory, measured_on=tomorrow, rung=3)
    assert not LadderMeasurement.objects.exists()


# --- Outcome -----------------------------------------------------------------------------------


def test_outcome_is_recorded(trajectory):
    trajectory_set_outcome(trajectory=trajectory, outcome="education", outcome_date=D(2025, 9, 1))
    assert trajectory.outcome == "education"  # the caller's instance shows it too
    trajectory.refresh_from_db()
    assert (trajectory.outcome, trajectory.outcome_date) == ("education", D(2025, 9, 1))
    assert not trajectory.is_open


def test_outcome_date_before_the_intake_is_refused(trajectory):
    before = snapshot(trajectory)
    with pytest.raises(ValidationError) as exc:
        trajectory_set_outcome(trajectory=trajectory, outcome="work", outcome_date=D(2025, 3, 9))
    assert errors_of(exc, "outcome_date") == [
        str(t.OUTCOME_BEFORE_INTAKE) % {"intake": "10-03-2025"}
    ]
    assert snapshot(trajectory) == before
    assert trajectory.outcome == ""


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_dropping_out_without_a_reason_is_refused(trajectory, reason):
    before = snapshot(trajectory)
    with pytest.raises(ValidationError) as exc:
        trajectory_set_outcome(
            trajectory=trajectory, outcome="dropped_out", outcome_date=D(2025, 5, 1), reason=reason
        )
    assert errors_of(exc, "reason") == [str(t.DROPOUT_REASON_MISSING)]
    assert snapshot(trajectory) == before


def test_dropping_out_keeps_the_reason_and_a_later_correction_removes_it(trajectory):
    trajectory_set_outcome(
        trajectory=trajectory,
        outcome="dropped_out",
        outcome_date=D(2025, 5, 1),
        reason="  Verhuisd naar een andere stad. ",
    )
    trajectory.refresh_from_db()
    assert trajectory.dropout_reason == "Verhuisd naar een andere stad."
    trajectory_set_outcome(
        trajectory=trajectory, outcome="work", outcome_date=D(2025, 6, 1), reason="ignored"
    )
    trajectory.refresh_from_db()
    assert (trajectory.outcome, trajectory.dropout_reason) == ("work", "")


@pytest.mark.parametrize("outcome", ["", "job", None])
def test_an_unknown_outcome_is_refused(trajectory, outcome):
    with pytest.raises(ValidationError) as exc:
        trajectory_set_outcome(trajectory=trajectory, outcome=outcome, outcome_date=D(2025, 5, 1))
    assert errors_of(exc, "outcome") == [str(t.OUTCOME_UNKNOWN)]


# --- Aftercare and the closing talk ------------------------------------------------------------


@pytest.fixture
def working(trajectory):
    trajectory_set_outcome(trajectory=trajectory, outcome="work", outcome_date=D(2025, 3, 15))
    return trajectory


def test_aftercare_lasts_9_months_by_default_with_a_check_in_after_2(working):
    aftercare_start(trajectory=working, start=D(2025, 3, 15))
    working.refresh_from_db()
    assert working.aftercare_start == D(2025, 3, 15)
    assert working.aftercare_end == D(2025, 12, 15)
    assert working.checkin_planned_on == D(2025, 5, 15)
    assert working.in_aftercare


@pytest.mark.parametrize("end", [D(2025, 6, 15), D(2025, 9, 14), D(2026, 3, 16), D(2025, 3, 14)])
def test_aftercare_ending_outside_6_to_12_months_is_refused(working, end):
    """3 months, a day short of 6, a day past 12, and before the start."""
    before = snapshot(working)
    with pytest.raises(ValidationError) as exc:
        aftercare_start(trajectory=working, start=D(2025, 3, 15), end=end)
    assert errors_of(exc, "end") == [
        str(t.AFTERCARE_END_OUT_OF_RANGE) % {"earliest": "15-09-2025", "latest": "15-03-2026"}
    ]
    assert snapshot(working) == before


@pytest.mark.parametrize("end", [D(2025, 9, 15), D(2026, 3, 15)])
def test_aftercare_of_exactly_6_or_12_months_is_fine(working, end):
    aftercare_start(trajectory=working, start=D(2025, 3, 15), end=end)
    working.refresh_from_db()
    assert working.aftercare_end == end


@pytest.mark.parametrize("outcome", ["education", "ladder_rise", "still_coached"])
def test_aftercare_needs_work(trajectory, outcome):
    trajectory_set_outcome(trajectory=trajectory, outcome=outcome, outcome_date=D(2025, 6, 1))
    with pytest.raises(ValidationError) as exc:
        aftercare_start(trajectory=trajectory, start=D(2025, 6, 1))
    assert errors_of(exc, "start") == [str(t.AFTERCARE_NEEDS_WORK)]
    trajectory.refresh_from_db()
    assert trajectory.aftercare_start is None


def test_aftercare_without_any_outcome_is_refused(trajectory):
    with pytest.raises(ValidationError):
        aftercare_start(trajectory=trajectory, start=D(2025, 6, 1))


def test_aftercare_before_the_outcome_date_is_refused(working):
    with pytest.raises(ValidationError) as exc:
        aftercare_start(trajectory=working, start=D(2025, 3, 14))
    assert errors_of(exc, "start") == [
        str(t.AFTERCARE_BEFORE_OUTCOME) % {"outcome_date": "15-03-2025"}
    ]


def test_once_aftercare_runs_the_outcome_stays_work(working):
    aftercare_start(trajectory=working, start=D(2025, 4, 1))
    before = snapshot(working)
    with pytest.raises(ValidationError) as exc:
        trajectory_set_outcome(
            trajectory=working, outcome="dropped_out", outcome_date=D(2025, 5, 1), reason="x"
        )
    assert errors_of(exc, "outcome") == [str(t.OUTCOME_LOCKED_BY_AFTERCARE)]
    assert snapshot(working) == before


def test_closing_talk_ends_aftercare(working):
    with pytest.raises(ValidationError) as exc:
        closing_talk_record(trajectory=working, held_on=D(2025, 10, 1))
    assert errors_of(exc, "held_on") == [str(t.CLOSING_TALK_WITHOUT_AFTERCARE)]

    aftercare_start(trajectory=working, start=D(2025, 4, 1))
    with pytest.raises(ValidationError) as exc:
        closing_talk_record(trajectory=working, held_on=D(2025, 3, 31))
    assert errors_of(exc, "held_on") == [
        str(t.CLOSING_TALK_BEFORE_AFTERCARE) % {"start": "01-04-2025"}
    ]

    closing_talk_record(trajectory=working, held_on=D(2025, 12, 1))
    working.refresh_from_db()
    assert working.closing_talk_on == D(2025, 12, 1)
    assert not working.in_aftercare

    with pytest.raises(ValidationError) as exc:
        closing_talk_record(trajectory=working, held_on=D(2025, 12, 2))
    assert errors_of(exc, "held_on") == [
        str(t.CLOSING_TALK_ALREADY_HELD) % {"held_on": "01-12-2025"}
    ]
    with pytest.raises(ValidationError) as exc:
        aftercare_start(trajectory=working, start=D(2025, 5, 1))
    assert errors_of(exc, "start") == [str(t.AFTERCARE_CLOSED)]
    working.refresh_from_db()
    assert working.aftercare_start == D(2025, 4, 1)


# --- Measurements due --------------------------------------------------------------------------


def test_measurements_due_lists_open_trajectories_not_measured_for_over_6_months(
    zoetermeer, utrecht
):
    today = D(2026, 6, 15)

    def start(intake, location=zoetermeer, name=""):
        return trajectory_start(
            participant=UserFactory(display_name=name),
            location=location,
            intake_date=intake,
            intake_rung=2,
        )

    never_measured = start(D(2025, 12, 14), name="nooit gemeten")
    exactly_six_months = start(D(2025, 12, 15), name="precies zes maanden")
    measured_recently = start(D(2025, 1, 1), name="net gemeten")
    ladder_measure(trajectory=measured_recently, measured_on=D(2026, 5, 1), rung=3)
    measured_long_ago = start(D(2024, 6, 1), name="lang geleden gemeten")
    ladder_measure(trajectory=measured_long_ago, measured_on=D(2025, 2, 1), rung=3)
    still_coached = start(D(2024, 1, 1), name="nog in begeleiding")
    trajectory_set_outcome(
        trajectory=still_coached, outcome="still_coached", outcome_date=D(2025, 1, 1)
    )
    found_work = start(D(2024, 1, 1), name="werk")
    trajectory_set_outcome(trajectory=found_work, outcome="work", outcome_date=D(2024, 6, 1))
    start(D(2024, 1, 1), location=utrecht, name="andere locatie")

    due = list(measurements_due(location=zoetermeer, today=today))

    assert [row.pk for row in due] == [
        still_coached.pk,  # intake 2024-01-01
        measured_long_ago.pk,  # last measured 2025-02-01
        never_measured.pk,  # intake 2025-12-14
    ]
    assert [row.last_measured_on for row in due] == [D(2024, 1, 1), D(2025, 2, 1), D(2025, 12, 14)]
    assert exactly_six_months.pk not in {row.pk for row in due}


# --- The trajectory pages ----------------------------------------------------------------------


def detail_url(trajectory) -> str:
    return f"/trajecten/{trajectory.pk}/"


def test_trajectory_page_is_for_coordinators_of_its_location_and_the_office(
    client, trajectory, coordinator, utrecht
):
    other = UserFactory(roles=["coordinator"])
    location_add_member(location=utrecht, user=other, is_coordinator=True)
    office = UserFactory(roles=["admin"])
    url = detail_url(trajectory)

    assert client.get(url).status_code == 302  # to the login page
    for outsider in (trajectory.participant, other, UserFactory(roles=["leader"])):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        # The coordinator of Utrecht has a list of their own, without this trajectory.
        if outsider is other:
            assert "Anouk" not in client.get("/trajecten/").content.decode()
        else:
            assert client.get("/trajecten/").status_code == 404
    assert client.get("/trajecten/999999/").status_code == 404
    for insider in (coordinator, office):
        client.force_login(insider)
        response = client.get(url)
        assert response.status_code == 200
        assert "Traject van Anouk" in response.content.decode()


def test_forms_on_the_trajectory_page_call_the_services(client, trajectory, coordinator):
    client.force_login(coordinator)
    url = detail_url(trajectory)

    response = client.post(
        url, {"action": "measure", "meting-measured_on": "2025-06-01", "meting-rung": "4"}
    )
    assert response.status_code == 302
    assert list(trajectory.measurements.values_list("rung", flat=True)) == [4]

    response = client.post(
        url,
        {"action": "outcome", "uitkomst-outcome": "work", "uitkomst-outcome_date": "2025-07-01"},
    )
    assert response.status_code == 302
    response = client.post(url, {"action": "aftercare", "nazorg-start": "2025-07-01"})
    assert response.status_code == 302
    trajectory.refresh_from_db()
    assert trajectory.aftercare_end == D(2026, 4, 1)
    response = client.post(url, {"action": "closing_talk", "afsluiting-held_on": "2026-03-20"})
    assert response.status_code == 302
    trajectory.refresh_from_db()
    assert trajectory.closing_talk_on == D(2026, 3, 20)

    html = client.get(url).content.decode()
    assert "4 – Onbetaald werk" in html
    assert "Gestegen op de ladder sinds de intake." in html
    assert "20 maart 2026" in html


def test_the_page_shows_refusals_in_dutch_and_changes_nothing(client, trajectory, coordinator):
    client.force_login(coordinator)
    url = detail_url(trajectory)
    before = snapshot(trajectory)

    response = client.post(
        url,
        {"action": "outcome", "uitkomst-outcome": "work", "uitkomst-outcome_date": "2025-01-01"},
    )
    assert response.status_code == 200
    assert (
        escape(str(t.OUTCOME_BEFORE_INTAKE) % {"intake": "10-03-2025"}) in response.content.decode()
    )

    response = client.post(
        url,
        {
            "action": "outcome",
            "uitkomst-outcome": "dropped_out",
            "uitkomst-outcome_date": "2025-05-01",
            "uitkomst-reason": "",
        },
    )
    assert escape(str(t.DROPOUT_REASON_MISSING)) in response.content.decode()

    response = client.post(
        url, {"action": "measure", "meting-measured_on": "2025-06-01", "meting-rung": "7"}
    )
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()

    assert snapshot(trajectory) == before
    assert client.post(url, {"action": "delete"}).status_code == 400


def test_a_coordinator_starts_a_trajectory_for_a_member_of_their_location(
    client, coordinator, zoetermeer, utrecht
):
    bram = UserFactory(roles=["participant"], display_name="Bram")
    location_add_member(location=zoetermeer, user=bram)
    stranger = UserFactory(roles=["participant"], display_name="Sanne")
    location_add_member(location=utrecht, user=stranger)
    client.force_login(coordinator)

    page = client.get("/trajecten/").content.decode()
    assert "Bram" in page
    assert "Sanne" not in page

    response = client.post(
        "/trajecten/",
        {
            "participant": stranger.pk,
            "location": utrecht.pk,
            "intake_date": "2025-03-10",
            "intake_rung": "2",
        },
    )
    assert response.status_code == 200
    assert not Trajectory.objects.exists()

    response = client.post(
        "/trajecten/",
        {
            "participant": bram.pk,
            "location": zoetermeer.pk,
            "intake_date": "2025-03-10",
            "intake_rung": "2",
        },
    )
    created = Trajectory.objects.get()
    assert response.status_code == 302
    assert response["Location"] == detail_url(created)
    assert (created.participant, created.location, created.intake_rung) == (bram, zoetermeer, 2)
