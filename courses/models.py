"""Groups (cohorts) and what participants make in them."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .storage import private_storage_callable

MAX_PARTICIPANTS = 12


class Cohort(models.Model):
    """A group: a programme on one edition, at one location, with leaders and participants."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Gepland")
        RUNNING = "running", _("Loopt")
        FINISHED = "finished", _("Afgelopen")

    class Mode(models.TextChoices):
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybride")
        ON_SITE = "on_site", _("Op locatie")

    name = models.CharField(_("naam"), max_length=150)
    programme = models.ForeignKey(
        "content.ProgrammePage", on_delete=models.PROTECT, related_name="cohorts"
    )
    edition = models.ForeignKey(
        "content.Edition",
        on_delete=models.PROTECT,
        related_name="cohorts",
        help_text=_("De groep blijft op deze editie, ook als er een nieuwe uitkomt."),
    )
    location = models.ForeignKey(
        "accounts.Location", on_delete=models.PROTECT, related_name="cohorts"
    )
    mode = models.CharField(_("vorm"), max_length=10, choices=Mode.choices, default=Mode.ONLINE)
    video_link = models.URLField(_("link naar videogesprek"), blank=True)
    start_date = models.DateField(_("startdatum"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")
        ordering = ["-start_date", "name"]

    def __str__(self) -> str:
        return self.name


class CohortMembership(models.Model):
    class Role(models.TextChoices):
        PARTICIPANT = "participant", _("Deelnemer")
        LEADER = "leader", _("Leider")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    role = models.CharField(_("rol"), max_length=12, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lid van een groep")
        verbose_name_plural = _("leden van groepen")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="unique_cohort_member"),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.cohort} ({self.get_role_display()})"


def _upload_path(answer: "Answer", filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"answers/{answer.cohort_id}/{answer.participant_id}/{uuid.uuid4().hex}.{extension}"


class Answer(models.Model):
    """A participant's answer to one exercise, keyed by the exercise's stable block id."""

    class Sharing(models.TextChoices):
        PRIVATE = "private", _("Alleen ik")
        LEADERS = "leaders", _("Ik en mijn leiders")
        GROUP = "group", _("De groep")

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answers"
    )
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="answers")
    edition = models.ForeignKey("content.Edition", on_delete=models.PROTECT, related_name="+")
    block_id = models.CharField(max_length=64)
    step_number = models.PositiveSmallIntegerField()
    block_type = models.CharField(max_length=30)
    value = models.JSONField(default=dict, blank=True)
    file = models.FileField(
        upload_to=_upload_path, storage=private_storage_callable, blank=True, max_length=255
    )
    file_name = models.CharField(max_length=255, blank=True)
    sharing = models.CharField(
        _("wie mag dit zien"), max_length=10, choices=Sharing.choices, default=Sharing.PRIVATE
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "cohort", "block_id"], name="unique_answer_per_block"
            ),
        ]
        indexes = [models.Index(fields=["cohort", "participant", "step_number"])]

    def __str__(self) -> str:
        return f"{self.participant} – {self.block_type} {self.block_id[:8]}"
