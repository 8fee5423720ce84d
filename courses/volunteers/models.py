"""Volunteers' certificates and VOG, and buddy matches with their contact log and shared answers."""

import calendar
import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.names import clean_name
from content.models import CertifiedRole
from courses.groups.models import Cohort
from courses.workbook.models import Answer

NAME_NOT_GIVEN = _("(naam niet ingevuld)")


DEFAULT_RENEWAL_WINDOW_DAYS = 90


DEFAULT_VOG_VALID_YEARS = 3


RENEWAL_GRACE_MONTHS = 12  # a lapsed certificate can be renewed for a year


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # A–Z and 2–9 without I and O (1 and 0)


CODE_LENGTH = 10


REVOKED_REASON_MAX_LENGTH = 200


def renewal_window_days() -> int:
    return int(getattr(settings, "CERTIFICATE_RENEWAL_WINDOW_DAYS", DEFAULT_RENEWAL_WINDOW_DAYS))


def vog_valid_years() -> int:
    return int(getattr(settings, "VOG_VALID_YEARS", DEFAULT_VOG_VALID_YEARS))


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (or earlier); the 31st becomes the last day of a short month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def new_verification_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _today(today: datetime.date | None) -> datetime.date:
    return today or timezone.localdate()


class Certificate(models.Model):
    """A volunteer's certificate for one role, from one course."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Geldig")
        DUE = "due", _("Bijna verlopen")
        LAPSED = "lapsed", _("Verlopen")
        REVOKED = "revoked", _("Ingetrokken")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    role = models.CharField(_("rol"), max_length=20, choices=CertifiedRole.choices)
    programme = models.ForeignKey(
        "content.ProgrammePage",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("training"),
    )
    cohort = models.ForeignKey(
        Cohort, on_delete=models.SET_NULL, null=True, blank=True, related_name="certificates"
    )
    issued_on = models.DateField(_("uitgereikt op"))
    valid_until = models.DateField(_("geldig tot en met"))
    verification_code = models.CharField(
        _("controlecode"), max_length=CODE_LENGTH, unique=True, default=new_verification_code
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    renewed_at = models.DateTimeField(_("vernieuwd op"), null=True, blank=True)
    renewed_with = models.ForeignKey(
        Cohort,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("De groep van de hercertificering die dit certificaat het laatst vernieuwde."),
    )
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    revoked_reason = models.CharField(
        _("reden van intrekken"), max_length=REVOKED_REASON_MAX_LENGTH, blank=True
    )
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ingetrokken door"),
    )
    # Marks "<valid_until>:<days left>" of the reminders already sent; see reminders below.
    reminders_sent = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("certificaat")
        verbose_name_plural = _("certificaten")
        ordering = ["-valid_until", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "cohort"], name="one_certificate_per_cohort"),
        ]
        indexes = [models.Index(fields=["valid_until"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} ({self.valid_until:%Y-%m-%d})"

    def days_left(self, *, today: datetime.date | None = None) -> int:
        """Days until the last valid day: 0 on that day, negative once lapsed."""
        return (self.valid_until - _today(today)).days

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def status_on(self, today: datetime.date) -> str:
        if self.is_revoked:
            return self.Status.REVOKED
        days = self.days_left(today=today)
        if days < 0:
            return self.Status.LAPSED
        if days <= renewal_window_days():
            return self.Status.DUE
        return self.Status.ACTIVE

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    @property
    def status_label(self) -> str:
        return str(self.Status(self.status).label)

    def renewable_until(self) -> datetime.date:
        """The last day a recertification can still renew this certificate."""
        return add_months(self.valid_until, RENEWAL_GRACE_MONTHS)

    @property
    def holder_name(self) -> str:
        """The name on the certificate. Not `user.name`, which falls back to the first part of
        the e-mail address: the public verification page must never show that."""
        user = self.user
        return (
            clean_name(user.display_name) or clean_name(user.get_full_name()) or str(NAME_NOT_GIVEN)
        )

    @property
    def display_code(self) -> str:
        """The code as printed: two groups of five, easy to read aloud."""
        code = self.verification_code
        return f"{code[:5]}-{code[5:]}" if len(code) == CODE_LENGTH else code


class ConductCertificate(models.Model):
    """A VOG (Verklaring Omtrent het Gedrag) the office has checked. No document is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conduct_certificates"
    )
    issued_on = models.DateField(_("datum van de VOG"))
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("gecontroleerd door"),
    )
    checked_on = models.DateField(_("gecontroleerd op"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("VOG")
        verbose_name_plural = _("VOG's")
        ordering = ["-issued_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.user} – VOG {self.issued_on:%Y-%m-%d}"

    @property
    def valid_until(self) -> datetime.date:
        return add_months(self.issued_on, 12 * vog_valid_years())

    def is_valid_on(self, today: datetime.date) -> bool:
        return self.issued_on <= today <= self.valid_until

    @property
    def is_valid(self) -> bool:
        return self.is_valid_on(timezone.localdate())


NOTE_MAX_LENGTH = 500


class BuddyMatch(models.Model):
    """A buddy and a participant, matched by a coordinator with the participant's consent."""

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="buddy_matches_as_participant",
        verbose_name=_("deelnemer"),
    )
    buddy = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="buddy_matches_as_buddy",
        verbose_name=_("maatje"),
    )
    location = models.ForeignKey(
        "accounts.Location",
        on_delete=models.PROTECT,
        related_name="buddy_matches",
        verbose_name=_("locatie"),
    )
    consent_given_on = models.DateField(_("toestemming gegeven op"))
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("toestemming vastgelegd door"),
    )
    matched_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("gematcht door"),
    )
    started_on = models.DateField(_("begonnen op"))
    ended_on = models.DateField(_("gestopt op"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("maatjesmatch")
        verbose_name_plural = _("maatjesmatches")
        ordering = ["-started_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant"],
                condition=Q(ended_on__isnull=True),
                name="one_open_buddy_match_per_participant",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.buddy} ↔ {self.participant} ({self.started_on:%Y-%m-%d})"

    @property
    def is_open(self) -> bool:
        return self.ended_on is None


class BuddyContact(models.Model):
    """One contact between the buddy and the participant, noted by the buddy."""

    class Kind(models.TextChoices):
        VISIT = "visit", _("Bezoek")
        PHONE = "phone", _("Telefoon")
        ONLINE = "online", _("Online")
        OTHER = "other", _("Anders")

    match = models.ForeignKey(BuddyMatch, on_delete=models.CASCADE, related_name="contacts")
    contact_on = models.DateField(_("datum"))
    kind = models.CharField(_("soort contact"), max_length=10, choices=Kind.choices)
    note = models.CharField(_("korte notitie"), max_length=NOTE_MAX_LENGTH, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Set when the contact was an online meeting in the buddy room (Meeting.Kind.BUDDY): written
    # once, at the meeting's end, when both were there (one contact per meeting).
    meeting = models.OneToOneField(
        "courses.Meeting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="buddy_contact",
        verbose_name=_("online gesprek"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("contact met maatje")
        verbose_name_plural = _("contacten met maatjes")
        ordering = ["-contact_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.match_id}: {self.get_kind_display()} {self.contact_on:%Y-%m-%d}"


class BuddyShare(models.Model):
    """An answer the participant shares with the buddy of one match."""

    match = models.ForeignKey(BuddyMatch, on_delete=models.CASCADE, related_name="shares")
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="buddy_shares")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("gedeeld met maatje")
        verbose_name_plural = _("gedeeld met maatjes")
        constraints = [
            models.UniqueConstraint(fields=["match", "answer"], name="unique_buddy_share"),
        ]

    def __str__(self) -> str:
        return f"{self.match_id}: {self.answer_id}"


class Shadowing(models.Model):
    """A future JobGroupleider took part once in a meeting of another leader's group ("een keer
    meedraaien"), recorded by a leader of that group. The leader gate asks for one."""

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="shadowings",
        verbose_name=_("vrijwilliger"),
    )
    meeting = models.ForeignKey(
        "courses.Meeting",
        on_delete=models.CASCADE,
        related_name="shadowings",
        verbose_name=_("bijeenkomst"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    recorded_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)

    class Meta:
        app_label = "courses"
        verbose_name = _("meegedraaid")
        verbose_name_plural = _("meegedraaid")
        ordering = ["-recorded_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "meeting"], name="one_shadowing_per_volunteer_per_meeting"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.volunteer} – {self.meeting_id}"
