"""The record of a live meeting: its state and its ordered, gap-free event log."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LiveState(models.Model):
    """One row per meeting: the next `seq` is allocated under a lock on this row."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Nog niet begonnen")
        STARTED = "started", _("Bezig")
        ENDED = "ended", _("Afgelopen")

    meeting = models.OneToOneField(
        "courses.Meeting", on_delete=models.CASCADE, related_name="live_state"
    )
    last_seq = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    block = models.CharField(max_length=20, default="welcome")
    block_started_at = models.DateTimeField(null=True, blank=True)
    hands = models.JSONField(default=list, blank=True)  # user ids in the order hands went up
    breakout = models.JSONField(default=list, blank=True)  # [[user ids], ...] while open
    # The leader's timer: running (ends at `timer_ends_at`), paused (`timer_remaining` seconds
    # left) or none (both empty).
    timer_ends_at = models.DateTimeField(null=True, blank=True)
    timer_remaining = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("stand van een bijeenkomst")
        verbose_name_plural = _("stand van bijeenkomsten")

    def __str__(self) -> str:
        return f"{self.meeting} ({self.status}, seq {self.last_seq})"


class MeetingEvent(models.Model):
    """Every change of a meeting, in the order the server applied it."""

    meeting = models.ForeignKey("courses.Meeting", on_delete=models.CASCADE, related_name="events")
    seq = models.PositiveIntegerField()
    type = models.CharField(max_length=40)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    actor_role = models.CharField(max_length=20, blank=True)
    client_id = models.CharField(max_length=64, blank=True)
    payload = models.JSONField(default=dict)
    # Who receives it: empty = everyone in the meeting; else these user ids (a breakout room).
    audience = models.JSONField(default=list, blank=True)
    hidden = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("gebeurtenissen")
        ordering = ["meeting_id", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "seq"], name="gap_free_seq_per_meeting"),
            models.UniqueConstraint(
                fields=["meeting", "actor", "client_id"],
                condition=~models.Q(client_id=""),
                name="client_message_applied_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id}#{self.seq} {self.type}"


class GroupNote(models.Model):
    """Agreements and notes a leader writes in a meeting: the group's memory, shown next week."""

    cohort = models.ForeignKey("courses.Cohort", on_delete=models.CASCADE, related_name="notes")
    meeting = models.ForeignKey(
        "courses.Meeting", on_delete=models.SET_NULL, null=True, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField()
    html = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("afspraak of notitie")
        verbose_name_plural = _("afspraken en notities")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:50]
