"""The outcome report funders ask for: intake and outcomes per location over a period.

How we count (the period runs from `start` to `end`, both included)
--------------------------------------------------------------------
The report follows the people who *started* in the period (an intake cohort), as the "De Brug"
figures do: every trajectory with its intake date in the period is counted once under
"Instroom" and once, in exactly one place, under the five outcome columns. So the five outcome
columns add up to the intake (as 79 + 8 + 45 + 17 + 11 = 160 did).

Only what was known on `end` counts: an outcome dated after `end`, or a ladder measurement after
`end`, is left out. A report over a past period therefore stays the same when it is run again.

For each trajectory, the first rule that fits decides its outcome column:

1. **work** (Werk): outcome "work", dated on or before `end`.
2. **education** (Opleiding): outcome "education", dated on or before `end`.
3. **dropped_out** (Voortijdig gestopt): outcome "dropped out", dated on or before `end`.
   Since an outcome date is never before the intake, this date lies in the period too.
4. **ladder_rise** (Stijging op de participatieladder): outcome "ladder rise", dated on or before
   `end`; or, with no outcome yet (or "still coached"), the last ladder measurement on or before
   `end` is on a higher rung than the intake. A recorded work, education or drop-out outcome
   always wins over a measurement.
5. **still_coached** (Nog in begeleiding): everything else: no outcome yet on `end`, or outcome
   "still coached", without a rise on the ladder.

One extra column is *not* part of that sum: **in_aftercare** (Nog in nazorg, na werk), the
trajectories counted under work whose aftercare had started on or before `end` and whose
closing talk had not yet been held on `end`. They have work and are still supported.

The total row counts all trajectories of the chosen locations (not the sum of masked cells).

Masking
-------
A count from 1 to 4 is shown as "<5", so nobody can be recognised in a small number; 0 is shown
as 0 (primary suppression). Because the outcome columns add up to the intake and the locations
add up to the total, one hidden cell in a row or a column could be worked out by subtraction
(Instroom 6, Stijging 5 and Werk "<5" gives Werk = 1). So `suppression` also hides other cells
(secondary suppression): in every row and column either no cell is hidden or at least two are,
and no hidden cell can be worked out from the shown cells and totals at all (no hidden cell is
a "bridge" in the graph of hidden cells; see `suppression`). "Nog in nazorg" is hidden in a row
whose "Werk" is hidden. Every hidden cell shows the same "<5", so the page does not tell which
cells were hidden for being small and which to protect another one.

Masking happens here, before anything leaves this module: a `ReportRow` holds only the masked
text, never the exact numbers of hidden cells, so a template, the chart or the CSV cannot leak
them.
"""

import csv
import datetime
import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Subquery
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

from courses.groups.models import Cohort, CohortMembership, Meeting
from courses.groups.selectors import cohort_attendance, meeting_is_over
from courses.impact.models import Alone, Moment, SelfAssessment
from courses.trajectories.models import LadderMeasurement, Referral, Trajectory

MASK = "<5"
MASK_BELOW = 5
# CSV: a semicolon, as Dutch spreadsheet programs (Excel with Dutch settings) expect, because
# there the comma is the decimal separator.
CSV_DELIMITER = ";"

PERIOD_REVERSED = _("De einddatum ligt vóór de begindatum. Kies een andere periode.")
TOTAL_LABEL = _("Totaal")
LOCATION_HEADER = _("Locatie")
MOMENT_HEADER = _("Moment")

INTAKE = "intake"
WORK = Trajectory.Outcome.WORK.value
EDUCATION = Trajectory.Outcome.EDUCATION.value
LADDER_RISE = Trajectory.Outcome.LADDER_RISE.value
STILL_COACHED = Trajectory.Outcome.STILL_COACHED.value
DROPPED_OUT = Trajectory.Outcome.DROPPED_OUT.value
IN_AFTERCARE = "in_aftercare"

# The outcome columns add up to the intake; in_aftercare is a part of work, shown apart.
OUTCOME_COLUMNS = (WORK, EDUCATION, LADDER_RISE, STILL_COACHED, DROPPED_OUT)
COLUMNS = (
    (INTAKE, _("Instroom")),
    (WORK, _("Werk")),
    (EDUCATION, _("Opleiding")),
    (LADDER_RISE, _("Stijging op de participatieladder")),
    (STILL_COACHED, _("Nog in begeleiding")),
    (DROPPED_OUT, _("Voortijdig gestopt")),
    (IN_AFTERCARE, _("Nog in nazorg (na werk)")),
)
COLUMN_KEYS = tuple(key for key, _label in COLUMNS)


