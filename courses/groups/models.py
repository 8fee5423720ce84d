"""Groups (cohorts) and what participants make in them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from content.models import ProgrammeKind

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
    finished_on = models.DateField(_("afgelopen op"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")
        ordering = ["-start_date", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_training(self) -> bool:
        """A group of a volunteer-course programme: a training, run by a trainer, open to
        volunteers of every location (a national training)."""
        return self.programme.kind == ProgrammeKind.VOLUNTEER_COURSE


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


class Meeting(models.Model):
    """One live room. Most are a group's meeting for one step; the same room also runs an open
    workshop, an intervision meeting and a finished group's own network channel (`kind`)."""

    class Kind(models.TextChoices):
        JOBGROUP = "jobgroup", _("JobGroup")
        WORKSHOP = "workshop", _("Workshop")
        INTERVISION = "intervision", _("Intervisie")
        NETWORK = "network", _("Groepskanaal")
        BUDDY = "buddy", _("Gesprek met maatje")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Gepland")
        LIVE = "live", _("Bezig")
        ENDED = "ended", _("Afgelopen")

    kind = models.CharField(_("soort"), max_length=12, choices=Kind.choices, default=Kind.JOBGROUP)
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="meetings", null=True, blank=True
    )
    step_number = models.PositiveSmallIntegerField(_("stap"), null=True, blank=True)
    workshop = models.OneToOneField(
        "courses.Workshop",
        on_delete=models.CASCADE,
        related_name="meeting",
        null=True,
        blank=True,
    )
    network_of = models.OneToOneField(
        Cohort,
        on_delete=models.CASCADE,
        related_name="network_channel",
        null=True,
        blank=True,
        help_text=_("Het groepskanaal van deze (afgelopen) groep."),
    )
    circle = models.ForeignKey(
        "courses.IntervisionCircle",
        on_delete=models.CASCADE,
        related_name="meetings",
        null=True,
        blank=True,
    )
    buddy_match = models.ForeignKey(
        "courses.BuddyMatch",
        on_delete=models.CASCADE,
        related_name="meetings",
        null=True,
        blank=True,
        help_text=_("Het online gesprek van een maatje met zijn of haar deelnemer."),
    )
    starts_at = models.DateTimeField(_("begint om"))
    duration_minutes = models.PositiveSmallIntegerField(_("duur (minuten)"), default=120)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    place = models.CharField(
        _("plaats"),
        max_length=200,
        blank=True,
        help_text=_("Alleen invullen als de groep deze keer niet op het adres van de locatie is."),
    )
    check_in_code = models.CharField(_("code om in te checken"), max_length=8, blank=True)

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["cohort_id", "step_number", "starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "step_number"],
                condition=models.Q(kind="jobgroup"),
                name="one_meeting_per_step",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="jobgroup", cohort__isnull=False, step_number__isnull=False)
                    | models.Q(kind="workshop", workshop__isnull=False, cohort__isnull=True)
                    | models.Q(kind="intervision", circle__isnull=False, cohort__isnull=True)
                    | models.Q(kind="network", network_of__isnull=False, cohort__isnull=True)
                    | models.Q(kind="buddy", buddy_match__isnull=False, cohort__isnull=True)
                ),
                name="meeting_kind_matches_its_owner",
            ),
        ]

    def __str__(self) -> str:
        if self.kind == self.Kind.JOBGROUP:
            return f"{self.cohort} – {_('stap')} {self.step_number}"
        if self.kind == self.Kind.WORKSHOP:
            return str(self.workshop)
        if self.kind == self.Kind.INTERVISION:
            return f"{self.circle} – {self.starts_at:%Y-%m-%d}"
        if self.kind == self.Kind.BUDDY:
            return f"{_('maatjesgesprek')} {self.buddy_match_id} – {self.starts_at:%Y-%m-%d}"
        return f"{self.network_of} – {_('groepskanaal')}"

    @property
    def group_name(self) -> str:
        """The channel-layer group of this meeting's live room."""
        return f"meeting.{self.pk}"


class Attendance(models.Model):
    """Who was in a meeting, from when to when (from the live room's connections)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance"
    )
    joined_at = models.DateTimeField()
    left_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("aanwezigheid")
        verbose_name_plural = _("aanwezigheid")
        indexes = [models.Index(fields=["meeting", "user"])]

    def __str__(self) -> str:
        return f"{self.user} @ {self.meeting}"


class AttendanceRecord(models.Model):
    """The register: one row per (meeting, member), filled by the leader or trainer (or the
    location's coordinator), or by the member's own check-in on site. The register decides; the
    room's connections (`Attendance`) are only a suggestion."""

    class Status(models.TextChoices):
        PRESENT = "present", _("Aanwezig")
        LATE = "late", _("Te laat")
        ABSENT = "absent", _("Afwezig")
        EXCUSED = "excused", _("Afgemeld")

    class Source(models.TextChoices):
        REGISTER = "register", _("Presentielijst")
        CHECK_IN = "check_in", _("Zelf ingecheckt")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="register")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance_records"
    )
    status = models.CharField(_("aanwezigheid"), max_length=10, choices=Status.choices)
    reason = models.CharField(_("reden van afmelden"), max_length=300, blank=True)
    source = models.CharField(_("bron"), max_length=10, choices=Source.choices)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    set_at = models.DateTimeField()
    checked_in_at = models.DateTimeField(_("ingecheckt om"), null=True, blank=True)

    class Meta:
        verbose_name = _("presentie")
        verbose_name_plural = _("presentielijst")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="one_register_row_per_member"),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.meeting}: {self.status}"


class Invitation(models.Model):
    """An invitation by e-mail to join a group. The link works once and expires."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mailadres"))
    role = models.CharField(
        _("rol"),
        max_length=12,
        choices=CohortMembership.Role.choices,
        default=CohortMembership.Role.PARTICIPANT,
    )
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.cohort}"

    @property
    def status(self) -> str:

        if self.accepted_at:
            return "accepted"
        if self.withdrawn_at:
            return "withdrawn"
        if self.expires_at <= timezone.now():
            return "expired"
        return "open"


class LeaderMessage(models.Model):
    """A message from the leaders to their group, shown on the participants' home."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("bericht"))
    html = models.TextField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bericht van de leiders")
        verbose_name_plural = _("berichten van de leiders")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.cohort}: {self.text[:40]}"


class VacancyPost(models.Model):
    """A vacancy one member of a group shares with the others (step 5: "ook voor een
    mededeelnemer"). Plain text only; the link is an http(s) URL checked on the way in."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="vacancies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    title = models.CharField(_("titel"), max_length=150)
    link = models.URLField(_("link"), max_length=500, blank=True)
    for_whom = models.CharField(_("voor wie"), max_length=150, blank=True)
    note = models.TextField(_("opmerking"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("vacature in de groep")
        verbose_name_plural = _("vacatures in de groep")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["author", "created_at"])]

    def __str__(self) -> str:
        return f"{self.cohort}: {self.title[:40]}"


# Models kept in their own modules (the volunteer track), registered with this app here.
