"""Referrals along the chain (the "Keten van Hoop"): with the participant's consent, a coordinator
refers them from their trajectory to a partner (debt help, a language course, health, a work
coach at UWV or the municipality, or another partner) and later records what came of it.

Services are keyword-only and atomic, like those of `courses.trajectories.services`: they refuse
with a `ValidationError` carrying a clear Dutch message under the name of the argument that is
wrong, and a refusal changes nothing. Without consent nothing is stored at all.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.names import clean_name
from courses.trajectories.models import (
    REFERRAL_NOTE_MAX,
    REFERRAL_PARTNER_NAME_MAX,
    Referral,
    Trajectory,
    _nl_date,
)
from toolkit.sanitize import user_markdown_to_html

CONSENT_REQUIRED = _(
    "Zonder toestemming van de deelnemer leggen we geen verwijzing vast. Vraag eerst of het "
    "goed is, en vink dan aan dat de deelnemer toestemming gaf."
)
PARTNER_KIND_UNKNOWN = _(
    "Kies een soort partner: schuldhulp, taalcursus, gezondheid, werkcoach of een andere partner."
)
PARTNER_NAME_MISSING = _("Schrijf op naar welke partner je verwijst.")
PARTNER_NAME_TOO_LONG = _("De naam van de partner is te lang. Gebruik hoogstens %(max)s tekens.")
NOTE_TOO_LONG = _("De notitie is te lang. Gebruik hoogstens %(max)s tekens.")
REFERRAL_DATE_MISSING = _("Vul een datum in.")
REFERRAL_DATE_IN_FUTURE = _(
    "Deze datum ligt in de toekomst. Vul de datum in waarop het gebeurd is."
)
REFERRAL_BEFORE_INTAKE = _("Deze datum kan niet vóór de intake zijn. De intake was op %(intake)s.")
CONSENT_AFTER_REFERRAL = _(
    "De toestemming moet er zijn vóór de verwijzing. Kies een datum op of vóór %(referred_on)s."
)
REFERRAL_OUTCOME_UNKNOWN = _(
    "Kies een resultaat: nog open, begonnen, afgerond, niet begonnen of gestopt."
)
OUTCOME_DATE_MISSING = _("Vul de datum van het resultaat in.")
OUTCOME_BEFORE_REFERRAL = _(
    "Het resultaat kan niet vóór de verwijzing zijn. De verwijzing was op %(referred_on)s."
)
REFERRAL_NOT_OF_TRAJECTORY = _(
    "Deze verwijzing hoort niet bij dit traject. Laad de pagina opnieuw."
)


def _error(field: str, message, code: str, **params) -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code, params=params or None)})


def _check_day(day, *, field: str, today: datetime.date, intake: datetime.date) -> datetime.date:
    if not isinstance(day, datetime.date) or isinstance(day, datetime.datetime):
        raise _error(field, REFERRAL_DATE_MISSING, "date_missing")
    if day > today:
        raise _error(field, REFERRAL_DATE_IN_FUTURE, "future")
    if day < intake:
        raise _error(field, REFERRAL_BEFORE_INTAKE, "before_intake", intake=_nl_date(intake))
    return day


@transaction.atomic
def referral_record(
    *,
    trajectory: Trajectory,
    by,
    partner_kind: str,
    consent_given: bool,
    consent_on: datetime.date | None,
    referred_on: datetime.date | None,
    partner_name: str = "",
    note: str = "",
) -> Referral:
    """Record a referral on the trajectory. Refuses without the participant's consent (checked
    first: then nothing else is looked at), an unknown kind of partner, "another partner"
    without a name, dates in the future or before the intake, consent after the referral, and
    texts that are too long. The outcome starts as "still open"."""
    if consent_given is not True:
        raise _error("consent_given", CONSENT_REQUIRED, "consent_required")
    if partner_kind not in Referral.PartnerKind.values:
        raise _error("partner_kind", PARTNER_KIND_UNKNOWN, "partner_kind")
    partner_name = clean_name(partner_name or "").strip()
    if len(partner_name) > REFERRAL_PARTNER_NAME_MAX:
        raise _error(
            "partner_name", PARTNER_NAME_TOO_LONG, "too_long", max=REFERRAL_PARTNER_NAME_MAX
        )
    if partner_kind == Referral.PartnerKind.OTHER and not partner_name:
        raise _error("partner_name", PARTNER_NAME_MISSING, "partner_name_missing")
    note = (note or "").strip()
    if len(note) > REFERRAL_NOTE_MAX:
        raise _error("note", NOTE_TOO_LONG, "too_long", max=REFERRAL_NOTE_MAX)
    today = timezone.localdate()
    current = Trajectory.objects.select_for_update().get(pk=trajectory.pk)
    _check_day(referred_on, field="referred_on", today=today, intake=current.intake_date)
    _check_day(consent_on, field="consent_on", today=today, intake=current.intake_date)
    if consent_on > referred_on:
        raise _error(
            "consent_on",
            CONSENT_AFTER_REFERRAL,
            "consent_after_referral",
            referred_on=_nl_date(referred_on),
        )
    return Referral.objects.create(
        trajectory=current,
        partner_kind=partner_kind,
        partner_name=partner_name,
        consent_given=True,
        consent_on=consent_on,
        referred_on=referred_on,
        note=note,
        created_by=by if getattr(by, "is_authenticated", False) else None,
    )


def referral_of_trajectory(*, trajectory: Trajectory, referral_id) -> Referral:
    """One referral of this trajectory (the form sends its number); another trajectory's
    referral, or a number that is not one, is refused like a wrong field."""
    pk = str(referral_id or "").strip()
    referral = trajectory.referrals.filter(pk=int(pk)).first() if pk.isdigit() else None
    if referral is None:
        raise _error("referral", REFERRAL_NOT_OF_TRAJECTORY, "not_of_trajectory")
    return referral


@transaction.atomic
def referral_set_outcome(
    *, referral: Referral, outcome: str, outcome_on: datetime.date | None
) -> Referral:
    """Record (or correct) what came of the referral. "Still open" clears the date; every other
    outcome needs a date, not in the future and not before the referral."""
    if outcome not in Referral.Outcome.values:
        raise _error("outcome", REFERRAL_OUTCOME_UNKNOWN, "outcome")
    current = Referral.objects.select_for_update().get(pk=referral.pk)
    if outcome == Referral.Outcome.OPEN:
        outcome_on = None
    else:
        if not isinstance(outcome_on, datetime.date) or isinstance(outcome_on, datetime.datetime):
            raise _error("outcome_on", OUTCOME_DATE_MISSING, "date_missing")
        if outcome_on > timezone.localdate():
            raise _error("outcome_on", REFERRAL_DATE_IN_FUTURE, "future")
        if outcome_on < current.referred_on:
            raise _error(
                "outcome_on",
                OUTCOME_BEFORE_REFERRAL,
                "before_referral",
                referred_on=_nl_date(current.referred_on),
            )
    current.outcome = outcome
    current.outcome_on = outcome_on
    current.save(update_fields=["outcome", "outcome_on", "updated_at"])
    referral.outcome, referral.outcome_on = outcome, outcome_on
    return current


def referrals_of_trajectory(*, trajectory: Trajectory) -> list[Referral]:
    """The trajectory's referrals, oldest first, each with `note_html`: the coordinator's note
    cleaned by bleach (`toolkit.sanitize`) for showing."""
    referrals = list(trajectory.referrals.all())
    for referral in referrals:
        referral.note_html = user_markdown_to_html(referral.note) if referral.note else ""
    return referrals
