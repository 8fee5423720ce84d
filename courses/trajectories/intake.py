"""The intake advice: a short intake (situation, goals, a simple language check) that suggests a
regular JobGroup, iWIN, ZZP or first a buddy, with the reasons; the coordinator decides.

A participant completes their own intake, or a coordinator completes one for a candidate at one of
their locations. Every save keeps the answers as a draft, also when they are incomplete; sending
checks completeness, and an incomplete intake stays a draft with the missing questions named.

The language check is content (`content.LanguageCheckPage`, edited in Wagtail). An intake keeps
the revision it was started on, so a later edit never changes its questions or its score.

Rules (docs/decisions.md, "Intake advice"), first match decides, all matching reasons are shown:
1. first a buddy: less than `buddy_below` % of the check right, or two or more heavy matters at
   once (debts, health, housing, care), or no wish to work in a group;
2. iWIN: Dutch is not the first language and less than `iwin_below` % right, or reading Dutch is
   hard by one's own account;
3. ZZP: (former) freelancer who doubts whether to go on as an entrepreneur;
4. otherwise the regular JobGroup.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from accounts.names import clean_name
from content.models import LanguageCheckPage
from courses.groups.access import coordinated_locations
from courses.trajectories.models import (
    HEAVY_OBSTACLES,
    MAX_TEXT,
    MULTI_QUESTIONS,
    SITUATION_QUESTIONS,
    TEXT_QUESTIONS,
    Advice,
    Intake,
)

# --- Questions of the intake (fixed: the advice rules depend on them) ---------------------------


# --- Messages ------------------------------------------------------------------------------------

MISSING = _("Vul deze vraag nog in.")
NOT_A_CHOICE = _("Kies een van de antwoorden.")
TOO_LONG = _("Dit is te lang. Gebruik hoogstens %(max)s tekens.")
INCOMPLETE = _(
    "Je antwoorden zijn bewaard als concept. Er missen nog antwoorden; "
    "kijk bij de vragen met een melding."
)
ALREADY_SENT = _("Deze intake is al verstuurd. Je kunt hem niet meer veranderen.")
NOT_SENT = _("De intake is nog niet verstuurd. Een besluit kan pas daarna.")
DECISION_UNKNOWN = _("Kies een JobGroup of 'eerst een maatje'.")
OVERRIDE_NEEDS_NOTE = _("Je kiest iets anders dan het advies. Schrijf kort op waarom.")
NAME_MISSING = _("Vul de naam van de kandidaat in.")
LOCATION_NOT_YOURS = _("Kies een locatie waar je coördinator bent.")


# --- The language check (content) ---------------------------------------------------------------


class LanguageCheck:
    """The check as it was in one revision: the text, the questions (without the key) and the
    scoring."""

    def __init__(self, revision: Revision):
        page = revision.as_object()
        self.revision = revision
        self.intro = page.intro
        self.reading_text = page.reading_text
        self.iwin_below = page.iwin_below
        self.buddy_below = page.buddy_below
        self._questions = [block.value for block in page.questions]

    @property
    def questions(self) -> list[dict]:
        return [
            {
                "number": n,
                "text": question["question"],
                "options": [option["text"] for option in question["options"]],
            }
            for n, question in enumerate(self._questions)
        ]

    def score(self, chosen: list) -> int | None:
        if not self._questions or len(chosen) != len(self._questions) or None in chosen:
            return None
        correct = sum(
            bool(question["options"][index]["correct"])
            for index, question in zip(chosen, self._questions, strict=True)
        )
        return round(100 * correct / len(self._questions))


def current_language_check_revision() -> Revision | None:

    page = LanguageCheckPage.objects.live().first()
    return page.live_revision if page else None


def language_check_of(intake: Intake) -> LanguageCheck | None:
    return LanguageCheck(intake.check_revision) if intake.check_revision_id else None


# --- Cleaning answers ----------------------------------------------------------------------------


def clean_answers(raw: dict, *, check: LanguageCheck | None) -> tuple[dict, dict]:
    """What can be kept of `raw` (a form's data as a dict of lists), and the problems for sending.
    Wrong values are dropped (with an error); missing ones are only an error for sending."""
    answers: dict = {}
    errors: dict = {}

    def first(name):
        values = raw.get(name) or []
        return values[0] if values else ""

    for name, (_label, choices) in SITUATION_QUESTIONS.items():
        value = first(name)
        if value == "":
            continue
        if value not in dict(choices):
            errors[name] = NOT_A_CHOICE
            continue
        answers[name] = value
    for name, (_label, choices) in MULTI_QUESTIONS.items():
        values = [v for v in raw.get(name) or [] if v]
        if any(v not in dict(choices) for v in values):
            errors[name] = NOT_A_CHOICE
            values = [v for v in values if v in dict(choices)]
        if "none" in values and len(values) > 1:
            values = [v for v in values if v != "none"]
        if values:
            answers[name] = values
    for name in TEXT_QUESTIONS:
        value = first(name).strip()
        if len(value) > MAX_TEXT:
            errors[name] = TOO_LONG % {"max": MAX_TEXT}
            value = value[:MAX_TEXT]
        if value:
            answers[name] = value
    if check is not None:
        chosen = []
        for question in check.questions:
            name = f"check_{question['number']}"
            value = first(name)
            index = None
            if value != "":
                try:
                    index = int(value)
                except ValueError:
                    index = None
                if index is None or not 0 <= index < len(question["options"]):
                    errors[name] = NOT_A_CHOICE
                    index = None
            chosen.append(index)
        answers["check"] = chosen
    return answers, errors


def missing_for_sending(answers: dict, *, check: LanguageCheck | None) -> dict:
    missing = {}
    for name in SITUATION_QUESTIONS:
        if name == "entrepreneur_doubt" and answers.get("work_background") != "self_employed":
            continue
        if not answers.get(name):
            missing[name] = MISSING
    for name in MULTI_QUESTIONS:
        if not answers.get(name):
            missing[name] = MISSING
    for name, (_label, required) in TEXT_QUESTIONS.items():
        if required and not answers.get(name):
            missing[name] = MISSING
    if check is not None:
        for question, chosen in zip(check.questions, answers.get("check") or [], strict=False):
            if chosen is None:
                missing[f"check_{question['number']}"] = MISSING
        if len(answers.get("check") or []) < len(check.questions):
            for question in check.questions[len(answers.get("check") or []) :]:
                missing[f"check_{question['number']}"] = MISSING
    return missing


# --- The advice ------------------------------------------------------------------------------------


def advise(answers: dict, *, score: int | None, check: LanguageCheck | None) -> tuple[str, list]:
    """The advice and the codes of its reasons (see the module's docstring for the rules)."""
    buddy_below = check.buddy_below if check else 50
    iwin_below = check.iwin_below if check else 80
    reasons: list[str] = []
    obstacles = set(answers.get("obstacles") or []) & HEAVY_OBSTACLES

    buddy = []
    if score is not None and score < buddy_below:
        buddy.append("language_hard")
    if len(obstacles) >= 2:
        buddy.append("many_obstacles")
    if answers.get("group_ready") == "no":
        buddy.append("no_group")
    iwin = answers.get("first_language_dutch") == "no" and (
        (score is not None and score < iwin_below) or answers.get("reading_self") == "hard"
    )
    zzp = (
        answers.get("work_background") == "self_employed"
        and answers.get("entrepreneur_doubt") == "yes"
    )

    if buddy:
        advice, reasons = Advice.BUDDY_FIRST, buddy
    elif iwin:
        advice, reasons = Advice.IWIN, ["language_support"]
    elif zzp:
        advice, reasons = Advice.ZZP, ["entrepreneur"]
    else:
        advice, reasons = Advice.REGULAR, ["regular_fits"]
    if iwin and advice == Advice.ZZP:
        reasons.append("language_support")
    if answers.get("device") == "none":
        reasons.append("no_device")
    if score is None:
        reasons.append("no_check")
    return str(advice), reasons


# --- Services --------------------------------------------------------------------------------------


def start_intake(*, by, location, person=None, person_name: str = "") -> Intake:

    name = clean_name(person.name if person else person_name)
    if not name:
        raise ValidationError({"person_name": NAME_MISSING})
    own = person is not None and person.pk == by.pk
    if not own and not coordinated_locations(by).filter(pk=location.pk).exists():
        raise ValidationError({"location": LOCATION_NOT_YOURS})
    return Intake.objects.create(
        location=location,
        person=person,
        person_name=name[:150],
        started_by=by,
        check_revision=current_language_check_revision(),
    )


def save_intake(*, intake: Intake, raw: dict, send: bool) -> dict:
    """Keep what was filled in (always), and send when asked and complete. Returns the problems
    per question (empty when everything is fine)."""
    with transaction.atomic():
        intake = Intake.objects.select_for_update().get(pk=intake.pk)
        if intake.status != Intake.Status.DRAFT:
            raise ValidationError(ALREADY_SENT)
        check = language_check_of(intake)
        answers, errors = clean_answers(raw, check=check)
        intake.answers = answers
        score = check.score(answers.get("check") or []) if check else None
        intake.language_score = score
        intake.advice, intake.advice_reasons = advise(answers, score=score, check=check)
        problems = dict(errors)
        if send:
            problems = {**missing_for_sending(answers, check=check), **errors}
            if not problems:
                intake.status = Intake.Status.SENT
                intake.sent_at = timezone.now()
        intake.save()
    return problems


def decide_intake(*, intake: Intake, by, decision: str, note: str = "") -> Intake:
    note = (note or "").strip()[:MAX_TEXT]
    if intake.status == Intake.Status.DRAFT:
        raise ValidationError(NOT_SENT)
    if decision not in Advice.values:
        raise ValidationError({"decision": DECISION_UNKNOWN})
    if decision != intake.advice and not note:
        raise ValidationError({"decision_note": OVERRIDE_NEEDS_NOTE})
    intake.decision = decision
    intake.decision_note = note
    intake.decided_by = by
    intake.decided_at = timezone.now()
    intake.status = Intake.Status.DECIDED
    intake.save()
    return intake


# --- Reads -----------------------------------------------------------------------------------------


def intakes_for_coordinator(*, user):

    return Intake.objects.filter(location__in=coordinated_locations(user)).select_related(
        "location", "person"
    )
