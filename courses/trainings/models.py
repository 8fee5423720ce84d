"""How participants rated a volunteer training (content and trainers, 1–10, a remark)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.groups.models import Cohort

LOWEST_SCORE = 1
HIGHEST_SCORE = 10
REMARK_MAX_LENGTH = 1000


class TrainingRating(models.Model):
    """One participant's rating of one training (a cohort of a volunteer course), given once,
    after the training. Erasure unlinks the person and deletes the remark; the scores stay in the
    figures without a name."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="ratings")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="training_ratings",
    )
    content_score = models.PositiveSmallIntegerField(
        _("inhoud"),
        validators=[MinValueValidator(LOWEST_SCORE), MaxValueValidator(HIGHEST_SCORE)],
    )
    trainer_score = models.PositiveSmallIntegerField(
        _("trainers"),
        validators=[MinValueValidator(LOWEST_SCORE), MaxValueValidator(HIGHEST_SCORE)],
    )
    remark = models.TextField(_("opmerking"), blank=True, max_length=REMARK_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("waardering van een training")
        verbose_name_plural = _("waarderingen van trainingen")
        ordering = ["cohort_id", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="one_rating_per_training"),
            models.CheckConstraint(
                condition=models.Q(content_score__gte=1, content_score__lte=10)
                & models.Q(trainer_score__gte=1, trainer_score__lte=10),
                name="rating_scores_one_to_ten",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cohort}: {self.content_score}/{self.trainer_score}"
