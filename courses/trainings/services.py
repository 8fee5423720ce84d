"""Writes of trainings: granting the trainer role (national office) and rating a training."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.access import is_national_office
from accounts.roles import Role
from accounts.services import user_grant_role, user_revoke_role
from courses.groups.models import Cohort
from courses.trainings.access import rating_period_closed, training_is_over
from courses.trainings.models import (
    HIGHEST_SCORE,
    LOWEST_SCORE,
    REMARK_MAX_LENGTH,
    TrainingRating,
)
from courses.volunteers.services import volunteers_q

NOT_A_VOLUNTEER = _(
    "%(name)s is geen vrijwilliger. Alleen een vrijwilliger (buddy, leider of coördinator, of "
    "iemand met een certificaat) kan trainer worden."
)
ONLY_NATIONAL_OFFICE = _("Alleen het landelijk bureau kan iemand trainer maken.")
SCORE_INVALID = _("Kies een cijfer van %(low)s tot en met %(high)s.")
REMARK_NOT_TEXT = _("Schrijf je opmerking als gewone tekst.")
REMARK_TOO_LONG = _("Je opmerking is te lang: hoogstens %(limit)s tekens.")
NOT_A_TRAINING = _("Alleen een training voor vrijwilligers kun je een cijfer geven.")
NOT_OVER_YET = _("Je kunt de training een cijfer geven als de training voorbij is.")
RATING_CLOSED = _("Je kunt deze training geen cijfer meer geven: de training is te lang geleden.")
ALREADY_RATED = _("Je hebt deze training al een cijfer gegeven. Dank je wel!")


@transaction.atomic
def trainer_role_grant(*, by, user):
    """Make `user` a trainer. Only the national office may; a location coordinator may not.
    Only a volunteer (`volunteers_q`) or someone who is a trainer already can be made one."""
    if not is_national_office(user=by):
        raise PermissionDenied(ONLY_NATIONAL_OFFICE)
    is_volunteer = (
        type(user)
        .objects.filter(pk=user.pk)
        .filter(volunteers_q() | Q(role_assignments__role=Role.TRAINER))
        .exists()
    )
    if not is_volunteer:
        raise ValidationError(NOT_A_VOLUNTEER % {"name": user.name}, code="not_a_volunteer")
    return user_grant_role(user=user, role=Role.TRAINER)


@transaction.atomic
def trainer_role_revoke(*, by, user) -> bool:
    """Take the trainer role away. Trainings they already run keep them (a membership, like a
    leader's); new trainer invitations to them are refused."""
    if not is_national_office(user=by):
        raise PermissionDenied(ONLY_NATIONAL_OFFICE)
    return user_revoke_role(user=user, role=Role.TRAINER)


def _score(value) -> int | None:
    """A whole number 1–10 from a form or JSON value; anything else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    else:
        return None
    return number if LOWEST_SCORE <= number <= HIGHEST_SCORE else None


def clean_rating(*, content, trainers, remark) -> tuple[int, int, str]:
    """The rating's fields, or a ValidationError naming each wrong field (nothing is saved)."""
    problems = {}
    content_score, trainer_score = _score(content), _score(trainers)
    bad_score = SCORE_INVALID % {"low": LOWEST_SCORE, "high": HIGHEST_SCORE}
    if content_score is None:
        problems["content"] = bad_score
    if trainer_score is None:
        problems["trainers"] = bad_score
    if remark is None:
        remark = ""
    if not isinstance(remark, str):
        problems["remark"] = REMARK_NOT_TEXT
    else:
        remark = remark.strip()
        if len(remark) > REMARK_MAX_LENGTH:
            problems["remark"] = REMARK_TOO_LONG % {"limit": REMARK_MAX_LENGTH}
    if problems:
        raise ValidationError(problems)
    return content_score, trainer_score, remark


@transaction.atomic
def training_rate(*, user, cohort: Cohort, content, trainers, remark="") -> TrainingRating:
    """A participant's one rating of a training that is over. The caller has checked that
    `user` is a participant (`access.training_for_rater`)."""
    if not cohort.is_training:
        raise ValidationError(NOT_A_TRAINING)
    content_score, trainer_score, remark = clean_rating(
        content=content, trainers=trainers, remark=remark
    )
    if not training_is_over(cohort):
        raise ValidationError(NOT_OVER_YET)
    if rating_period_closed(cohort):  # retention took the names off: a second rating could slip in
        raise ValidationError(RATING_CLOSED)
    if TrainingRating.objects.filter(cohort=cohort, user=user).exists():
        raise ValidationError(ALREADY_RATED)
    try:
        with transaction.atomic():
            return TrainingRating.objects.create(
                cohort=cohort,
                user=user,
                content_score=content_score,
                trainer_score=trainer_score,
                remark=remark,
            )
    except IntegrityError as exc:  # the same person twice at once: one wins
        raise ValidationError(ALREADY_RATED) from exc