def mask(count: int) -> str:
    """1–4 become "<5"; 0 and 5 or more are shown as they are."""
    if 0 < count < MASK_BELOW:
        return MASK
    return str(count)


@dataclass(frozen=True)
class ReportRow:
    """One line of the report: a location (or the total), with masked text per column."""

    label: str
    location: object | None
    cells: dict[str, str]

    @property
    def shown(self) -> list[str]:
        """The masked cells in column order."""
        return [self.cells[key] for key in COLUMN_KEYS]


@dataclass(frozen=True)
class OutcomeReport:
    start: datetime.date
    end: datetime.date
    programme: object | None
    rows: tuple[ReportRow, ...]
    total: ReportRow

    columns = COLUMNS


def outcome_column(
    *,
    outcome: str,
    outcome_date: datetime.date | None,
    intake_rung: int,
    last_rung: int | None,
    end: datetime.date,
) -> str:
    """The one outcome column a trajectory is counted in, as known on `end` (see the module
    docstring for the rules)."""
    known = outcome if outcome and outcome_date is not None and outcome_date <= end else ""
    if known in (WORK, EDUCATION, DROPPED_OUT, LADDER_RISE):
        return known
    if last_rung is not None and last_rung > intake_rung:
        return LADDER_RISE
    return STILL_COACHED


def _in_aftercare(row: dict, *, end: datetime.date) -> bool:
    started = row["aftercare_start"] is not None and row["aftercare_start"] <= end
    closed = row["closing_talk_on"] is not None and row["closing_talk_on"] <= end
    return started and not closed


Cell = tuple[int, str]  # (row index, column key); the last row is the total


def suppression(rows: list[dict[str, int]]) -> set[Cell]:
    """The cells to hide in a table of counts: location rows followed by the total row.

    Primary: every count from 1 to 4. Secondary, repeated until nothing changes:
    - a row (intake and its five outcomes) or a column (the locations and the total) with
      exactly one hidden cell hides its smallest shown cell too (a non-zero one inside the table
      before a total or the intake; 0 only when nothing else is left);
    - "Nog in nazorg" is hidden in a row whose "Werk" is hidden (it is a part of work);
    - a hidden cell that could still be worked out through several rows and columns together
      (a bridge in the graph of hidden cells: rows and columns as points, hidden cells as
      lines between them) gets a partner in its row.
    With margins, a table like this is one where every line adds up to zero, so a hidden cell
    can be worked out exactly when it lies on no cycle of hidden cells."""
    total_index = len(rows) - 1
    hidden: set[Cell] = {
        (index, key) for index, row in enumerate(rows) for key in COLUMN_KEYS if 0 < row[key] < 5
    }
    lines = [[(index, key) for key in (INTAKE, *OUTCOME_COLUMNS)] for index in range(len(rows))]
    lines += [[(index, key) for index in range(len(rows))] for key in COLUMN_KEYS]

    def value(cell: Cell) -> int:
        return rows[cell[0]][cell[1]]

    def hide_smallest(candidates) -> bool:
        shown = [cell for cell in candidates if cell not in hidden]
        if not shown:
            return False
        hidden.add(
            min(
                shown,
                key=lambda cell: (
                    value(cell) == 0,
                    cell[0] == total_index or cell[1] == INTAKE,
                    value(cell),
                    cell[0],
                    COLUMN_KEYS.index(cell[1]),
                ),
            )
        )
        return True

    while True:
        changed = False
        for index, row in enumerate(rows):
            cell = (index, IN_AFTERCARE)
            if (index, WORK) in hidden and row[IN_AFTERCARE] > 0 and cell not in hidden:
                hidden.add(cell)
                changed = True
        for line in lines:
            if sum(cell in hidden for cell in line) == 1:
                changed = hide_smallest(line) or changed
        if changed:
            continue
        bridge = next(iter(_bridges(hidden - {(i, IN_AFTERCARE) for i in range(len(rows))})), None)
        if bridge is None or not hide_smallest(lines[bridge[0]]):
            return hidden


