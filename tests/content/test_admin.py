"""Editors in the Wagtail admin: editions, the diff, the review workflow, invalid blocks."""

import pytest
from wagtail.models import Workflow

from content import errors
from content.models import StepPage
from content.workflow import SecondEditorReviewTask
from tests.factories import UserFactory, make_programme, publish_a_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return UserFactory(roles=["editor"], display_name="Eva")


def test_editions_screen_for_editors_only(client, editor):
    programme = make_programme()
    client.force_login(editor)
    response = client.get("/admin/edities/")
    assert response.status_code == 200
    assert programme.title in response.content.decode()
    assert "Editie" in response.content.decode()
    client.force_login(UserFactory(roles=["coordinator"]))
    assert client.get("/admin/edities/").status_code in (302, 403)


def test_release_from_the_admin(client, editor):
    programme = make_programme()
    client.force_login(editor)
    url = f"/admin/edities/{programme.pk}/uitbrengen/"
    # Nothing changed since edition 1: the screen says so and offers no release button.
    html = client.get(url).content.decode()
    assert str(errors.EDITION_NOTHING_CHANGED) in html
    assert "Editie uitbrengen</button>" not in html
    refused = client.post(url, {"release_notes": "Tweede editie: nieuwe voorbeelden."})
    assert refused.status_code == 200
    assert str(errors.EDITION_NOTHING_CHANGED) in refused.content.decode()
    assert programme.editions.count() == 1
    publish_a_change(programme, number=2, text="<p>Een nieuwe welkomsttekst.</p>")
    # The diff is shown before releasing.
    html = client.get(url).content.decode()
    assert "Een nieuwe welkomsttekst." in html and "Editie uitbrengen</button>" in html
    refused = client.post(url, {"release_notes": ""})
    assert refused.status_code == 200
    # Notes that do not name the changed step are refused, naming it.
    refused = client.post(url, {"release_notes": "Tweede editie: nieuwe voorbeelden."})
    assert refused.status_code == 200
    assert "Nog niet genoemd: 2. Stap 2" in refused.content.decode()
    assert programme.editions.count() == 1
    response = client.post(url, {"release_notes": "Stap 2: een nieuwe welkomsttekst."})
    assert response.status_code == 302
    assert list(programme.editions.values_list("number", flat=True)) == [1, 2]
    assert programme.editions.get(number=2).released_by == editor


def test_diff_screen(client, editor):
    programme = make_programme()
    publish_a_change(programme, number=1)
    client.force_login(editor)
    client.post(f"/admin/edities/{programme.pk}/uitbrengen/", {"release_notes": "Stap 1: welkom."})
    old, new = programme.editions.order_by("number")
    html = client.get(
        f"/admin/edities/{programme.pk}/vergelijken/", {"old": old.pk, "new": new.pk}
    ).content.decode()
    assert "gewijzigd" in html
    assert "Een nieuwe welkomsttekst." in html
    assert "niet gewijzigd" in html  # step 2


def test_editor_opens_a_step_in_the_page_editor(client, editor):
    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    client.force_login(editor)
    response = client.get(f"/admin/pages/{step.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Verdieping" in html and "Aantekeningen voor leiders" in html
    # With the review workflow an editor submits for review; publishing directly is not offered.
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_editor_cannot_bypass_the_review_by_publishing(rf, editor):
    from django.contrib.messages.storage.fallback import FallbackStorage
    from wagtail import hooks

    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    request = rf.post(f"/admin/pages/{step.pk}/edit/")
    request.user = editor
    request.session = {}
    request._messages = FallbackStorage(request)
    responses = [hook(request, step) for hook in hooks.get_hooks("before_publish_page")]
    refusals = [r for r in responses if r is not None]
    assert refusals and refusals[0].status_code == 302
    assert "beoordeling" in str(list(request._messages)[0])
    # An admin may still publish directly (emergency fixes).
    request.user = UserFactory(roles=["admin"])
    assert all(hook(request, step) is None for hook in hooks.get_hooks("before_publish_page"))


def test_editorial_workflow_needs_a_second_editor():
    workflow = Workflow.objects.get(name__startswith="Redactie")
    task = workflow.tasks.get().specific
    assert isinstance(task, SecondEditorReviewTask)
    assert set(task.groups.values_list("name", flat=True)) >= {"Editors"}
    author = UserFactory(roles=["editor"])
    reviewer = UserFactory(roles=["editor"])
    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    page = step.get_latest_revision_as_object()
    page.learning_goal = "Een nieuw leerdoel."
    page.save_revision(user=author)
    workflow_state = workflow.start(step, author)
    step.refresh_from_db()
    assert task.get_actions(step, author) == []
    assert [a[0] for a in task.get_actions(step, reviewer)][:2] == ["reject", "approve"]
    assert not task.get_task_states_user_can_moderate(author).exists()
    assert task.get_task_states_user_can_moderate(reviewer).exists()
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        task.on_action(workflow_state.current_task_state, author, "approve")
    workflow_state.current_task_state.task.specific.on_action(
        workflow_state.current_task_state, reviewer, "approve"
    )
    step.refresh_from_db()
    assert StepPage.objects.get(pk=step.pk).learning_goal == "Een nieuw leerdoel."


def test_step_page_is_dutch_with_the_accessibility_checker_for_editors(client, editor):
    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    editor.preferred_language = "en"  # the editor works in English ...
    editor.save()
    client.force_login(editor)
    response = client.get(step.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl">' in html  # ... the workbook is checked as Dutch
    assert '<main id="main" tabindex="-1" class="wrap" lang="nl">' in html
    assert "wagtail-userbar" in html  # the accessibility checker lives in the userbar
    assert "Leidersnotitie welcome 1." in html


@pytest.mark.parametrize("role", [None, "participant", "leader", "buddy"])
def test_live_workbook_pages_are_not_public(client, role):
    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    if role:
        client.force_login(UserFactory(roles=[role]))
    for page in (step, programme):
        assert client.get(page.url).status_code == 404


def test_editor_edits_the_intake_language_check_under_review(client, editor):
    from django.core.exceptions import ValidationError

    from content.models import LanguageCheckPage
    from content.seed_data.language_check import LANGUAGE_CHECK
    from content.services import language_check_load_seed
    from tests.factories import ensure_wagtail_tree

    ensure_wagtail_tree()
    page = language_check_load_seed(LANGUAGE_CHECK)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Samira woont in Zoetermeer" in html and "Waar zoekt Samira vacatures?" in html
    # the check is content like the workbooks: an editor submits it for a second editor's review
    assert 'name="action-submit"' in html and 'name="action-publish"' not in html
    page = LanguageCheckPage.objects.get(pk=page.pk)
    page.buddy_below, page.iwin_below = 90, 80
    with pytest.raises(ValidationError):
        page.full_clean()
