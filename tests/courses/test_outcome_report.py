"""The outcome report: a known set of trajectories across locations, every cell checked
(including "<5" and 0), the CSV, and who sees which locations on /rapportage/."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.models import Location
from accounts.services import location_add_member
from courses.trajectories.reports import (
    COLUMN_KEYS,
    MASK,
    PERIOD_REVERSED,
    mask,
    outcome_report,
    report_csv,
)
from courses.trajectories.services import (
    aftercare_start,
    closing_talk_record,
    ladder_measure,
    trajectory_set_outcome,
    trajectory_start,
)
from tests.factories import LocationFactory, UserFactory, make_programme

pytestmark = pytest.mark.django_db

D = datetime.date
START, END = D(2025, 1, 1), D(2025, 12, 31)

HEADER = (
    "Locatie;Instroom;Werk;Opleiding;Stijging op de participatieladder;Nog in begeleiding;"
    "Voortijdig gestopt;Nog in nazorg (na werk)"
)
# Columns: intake, work, education, ladder_rise, still_coached, dropped_out, in_aftercare.
# Hidden for being small (1-4): Utrecht's work, Zoetermeer's ladder rise, drop-outs and
# aftercare, and the total's ladder rise and aftercare. Hidden so that those cannot be worked
# out by subtraction: Utrecht's education and drop-outs, Zoetermeer's work, the total's
# education (see test_report_suppression.py).
EXPECTED = {
    "Gouda": ["0", "0", "0", "0", "0", "0", "0"],
    "Utrecht": ["11", MASK, MASK, "0", "0", MASK, "0"],
    "Zoetermeer": ["17", MASK, "0", MASK, "6", MASK, MASK],
    "Totaal": ["28", "7", MASK, MASK, "6", "7", MASK],
}
# One location alone (its row and the total are the same): less needs hiding.
ALONE = {
    "Zoetermeer": ["17", "6", "0", MASK, "6", MASK, MASK],
    "Utrecht": ["11", MASK, MASK, "0", "0", "5", "0"],
}


def add(
    location,
    intake,
    rung=2,
    *,
    programme=None,
    measures=(),
    outcome=None,
    on=None,
    reason="",
    aftercare=None,
    closing=None,
):
    trajectory = trajectory_start(
        participant=UserFactory(roles=["participant"]),
        location=location,
        intake_date=intake,
        intake_rung=rung,
        programme=programme,
    )
    for measured_on, measured_rung in measures:
        ladder_measure(trajectory=trajectory, measured_on=measured_on, rung=measured_rung)
    if outcome:
        trajectory_set_outcome(
            trajectory=trajectory, outcome=outcome, outcome_date=on, reason=reason
        )
    if aftercare:
        aftercare_start(trajectory=trajectory, start=aftercare)
    if closing:
        closing_talk_record(trajectory=trajectory, held_on=closing)
    return trajectory


@pytest.fixture
def world(db):
    gouda = LocationFactory(name="Gouda", slug="gouda")
    utrecht = LocationFactory(name="Utrecht", slug="utrecht")
    zoetermeer = LocationFactory(name="Zoetermeer", slug="zoetermeer")
    regular = make_programme("jobgroup-regulier", steps=1)
    iwin = make_programme("iwin", steps=1, variant="iwin")
    z, u = zoetermeer, utrecht
    p = regular

    # --- Zoetermeer: intake 17 ---
    # Work 6, of whom 2 still in aftercare on 31 December.
    add(
        z,
        D(2025, 1, 10),
        programme=p,
        outcome="work",
        on=D(2025, 4, 1),
        aftercare=D(2025, 4, 1),
        closing=D(2026, 2, 1),
    )  # closing talk after the period
    add(z, D(2025, 2, 10), programme=p, outcome="work", on=D(2025, 6, 1), aftercare=D(2025, 6, 15))
    add(
        z,
        D(2025, 2, 20),
        programme=p,
        outcome="work",
        on=D(2025, 3, 1),
        aftercare=D(2025, 3, 1),
        closing=D(2025, 11, 1),
    )  # aftercare closed in the period
    add(z, D(2025, 3, 1), programme=p, outcome="work", on=D(2025, 9, 1))
    add(z, D(2025, 5, 5), programme=p, outcome="work", on=D(2025, 10, 1))
    add(
        z, D(2025, 6, 6), programme=p, outcome="work", on=D(2025, 12, 31), aftercare=D(2026, 1, 5)
    )  # work on the last day; aftercare starts after the period
    # Ladder rise 3: by outcome, by a higher last measurement, by both with "still coached".
    add(z, D(2025, 1, 15), programme=p, outcome="ladder_rise", on=D(2025, 7, 1))
    add(z, D(2025, 2, 15), 2, programme=p, measures=[(D(2025, 8, 1), 4)])
    add(
        z,
        D(2025, 3, 15),
        3,
        programme=p,
        measures=[(D(2025, 5, 1), 4)],
        outcome="still_coached",
        on=D(2025, 10, 1),
    )
    # Still coached 6.
    add(z, D(2025, 4, 1), programme=iwin)
    add(z, D(2025, 11, 30), programme=iwin)
    add(z, D(2025, 4, 15), 3, programme=p, measures=[(D(2025, 10, 1), 3)])  # same rung
    add(
        z, D(2025, 5, 15), 4, programme=p, measures=[(D(2025, 6, 1), 5), (D(2025, 11, 1), 3)]
    )  # the last one counts: lower
    add(z, D(2025, 7, 1), programme=p, outcome="work", on=D(2026, 1, 10))  # work after the period
    add(z, D(2025, 8, 1), 2, programme=p, measures=[(D(2026, 1, 15), 5)])  # rise after the period
    # Dropped out 2; a rise on the ladder does not change a recorded drop-out.
    add(z, D(2025, 3, 3), programme=p, outcome="dropped_out", on=D(2025, 5, 1), reason="Verhuisd.")
    add(
        z,
        D(2025, 4, 4),
        2,
        programme=p,
        measures=[(D(2025, 6, 1), 4)],
        outcome="dropped_out",
        on=D(2025, 9, 1),
        reason="Ziek geworden.",
    )
    # Outside the period: not counted.
    add(z, D(2024, 12, 31), programme=p, outcome="work", on=D(2025, 2, 1))
    add(z, D(2026, 1, 5), programme=p)

    # --- Utrecht: intake 11 ---
    add(u, D(2025, 2, 1), programme=p, outcome="work", on=D(2025, 8, 1))
    for day in range(1, 6):
        add(u, D(2025, 1, day), programme=p, outcome="education", on=D(2025, 9, day))
        add(
            u,
            D(2025, 3, day),
            programme=p,
            outcome="dropped_out",
            on=D(2025, 6, day),
            reason="Geen tijd meer.",
        )

    carla = UserFactory(roles=["coordinator"], display_name="Carla")
    location_add_member(location=zoetermeer, user=carla, is_coordinator=True)
    office = UserFactory(roles=["admin"], display_name="Landelijk bureau")

    class World:
        pass

    w = World()
    w.__dict__.update(locals())
    return w


def table(report) -> dict[str, list[str]]:
    return {row.label: row.shown for row in (*report.rows, report.total)}


# --- Masking -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "shown"), [(0, "0"), (1, "<5"), (2, "<5"), (4, "<5"), (5, "5"), (160, "160")]
)
def test_counts_from_1_to_4_are_masked(count, shown):
    assert mask(count) == shown


# --- The report --------------------------------------------------------------------------------


def test_every_cell_of_the_report(world, django_assert_num_queries):
    locations = list(Location.objects.order_by("name"))
    with django_assert_num_queries(1):
        report = outcome_report(locations=locations, start=START, end=END)
    assert table(report) == EXPECTED
    assert [row.location for row in report.rows] == locations
    assert report.total.location is None
    assert COLUMN_KEYS == (
        "intake",
        "work",
        "education",
        "ladder_rise",
        "still_coached",
        "dropped_out",
        "in_aftercare",
    )


def test_a_report_holds_no_exact_small_numbers(world):
    report = outcome_report(locations=Location.objects.all(), start=START, end=END)
    for row in (*report.rows, report.total):
        assert all(cell in ("0", MASK) or int(cell) >= 5 for cell in row.cells.values())


def test_the_report_filters_on_programme_and_period(world):
    report = outcome_report(
        locations=[world.zoetermeer, world.utrecht], programme=world.iwin, start=START, end=END
    )
    assert table(report) == {
        "Zoetermeer": [MASK, "0", "0", "0", MASK, "0", "0"],
        "Utrecht": ["0"] * 7,
        "Totaal": [MASK, "0", "0", "0", MASK, "0", "0"],
    }
    # 2026 so far: one intake in Zoetermeer; the first half of 2025: the known outcome changes.
    later = outcome_report(locations=[world.zoetermeer], start=D(2026, 1, 1), end=D(2026, 12, 31))
    assert later.total.shown == [MASK, "0", "0", "0", MASK, "0", "0"]
    first_half = outcome_report(locations=[world.utrecht], start=START, end=D(2025, 6, 30))
    # Intake: 5 education + 5 dropped out (all in Jan–Mar) + 1 work (February) = 11. Education
    # (September) and work (August) came later, so on 30 June those six were still coached.
    assert first_half.total.shown == ["11", "0", "0", "0", "6", "5", "0"]


def test_a_reversed_period_is_refused(world):
    with pytest.raises(ValidationError) as exc:
        outcome_report(locations=[world.zoetermeer], start=END, end=START)
    assert exc.value.messages == [str(PERIOD_REVERSED)]


def test_the_csv_has_a_dutch_header_semicolons_and_the_same_masking(world):
    report = outcome_report(locations=Location.objects.order_by("name"), start=START, end=END)
    assert report_csv(report) == (
        f"{HEADER}\r\n"
        "Gouda;0;0;0;0;0;0;0\r\n"
        "Utrecht;11;<5;<5;0;0;<5;0\r\n"
        "Zoetermeer;17;<5;0;<5;6;<5;<5\r\n"
        "Totaal;28;7;<5;<5;6;7;<5\r\n"
    )


def test_the_csv_header_stays_dutch_in_english(world):
    from django.utils import translation

    report = outcome_report(locations=[world.gouda], start=START, end=END)
    with translation.override("en"):
        assert report_csv(report).splitlines()[0] == HEADER


def test_a_location_name_is_never_a_spreadsheet_formula(db):
    evil = LocationFactory(name="=HYPERLINK(1)", slug="evil")
    report = outcome_report(locations=[evil], start=START, end=END)
    assert report_csv(report).splitlines()[1] == "'=HYPERLINK(1);0;0;0;0;0;0;0"


# --- /rapportage/ ------------------------------------------------------------------------------


def query(**params) -> str:
    base = {"van": "2025-01-01", "tot": "2025-12-31"}
    base.update(params)
    return "&".join(f"{key}={value}" for key, value in base.items())


def test_a_coordinator_sees_only_their_own_locations(client, world):
    client.force_login(world.carla)
    response = client.get(f"/rapportage/?{query()}")
    assert response.status_code == 200
    report = response.context["report"]
    assert table(report) == {
        "Zoetermeer": ALONE["Zoetermeer"],
        "Totaal": ALONE["Zoetermeer"],
    }
    html = response.content.decode()
    assert "Utrecht" not in html
    assert "Gouda" not in html
    assert '<th scope="row">Zoetermeer</th>' in html
    assert '<th scope="col">Instroom</th>' in html
    # The masked count is shown as "<5" in the table and beside its bar, with words for
    # screen readers.
    assert (
        '<span aria-hidden="true">&lt;5</span><span class="visually-hidden">minder dan 5, of verborgen</span>'
        in html
    )
    assert html.count('class="bar-row"') == 7
    assert "Download als CSV" in html

    # Asking for another location's figures shows nothing of it.
    response = client.get(f"/rapportage/?{query(locatie=world.utrecht.pk)}")
    assert response.context["report"] is None
    assert "Utrecht" not in response.content.decode()
    response = client.get(f"/rapportage/csv/?{query(locatie=world.utrecht.pk)}")
    assert response.status_code == 400
    assert "Utrecht" not in response.content.decode()


def test_the_national_office_sees_all_locations(client, world):
    client.force_login(world.office)
    response = client.get(f"/rapportage/?{query()}")
    assert table(response.context["report"]) == EXPECTED
    response = client.get(f"/rapportage/?{query(locatie=world.utrecht.pk)}")
    assert table(response.context["report"]) == {
        "Utrecht": ALONE["Utrecht"],
        "Totaal": ALONE["Utrecht"],
    }


def test_the_csv_download_follows_the_filters(client, world):
    client.force_login(world.carla)
    page = client.get(f"/rapportage/?{query()}").content.decode()
    csv_link = "/rapportage/csv/?locatie=&amp;programma=&amp;van=2025-01-01&amp;tot=2025-12-31"
    assert csv_link in page

    response = client.get(f"/rapportage/csv/?{query()}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="uitkomsten-2025-01-01-2025-12-31.csv"'
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    assert text[1:] == (f"{HEADER}\r\nZoetermeer;17;6;0;<5;6;<5;<5\r\nTotaal;17;6;0;<5;6;<5;<5\r\n")


def test_without_a_period_the_report_shows_the_current_year(client, world):
    client.force_login(world.carla)
    report = client.get("/rapportage/").context["report"]
    year = timezone.localdate().year
    assert (report.start, report.end) == (D(year, 1, 1), D(year, 12, 31))


def test_a_reversed_period_on_the_page_is_explained(client, world):
    client.force_login(world.carla)
    response = client.get("/rapportage/?van=2025-12-31&tot=2025-01-01")
    assert response.context["report"] is None
    assert "De einddatum ligt vóór de begindatum." in response.content.decode()


def test_the_report_is_not_there_for_anyone_else(client, world):
    for url in ("/rapportage/", "/rapportage/csv/"):
        client.logout()
        assert client.get(url).status_code == 302  # to the login page
        for role in ("participant", "leader", "buddy", "editor"):
            client.force_login(UserFactory(roles=[role]))
            assert client.get(url).status_code == 404