def _bridges(cells: set[Cell]) -> list[Cell]:
    """The hidden cells of the additive table (rows × intake and outcomes) that lie on no
    cycle of hidden cells, in a fixed order."""
    edges = sorted(cells, key=lambda cell: (cell[0], COLUMN_KEYS.index(cell[1])))

    def connected(start, goal, without: Cell) -> bool:
        seen, todo = {start}, [start]
        while todo:
            point = todo.pop()
            if point == goal:
                return True
            for edge in edges:
                if edge == without:
                    continue
                ends = (("row", edge[0]), ("col", edge[1]))
                if point in ends:
                    other = ends[1] if point == ends[0] else ends[0]
                    if other not in seen:
                        seen.add(other)
                        todo.append(other)
        return False

    return [
        edge for edge in edges if not connected(("row", edge[0]), ("col", edge[1]), without=edge)
    ]


def _empty_counts() -> dict[str, int]:
    return dict.fromkeys(COLUMN_KEYS, 0)


def outcome_report(
    *, locations, programme=None, start: datetime.date, end: datetime.date
) -> OutcomeReport:
    """Intake and outcomes per location (in the order given) and in total, with small counts
    and the cells that would give them away hidden (`suppression`). One query."""
    if end < start:
        raise ValidationError(PERIOD_REVERSED, code="period_reversed")
    locations = list(locations)
    last_rung = (
        LadderMeasurement.objects.filter(trajectory=OuterRef("pk"), measured_on__lte=end)
        .order_by("-measured_on", "-pk")
        .values("rung")[:1]
    )
    trajectories = Trajectory.objects.filter(
        location__in=[location.pk for location in locations],
        intake_date__gte=start,
        intake_date__lte=end,
    )
    if programme is not None:
        trajectories = trajectories.filter(programme=programme)
    rows = trajectories.annotate(last_rung=Subquery(last_rung)).values(
        "location_id",
        "outcome",
        "outcome_date",
        "intake_rung",
        "last_rung",
        "aftercare_start",
        "closing_talk_on",
    )

    per_location = {location.pk: _empty_counts() for location in locations}
    total = _empty_counts()
    for row in rows:
        column = outcome_column(
            outcome=row["outcome"],
            outcome_date=row["outcome_date"],
            intake_rung=row["intake_rung"],
            last_rung=row["last_rung"],
            end=end,
        )
        keys = [INTAKE, column]
        if column == WORK and _in_aftercare(row, end=end):
            keys.append(IN_AFTERCARE)
        for counts in (per_location[row["location_id"]], total):
            for key in keys:
                counts[key] += 1

    table = [per_location[location.pk] for location in locations] + [total]
    hidden = suppression(table)

    def masked(index: int) -> dict[str, str]:
        return {
            key: MASK if (index, key) in hidden else str(table[index][key]) for key in COLUMN_KEYS
        }

    return OutcomeReport(
        start=start,
        end=end,
        programme=programme,
        rows=tuple(
            ReportRow(label=location.name, location=location, cells=masked(index))
            for index, location in enumerate(locations)
        ),
        total=ReportRow(label=str(TOTAL_LABEL), location=None, cells=masked(len(locations))),
    )


# --- Attendance at the meetings of the period, from the register ----------------------------------

ATTENDANCE_COLUMNS = (
    ("meetings", _("Bijeenkomsten")),
    ("there", _("Aanwezig (ook te laat)")),
    ("excused", _("Afgemeld")),
    ("missed", _("Afwezig")),
    ("turnout", _("Opkomst")),
)


@dataclass(frozen=True)
class AttendanceRow:
    """Attendance at one location's group meetings (or in total), as masked text per column.
    Counts are of (participant, meeting) pairs, from the register (courses.groups.selectors):
    present and late are "there", excused is never missed, absent and unknown after the meeting
    are missed. Turnout is there / (there + missed), left out when a count is masked (it would
    give the masked count away)."""

    label: str
    location: object | None
    cells: dict[str, str]

    @property
    def shown(self) -> list[str]:
        return [self.cells[key] for key, _label in ATTENDANCE_COLUMNS]


def _attendance_counts() -> dict[str, int]:
    return {"meetings": 0, "there": 0, "excused": 0, "missed": 0}


def _attendance_cells(counts: dict[str, int]) -> dict[str, str]:
    cells = {"meetings": str(counts["meetings"])}
    for key in ("there", "excused", "missed"):
        cells[key] = mask(counts[key])
    counted = counts["there"] + counts["missed"]
    if MASK in cells.values() or not counted:
        cells["turnout"] = "–"
    else:
        cells["turnout"] = f"{round(counts['there'] * 100 / counted)}%"
    return cells


