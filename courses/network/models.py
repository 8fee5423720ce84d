"""Rooms beyond the group: workshop series and sign-ups, intervision circles, group channels."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_CAPACITY = 50
DEFAULT_CAPACITY = 15


class NetworkMembership(models.Model):
    meeting = models.ForeignKey(
        "courses.Meeting", on_delete=models.CASCADE, related_name="network_memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_memberships"
    )
    is_leader = models.BooleanField(default=False)
    hide_last_name = models.BooleanField(_("achternaam verbergen"), default=False)
    digest = models.BooleanField(_("dagelijkse e-mail met nieuwe berichten"), default=True)
    last_digest_seq = models.PositiveIntegerField(default=0)
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lid groepskanaal")
        verbose_name_plural = _("leden groepskanaal")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="one_network_membership"),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.meeting}"

    @property
    def active(self) -> bool:
        return self.left_at is None


INTERVISION_BLOCKS = (
    ("welcome", _("Casus inbrengen"), 15),
    ("group_talk", _("Verhelderende vragen"), 20),
    ("deepening", _("Adviesronde"), 30),
    ("reflection", _("Wat neemt de inbrenger mee?"), 15),
)


MAX_MEMBERS = 10


class IntervisionCircle(models.Model):
    class Audience(models.TextChoices):
        COORDINATORS = "coordinators", _("coördinatoren")
        LEADERS = "leaders", _("JobGroupleiders")
        BUDDIES = "buddies", _("maatjes")

    name = models.CharField(_("naam"), max_length=200)
    audience = models.CharField(_("voor"), max_length=20, choices=Audience.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="IntervisionMembership",
        related_name="intervision_circles",
    )

    class Meta:
        verbose_name = _("intervisiegroep")
        verbose_name_plural = _("intervisiegroepen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class IntervisionMembership(models.Model):
    circle = models.ForeignKey(
        IntervisionCircle, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    is_facilitator = models.BooleanField(
        _("gespreksleider"),
        default=False,
        help_text=_("Leidt de bijeenkomsten: kiest de blokken en zet de tijd."),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["circle", "user"], name="one_intervision_membership"),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.circle}"


class WorkshopSeries(models.Model):
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("beschrijving"), blank=True)
    locations = models.ManyToManyField(
        "accounts.Location", related_name="workshop_series", verbose_name=_("locaties")
    )
    published = models.BooleanField(_("gepubliceerd"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("workshopreeks")
        verbose_name_plural = _("workshopreeksen")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Workshop(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Gepland")
        CANCELLED = "cancelled", _("Gaat niet door")

    series = models.ForeignKey(WorkshopSeries, on_delete=models.CASCADE, related_name="workshops")
    title = models.CharField(_("thema"), max_length=200)
    description = models.TextField(_("wat gaan we doen"), blank=True)
    guest_speaker = models.CharField(_("gastspreker"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("begint om"))
    duration_minutes = models.PositiveSmallIntegerField(_("duur (minuten)"), default=90)
    capacity = models.PositiveSmallIntegerField(
        _("aantal plaatsen"),
        default=DEFAULT_CAPACITY,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)],
    )
    hosts = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="hosted_workshops", verbose_name=_("leiding")
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PLANNED)

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        ordering = ["starts_at", "pk"]

    def __str__(self) -> str:
        return f"{self.series}: {self.title}"


class WorkshopSignup(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Aangemeld")
        WAITING = "waiting", _("Wachtlijst")
        CANCELLED = "cancelled", _("Afgemeld")

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="signups")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workshop_signups"
    )
    status = models.CharField(max_length=10, choices=Status.choices)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("aanmelding workshop")
        verbose_name_plural = _("aanmeldingen workshop")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "user"], name="one_signup_per_workshop"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.workshop} ({self.status})"


GUEST_NAME_MAX_LENGTH = 80
# Stored data, not interface text: the name of an erased guest (in the room's log).
GUEST_NAME_ERASED = "Gast"


class GuestInvite(models.Model):
    """A guest (an entrepreneur at a ZZP group, say) a leader invites to one meeting. The link
    works only for that meeting and only while it runs; only the hash of its token is stored.
    Opening it makes a temporary guest account (no password, no e-mail) that the retention job
    erases the day after the meeting (docs/privacy.md, "Gasten")."""

    meeting = models.ForeignKey(
        "courses.Meeting", on_delete=models.CASCADE, related_name="guest_invites"
    )
    guest_name = models.CharField(_("naam van de gast"), max_length=GUEST_NAME_MAX_LENGTH)
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uitgenodigd door"),
    )
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="guest_invite",
    )

    class Meta:
        verbose_name = _("gastuitnodiging")
        verbose_name_plural = _("gastuitnodigingen")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.guest_name} ({self.meeting_id})"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
