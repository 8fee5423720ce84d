"""The editors' daily work in the demo: every admin screen answers (no 5xx) for redacteur@, and
a change goes from redacteur@ to redacteur2@ to a released edition through the admin."""

import io
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Page

from accounts.models import User
from content.models import ProgrammePage, StepPage
from content.selectors import edition_step_content

pytestmark = pytest.mark.django_db

EDITOR = "redacteur@demo.jobgroup.nl"
SECOND_EDITOR = "redacteur2@demo.jobgroup.nl"
HREF = re.compile(r'href="(/admin/[^"#]*)"')
# Links that change something on GET or end the session (the crawl reads, it never acts).
SKIPPED = ("/admin/logout/",)
SAME_SHAPE_LIMIT = 3  # at most this many URLs that differ only in their numbers


@pytest.fixture
def demo():
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=io.StringIO())


def login(email) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(User.objects.get(email=email))
    return client


def _shape(url: str) -> str:
    return re.sub(r"\d+", "N", urlsplit(url).path)


def test_admin_crawl_as_editor_finds_no_server_error(demo):
    client = login(EDITOR)
    start = [reverse("wagtailadmin_home")]
    for page in Page.objects.filter(depth__gt=1).specific():
        start += [
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_explore", args=[page.pk]),
            reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
            page.url,
        ]
    queue, seen, shapes, failures = list(start), set(), Counter(), []
    must_visit = set(start)
    while queue:
        url = queue.pop(0).replace("&amp;", "&")
        if url in seen or url.startswith(SKIPPED):
            continue
        shape = _shape(url)
        if url not in must_visit and shapes[shape] >= SAME_SHAPE_LIMIT:
            continue
        seen.add(url)
        shapes[shape] += 1
        response = client.get(url)
        if response.status_code >= 500:
            failures.append((url, response.status_code))
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            queue += [h for h in HREF.findall(response.content.decode()) if h not in seen]
    assert len(seen) > 100  # the crawl did reach the admin's screens
    assert failures == []


def test_view_live_and_preview_of_every_workbook_page_type_for_editors_only(demo):
    editor, participant = login(EDITOR), login("deelnemer1@demo.jobgroup.nl")
    anonymous = Client()
    for page in Page.objects.filter(depth__gt=2).specific():
        response = editor.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode()
        preview = editor.get(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]))
        assert preview.status_code == 200
        assert participant.get(page.url).status_code == 404
        assert anonymous.get(page.url).status_code == 404
    programme = ProgrammePage.objects.get(variant="regular")
    html = editor.get(programme.url).content.decode()
    for step in StepPage.objects.child_of(programme):
        assert escape(f"Stap {step.number}: {step.title}") in html


def test_a_change_goes_from_editor_to_reviewer_to_a_released_edition(demo):
    programme = ProgrammePage.objects.get(variant="regular")
    step = StepPage.objects.child_of(programme).get(number=3)
    author, reviewer = User.objects.get(email=EDITOR), User.objects.get(email=SECOND_EDITOR)

    # redacteur@ changes the learning goal and submits it for review.
    draft = step.get_latest_revision_as_object()
    draft.learning_goal = "Je ziet wat je kunt, in gewone situaties van elke dag."
    draft.save_revision(user=author)
    step.get_workflow().start(step, author)
    step.refresh_from_db()
    task_state = step.current_workflow_state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[step.pk, "approve", task_state.pk]
    )

    # While it is in review, the edition cannot be released.
    release = reverse("content_edition_release", args=[programme.pk])
    html = login(EDITOR).get(release).content.decode()
    assert "Nog in beoordeling" in html and "Editie uitbrengen</button>" not in html

    # redacteur@ cannot approve their own change; redacteur2@ can.
    assert login(EDITOR).post(approve).status_code in (302, 403)  # refused: Wagtail redirects
    step.refresh_from_db()
    assert step.workflow_in_progress
    response = login(SECOND_EDITOR).post(approve)
    assert response.status_code == 302
    step = StepPage.objects.get(pk=step.pk)
    assert not step.workflow_in_progress
    assert step.learning_goal.startswith("Je ziet wat je kunt")

    # redacteur2@ sees the change on the release screen and releases edition 2.
    client = login(SECOND_EDITOR)
    html = client.get(release).content.decode()
    assert "Je ziet wat je kunt" in html and "Editie uitbrengen</button>" in html
    response = client.post(release, {"release_notes": "Stap 3: een eenvoudiger leerdoel."})
    assert response.status_code == 302
    edition = programme.editions.get(number=2)
    assert edition.released_by == reviewer
    assert edition_step_content(edition=edition, number=3).learning_goal.startswith("Je ziet")
    # Releasing again with nothing changed is refused.
    client.post(release, {"release_notes": "Stap 3 nog eens."})
    assert programme.editions.count() == 2
