"""Secondary suppression in the outcome report: a "<5" can no longer be undone by subtraction,
in the table, the chart and the CSV."""

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.trajectories.reports import (
    COLUMN_KEYS,
    DROPPED_OUT,
    EDUCATION,
    IN_AFTERCARE,
    INTAKE,
    LADDER_RISE,
    MASK,
    OUTCOME_COLUMNS,
    STILL_COACHED,
    WORK,
    chart_bars,
    outcome_report,
    report_csv,
    suppression,
)
from courses.trajectories.services import trajectory_set_outcome, trajectory_start
from tests.factories import LocationFactory, UserFactory

D = __import__("datetime").date


def table_of(locations: list[dict[str, int]]) -> list[dict[str, int]]:
    """Location rows (the five outcomes and aftercare) with their intake, and the total row."""
    rows = []
    for outcomes in locations:
        row = {key: outcomes.get(key, 0) for key in COLUMN_KEYS}
        row[INTAKE] = sum(row[key] for key in OUTCOME_COLUMNS)
        rows.append(row)
    rows.append({key: sum(row[key] for row in rows) for key in COLUMN_KEYS})
    return rows


# --- What an attacker can work out ----------------------------------------------------------------


def _rank(matrix: list[list[Fraction]]) -> int:
    rows = [list(row) for row in matrix]
    rank, columns = 0, len(rows[0]) if rows else 0
    for column in range(columns):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][column] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][column] != 0:
                factor = rows[r][column] / rows[rank][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rank


def derivable(rows: list[dict[str, int]], hidden: set) -> set:
    """The hidden cells whose value follows from the shown cells and the sums of the rows
    (intake = the five outcomes) and columns (total = the locations), by any combination."""
    unknowns = sorted(hidden, key=lambda c: (c[0], COLUMN_KEYS.index(c[1])))
    index = {cell: i for i, cell in enumerate(unknowns)}
    total = len(rows) - 1
    equations = []
    for r in range(len(rows)):  # intake - sum(outcomes) = 0
        equations.append({(r, INTAKE): 1, **{(r, key): -1 for key in OUTCOME_COLUMNS}})
    for key in COLUMN_KEYS:  # total - sum(locations) = 0
        equations.append({(total, key): 1, **{(r, key): -1 for r in range(total)}})
    matrix = []
    for equation in equations:
        row = [Fraction(0)] * len(unknowns)
        for cell, factor in equation.items():
            if cell in index:
                row[index[cell]] += factor
        if any(row):
            matrix.append(row)
    base = _rank(matrix) if matrix else 0
    found = set()
    for cell, i in index.items():
        unit = [Fraction(int(j == i)) for j in range(len(unknowns))]
        if _rank([*matrix, unit]) == base:
            found.add(cell)
    return found


# --- The issue's numbers ------------------------------------------------------------------------


def test_the_issues_example_is_no_longer_undone_by_subtraction():
    # Instroom 6, Stijging 5, Werk 1: with only "<5" for work, 6 - 5 = 1.
    rows = table_of([{WORK: 1, LADDER_RISE: 5}])
    hidden = suppression(rows)
    assert (0, WORK) in hidden and (0, LADDER_RISE) in hidden  # the next smallest goes too
    assert (1, WORK) in hidden and (1, LADDER_RISE) in hidden  # and in the total row
    assert (0, INTAKE) not in hidden
    assert derivable(rows, hidden) == set()


def test_a_lone_hidden_cell_in_a_column_takes_another_location_with_it():
    rows = table_of(
        [
            {WORK: 2, EDUCATION: 7, STILL_COACHED: 9},
            {WORK: 8, EDUCATION: 6, STILL_COACHED: 5},
        ]
    )
    hidden = suppression(rows)
    assert (0, WORK) in hidden and (1, WORK) in hidden
    assert derivable(rows, hidden) == set()


@pytest.mark.django_db
def test_page_chart_and_csv_show_the_issues_example_protected(client):
    location = LocationFactory(name="Gouda", slug="gouda")
    coordinator = UserFactory(roles=["coordinator"])
    from accounts.services import location_add_member

    location_add_member(location=location, user=coordinator, is_coordinator=True)
    day = D(2025, 3, 3)
    for n in range(6):
        person = UserFactory(roles=["participant"])
        location_add_member(location=location, user=person)
        trajectory = trajectory_start(
            participant=person, location=location, intake_date=day, intake_rung=2
        )
        outcome = WORK if n == 0 else LADDER_RISE
        trajectory_set_outcome(trajectory=trajectory, outcome=outcome, outcome_date=D(2025, 6, 1))
    report = outcome_report(locations=[location], start=D(2025, 1, 1), end=D(2025, 12, 31))
    expected = ["6", MASK, "0", MASK, "0", "0", "0"]
    assert report.rows[0].shown == expected and report.total.shown == expected
    bars = {bar["key"]: bar for bar in chart_bars(report.total)}
    assert bars[WORK]["shown"] == bars[LADDER_RISE]["shown"] == MASK
    assert bars[WORK]["percent"] == bars[LADDER_RISE]["percent"]  # the chart tells no more
    assert report_csv(report).splitlines()[1] == "Gouda;6;<5;0;<5;0;0;0"
    client.force_login(coordinator)
    page = client.get("/rapportage/?van=2025-01-01&tot=2025-12-31").content.decode()
    assert "<td>5</td>" not in page  # ladder rise (5) is hidden, and so is its bar's number
    assert ">5<" not in page


# --- Property: whatever the numbers, nothing hidden can be worked out -----------------------------

counts = st.integers(min_value=0, max_value=14)
location_counts = st.fixed_dictionaries(
    dict.fromkeys((WORK, EDUCATION, LADDER_RISE, STILL_COACHED, DROPPED_OUT), counts)
).flatmap(
    lambda outcomes: st.integers(min_value=0, max_value=outcomes[WORK]).map(
        lambda aftercare: {**outcomes, IN_AFTERCARE: aftercare}
    )
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(location_counts, min_size=1, max_size=4))
def test_no_hidden_cell_can_be_derived_from_the_shown_cells_and_totals(locations):
    rows = table_of(locations)
    hidden = suppression(rows)
    # every small count is hidden
    for r, row in enumerate(rows):
        for key in COLUMN_KEYS:
            if 0 < row[key] < 5:
                assert (r, key) in hidden
    # no row or column with exactly one hidden cell, and nothing derivable by any combination
    for r in range(len(rows)):
        assert sum((r, key) in hidden for key in (INTAKE, *OUTCOME_COLUMNS)) != 1
    for key in COLUMN_KEYS:
        assert sum((r, key) in hidden for r in range(len(rows))) != 1
    assert derivable(rows, hidden) == set()
    # aftercare is a part of work: it never gives a hidden work away
    for r, row in enumerate(rows):
        if (r, WORK) in hidden and row[IN_AFTERCARE]:
            assert (r, IN_AFTERCARE) in hidden
