"""Writes of the self-assessment: a participant gives (or changes) their answers while the
moment is open. The caller has found the window through `access.window_for_participant`."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.impact.models import HIGHEST_MARK, LOWEST_MARK, Alone, Moment, SelfAssessment
from courses.impact.selectors import Window, answer_for

MARK_INVALID = _("Kies een cijfer van %(low)s tot en met %(high)s.")
ALONE_INVALID = _("Kies ja, een beetje of nee.")
NOT_OPEN_YET = _("Je kunt deze vragen nog niet invullen.")
CLOSED = _("Je kunt deze vragen niet meer invullen of veranderen.")
MARK_FIELDS = ("self_image", "knows_what_i_want", "network")


def _mark(value) -> int | None:
    """A whole number 1–10 from a form or JSON value; anything else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif (
        isinstance(value, str)
        and value.strip().isascii()
        and value.strip().isdigit()
        and len(value.strip()) <= 2
    ):
        number = int(value.strip())
    else:
        return None
    return number if LOWEST_MARK <= number <= HIGHEST_MARK else None


def clean_answers(*, self_image, alone, knows_what_i_want, network) -> dict:
    """The answers as stored, or a ValidationError naming each wrong field (nothing saved)."""
    raw = {"self_image": self_image, "knows_what_i_want": knows_what_i_want, "network": network}
    cleaned, problems = {}, {}
    for name in MARK_FIELDS:
        cleaned[name] = _mark(raw[name])
        if cleaned[name] is None:
            problems[name] = MARK_INVALID % {"low": LOWEST_MARK, "high": HIGHEST_MARK}
    if not isinstance(alone, str) or alone not in Alone.values:
        problems["alone"] = ALONE_INVALID
    else:
        cleaned["alone"] = alone
    if problems:
        raise ValidationError(problems)
    return cleaned


@transaction.atomic
def self_assessment_save(
    *, user, window: Window, now: datetime.datetime | None = None, **answers
) -> SelfAssessment:
    """Save `user`'s answers at the moment of `window`: new, or changed while it is open."""
    now = now or timezone.now()
    cleaned = clean_answers(**answers)
    if now < window.opens_at:
        raise ValidationError(NOT_OPEN_YET, code="not_open")
    if now >= window.closes_at:
        raise ValidationError(CLOSED, code="closed")
    existing = answer_for(user=user, window=window)
    if existing is not None:
        for name, value in cleaned.items():
            setattr(existing, name, value)
        existing.answered_at = now
        existing.save(update_fields=[*cleaned, "answered_at"])
        return existing
    owner = (
        {"trajectory": window.trajectory}
        if window.moment == Moment.AFTERCARE
        else {"cohort": window.cohort}
    )
    try:
        with transaction.atomic():
            return SelfAssessment.objects.create(
                participant=user,
                moment=window.moment,
                location_id=window.location_id,
                answered_at=now,
                **owner,
                **cleaned,
            )
    except IntegrityError:  # the same person twice at once: the later one changes it
        existing = answer_for(user=user, window=window)
        for name, value in cleaned.items():
            setattr(existing, name, value)
        existing.answered_at = now
        existing.save(update_fields=[*cleaned, "answered_at"])
        return existing
