"""Writes of the workbooks: releasing editions, loading the seed content."""

import uuid

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Page, Site

from accounts.roles import Role
from accounts.services import user_grant_role, user_revoke_role

from . import errors
from .diff import release_diff
from .glossary import glossary_changed
from .models import (
    Edition,
    EditionStep,
    GlossaryTerm,
    LanguageCheckPage,
    ProgrammeIndexPage,
    ProgrammePage,
    StepPage,
)
from .parts import FIXED_BUILD

SEED_NAMESPACE = uuid.UUID("6f1c1c52-3b55-4a3e-9f55-1f0b0c6a7e21")

# Wagtail's own group; the review task (content/workflow.py) lets it and "Editors" approve.
REVIEWERS_GROUP = "Moderators"


# --- Editors and reviewers ----------------------------------------------------------------------


@transaction.atomic
def editor_grant(*, user, reviewer_only: bool = False) -> None:
    """An editor edits, approves another editor's change and releases editions; a reviewer only
    approves or rejects changes in the review."""
    if not reviewer_only:
        user_grant_role(user=user, role=Role.EDITOR)
        return
    group, _created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group)


@transaction.atomic
def editor_revoke(*, user, reviewer_only: bool = False) -> None:
    if reviewer_only:
        user.groups.remove(*Group.objects.filter(name=REVIEWERS_GROUP))
    else:
        user_revoke_role(user=user, role=Role.EDITOR)


@transaction.atomic
def edition_release(*, programme: ProgrammePage, release_notes: str, user=None) -> Edition:
    """Freeze the published revision of every step as the next edition of the programme."""
    release_notes = (release_notes or "").strip()
    if not release_notes:
        raise ValidationError({"release_notes": errors.EDITION_NOTES_REQUIRED})
    steps = list(StepPage.objects.child_of(programme).order_by("number"))
    live_steps = [step for step in steps if step.live and step.live_revision_id]
    for step in steps:
        if not (step.live and step.live_revision_id):
            raise ValidationError(errors.EDITION_STEP_NOT_PUBLISHED % {"number": step.number})
    expected = programme.number_of_steps
    if len(live_steps) != expected:
        raise ValidationError(
            errors.EDITION_STEP_COUNT % {"expected": expected, "found": len(live_steps)}
        )
    if [step.number for step in live_steps] != list(range(1, expected + 1)):
        raise ValidationError(errors.EDITION_STEP_NUMBERS % {"expected": expected})
    in_review = pages_in_review(programme=programme)
    if in_review:
        raise ValidationError(
            errors.EDITION_IN_REVIEW % {"pages": ", ".join(page.title for page in in_review)}
        )
    previous = programme.editions.order_by("-number").first()
    if previous is not None:
        diff = release_diff(programme=programme, previous=previous)
        if all(step.status == "unchanged" for step in diff):
            raise ValidationError(errors.EDITION_NOTHING_CHANGED)

    # Lock the programme row so two editors releasing at once get consecutive numbers.
    ProgrammePage.objects.select_for_update().filter(pk=programme.pk).first()
    last = programme.editions.order_by("-number").values_list("number", flat=True).first() or 0
    try:
        with transaction.atomic():
            edition = Edition.objects.create(
                programme=programme,
                number=last + 1,
                release_notes=release_notes,
                released_by=user if user is not None and user.is_authenticated else None,
            )
    except IntegrityError as exc:
        raise ValidationError("Er kwam net een andere editie uit. Probeer het opnieuw.") from exc
    EditionStep.objects.bulk_create(
        EditionStep(
            edition=edition,
            step_page=step,
            revision_id=step.live_revision_id,
            number=step.number,
            title=step.title,
        )
        for step in live_steps
    )
    return edition


def pages_in_review(*, programme: ProgrammePage) -> list[Page]:
    """The programme and those of its steps with a change waiting in the review."""
    pages = [programme, *StepPage.objects.child_of(programme).order_by("number")]
    return [page for page in pages if page.workflow_in_progress]


# --- Seed content -----------------------------------------------------------------------------


def _seed_id(*parts) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, "/".join(str(p) for p in parts)))


def _exercise_raw(exercise: dict) -> dict:
    kind = exercise["type"]
    if kind == "reflection":
        return {"prompt": exercise["prompt"], "help": exercise.get("help", "")}
    if kind == "list":
        return {"prompt": exercise["prompt"], "categories": exercise.get("categories", [])}
    if kind == "rating_grid":
        return {
            "prompt": exercise["prompt"],
            "items": exercise["items"],
            "allow_own_items": exercise.get("allow_own_items", True),
        }
    if kind == "choice":
        return {
            "prompt": exercise["prompt"],
            "options": exercise["options"],
            "multiple": exercise.get("multiple", False),
            "max_choices": exercise.get("max_choices"),
        }
    if kind == "instruction":
        return {"text": f"<p>{exercise['text']}</p>", "grouping": exercise.get("grouping", "pairs")}
    if kind == "upload":
        return {
            "prompt": exercise["prompt"],
            "file_types": exercise.get("file_types", ["pdf", "docx"]),
            "max_mb": exercise.get("max_mb", 5),
        }
    if kind == "quiz":
        return {
            "title": exercise.get("title", ""),
            "questions": exercise["questions"],
            "pass_mark": exercise.get("pass_mark", 70),
        }
    if kind == "action_plan":
        return {"prompt": exercise["prompt"], "rows": exercise.get("rows", 3)}
    raise ValueError(f"unknown exercise type {kind!r}")


