"""The workbooks: a Wagtail page tree of programmes and steps, released in frozen editions.

ProgrammeIndexPage → ProgrammePage (a JobGroup variant or a volunteer course) → StepPage.
An Edition is a numbered, frozen set of step revisions (Wagtail's own `Revision`); a group runs on
the edition it started with, whatever editors publish later.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PagePermissionTester, Revision, RevisionMixin
from wagtail.search import index

from accounts.access import user_may_use_admin
from toolkit.permissions import NotPermitted

from .blocks import MAX_AGENDA_ITEMS, AgendaItemBlock, MeetingPlanBlock, QuizQuestionBlock


class ProgrammeKind(models.TextChoices):
    JOBGROUP = "jobgroup", _("JobGroup")
    VOLUNTEER_COURSE = "volunteer_course", _("Training voor vrijwilligers")


class Variant(models.TextChoices):
    REGULAR = "regular", _("JobGroup (regulier)")
    IWIN = "iwin", _("iWIN – Ik Werk in Nederland")
    ZZP = "zzp", _("JobGroup ZZP")
    BUDDY_TRAINING = "buddy_training", _("Maatjestraining")
    LEADER_TRAINING = "leader_training", _("JobGroupleiderstraining")
    COORDINATOR_TRAINING = "coordinator_training", _("Coördinatortraining")
    MIGRANT_DAY = "migrant_day", _("Extra trainingsdag migranten coachen")
    RECERTIFICATION = "recertification", _("Hercertificering")


JOBGROUP_VARIANTS = {Variant.REGULAR, Variant.IWIN, Variant.ZZP}


class CertifiedRole(models.TextChoices):
    BUDDY = "buddy", _("Maatje")
    LEADER = "leader", _("JobGroupleider")
    COORDINATOR = "coordinator", _("Coördinator")
    MIGRANT_COACHING = "migrant_coaching", _("Migranten coachen")


RICH_FEATURES = ["bold", "italic", "h3", "ol", "ul", "link"]


class OfficeOnlyMixin:
    """Workbook pages are read through a group's edition (courses), never served publicly: the
    live page (with leaders' notes) is only for office staff; everyone else gets a 404."""

    def serve(self, request, *args, **kwargs):
        if not user_may_use_admin(user=request.user):
            raise NotPermitted
        return super().serve(request, *args, **kwargs)


class FixedPartPermissionTester(PagePermissionTester):
    """The workbook tree has a fixed shape: the overview, the language check and the programmes
    stay where they are, and steps stay numbered under their programme. Nothing can be moved;
    only a programme (or a step of one) that never had an edition can be deleted, since editions
    keep their revisions. Wagtail then offers no button that cannot work."""

    def _has_editions(self) -> bool:
        page = self.page.specific
        if isinstance(page, StepPage):
            parent = page.get_parent()
            return parent is not None and Edition.objects.filter(programme_id=parent.pk).exists()
        if isinstance(page, ProgrammePage):
            return page.editions.exists()
        return True  # the overview and the language check are always fixed

    def can_delete(self, ignore_bulk=False):
        return not self._has_editions() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        return False

    def can_move_to(self, destination):
        return False

    def can_reorder_children(self):
        return False  # steps are ordered by their number, programmes by the overview


class FixedPartMixin:
    def permissions_for_user(self, user):
        return FixedPartPermissionTester(user, self)


class ProgrammeIndexPage(FixedPartMixin, OfficeOnlyMixin, Page):
    intro = RichTextField(blank=True, features=RICH_FEATURES, verbose_name=_("inleiding"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["content.ProgrammePage", "content.LanguageCheckPage"]
    max_count = 1
    template = "content/programme_index_page.html"

    class Meta:
        verbose_name = _("overzicht van programma's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().specific().order_by("path")
        return context


class ProgrammePage(FixedPartMixin, OfficeOnlyMixin, Page):
    kind = models.CharField(_("soort"), max_length=20, choices=ProgrammeKind.choices)
    variant = models.CharField(_("variant"), max_length=30, choices=Variant.choices)
    intro = RichTextField(features=RICH_FEATURES, verbose_name=_("inleiding"))
    target_group = models.TextField(_("voor wie"))
    number_of_steps = models.PositiveSmallIntegerField(_("aantal stappen"))
    certifies_role = models.CharField(
        _("geeft certificaat voor"), max_length=20, choices=CertifiedRole.choices, blank=True
    )
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificaat geldig (maanden)"), null=True, blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("variant"), FieldPanel("number_of_steps")]),
        FieldPanel("intro"),
        FieldPanel("target_group"),
        MultiFieldPanel(
            [FieldPanel("certifies_role"), FieldPanel("certificate_valid_months")],
            heading=_("Alleen voor trainingen"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("target_group")]
    parent_page_types = ["content.ProgrammeIndexPage"]
    subpage_types = ["content.StepPage"]
    template = "content/programme_page.html"
    admin_default_ordering = "ord"  # the explorer lists steps by number (wagtail_hooks)

    class Meta:
        verbose_name = _("programma")
        verbose_name_plural = _("programma's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = StepPage.objects.child_of(self).order_by("number", "path")
        context["editions"] = self.editions.order_by("number") if self.pk else []
        return context

    def clean(self):
        super().clean()
        problems = {}
        is_course = self.kind == ProgrammeKind.VOLUNTEER_COURSE
        if self.variant and (self.variant in JOBGROUP_VARIANTS) == is_course:
            problems["variant"] = _("Deze variant past niet bij de soort programma.")
        if is_course and not self.certificate_valid_months:
            problems["certificate_valid_months"] = _(
                "Een training geeft een certificaat: vul in hoe lang het geldig is."
            )
        if not is_course and (self.certifies_role or self.certificate_valid_months):
            problems["certifies_role"] = _("Een JobGroup geeft geen certificaat.")
        if problems:
            raise ValidationError(problems)

    @property
    def is_volunteer_course(self) -> bool:
        return self.kind == ProgrammeKind.VOLUNTEER_COURSE


class StepPage(FixedPartMixin, OfficeOnlyMixin, Page):
    number = models.PositiveSmallIntegerField(_("stap"))
    learning_goal = models.TextField(_("leerdoel"))
    plan = StreamField(
        MeetingPlanBlock(),
        verbose_name=_("opbouw van de bijeenkomst"),
        help_text=_("Altijd zeven onderdelen in vaste volgorde."),
    )
    agenda = StreamField(
        [("item", AgendaItemBlock())],
        blank=True,
        max_num=MAX_AGENDA_ITEMS,
        verbose_name=_("dagprogramma van de training"),
        help_text=_(
            "Alleen voor trainingen: de onderdelen van deze trainingsdag met hun minuten "
            "(hoogstens zeven). De ruimte en de printversie volgen dit programma."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number")]),
        FieldPanel("learning_goal"),
        FieldPanel("agenda"),
        FieldPanel("plan"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("learning_goal")]
    parent_page_types = ["content.ProgrammePage"]
    subpage_types: list[str] = []
    template = "content/step_page.html"

    class Meta:
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")

    def get_admin_display_title(self):
        """Steps carry their number in the admin's tree, listings and breadcrumbs."""
        return f"{self.number}. {super().get_admin_display_title()}"

    def get_context(self, request, *args, **kwargs):
        from .selectors import step_page_content  # noqa: PLC0415 — selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context["step"] = step_page_content(self)
        return context

    def clean(self):
        super().clean()
        parent = self.get_parent()
        if parent is None:
            return
        programme = parent.specific
        if (
            self.agenda
            and isinstance(programme, ProgrammePage)
            and not programme.is_volunteer_course
        ):
            raise ValidationError(
                {
                    "agenda": _(
                        "Een JobGroup volgt altijd de zeven vaste onderdelen; een eigen "
                        "dagprogramma is alleen voor trainingen."
                    )
                }
            )
        siblings = StepPage.objects.child_of(parent).filter(number=self.number)
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        if siblings.exists():
            raise ValidationError({"number": _("Er is al een stap met dit nummer.")})


class Edition(models.Model):
    """Edition N of a programme: a frozen set of step revisions with release notes."""

    programme = models.ForeignKey(
        ProgrammePage,
        on_delete=models.PROTECT,
        related_name="editions",
        verbose_name=_("programma"),
    )
    number = models.PositiveSmallIntegerField(_("editie"))
    release_notes = models.TextField(_("wat is er veranderd"))
    released_at = models.DateTimeField(_("uitgebracht op"), auto_now_add=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("editie")
        verbose_name_plural = _("edities")
        ordering = ["programme_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "number"], name="unique_edition_number"),
        ]

    def __str__(self) -> str:
        return f"{self.programme.title} – {_('editie')} {self.number}"


class EditionStep(models.Model):
    """One step as it was when the edition was released."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="steps")
    step_page = models.ForeignKey(StepPage, on_delete=models.SET_NULL, null=True, related_name="+")
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="+")
    number = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=255)

    class Meta:
        ordering = ["edition_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="unique_edition_step"),
        ]

    def __str__(self) -> str:
        return f"{self.edition} – {self.number}. {self.title}"


class LanguageCheckPage(FixedPartMixin, OfficeOnlyMixin, Page):
    """The short language check of the intake (not an exam): a text to read and a few questions
    about it. Editors keep it current like the workbooks (review by a second editor); an intake
    keeps the revision it was started on, so a later edit never changes a score."""

    intro = models.TextField(
        _("uitleg voor de deelnemer"),
        help_text=_("Kort en eenvoudig: wat de deelnemer gaat doen en dat het geen examen is."),
    )
    reading_text = models.TextField(
        _("tekst om te lezen"),
        help_text=_("Een korte tekst in eenvoudig Nederlands (ongeveer 80 tot 150 woorden)."),
    )
    questions = StreamField(
        [("question", QuizQuestionBlock())],
        min_num=2,
        max_num=10,
        verbose_name=_("vragen over de tekst"),
    )
    iwin_below = models.PositiveSmallIntegerField(
        _("iWIN-advies onder (procent goed)"),
        default=80,
        help_text=_(
            "Wie minder goed heeft en Nederlands niet als eerste taal heeft, krijgt iWIN als advies."
        ),
    )
    buddy_below = models.PositiveSmallIntegerField(
        _("eerst een maatje onder (procent goed)"),
        default=50,
        help_text=_(
            "Wie minder goed heeft, krijgt als advies: eerst een maatje (en een taalcursus)."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("reading_text"),
        FieldPanel("questions"),
        FieldRowPanel([FieldPanel("iwin_below"), FieldPanel("buddy_below")]),
    ]
    parent_page_types = ["content.ProgrammeIndexPage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "content/language_check_page.html"

    class Meta:
        verbose_name = _("taalcheck voor de intake")

    def clean(self):
        super().clean()
        if self.buddy_below > self.iwin_below:
            raise ValidationError(
                {"buddy_below": _("Deze grens moet lager zijn dan de grens voor iWIN.")}
            )
        if self.iwin_below > 100:
            raise ValidationError({"iwin_below": _("Kies een getal van 0 tot en met 100.")})


class GlossaryTerm(RevisionMixin, models.Model):
    """A hard word participants meet in the workbooks, with a plain explanation (Dutch, and
    English for iWIN groups and the English interface). The workbook marks it where it appears
    (content/glossary.py); editors keep the list in Wagtail (a snippet, with revisions)."""

    term = models.CharField(_("woord"), max_length=80, unique=True)
    variants = models.CharField(
        _("andere vormen"),
        max_length=255,
        blank=True,
        help_text=_(
            "Andere vormen van het woord, met een komma ertussen. Bijvoorbeeld: competentie, "
            "competenties."
        ),
    )
    explanation_nl = models.TextField(
        _("uitleg in het Nederlands"),
        max_length=300,
        help_text=_("Kort en eenvoudig, in een of twee zinnen. Gebruik 'je'."),
    )
    explanation_en = models.TextField(_("uitleg in het Engels"), max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("variants"),
        FieldPanel("explanation_nl"),
        FieldPanel("explanation_en"),
    ]

    class Meta:
        verbose_name = _("woord in de woordenlijst")
        verbose_name_plural = _("woordenlijst")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    def forms(self) -> list[str]:
        """The term and its variants, as written (empty ones left out)."""
        forms = [self.term, *self.variants.split(",")]
        return [form.strip() for form in forms if form.strip()]


from .workflow import SecondEditorReviewTask  # noqa: E402,F401  (a model of this app)
