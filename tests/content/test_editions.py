import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from content import errors
from content.diff import edition_diff, release_diff, steps_missing_from_notes
from content.models import Edition, ProgrammeIndexPage, ProgrammePage, StepPage
from content.selectors import edition_step_content
from content.services import edition_release
from tests.factories import REFLECTION, VIERKANT, UserFactory, make_programme

pytestmark = pytest.mark.django_db


def edit_and_publish(step: StepPage, mutate) -> StepPage:
    """Edit the latest version of a step like an editor would, and publish it."""
    page = step.get_latest_revision_as_object()
    mutate(page)
    page.save_revision().publish()
    return StepPage.objects.get(pk=step.pk)


def set_welcome_text(text):
    def mutate(page):
        raw = page.plan.raw_data
        raw[0]["value"]["text"] = text
        page.plan = list(raw)

    return mutate


def test_page_tree_rules():
    assert (
        ProgrammeIndexPage.allowed_parent_page_models() == [Page]
        or Page in ProgrammeIndexPage.allowed_parent_page_models()
    )
    assert ProgrammePage.allowed_parent_page_models() == [ProgrammeIndexPage]
    assert StepPage.allowed_parent_page_models() == [ProgrammePage]
    assert StepPage.allowed_subpage_models() == []
    programme = make_programme()
    index = ProgrammeIndexPage.objects.get()
    assert ProgrammePage.can_create_at(index)
    assert not StepPage.can_create_at(index)
    assert StepPage.can_create_at(programme)
    assert not ProgrammeIndexPage.can_create_at(index)  # only one overview


def test_programme_rules_for_courses_and_jobgroups():
    course = ProgrammePage(
        title="Training",
        kind="volunteer_course",
        variant="buddy_training",
        intro="<p>x</p>",
        target_group="x",
        number_of_steps=1,
    )
    with pytest.raises(ValidationError) as exc:
        course.full_clean()
    assert "certificate_valid_months" in exc.value.message_dict
    jobgroup = ProgrammePage(
        title="JG",
        slug="jg",
        kind="jobgroup",
        variant="regular",
        intro="<p>x</p>",
        target_group="x",
        number_of_steps=7,
        certifies_role="leader",
        certificate_valid_months=12,
    )
    with pytest.raises(ValidationError) as exc:
        jobgroup.full_clean()
    assert "certifies_role" in exc.value.message_dict
    mismatch = ProgrammePage(
        title="JG",
        slug="jg2",
        kind="jobgroup",
        variant="buddy_training",
        intro="<p>x</p>",
        target_group="x",
        number_of_steps=7,
    )
    with pytest.raises(ValidationError) as exc:
        mismatch.full_clean()
    assert "variant" in exc.value.message_dict


def test_seed_load_releases_edition_one_with_every_step():
    programme = make_programme(steps=3)
    edition = programme.editions.get()
    assert edition.number == 1
    assert list(edition.steps.values_list("number", flat=True)) == [1, 2, 3]
    step = edition_step_content(edition=edition, number=2)
    assert step.title == "Stap 2"
    assert [p.name for p in step.parts][3] == "deepening"
    assert step.parts[3].exercises[0].type == "rating_grid"


def test_seed_load_is_idempotent():
    make_programme()
    make_programme()
    assert ProgrammePage.objects.count() == 1
    assert Edition.objects.count() == 1


def test_running_group_keeps_its_edition_after_an_edit():
    programme = make_programme()
    edition_1 = programme.editions.get()
    step = StepPage.objects.child_of(programme).get(number=1)
    edit_and_publish(step, set_welcome_text("<p>Nieuwe welkomsttekst.</p>"))

    # Published, not released: edition 1 is untouched.
    assert (
        "Tekst voor welcome in stap 1"
        in edition_step_content(edition=edition_1, number=1).parts[0].text_html
    )
    edition_2 = edition_release(programme=programme, release_notes="Welkom herschreven.")
    assert edition_2.number == 2
    assert (
        "Nieuwe welkomsttekst"
        in edition_step_content(edition=edition_2, number=1).parts[0].text_html
    )
    assert (
        "Tekst voor welcome in stap 1"
        in edition_step_content(edition=edition_1, number=1).parts[0].text_html
    )


def test_a_draft_is_not_released():
    programme = make_programme()
    step = StepPage.objects.child_of(programme).get(number=1)
    page = step.get_latest_revision_as_object()
    set_welcome_text("<p>Nog een concept.</p>")(page)
    page.save_revision()  # saved, not published
    # A draft alone is no change: nothing to release.
    with pytest.raises(ValidationError) as exc:
        edition_release(programme=programme, release_notes="Niets gepubliceerd.")
    assert str(errors.EDITION_NOTHING_CHANGED) in str(exc.value)
    step_2 = StepPage.objects.child_of(programme).get(number=2)
    edit_and_publish(step_2, set_welcome_text("<p>Stap 2 herschreven.</p>"))
    edition_2 = edition_release(programme=programme, release_notes="Stap 2 herschreven.")
    assert "concept" not in edition_step_content(edition=edition_2, number=1).parts[0].text_html
    assert "herschreven" in edition_step_content(edition=edition_2, number=2).parts[0].text_html


