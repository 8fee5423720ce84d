"""A sign-up without an invitation: a job seeker or a would-be volunteer leaves their name and how
to reach them for a location's coordinator. No account is made at sign-up (docs/decisions.md,
"Sign up without an invitation")."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.names import clean_name
from toolkit.sanitize import plain_text_to_html

MAX_NAME = 150
MAX_TEXT = 1000
MAX_SHORT = 200


class SignUp(models.Model):
    class Kind(models.TextChoices):
        JOB_SEEKER = "job_seeker", _("Werkzoekende")
        VOLUNTEER = "volunteer", _("Vrijwilliger")

    class Status(models.TextChoices):
        NEW = "new", _("Nieuw")
        ACCEPTED = "accepted", _("Aangenomen")
        DECLINED = "declined", _("Afgewezen")

    class CallTime(models.TextChoices):
        MORNING = "morning", _("'s Ochtends")
        AFTERNOON = "afternoon", _("'s Middags")
        EVENING = "evening", _("'s Avonds")
        ANY = "any", _("Maakt niet uit")

    class HeardFrom(models.TextChoices):
        MUNICIPALITY = "municipality", _("Via de gemeente of het UWV")
        PERSON = "person", _("Via iemand die ik ken")
        ORGANISATION = "organisation", _("Via een kerk, moskee of andere organisatie")
        INTERNET = "internet", _("Via internet of social media")
        OTHER = "other", _("Anders")

    class Role(models.TextChoices):
        BUDDY = "buddy", _("Maatje: één werkzoekende helpen")
        LEADER = "leader", _("JobGroupleider: een groep begeleiden")
        COORDINATOR = "coordinator", _("Coördinator: een locatie helpen organiseren")
        UNSURE = "unsure", _("Weet ik nog niet")

    kind = models.CharField(max_length=12, choices=Kind.choices)
    location = models.ForeignKey(
        "accounts.Location", on_delete=models.PROTECT, related_name="signups"
    )
    name = models.CharField(_("naam"), max_length=MAX_NAME)
    # Normalised to +316XXXXXXXX (courses.signups.services.normalise_phone).
    phone = models.CharField(_("telefoonnummer"), max_length=16, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    # Job seeker
    work_wish = models.TextField(_("welk werk zoek je"), blank=True)
    heard_from = models.CharField(max_length=20, choices=HeardFrom.choices, blank=True)
    call_time = models.CharField(max_length=10, choices=CallTime.choices, blank=True)
    # Volunteer
    role = models.CharField(max_length=12, choices=Role.choices, blank=True)
    experience = models.TextField(_("ervaring"), blank=True)
    availability = models.CharField(_("wanneer kun je"), max_length=MAX_SHORT, blank=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    decline_note = models.TextField(blank=True)
    intake = models.OneToOneField(
        "courses.Intake",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="signup",
    )
    # The volunteer's account, once they have one (set by the coordinator; none at sign-up).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="signups",
    )
    # The volunteer path after acceptance: a checklist on the sign-up.
    interview_on = models.DateField(_("kennismakingsgesprek gehad op"), null=True, blank=True)
    vog_requested_on = models.DateField(_("VOG aangevraagd op"), null=True, blank=True)
    vog_received_on = models.DateField(_("VOG ontvangen op"), null=True, blank=True)
    training_note = models.CharField(_("gekozen training"), max_length=MAX_SHORT, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["location", "status"])]

    def __str__(self) -> str:
        return f"{self.shown_name} ({self.get_kind_display()}, {self.get_status_display()})"

    @property
    def shown_name(self) -> str:
        return clean_name(self.name)

    @property
    def work_wish_html(self):
        return plain_text_to_html(self.work_wish)

    @property
    def experience_html(self):
        return plain_text_to_html(self.experience)

    @property
    def decline_note_html(self):
        return plain_text_to_html(self.decline_note)

    @property
    def phone_display(self) -> str:
        """+31612345678 as 06 12 34 56 78, the way people read it out."""
        if self.phone.startswith("+316") and len(self.phone) == 12:
            rest = "0" + self.phone[3:]
            return " ".join([rest[:2], rest[2:4], rest[4:6], rest[6:8], rest[8:10]])
        return self.phone
