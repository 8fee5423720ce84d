"""A participant's trajectory: intake, participation-ladder measurements, outcome, aftercare.

Models, services (writes) and selectors (reads) in one module; the outcome report that funders
ask for is in `courses.trajectories.reports`.

The participation ladder (participatieladder) has six rungs, from isolated (1) to paid work (6).
A trajectory starts with an intake on a rung, is measured again now and then, and ends with an
outcome. After work comes aftercare: usually 6–12 months, a check-in about two months after the
start, and a formal closing talk.

Services are keyword-only and atomic. They refuse with a `ValidationError` that carries a clear
Dutch message under the name of the argument that is wrong (so forms can show it beside the
field); a refusal changes nothing.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.groups.access import coordinated_locations
from courses.trajectories.intake import start_intake  # noqa: F401 — for other rooms (sign-ups)
from courses.trajectories.models import (
    AFTERCARE_DEFAULT_MONTHS,
    AFTERCARE_MAX_MONTHS,
    AFTERCARE_MIN_MONTHS,
    CHECKIN_AFTER_MONTHS,
    HIGHEST_RUNG,
    LOWEST_RUNG,
    MEASUREMENT_INTERVAL_MONTHS,
    OPEN_OUTCOMES,
    LadderMeasurement,
    Trajectory,
    _nl_date,
    add_months,
)
from toolkit.permissions import NotPermitted

# --- The participation ladder ------------------------------------------------------------------


# --- Messages (tests reuse them) ---------------------------------------------------------------

RUNG_OUT_OF_RANGE = _("Kies een trede van de participatieladder: een getal van 1 tot en met 6.")
DATE_MISSING = _("Vul een datum in.")
DATE_IN_FUTURE = _("Deze datum ligt in de toekomst. Vul de datum in waarop het gebeurd is.")
MEASURED_BEFORE_INTAKE = _("De meting kan niet vóór de intake zijn. De intake was op %(intake)s.")
OUTCOME_UNKNOWN = _(
    "Kies een uitkomst: werk, opleiding, stijging op de ladder, nog in begeleiding of gestopt."
)
OUTCOME_BEFORE_INTAKE = _(
    "De datum van de uitkomst kan niet vóór de intake zijn. De intake was op %(intake)s."
)
DROPOUT_REASON_MISSING = _("Schrijf kort op waarom de deelnemer voortijdig is gestopt.")
OUTCOME_LOCKED_BY_AFTERCARE = _(
    "De nazorg is al begonnen. De uitkomst blijft daarom werk. Klopt dat niet? "
    "Neem contact op met het landelijk bureau."
)
AFTERCARE_NEEDS_WORK = _("Nazorg kan pas beginnen als de uitkomst 'werk' is.")
AFTERCARE_BEFORE_OUTCOME = _(
    "De nazorg kan niet beginnen vóór de datum van de uitkomst (%(outcome_date)s)."
)
AFTERCARE_END_OUT_OF_RANGE = _(
    "De nazorg duurt 6 tot 12 maanden. Kies een einddatum tussen %(earliest)s en %(latest)s."
)
AFTERCARE_CLOSED = _("Het afsluitend gesprek is al geweest. De nazorg kan niet meer veranderen.")
CLOSING_TALK_WITHOUT_AFTERCARE = _("Er is nog geen nazorg. Begin eerst de nazorg.")
CLOSING_TALK_BEFORE_AFTERCARE = _(
    "Het afsluitend gesprek kan niet vóór het begin van de nazorg zijn (%(start)s)."
)
CLOSING_TALK_ALREADY_HELD = _("Het afsluitend gesprek is al vastgelegd op %(held_on)s.")
OPEN_TRAJECTORY_EXISTS = _(
    "Deze deelnemer heeft al een lopend traject op deze locatie. Kijk daar verder."
)
COHORT_OF_OTHER_LOCATION = _("Deze groep hoort bij een andere locatie.")
COHORT_OF_OTHER_PROGRAMME = _("Deze groep volgt een ander programma.")


# --- Dates -------------------------------------------------------------------------------------


# --- Models ------------------------------------------------------------------------------------


# --- Checks shared by the services -------------------------------------------------------------


def _check_rung(rung, *, field: str) -> int:
    if isinstance(rung, bool) or not isinstance(rung, int):
        raise ValidationError({field: ValidationError(RUNG_OUT_OF_RANGE, code="rung")})
    if not LOWEST_RUNG <= rung <= HIGHEST_RUNG:
        raise ValidationError({field: ValidationError(RUNG_OUT_OF_RANGE, code="rung")})
    return rung


def _check_past_date(day, *, field: str, today: datetime.date) -> datetime.date:
    if not isinstance(day, datetime.date) or isinstance(day, datetime.datetime):
        raise ValidationError({field: ValidationError(DATE_MISSING, code="date_missing")})
    if day > today:
        raise ValidationError({field: ValidationError(DATE_IN_FUTURE, code="future")})
    return day


def _locked(trajectory: Trajectory) -> Trajectory:
    """The trajectory as stored, locked until the transaction ends (two coordinators at once)."""
    return Trajectory.objects.select_for_update().get(pk=trajectory.pk)


def _copy_fields(*, source: Trajectory, target: Trajectory, fields: list[str]) -> None:
    """After a successful write, let the caller's instance show it too."""
    for name in fields:
        setattr(target, name, getattr(source, name))


