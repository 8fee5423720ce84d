"""A participant's trajectory, ladder measurements, and the intake with its questions."""

import calendar
import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from accounts.names import clean_name


class Rung(models.IntegerChoices):
    ISOLATED = 1, _("1 – Geïsoleerd")
    SOCIAL_CONTACTS = 2, _("2 – Sociale contacten buiten de deur")
    ORGANISED_ACTIVITIES = 3, _("3 – Deelname aan georganiseerde activiteiten")
    UNPAID_WORK = 4, _("4 – Onbetaald werk")
    PAID_WORK_WITH_SUPPORT = 5, _("5 – Betaald werk met ondersteuning")
    PAID_WORK = 6, _("6 – Betaald werk")


LOWEST_RUNG = Rung.ISOLATED


HIGHEST_RUNG = Rung.PAID_WORK


# Aftercare: how long it lasts by default, the range allowed, and when the check-in is.
AFTERCARE_DEFAULT_MONTHS = 9


AFTERCARE_MIN_MONTHS = 6


AFTERCARE_MAX_MONTHS = 12


CHECKIN_AFTER_MONTHS = 2


# A trajectory without outcome needs a new ladder measurement when the last one is this old.
MEASUREMENT_INTERVAL_MONTHS = 6


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (or earlier); the last day of the month when that day does
    not exist (31 August + 6 months = 28 or 29 February)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last_day))


def _nl_date(day: datetime.date) -> str:
    return day.strftime("%d-%m-%Y")