def test_release_refuses_while_a_change_is_in_review():
    from wagtail.models import Workflow

    programme = make_programme()
    edit_and_publish(
        StepPage.objects.child_of(programme).get(number=2), set_welcome_text("<p>Nieuw.</p>")
    )
    author = UserFactory(roles=["editor"])
    step = StepPage.objects.child_of(programme).get(number=1)
    page = step.get_latest_revision_as_object()
    set_welcome_text("<p>In beoordeling.</p>")(page)
    page.save_revision(user=author)
    Workflow.objects.get(name__startswith="Redactie").start(step, author)
    with pytest.raises(ValidationError) as exc:
        edition_release(programme=programme, release_notes="Stap 2 nieuw.")
    assert "beoordeeld" in str(exc.value) and step.title in str(exc.value)
    assert programme.editions.count() == 1


def test_an_image_added_to_a_step_is_a_change():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    programme = make_programme(steps=1)
    image = Image.objects.create(title="gesprek", file=get_test_image_file())
    step = StepPage.objects.child_of(programme).get()

    def add_image(page):
        raw = page.plan.raw_data
        raw[2]["value"]["image"] = {"image": image.pk, "alt": "Twee mensen aan tafel"}
        page.plan = list(raw)

    edit_and_publish(step, add_image)
    diff = release_diff(programme=programme, previous=programme.editions.get())
    assert [(s.number, s.status) for s in diff] == [(1, "changed")]
    assert "Twee mensen aan tafel" in diff[0].changes[0].after


def test_release_notes_must_name_every_changed_step():
    programme = make_programme(steps=3)
    for number in (1, 3):
        edit_and_publish(
            StepPage.objects.child_of(programme).get(number=number),
            set_welcome_text(f"<p>Nieuw in {number}.</p>"),
        )
    diff = release_diff(programme=programme, previous=programme.editions.get())
    assert [s.number for s in steps_missing_from_notes("Nieuwe teksten.", diff)] == [1, 3]
    assert [s.number for s in steps_missing_from_notes("Stap 1 is nieuw.", diff)] == [3]
    assert steps_missing_from_notes("In stappen 1 en 3 een nieuwe welkomsttekst.", diff) == []
    assert steps_missing_from_notes("Stap 1 en Stap 3: nieuw welkom.", diff) == []
    assert [s.number for s in steps_missing_from_notes("stap 13 en stap 31", diff)] == [1, 3]


def test_release_refuses_when_not_ready():
    programme = make_programme(steps=2)
    with pytest.raises(ValidationError) as exc:
        edition_release(programme=programme, release_notes="  ")
    assert str(errors.EDITION_NOTES_REQUIRED) in str(exc.value)
    StepPage.objects.child_of(programme).get(number=2).unpublish()
    with pytest.raises(ValidationError) as exc:
        edition_release(programme=programme, release_notes="Poging")
    assert "Stap 2 is nog niet gepubliceerd" in str(exc.value)
    assert programme.editions.count() == 1  # nothing changed


def test_diff_between_editions_names_added_removed_and_changed_blocks():
    programme = make_programme(steps=2, homework=[REFLECTION | {"prompt": "Schrijf je verhaal."}])
    step = StepPage.objects.child_of(programme).get(number=1)

    def change(page):
        raw = page.plan.raw_data
        raw[0]["value"]["text"] = "<p>Anders welkom.</p>"  # changed text
        raw[3]["value"]["exercises"] = []  # the rating grid removed
        raw[4]["value"]["exercises"].append(  # a new list exercise
            {"type": "list", "value": {"prompt": "Mijn netwerk", "categories": ["Familie"]}}
        )
        page.plan = list(raw)

    edit_and_publish(step, change)
    old = programme.editions.get(number=1)
    new = edition_release(programme=programme, release_notes="Stap 1 aangepast.")
    diff = {d.number: d for d in edition_diff(old=old, new=new)}
    assert diff[2].status == "unchanged" and diff[2].changes == []
    changes = diff[1].changes
    assert diff[1].status == "changed"
    kinds = {(c.change, c.what) for c in changes}
    assert ("removed", "Cijfers geven (0–10)") in kinds
    assert ("added", "Lijst") in kinds
    changed_text = next(
        c for c in changes if c.change == "changed" and c.part == "Welkom en leerdoel"
    )
    assert "Tekst voor welcome" in changed_text.before and "Anders welkom" in changed_text.after
    assert VIERKANT["prompt"] in next(c for c in changes if c.change == "removed").before
