from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from .names import clean_name
from .roles import Role

# People without an e-mail address (they sign in with a login card) get an address under this
# reserved domain (RFC 2606: `.invalid` never delivers), so that the e-mail login stays unique and
# required for everyone else. `User.has_email` tells the two apart; mail is never sent there.
NO_EMAIL_DOMAIN = "geen-email.invalid"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_by_natural_key(self, username):
        # The login form's `username` field holds an e-mail address; case never matters.
        return self.get(email__iexact=username)

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


# The address of a temporary guest account: not an address (".invalid"), never mailed.
GUEST_EMAIL_DOMAIN = "gast.invalid"


class User(AbstractUser):
    """A person on the platform. The e-mail address is the login."""

    username = None
    email = models.EmailField(_("e-mailadres"), unique=True)
    display_name = models.CharField(
        _("naam"), max_length=150, blank=True, help_text=_("Hoe anderen u zien in de groep.")
    )
    preferred_language = models.CharField(
        _("taal"), max_length=8, choices=settings.LANGUAGES, default="nl"
    )
    reminders_enabled = models.BooleanField(
        _("herinneringen per e-mail"),
        default=True,
        help_text=_("Een e-mail de dag voor een bijeenkomst en als je huiswerk nog niet af is."),
    )
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)
    phone = models.CharField(
        _("mobiel nummer"),
        max_length=16,
        blank=True,
        help_text=_(
            "Voor herinneringen per sms, als iemand geen e-mail heeft. Zoals +31612345678."
        ),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """How others see this person, without control or direction characters."""
        return (
            clean_name(self.display_name)
            or clean_name(self.get_full_name())
            or self.email.split("@")[0]
        )

    @property
    def is_guest(self) -> bool:
        """A temporary guest of one meeting (courses.network.guests): no password, no e-mail,
        let into that meeting's room only, erased the day after it."""
        return (self.email or "").endswith("@" + GUEST_EMAIL_DOMAIN)

    @property
    def has_email(self) -> bool:
        """False for people without an e-mail address (login card) and for erased accounts."""
        return bool(self.email) and not self.email.endswith(".invalid")

    def clean(self):
        # Every model form (the Wagtail user screens too) writes names cleaned.
        super().clean()
        self.display_name = clean_name(self.display_name)
        self.first_name = clean_name(self.first_name)
        self.last_name = clean_name(self.last_name)


class RoleAssignment(models.Model):
    """One role a user holds; a volunteer can hold several (buddy and leader)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("rol")
        verbose_name_plural = _("rollen")
        constraints = [
            models.UniqueConstraint(fields=["user", "role"], name="unique_role_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}"


class Location(models.Model):
    """A local branch (Zoetermeer, Utrecht, …) run by one or more coordinators."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("korte naam"), max_length=100, unique=True)
    address = models.TextField(
        _("adres"), blank=True, help_text=_("Waar groepen op locatie samenkomen.")
    )
    members = models.ManyToManyField(
        User, through="LocationMembership", related_name="locations", blank=True
    )

    class Meta:
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LocationMembership(models.Model):
    """A person belongs to a location; coordinators run it."""

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="location_memberships")
    is_coordinator = models.BooleanField(_("coördinator van deze locatie"), default=False)

    class Meta:
        verbose_name = _("lid van locatie")
        verbose_name_plural = _("leden van locaties")
        constraints = [
            models.UniqueConstraint(fields=["location", "user"], name="unique_location_member"),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.location}"


class LoginToken(models.Model):
    """A single-use login link sent by e-mail, for people who struggle with passwords."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="login_tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("inloglink")
        verbose_name_plural = _("inloglinks")

    def __str__(self) -> str:
        return f"{self.user} ({self.created_at:%Y-%m-%d %H:%M})"


class LoginCard(models.Model):
    """The printed card of someone who signs in without e-mail: a public card id (in the QR
    code), a personal code and, after the first sign-in, three pictures. The code and the
    pictures are stored only as hashes (see `accounts.cards`)."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="login_card")
    card_id = models.CharField(max_length=32, unique=True)
    # HMAC of the code with the site's secret key: a lookup without the card id is possible,
    # the code itself cannot be read back.
    code_hash = models.CharField(max_length=64, unique=True)
    # Django password hash of the three pictures; empty until the first sign-in.
    pictures_hash = models.CharField(max_length=128, blank=True)
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="issued_login_cards"
    )
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("inlogkaart")
        verbose_name_plural = _("inlogkaarten")

    def __str__(self) -> str:
        return f"{self.user} ({self.issued_at:%Y-%m-%d})"

    @property
    def has_pictures(self) -> bool:
        return bool(self.pictures_hash)


class AuditEntry(models.Model):
    """Staff reading or changing someone's personal data leaves a trace here."""

    class Action(models.TextChoices):
        READ_ANSWER = "read_answer", _("antwoord gelezen")
        EXPORT = "export", _("gegevens gedownload")
        ERASURE_REQUESTED = "erasure_requested", _("verwijdering gevraagd")
        ERASURE_CONFIRMED = "erasure_confirmed", _("verwijdering bevestigd")
        RETENTION = "retention", _("antwoorden verwijderd na bewaartermijn")
        READ_RECORD = "read_record", _("dossier ingezien")
        MEMBER_REMOVED = "member_removed", _("uit een groep gehaald")
        CARD_ISSUED = "card_issued", _("inlogkaart gemaakt")
        CARD_PICTURES_RESET = "card_pictures_reset", _("plaatjes van inlogkaart gewist")

    actor = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_actions"
    )
    subject = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_subject"
    )
    action = models.CharField(max_length=30, choices=Action.choices)
    detail = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("logregel")
        verbose_name_plural = _("privacylog")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.subject}"
