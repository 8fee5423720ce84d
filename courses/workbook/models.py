"""Participants' answers (keyed by the exercise's block id) and leaders' feedback on them."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.groups.models import Cohort
from courses.workbook.storage import private_storage_callable


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


class Feedback(models.Model):
    """A leader's reaction to an answer a participant shared."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("reactie"))
    html = models.TextField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # When the participant first saw it (Mijn map or the step's page): until then their home
    # page says the leader reacted, and the reaction is marked "nieuw".
    seen_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.author} → {self.answer_id}"