# --- Services ----------------------------------------------------------------------------------


@transaction.atomic
def trajectory_start(
    *,
    participant,
    location,
    intake_date: datetime.date,
    intake_rung: int,
    programme=None,
    cohort=None,
) -> Trajectory:
    """Record the intake. Refuses a rung outside 1–6, an intake date in the future, a group of
    another location or programme, and a second open trajectory at the same location."""
    today = timezone.localdate()
    _check_rung(intake_rung, field="intake_rung")
    _check_past_date(intake_date, field="intake_date", today=today)
    if cohort is not None:
        if cohort.location_id != location.pk:
            raise ValidationError(
                {"cohort": ValidationError(COHORT_OF_OTHER_LOCATION, code="cohort_location")}
            )
        if programme is None:
            programme = cohort.programme
        elif cohort.programme_id != programme.pk:
            raise ValidationError(
                {"cohort": ValidationError(COHORT_OF_OTHER_PROGRAMME, code="cohort_programme")}
            )
    # Lock the participant's row so two intakes at the same moment cannot both pass the check.
    get_user_model().objects.select_for_update().filter(pk=participant.pk).first()
    if Trajectory.objects.filter(
        participant=participant, location=location, outcome__in=OPEN_OUTCOMES
    ).exists():
        raise ValidationError(
            {"participant": ValidationError(OPEN_TRAJECTORY_EXISTS, code="open_exists")}
        )
    return Trajectory.objects.create(
        participant=participant,
        location=location,
        programme=programme,
        cohort=cohort,
        intake_date=intake_date,
        intake_rung=intake_rung,
    )


@transaction.atomic
def ladder_measure(
    *, trajectory: Trajectory, measured_on: datetime.date, rung: int
) -> LadderMeasurement:
    """Record where the participant stands now. Refuses a rung outside 1–6 and a date before
    the intake or in the future."""
    today = timezone.localdate()
    _check_rung(rung, field="rung")
    _check_past_date(measured_on, field="measured_on", today=today)
    current = _locked(trajectory)
    if measured_on < current.intake_date:
        raise ValidationError(
            {
                "measured_on": ValidationError(
                    MEASURED_BEFORE_INTAKE,
                    code="before_intake",
                    params={"intake": _nl_date(current.intake_date)},
                )
            }
        )
    return LadderMeasurement.objects.create(trajectory=current, measured_on=measured_on, rung=rung)


@transaction.atomic
def trajectory_set_outcome(
    *, trajectory: Trajectory, outcome: str, outcome_date: datetime.date, reason: str = ""
) -> Trajectory:
    """Record (or correct) the outcome. Dropping out needs a reason; the date may not be before
    the intake or in the future. Once aftercare has started the outcome stays work. The reason is
    kept only for dropping out."""
    today = timezone.localdate()
    if outcome not in Trajectory.Outcome.values:
        raise ValidationError({"outcome": ValidationError(OUTCOME_UNKNOWN, code="outcome")})
    _check_past_date(outcome_date, field="outcome_date", today=today)
    reason = (reason or "").strip()
    if outcome == Trajectory.Outcome.DROPPED_OUT and not reason:
        raise ValidationError(
            {"reason": ValidationError(DROPOUT_REASON_MISSING, code="reason_missing")}
        )
    current = _locked(trajectory)
    if outcome_date < current.intake_date:
        raise ValidationError(
            {
                "outcome_date": ValidationError(
                    OUTCOME_BEFORE_INTAKE,
                    code="before_intake",
                    params={"intake": _nl_date(current.intake_date)},
                )
            }
        )
    if current.aftercare_start is not None and outcome != Trajectory.Outcome.WORK:
        raise ValidationError(
            {"outcome": ValidationError(OUTCOME_LOCKED_BY_AFTERCARE, code="aftercare")}
        )
    if current.aftercare_start is not None and outcome_date > current.aftercare_start:
        raise ValidationError(
            {
                "outcome_date": ValidationError(
                    AFTERCARE_BEFORE_OUTCOME,
                    code="after_aftercare",
                    params={"outcome_date": _nl_date(outcome_date)},
                )
            }
        )
    current.outcome = outcome
    current.outcome_date = outcome_date
    current.dropout_reason = reason if outcome == Trajectory.Outcome.DROPPED_OUT else ""
    fields = ["outcome", "outcome_date", "dropout_reason"]
    current.save(update_fields=[*fields, "updated_at"])
    _copy_fields(source=current, target=trajectory, fields=fields)
    return current