def attendance_summary(
    *, locations, programme=None, start: datetime.date, end: datetime.date
) -> tuple[AttendanceRow, ...]:
    """Attendance at the group meetings that took place in the period (and are over), per
    location in the order given, then the total. Two queries per group."""
    locations = list(locations)
    meetings = Meeting.objects.filter(
        kind=Meeting.Kind.JOBGROUP,
        cohort__location__in=[location.pk for location in locations],
        starts_at__date__gte=start,
        starts_at__date__lte=end,
    ).select_related("cohort")
    if programme is not None:
        meetings = meetings.filter(cohort__programme=programme)
    by_cohort: dict[int, list[Meeting]] = {}
    for meeting in meetings:
        if meeting_is_over(meeting):
            by_cohort.setdefault(meeting.cohort_id, []).append(meeting)
    per_location = {location.pk: _attendance_counts() for location in locations}
    total = _attendance_counts()
    cohorts = Cohort.objects.in_bulk(list(by_cohort))
    for cohort_id, cohort_meetings in by_cohort.items():
        participants = [
            m.user
            for m in CohortMembership.objects.filter(
                cohort_id=cohort_id, role=CohortMembership.Role.PARTICIPANT
            ).select_related("user")
        ]
        counts = per_location[cohorts[cohort_id].location_id]
        for presence in cohort_attendance(meetings=cohort_meetings, users=participants).values():
            key = (
                "there"
                if presence.is_there
                else "excused"
                if presence.status == "excused"
                else "missed"
            )
            counts[key] += 1
            total[key] += 1
        counts["meetings"] += len(cohort_meetings)
        total["meetings"] += len(cohort_meetings)
    return (
        *(
            AttendanceRow(
                label=location.name,
                location=location,
                cells=_attendance_cells(per_location[location.pk]),
            )
            for location in locations
        ),
        AttendanceRow(label=str(TOTAL_LABEL), location=None, cells=_attendance_cells(total)),
    )


# --- Referrals along the chain, per location ---------------------------------------------------

REFERRAL_OUTCOME_COLUMNS = tuple(Referral.Outcome.choices)


@dataclass(frozen=True)
class ReferralRow:
    """One kind of partner at one location: masked text per outcome of the referral."""

    label: str
    cells: dict[str, str]

    @property
    def shown(self) -> list[str]:
        return [self.cells[key] for key, _label in REFERRAL_OUTCOME_COLUMNS]


@dataclass(frozen=True)
class ReferralTable:
    """The referrals of one location: a row per kind of partner, a column per outcome."""

    label: str
    location: object
    rows: tuple[ReferralRow, ...]
    has_referrals: bool


def referral_outcome_known(*, outcome: str, outcome_on: datetime.date | None, end) -> str:
    """The outcome as known on `end`: one dated after `end` still counts as open, so a report
    over a past period stays the same when it is run again."""
    if outcome != Referral.Outcome.OPEN and outcome_on is not None and outcome_on <= end:
        return outcome
    return Referral.Outcome.OPEN.value


def referral_summary(
    *, locations, programme=None, start: datetime.date, end: datetime.date
) -> tuple[ReferralTable, ...]:
    """Referrals made in the period (by their date), per location in the order given: per kind
    of partner and outcome. Every count from 1 to 4 is shown as "<5" (as in the outcome report);
    no row, column or location totals are shown, so no hidden count can be worked out by
    subtraction. A location without referrals says so. One query."""
    if end < start:
        raise ValidationError(PERIOD_REVERSED, code="period_reversed")
    locations = list(locations)
    referrals = Referral.objects.filter(
        trajectory__location__in=[location.pk for location in locations],
        referred_on__gte=start,
        referred_on__lte=end,
    )
    if programme is not None:
        referrals = referrals.filter(trajectory__programme=programme)
    counts: dict[int, dict[tuple[str, str], int]] = {location.pk: {} for location in locations}
    for row in referrals.values("trajectory__location_id", "partner_kind", "outcome", "outcome_on"):
        outcome = referral_outcome_known(
            outcome=row["outcome"], outcome_on=row["outcome_on"], end=end
        )
        per_location = counts[row["trajectory__location_id"]]
        key = (row["partner_kind"], outcome)
        per_location[key] = per_location.get(key, 0) + 1
    return tuple(
        ReferralTable(
            label=location.name,
            location=location,
            rows=tuple(
                ReferralRow(
                    label=str(kind_label),
                    cells={
                        outcome: mask(counts[location.pk].get((kind, outcome), 0))
                        for outcome, _label in REFERRAL_OUTCOME_COLUMNS
                    },
                )
                for kind, kind_label in Referral.PartnerKind.choices
            ),
            has_referrals=bool(counts[location.pk]),
        )
        for location in locations
    )


