"""The self-assessment (zelfbeoordeling): four short questions a participant answers about
themself at three moments, for the organisation's impact figures ("5,5 → 7,4", "80% voelt zich
niet meer alleen"). Scales and timing: docs/decisions.md, "Self-assessment".

- self_image, knows_what_i_want, network: a mark from 1 to 10, as Dutch school marks (the
  organisation reports the self-image as an average mark).
- alone ("Ik voel me alleen in het zoeken naar werk"): ja / een beetje / nee. "Nee" counts as
  "voelt zich niet (meer) alleen" in the report.

Only the participant changes their answers; the coordinator following them sees the marks on
their whole path, and reports show only figures (courses.trajectories.reports.impact_report),
with small numbers hidden (docs/privacy.md)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

LOWEST_MARK = 1
HIGHEST_MARK = 10


class Moment(models.TextChoices):
    START = "start", _("Begin van de groep")
    END = "end", _("Einde van de groep")
    AFTERCARE = "aftercare", _("Einde van de nazorg")


class Alone(models.TextChoices):
    YES = "yes", _("Ja")
    SOMEWHAT = "somewhat", _("Een beetje")
    NO = "no", _("Nee")


def _mark_field(label):
    return models.PositiveSmallIntegerField(
        label, validators=[MinValueValidator(LOWEST_MARK), MaxValueValidator(HIGHEST_MARK)]
    )


class SelfAssessment(models.Model):
    """One participant's answers at one moment: in a group (start, end) or at the end of a
    trajectory's aftercare. Answering again while the moment is open changes the same row."""

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="self_assessments",
        verbose_name=_("deelnemer"),
    )
    moment = models.CharField(_("moment"), max_length=10, choices=Moment.choices)
    cohort = models.ForeignKey(
        "courses.Cohort",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="self_assessments",
        verbose_name=_("groep"),
        help_text=_("Leeg bij het einde van de nazorg."),
    )
    trajectory = models.ForeignKey(
        "courses.Trajectory",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="self_assessments",
        verbose_name=_("traject"),
        help_text=_("Alleen bij het einde van de nazorg."),
    )
    location = models.ForeignKey(
        "accounts.Location",
        on_delete=models.PROTECT,
        related_name="self_assessments",
        verbose_name=_("locatie"),
    )
    self_image = _mark_field(_("zelfbeeld"))
    alone = models.CharField(_("alleen in het zoeken"), max_length=10, choices=Alone.choices)
    knows_what_i_want = _mark_field(_("weet wat ik wil"))
    network = _mark_field(_("netwerk"))
    answered_at = models.DateTimeField(_("ingevuld op"))

    class Meta:
        app_label = "courses"
        verbose_name = _("zelfbeoordeling")
        verbose_name_plural = _("zelfbeoordelingen")
        ordering = ["answered_at", "pk"]
        indexes = [models.Index(fields=["location", "moment", "answered_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "cohort", "moment"],
                condition=Q(cohort__isnull=False) & ~Q(moment="aftercare"),
                name="one_self_assessment_per_group_moment",
            ),
            models.UniqueConstraint(
                fields=["participant", "trajectory"],
                condition=Q(moment="aftercare"),
                name="one_self_assessment_per_aftercare",
            ),
            models.CheckConstraint(
                condition=(
                    Q(moment__in=["start", "end"], cohort__isnull=False, trajectory__isnull=True)
                    | Q(moment="aftercare", trajectory__isnull=False)
                ),
                name="self_assessment_moment_has_its_owner",
            ),
            models.CheckConstraint(
                condition=Q(self_image__gte=1, self_image__lte=10)
                & Q(knows_what_i_want__gte=1, knows_what_i_want__lte=10)
                & Q(network__gte=1, network__lte=10),
                name="self_assessment_marks_1_to_10",
            ),
            models.CheckConstraint(
                condition=Q(alone__in=["yes", "somewhat", "no"]),
                name="self_assessment_alone_choice",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant_id}: {self.moment} ({self.answered_at:%Y-%m-%d})"