@transaction.atomic
def aftercare_start(
    *, trajectory: Trajectory, start: datetime.date, end: datetime.date | None = None
) -> Trajectory:
    """Start (or correct) aftercare after work was found. Without `end` it lasts 9 months; an
    `end` must be 6 to 12 months after `start`. The check-in is planned 2 months after `start`.
    `start` may lie in the future (the job starts next month), not before the outcome date."""
    if not isinstance(start, datetime.date) or isinstance(start, datetime.datetime):
        raise ValidationError({"start": ValidationError(DATE_MISSING, code="date_missing")})
    current = _locked(trajectory)
    if current.outcome != Trajectory.Outcome.WORK:
        raise ValidationError({"start": ValidationError(AFTERCARE_NEEDS_WORK, code="no_work")})
    if current.closing_talk_on is not None:
        raise ValidationError({"start": ValidationError(AFTERCARE_CLOSED, code="closed")})
    if start < current.outcome_date:
        raise ValidationError(
            {
                "start": ValidationError(
                    AFTERCARE_BEFORE_OUTCOME,
                    code="before_outcome",
                    params={"outcome_date": _nl_date(current.outcome_date)},
                )
            }
        )
    earliest = add_months(start, AFTERCARE_MIN_MONTHS)
    latest = add_months(start, AFTERCARE_MAX_MONTHS)
    if end is None:
        end = add_months(start, AFTERCARE_DEFAULT_MONTHS)
    if not earliest <= end <= latest:
        raise ValidationError(
            {
                "end": ValidationError(
                    AFTERCARE_END_OUT_OF_RANGE,
                    code="end_range",
                    params={"earliest": _nl_date(earliest), "latest": _nl_date(latest)},
                )
            }
        )
    current.aftercare_start = start
    current.aftercare_end = end
    current.checkin_planned_on = add_months(start, CHECKIN_AFTER_MONTHS)
    fields = ["aftercare_start", "aftercare_end", "checkin_planned_on"]
    current.save(update_fields=[*fields, "updated_at"])
    _copy_fields(source=current, target=trajectory, fields=fields)
    return current


@transaction.atomic
def closing_talk_record(*, trajectory: Trajectory, held_on: datetime.date) -> Trajectory:
    """The formal closing talk that ends aftercare. Only once, on or after the start of
    aftercare, not in the future. It may come before the planned end: aftercare can end early."""
    today = timezone.localdate()
    _check_past_date(held_on, field="held_on", today=today)
    current = _locked(trajectory)
    if current.aftercare_start is None:
        raise ValidationError(
            {"held_on": ValidationError(CLOSING_TALK_WITHOUT_AFTERCARE, code="no_aftercare")}
        )
    if current.closing_talk_on is not None:
        raise ValidationError(
            {
                "held_on": ValidationError(
                    CLOSING_TALK_ALREADY_HELD,
                    code="already_held",
                    params={"held_on": _nl_date(current.closing_talk_on)},
                )
            }
        )
    if held_on < current.aftercare_start:
        raise ValidationError(
            {
                "held_on": ValidationError(
                    CLOSING_TALK_BEFORE_AFTERCARE,
                    code="before_aftercare",
                    params={"start": _nl_date(current.aftercare_start)},
                )
            }
        )
    current.closing_talk_on = held_on
    current.save(update_fields=["closing_talk_on", "updated_at"])
    _copy_fields(source=current, target=trajectory, fields=["closing_talk_on"])
    return current


# --- Selectors and the gate --------------------------------------------------------------------


def trajectories_for_locations(*, locations):
    """Trajectories at these locations, newest intake first, with what a list shows."""
    return (
        Trajectory.objects.filter(location__in=locations)
        .select_related("participant", "location", "programme", "cohort")
        .annotate(last_measured_on=Max("measurements__measured_on"))
        .order_by("-intake_date", "pk")
    )


def measurements_due(*, location, today: datetime.date | None = None):
    """Open trajectories (no outcome yet, or "still coached") at `location` whose last ladder
    measurement, or the intake when there is none, is more than 6 months before `today`.
    Exactly 6 months is not yet due. Oldest first; each row has `last_measured_on` (the date of
    the last measurement or the intake)."""
    today = today or timezone.localdate()
    cutoff = add_months(today, -MEASUREMENT_INTERVAL_MONTHS)
    return (
        Trajectory.objects.filter(location=location, outcome__in=OPEN_OUTCOMES)
        .annotate(
            last_measured_on=Coalesce(Max("measurements__measured_on"), "intake_date"),
        )
        .filter(last_measured_on__lt=cutoff)
        .select_related("participant", "location")
        .order_by("last_measured_on", "pk")
    )


def trajectory_for_coordinator(*, user, trajectory_id: int) -> Trajectory:
    """The one gate for a trajectory: coordinators of its location and the national office
    (superusers). Missing and forbidden are the same 404."""

    if not user.is_authenticated:
        raise NotPermitted
    trajectory = (
        Trajectory.objects.select_related("participant", "location", "programme", "cohort")
        .filter(pk=trajectory_id, location__in=coordinated_locations(user))
        .first()
    )
    if trajectory is None:
        raise NotPermitted
    return trajectory