def plan_raw(*, slug: str, step: dict) -> list[dict]:
    """The StreamField data of a step's meeting plan, with ids derived from the seed."""
    number = step["number"]
    plan = []
    for part_name in FIXED_BUILD:
        part = step["parts"][part_name]
        plan.append(
            {
                "type": part_name,
                "id": _seed_id(slug, number, part_name),
                "value": {
                    "text": part["text"],
                    "image": {"image": None, "alt": ""},
                    "leader_notes": part.get("leader_notes", ""),
                    "minutes": part["minutes"],
                    "exercises": [
                        {
                            "type": exercise["type"],
                            "id": _seed_id(slug, number, part_name, index),
                            "value": _exercise_raw(exercise),
                        }
                        for index, exercise in enumerate(part.get("exercises", []))
                    ],
                },
            }
        )
    return plan


def programme_index() -> ProgrammeIndexPage:
    index = ProgrammeIndexPage.objects.first()
    if index is not None:
        return index
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = site.root_page if site else Page.get_first_root_node()

    index = ProgrammeIndexPage(
        title="Werkboeken",
        slug="werkboeken",
        intro="<p>Alle programma's en trainingen van Digitale JobGroup.</p>",
    )
    root.add_child(instance=index)
    index.save_revision().publish()
    return index


@transaction.atomic
def programme_load_seed(data: dict, *, user=None) -> ProgrammePage:
    """Create a programme with its steps from seed data and release edition 1 (idempotent)."""
    existing = ProgrammePage.objects.filter(slug=data["slug"]).first()
    if existing is not None and existing.editions.exists():
        return existing
    index = programme_index()
    programme = existing or ProgrammePage(slug=data["slug"])
    programme.title = data["title"]
    programme.kind = data["kind"]
    programme.variant = data["variant"]
    programme.intro = data["intro"]
    programme.target_group = data["target_group"]
    programme.number_of_steps = len(data["steps"])
    programme.certifies_role = data.get("certifies_role") or ""
    programme.certificate_valid_months = data.get("certificate_valid_months")
    if existing is None:
        index.add_child(instance=programme)
    programme.save_revision(user=user).publish()
    for step in data["steps"]:
        page = StepPage.objects.child_of(programme).filter(number=step["number"]).first()
        is_new = page is None
        if is_new:
            page = StepPage(number=step["number"], slug=f"stap-{step['number']}")
        page.title = step["title"]
        page.learning_goal = step["learning_goal"]
        page.plan = plan_raw(slug=data["slug"], step=step)
        page.agenda = [("item", dict(item)) for item in step.get("agenda", [])]
        if is_new:
            programme.add_child(instance=page)
        page.save_revision(user=user).publish()
    programme = ProgrammePage.objects.get(pk=programme.pk)
    edition_release(
        programme=programme,
        release_notes="Eerste editie, geschreven vanuit de methode van JobHulpMaatje.",
        user=user,
    )
    return programme


def language_check_load_seed(data: dict, *, user=None):
    """The intake's language check under the programme index, published (idempotent)."""
    page = LanguageCheckPage.objects.first()
    if page is not None:
        return page
    page = LanguageCheckPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        reading_text=data["reading_text"],
        iwin_below=data["iwin_below"],
        buddy_below=data["buddy_below"],
        questions=[
            (
                "question",
                {
                    "question": question["question"],
                    "options": [
                        {"text": text, "correct": correct} for text, correct in question["options"]
                    ],
                },
            )
            for question in data["questions"]
        ],
    )
    programme_index().add_child(instance=page)
    page.save_revision(user=user).publish()
    return page


# --- The glossary -------------------------------------------------------------------------------


@transaction.atomic
def glossary_term_save(
    *, term: str, variants: str = "", explanation_nl: str, explanation_en: str = ""
) -> GlossaryTerm:
    """Add a word to the glossary or change its explanation; the workbooks mark it from now on."""
    item = GlossaryTerm.objects.filter(term=term.strip()).first() or GlossaryTerm(term=term.strip())
    item.variants = variants.strip()
    item.explanation_nl = explanation_nl.strip()
    item.explanation_en = explanation_en.strip()
    item.full_clean()
    item.save()
    transaction.on_commit(glossary_changed)
    glossary_changed()
    return item


@transaction.atomic
def glossary_load_seed(terms: list[dict]) -> int:
    """The seed glossary (content/seed_data/glossary.toml): only words not in the database yet,
    so editors' changes stay. Returns how many were added."""
    existing = set(GlossaryTerm.objects.values_list("term", flat=True))
    new = [
        GlossaryTerm(
            term=item["term"],
            variants=item["variants"],
            explanation_nl=item["nl"],
            explanation_en=item["en"],
        )
        for item in terms
        if item["term"] not in existing
    ]
    GlossaryTerm.objects.bulk_create(new)
    transaction.on_commit(glossary_changed)
    glossary_changed()
    return len(new)
