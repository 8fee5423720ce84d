"""Editors in the Wagtail admin: making someone an editor, unpublishing by two editors, a
readable tree without buttons that cannot work, and the plain-language check."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Site, Workflow

from accounts.access import user_has_role, user_may_use_admin
from accounts.roles import Role
from content import plain_language
from content.models import ProgrammePage, StepPage
from content.review import UNPUBLISH_REQUESTED
from content.services import REVIEWERS_GROUP
from content.workflow import NOTE_REQUIRED
from tests.factories import UserFactory, make_programme

pytestmark = pytest.mark.django_db

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"


@pytest.fixture
def editors(db):
    return UserFactory(roles=["editor"]), UserFactory(roles=["editor"])


# --- grant_editor ------------------------------------------------------------------------------


def test_grant_editor_makes_an_account_an_editor_and_revoke_takes_it_away():
    user = UserFactory(email="nieuw@example.org")
    call_command("grant_editor", "Nieuw@example.org", stdout=io.StringIO())
    user.refresh_from_db()
    assert user_has_role(user=user, role=Role.EDITOR) and user_may_use_admin(user=user)
    call_command("grant_editor", "nieuw@example.org", "--revoke", stdout=io.StringIO())
    user = type(user).objects.get(pk=user.pk)
    assert not user_has_role(user=user, role=Role.EDITOR)
    assert not user_may_use_admin(user=user)


def test_grant_editor_reviewer_may_review_but_not_release():
    user = UserFactory(email="lezer@example.org")
    call_command("grant_editor", "lezer@example.org", "--reviewer", stdout=io.StringIO())
    user = type(user).objects.get(pk=user.pk)
    assert user.groups.filter(name=REVIEWERS_GROUP).exists() and user_may_use_admin(user=user)
    assert not user_has_role(user=user, role=Role.EDITOR)
    task = Workflow.objects.get(name__startswith="Redactie").tasks.get().specific
    assert task.groups.filter(name=REVIEWERS_GROUP).exists()
    call_command(
        "grant_editor", "lezer@example.org", "--reviewer", "--revoke", stdout=io.StringIO()
    )
    assert not user.groups.filter(name=REVIEWERS_GROUP).exists()


def test_grant_editor_refuses_an_unknown_address_clearly():
    with pytest.raises(CommandError, match="no account with the e-mail address"):
        call_command("grant_editor", "niemand@example.org", stdout=io.StringIO())


# --- Unpublishing takes two editors ------------------------------------------------------------


def test_one_editor_alone_cannot_unpublish_a_live_step(client, editors):
    first, second = editors
    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    url = reverse("wagtailadmin_pages:unpublish", args=[step.pk])
    client.force_login(first)
    response = client.post(url, follow=True)
    assert escape(str(UNPUBLISH_REQUESTED)) in response.content.decode()
    assert StepPage.objects.get(pk=step.pk).live
    client.post(url)  # asking twice is still one editor
    assert StepPage.objects.get(pk=step.pk).live
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(second)
    # The second editor finds the request on the dashboard, with the button's label.
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url in dashboard and "Publicatie intrekken" in dashboard
    client.post(url)
    assert not StepPage.objects.get(pk=step.pk).live


def test_bulk_unpublish_is_refused_for_editors(client, editors):
    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    client.force_login(editors[0])
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
        + f"?id={step.pk}&next=/admin/"
    )
    client.post(url, {"include_descendants": ""})
    assert StepPage.objects.get(pk=step.pk).live


# --- A readable tree ---------------------------------------------------------------------------


def test_the_site_root_is_digitale_jobgroup():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.title == "Digitale JobGroup"


def test_steps_are_listed_by_number_with_their_number_and_no_move_or_delete(client, editors):
    programme = make_programme(steps=3)
    # Publish step 1 last: Wagtail's default listing (latest change first) would put it on top.
    step_1 = StepPage.objects.child_of(programme).get(number=1)
    step_1.save_revision().publish()
    client.force_login(editors[0])
    html = client.get(reverse("wagtailadmin_explore", args=[programme.pk])).content.decode()
    titles = re.findall(r'id="page_\d+_title">\s*([^<]*?)\s*<', html)
    assert titles == ["1. Stap 1", "2. Stap 2", "3. Stap 3"]
    for step in StepPage.objects.child_of(programme):
        assert reverse("wagtailadmin_pages:delete", args=[step.pk]) not in html
        assert reverse("wagtailadmin_pages:move", args=[step.pk]) not in html
    index_html = client.get(reverse("wagtailadmin_explore", args=[programme.get_parent().pk]))
    assert (
        reverse("wagtailadmin_pages:delete", args=[programme.pk]) not in index_html.content.decode()
    )
    # Asked for directly, the delete is refused and nothing is deleted.
    client.post(reverse("wagtailadmin_pages:delete", args=[step_1.pk]))
    client.post(reverse("wagtailadmin_pages:delete", args=[programme.pk]))
    assert StepPage.objects.filter(pk=step_1.pk).exists()
    assert ProgrammePage.objects.filter(pk=programme.pk).exists()


def test_messages_name_the_review_button_as_it_is_labelled(client, editors):
    programme = make_programme(steps=1)
    step = StepPage.objects.child_of(programme).get()
    client.force_login(editors[0])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[step.pk])).content.decode()
    button = re.search(r'name="action-submit" value="([^"]+)"', html).group(1)
    from content.review import review_required_message

    assert f"'{button}'" in review_required_message(step)


# --- Plain language ----------------------------------------------------------------------------


def test_check_text_finds_long_sentences_and_hard_words_with_their_plain_word():
    long = " ".join(["woord"] * 16) + "."
    findings = plain_language.check_text(f"Indien je wilt. {long} Kort.", limit=15)
    assert [(f.kind, f.words) for f in findings if f.kind == "long_sentence"] == [
        ("long_sentence", 16)
    ]
    assert [(f.text, f.alternative) for f in findings if f.kind == "hard_word"] == [
        ("Indien", "als")
    ]
    assert plain_language.check_text(long, limit=16) == []


def test_hard_words_are_the_glossary_plain_words():
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split("## Plain words", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", section, re.MULTILINE)
    assert dict(rows[2:]) == plain_language.HARD_WORDS  # after the header and the rule


def test_editor_panel_endpoint_checks_with_the_iwin_limit(client, editors):
    iwin = make_programme("iwin-proef", steps=1, variant="iwin")
    step = StepPage.objects.child_of(iwin).get()
    sixteen = " ".join(["woord"] * 16) + "."
    url = reverse("content_plain_language")
    client.force_login(editors[0])
    regular = client.post(url, {"text": sixteen}).json()
    assert regular["limit"] == plain_language.SENTENCE_LIMIT and regular["findings"] == []
    data = client.post(url, {"text": sixteen + " Middels dit.", "page_id": step.pk}).json()
    assert data["limit"] == plain_language.IWIN_SENTENCE_LIMIT
    assert {f["kind"] for f in data["findings"]} == {"long_sentence", "hard_word"}
    assert client.post(url, {"text": "x" * 30_000}).status_code == 422
    assert client.get(url).status_code == 405
    client.force_login(UserFactory(roles=["participant"]))
    assert client.post(url, {"text": sixteen}).status_code in (302, 403)


def test_an_iwin_text_above_the_limit_is_approved_only_with_a_note(editors):
    from django.core.exceptions import PermissionDenied

    author, reviewer = editors
    programme = make_programme("iwin-proef", steps=1, variant="iwin")
    step = StepPage.objects.child_of(programme).get()
    page = step.get_latest_revision_as_object()
    long_goal = " ".join(["lang"] * 30) + "."
    page.learning_goal = long_goal
    page.save_revision(user=author)
    workflow = Workflow.objects.get(name__startswith="Redactie")
    state = workflow.start(step, author)
    step.refresh_from_db()
    task = state.current_task_state.task.specific
    actions = task.get_actions(step, reviewer)
    assert [a for a in actions if a[0] == "approve"] == [
        ("approve", "Goedkeuren met toelichting", True)
    ]
    with pytest.raises(PermissionDenied, match=str(NOTE_REQUIRED)[:30]):
        task.on_action(state.current_task_state, reviewer, "approve", comment=" ")
    assert StepPage.objects.get(pk=step.pk).learning_goal != long_goal
    task.on_action(
        state.current_task_state, reviewer, "approve", comment="Lijst van woorden, zo bedoeld."
    )
    assert StepPage.objects.get(pk=step.pk).learning_goal == long_goal