# --- Self-assessment: before and after, per location ---------------------------------------------

NOT_SHOWN = "–"
IMPACT_MOMENTS = tuple(Moment.choices)
IMPACT_MEASURES = (
    ("count", _("Ingevuld door (aantal)")),
    ("self_image", _("Zelfbeeld (gemiddeld cijfer)")),
    ("not_alone", _("Voelt zich niet alleen bij het zoeken")),
    ("knows_what_i_want", _("Weet wat ik wil (gemiddeld cijfer)")),
    ("network", _("Eigen netwerk (gemiddeld cijfer)")),
)
MARKS = ("self_image", "knows_what_i_want", "network")


@dataclass(frozen=True)
class ImpactRow:
    """The self-assessments of one location (or of all, `location` None): per moment (start of
    the group, end of the group, end of aftercare) the masked text of each measure."""

    label: str
    location: object | None
    cells: dict[str, dict[str, str]]  # moment -> measure -> text

    @property
    def lines(self) -> list[tuple[str, list[str]]]:
        """(measure label, texts per moment) in the order of the table."""
        return [
            (str(label), [self.cells[moment][key] for moment, _m in IMPACT_MOMENTS])
            for key, label in IMPACT_MEASURES
        ]


def _impact_counts() -> dict:
    return {"count": 0, "no": 0, **dict.fromkeys(MARKS, 0)}


def _count_suppression(columns: list[list[int]]) -> set[tuple[int, int]]:
    """Hidden (column, row) cells of counts whose rows are the locations and then the total:
    1–4 hidden; a column with exactly one hidden cell hides its smallest other shown non-zero
    location (or the total when there is none), so no count follows from the total."""
    hidden = {(c, r) for c, column in enumerate(columns) for r, n in enumerate(column) if 0 < n < 5}
    for c, column in enumerate(columns):
        total_row = len(column) - 1
        while sum((c, r) in hidden for r in range(len(column))) == 1:
            shown = [r for r in range(total_row) if (c, r) not in hidden and column[r] > 0]
            if shown:
                hidden.add((c, min(shown, key=lambda r: (column[r], r))))
            elif (c, total_row) not in hidden:
                hidden.add((c, total_row))
            else:
                break
    return hidden


def _average(total: int, count: int) -> str:
    return formats.number_format(round(total / count, 1), 1)


# Averages and shares only over at least this many people: one person more or less moves an
# average of ten by at most 0.9, so comparing two reports tells little about that one person.
IMPACT_AVERAGE_FROM = 10