class Trajectory(models.Model):
    """One participant's way from intake to an outcome, at one location."""

    class Outcome(models.TextChoices):
        WORK = "work", _("Werk")
        EDUCATION = "education", _("Opleiding")
        LADDER_RISE = "ladder_rise", _("Stijging op de participatieladder")
        STILL_COACHED = "still_coached", _("Nog in begeleiding")
        DROPPED_OUT = "dropped_out", _("Voortijdig gestopt")

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="trajectories",
        verbose_name=_("deelnemer"),
    )
    location = models.ForeignKey(
        "accounts.Location",
        on_delete=models.PROTECT,
        related_name="trajectories",
        verbose_name=_("locatie"),
    )
    programme = models.ForeignKey(
        "content.ProgrammePage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="trajectories",
        verbose_name=_("programma"),
    )
    cohort = models.ForeignKey(
        "courses.Cohort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="trajectories",
        verbose_name=_("groep"),
    )
    intake_date = models.DateField(_("datum intake"))
    intake_rung = models.PositiveSmallIntegerField(
        _("trede bij intake"),
        choices=Rung.choices,
        validators=[MinValueValidator(LOWEST_RUNG), MaxValueValidator(HIGHEST_RUNG)],
    )
    outcome = models.CharField(
        _("uitkomst"), max_length=20, choices=Outcome.choices, blank=True, default=""
    )
    outcome_date = models.DateField(_("datum uitkomst"), null=True, blank=True)
    dropout_reason = models.TextField(_("reden van stoppen"), blank=True)
    aftercare_start = models.DateField(_("begin nazorg"), null=True, blank=True)
    aftercare_end = models.DateField(_("einde nazorg"), null=True, blank=True)
    checkin_planned_on = models.DateField(_("contactmoment gepland op"), null=True, blank=True)
    closing_talk_on = models.DateField(_("afsluitend gesprek op"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("traject")
        verbose_name_plural = _("trajecten")
        ordering = ["-intake_date", "pk"]
        indexes = [models.Index(fields=["location", "intake_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(intake_rung__gte=1) & Q(intake_rung__lte=6),
                name="trajectory_intake_rung_1_to_6",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} @ {self.location} ({self.intake_date})"

    @property
    def is_open(self) -> bool:
        return self.outcome in OPEN_OUTCOMES

    @property
    def in_aftercare(self) -> bool:
        return self.aftercare_start is not None and self.closing_talk_on is None


# Still being coached: no outcome yet, or "still coached" recorded on purpose.
OPEN_OUTCOMES = ("", Trajectory.Outcome.STILL_COACHED)


class LadderMeasurement(models.Model):
    """Where a participant stands on the participation ladder on a given day."""

    trajectory = models.ForeignKey(
        Trajectory, on_delete=models.CASCADE, related_name="measurements"
    )
    measured_on = models.DateField(_("gemeten op"))
    rung = models.PositiveSmallIntegerField(
        _("trede"),
        choices=Rung.choices,
        validators=[MinValueValidator(LOWEST_RUNG), MaxValueValidator(HIGHEST_RUNG)],
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("meting op de participatieladder")
        verbose_name_plural = _("metingen op de participatieladder")
        ordering = ["measured_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rung__gte=1) & Q(rung__lte=6),
                name="ladder_measurement_rung_1_to_6",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trajectory_id}: {self.rung} ({self.measured_on})"


YES_NO = [("yes", _("Ja")), ("no", _("Nee"))]


READING = [("good", _("Goed")), ("fair", _("Redelijk")), ("hard", _("Moeilijk"))]


WORK_BACKGROUND = [
    ("employed", _("Ik werkte in loondienst")),
    ("self_employed", _("Ik was zzp'er of ondernemer")),
    ("no_work", _("Ik had geen betaald werk")),
    ("study", _("Ik ging naar school of studeerde")),
    ("other", _("Iets anders")),
]


OBSTACLES = [
    ("debts", _("Schulden of geldzorgen")),
    ("health", _("Gezondheid")),
    ("housing", _("Huisvesting")),
    ("care", _("Zorg voor kinderen of familie")),
    ("none", _("Nee, niets van dit")),
]


HEAVY_OBSTACLES = {"debts", "health", "housing", "care"}


GROUP_READY = [("yes", _("Ja")), ("unsure", _("Weet ik nog niet")), ("no", _("Nee"))]


DEVICE = [
    ("phone", _("Telefoon")),
    ("computer", _("Computer of laptop")),
    ("both", _("Allebei")),
    ("none", _("Geen van beide")),
]


MAX_TEXT = 2000


SITUATION_QUESTIONS = {
    "first_language_dutch": (_("Is Nederlands je eerste taal?"), YES_NO),
    "reading_self": (_("Hoe goed lees je Nederlands?"), READING),
    "work_background": (_("Wat deed je de laatste jaren?"), WORK_BACKGROUND),
    "entrepreneur_doubt": (
        _("Twijfel je of je verder wilt als ondernemer? (alleen als je zzp'er was)"),
        YES_NO,
    ),
    "group_ready": (_("Wil je samen met anderen in een groep werken?"), GROUP_READY),
    "device": (_("Waarmee ga je online?"), DEVICE),
}


MULTI_QUESTIONS = {
    "obstacles": (_("Speelt er nu iets dat veel aandacht vraagt?"), OBSTACLES),
}


TEXT_QUESTIONS = {
    "goals": (_("Wat wil je bereiken? Bijvoorbeeld: wat voor werk zoek je?"), True),
    "situation": (_("Wil je nog iets vertellen over je situatie?"), False),
}


class Advice(models.TextChoices):
    REGULAR = "regular", _("JobGroup (regulier)")
    IWIN = "iwin", _("iWIN – Ik Werk in Nederland")
    ZZP = "zzp", _("JobGroup ZZP")
    BUDDY_FIRST = "buddy_first", _("Eerst een maatje")


class Intake(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Concept")
        SENT = "sent", _("Verstuurd")
        DECIDED = "decided", _("Besloten")

    location = models.ForeignKey(
        "accounts.Location", on_delete=models.PROTECT, related_name="intakes"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="intakes",
        help_text=_("Leeg als de kandidaat nog geen account heeft."),
    )
    person_name = models.CharField(_("naam kandidaat"), max_length=150)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    answers = models.JSONField(default=dict, blank=True)
    check_revision = models.ForeignKey(
        Revision, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    language_score = models.PositiveSmallIntegerField(null=True, blank=True)
    advice = models.CharField(max_length=20, choices=Advice.choices, blank=True)
    advice_reasons = models.JSONField(default=list, blank=True)
    decision = models.CharField(max_length=20, choices=Advice.choices, blank=True)
    decision_note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("intake")
        verbose_name_plural = _("intakes")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"{self.shown_name} ({self.get_status_display()})"

    @property
    def shown_name(self) -> str:
        """The candidate's name without control or direction characters (also as stored
        before names were cleaned on the way in)."""
        return clean_name(self.person_name)

    @property
    def reason_texts(self) -> list[str]:
        return [REASONS[code] for code in self.advice_reasons if code in REASONS]

    @property
    def is_override(self) -> bool:
        return bool(self.decision) and self.decision != self.advice


REASONS = {
    "language_hard": _(
        "De tekst lezen was nog moeilijk. Begin met een maatje en een taalcursus. "
        "Daarna kan een JobGroup (iWIN)."
    ),
    "many_obstacles": _(
        "Er speelt nu veel tegelijk. Een maatje helpt eerst één op één, "
        "en zoekt waar nodig andere hulp."
    ),
    "no_group": _("Je wilt (nu) liever niet in een groep. Een maatje begeleidt je alleen."),
    "language_support": _(
        "iWIN gebruikt eenvoudiger Nederlands en heeft extra stappen over werken in Nederland."
    ),
    "entrepreneur": _(
        "Je was zzp'er en twijfelt of je verder wilt als ondernemer. "
        "De JobGroup ZZP helpt je kiezen."
    ),
    "regular_fits": _("De gewone JobGroup van zeven stappen past bij je."),
    "no_device": _(
        "Je hebt nog geen telefoon of computer om online mee te doen. Vraag de coördinator om hulp."
    ),
    "no_check": _("De taalcheck is niet gedaan. Het advies gaat alleen uit van de vragen."),
}


# --- Referrals along the chain ("Keten van Hoop") ----------------------------------------------

REFERRAL_NOTE_MAX = 1000


REFERRAL_PARTNER_NAME_MAX = 150


class Referral(models.Model):
    """With the participant's consent, the coordinator refers them to a partner in the chain
    (debt help, a language course, health, a work coach) and later records what came of it.
    Without consent nothing is stored (the service refuses; the constraint is the last line)."""

    class PartnerKind(models.TextChoices):
        DEBT_HELP = "debt_help", _("Schuldhulp")
        LANGUAGE_COURSE = "language_course", _("Taalcursus")
        HEALTH = "health", _("Gezondheid")
        WORK_COACH = "work_coach", _("Werkcoach, UWV of gemeente")
        OTHER = "other", _("Andere partner")

    class Outcome(models.TextChoices):
        OPEN = "open", _("Nog open")
        STARTED = "started", _("Begonnen")
        COMPLETED = "completed", _("Afgerond")
        NOT_STARTED = "not_started", _("Niet begonnen")
        STOPPED = "stopped", _("Gestopt")

    trajectory = models.ForeignKey(
        Trajectory,
        on_delete=models.CASCADE,
        related_name="referrals",
        verbose_name=_("traject"),
    )
    partner_kind = models.CharField(_("soort partner"), max_length=20, choices=PartnerKind.choices)
    partner_name = models.CharField(
        _("naam van de partner"), max_length=REFERRAL_PARTNER_NAME_MAX, blank=True
    )
    consent_given = models.BooleanField(_("toestemming van de deelnemer"), default=False)
    consent_on = models.DateField(_("toestemming gegeven op"))
    referred_on = models.DateField(_("verwezen op"))
    outcome = models.CharField(
        _("resultaat"), max_length=20, choices=Outcome.choices, default=Outcome.OPEN
    )
    outcome_on = models.DateField(_("datum resultaat"), null=True, blank=True)
    note = models.TextField(_("notitie"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "courses"
        verbose_name = _("verwijzing")
        verbose_name_plural = _("verwijzingen")
        ordering = ["referred_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(consent_given=True), name="referral_needs_consent"),
        ]

    def __str__(self) -> str:
        return f"{self.trajectory_id}: {self.partner_kind} ({self.referred_on})"

    @property
    def partner_label(self) -> str:
        """The kind of partner, with the partner's own name when there is one."""
        kind = str(self.get_partner_kind_display())
        return f"{kind} – {self.partner_name}" if self.partner_name else kind