def impact_year(end: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The calendar year that holds `end`: the self-assessment figures are always of one whole
    year (as the organisation reports to its funders), never of a chosen period, so no two
    reports differ by a day or by one person; years do not overlap."""
    return datetime.date(end.year, 1, 1), datetime.date(end.year, 12, 31)


def _impact_cells(counts: dict, *, hidden: bool) -> dict[str, str]:
    n = counts["count"]
    if hidden:
        return {"count": MASK, **dict.fromkeys(("not_alone", *MARKS), NOT_SHOWN)}
    if n < IMPACT_AVERAGE_FROM:
        return {"count": str(n), **dict.fromkeys(("not_alone", *MARKS), NOT_SHOWN)}
    cells = {"count": str(n)}
    for key in MARKS:
        cells[key] = _average(counts[key], n)
    # A percentage with its count gives both groups away: shown only when neither is 1–4.
    no, rest = counts["no"], n - counts["no"]
    small = 0 < no < MASK_BELOW or 0 < rest < MASK_BELOW
    cells["not_alone"] = NOT_SHOWN if small else f"{round(no * 100 / n)}%"
    return cells


def impact_report(*, locations, end: datetime.date, programme=None) -> tuple[ImpactRow, ...]:
    """Self-assessments answered in the calendar year that holds `end` (`impact_year`), per
    location in the order given and then in total: per moment how many answered, the average
    marks and the share that does not feel alone ("nee"). The averages are of everyone who
    answered at that moment in the year, not only of people who answered at both (as the
    organisation reports "5,5 → 7,4").

    Against working out one person's answer by comparing reports (docs/privacy.md):
    - counts 1–4 show "<5" (and the cells that would give them away, `_count_suppression`);
    - averages and the share only over at least IMPACT_AVERAGE_FROM people;
    - always one whole calendar year (years do not overlap), whatever period the report shows;
    - always all programmes (aftercare answers have none: a programme filter would split them);
    - the total only when no location's figures are hidden (else all minus the others tells)."""
    del programme  # not used: see above
    start, end = impact_year(end)
    locations = list(locations)
    answers = SelfAssessment.objects.filter(
        location__in=[location.pk for location in locations],
        answered_at__date__gte=start,
        answered_at__date__lte=end,
    )
    per_location = {
        location.pk: {moment: _impact_counts() for moment, _m in IMPACT_MOMENTS}
        for location in locations
    }
    total = {moment: _impact_counts() for moment, _m in IMPACT_MOMENTS}
    for row in answers.values("location_id", "moment", "alone", *MARKS):
        for counts in (per_location[row["location_id"]][row["moment"]], total[row["moment"]]):
            counts["count"] += 1
            counts["no"] += row["alone"] == Alone.NO
            for key in MARKS:
                counts[key] += row[key]
    table = [per_location[location.pk] for location in locations] + [total]
    moments = [moment for moment, _m in IMPACT_MOMENTS]
    hidden = _count_suppression([[row[moment]["count"] for row in table] for moment in moments])

    def cells(index: int) -> dict[str, dict[str, str]]:
        return {
            moment: _impact_cells(table[index][moment], hidden=(c, index) in hidden)
            for c, moment in enumerate(moments)
        }

    def reveals(index: int) -> bool:
        return any(
            (c, index) in hidden or 0 < table[index][moment]["count"] < IMPACT_AVERAGE_FROM
            for c, moment in enumerate(moments)
        )

    rows = [
        ImpactRow(label=location.name, location=location, cells=cells(index))
        for index, location in enumerate(locations)
    ]
    if len(locations) == 1 or not any(reveals(index) for index in range(len(locations))):
        rows.append(ImpactRow(label=str(TOTAL_LABEL), location=None, cells=cells(len(locations))))
    return tuple(rows)


def _csv_safe(text: str) -> str:
    """A cell that a spreadsheet would read as a formula is written as text."""
    if text and text[0] in "=+-@\t\r" and text != MASK:
        return "'" + text
    return text


def report_csv(report: OutcomeReport) -> str:
    """The report as CSV text: semicolon-separated (Dutch spreadsheet settings), a Dutch header
    row, one row per location and a last row "Totaal", with the same "<5" masking as the page.
    Lines end with CRLF (RFC 4180). The view adds a byte-order mark so Excel reads UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER)
    with translation.override("nl"):
        writer.writerow([str(LOCATION_HEADER), *(str(label) for _key, label in COLUMNS)])
        for row in (*report.rows, report.total):
            label = str(TOTAL_LABEL) if row.location is None else row.label
            writer.writerow([_csv_safe(label), *row.shown])
    return buffer.getvalue()


def impact_csv(rows: tuple[ImpactRow, ...]) -> str:
    """The self-assessments as CSV text, in the same way as `report_csv`: one row per location
    and moment, with the same masking as the page."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER)
    with translation.override("nl"):
        writer.writerow(
            [
                str(LOCATION_HEADER),
                str(MOMENT_HEADER),
                *(str(label) for _k, label in IMPACT_MEASURES),
            ]
        )
        for row in rows:
            label = str(TOTAL_LABEL) if row.location is None else row.label
            for moment, moment_label in IMPACT_MOMENTS:
                writer.writerow(
                    [
                        _csv_safe(label),
                        str(moment_label),
                        *(row.cells[moment][key] for key, _l in IMPACT_MEASURES),
                    ]
                )
    return buffer.getvalue()


def chart_bars(row: ReportRow) -> list[dict]:
    """Bars for a simple chart of one row: a width in whole percent of the largest shown number.
    A masked cell gets a fixed short bar (as if 4) and keeps its text "<5", so the chart tells
    nothing the table does not."""
    values = {
        key: (MASK_BELOW - 1 if text == MASK else int(text)) for key, text in row.cells.items()
    }
    largest = max(values.values()) or 1
    return [
        {
            "key": key,
            "label": label,
            "shown": row.cells[key],
            "masked": row.cells[key] == MASK,
            "percent": round(values[key] * 100 / largest),
        }
        for key, label in COLUMNS
    ]
