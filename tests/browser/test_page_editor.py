"""The page editor of a step with list, rating and choice exercises in real Chromium: every field
has a label (axe "label"), and the plain-language panel shows up while typing."""

import re
import textwrap

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in
from tests.servers import manage

EDITOR = "redacteur@demo.jobgroup.nl"

FIND_STEP = textwrap.dedent(
    """
    import json
    from content.models import StepPage
    wanted = {"choice", "list", "rating_grid"}
    for step in StepPage.objects.order_by("pk"):
        kinds = {e["type"] for p in step.plan.raw_data for e in p["value"]["exercises"]}
        if kinds & wanted >= {"choice"} and len(kinds & wanted) >= 2:
            print(step.pk)
            break
    """
)


def test_exercise_fields_in_the_page_editor_have_labels(desktop_page, live_asgi):
    step_id = manage("shell", "-c", FIND_STEP, database_url=live_asgi.database_url).split()[-1]
    page = desktop_page
    log_in(page, live_asgi.url, EDITOR)
    page.goto(f"{live_asgi.url}/admin/pages/{step_id}/edit/")
    page.wait_for_selector("[aria-label='Keuze']", state="attached")
    violations = serious_axe_violations(page)
    assert [v for v in violations if v["id"] == "label"] == []
    assert [v for v in violations if v["impact"] == "critical"] == []

    # The plain-language panel answers while an editor types in a participant text.
    field = page.locator("textarea[name$='learning_goal'], #id_learning_goal").first
    field.fill("Indien je wilt, kun je dit doen.")
    field.press("End")
    field.type(" ")
    panel = page.locator(".plain-language-panel")
    panel.wait_for()
    assert "Indien" in panel.inner_text() and "als" in panel.inner_text()


def test_view_live_of_a_programme_is_a_clean_accessible_page(phone_page, live_asgi):
    page = phone_page
    log_in(page, live_asgi.url, EDITOR)
    page.goto(f"{live_asgi.url}/pagina/werkboeken/jobgroup/")
    assert page.get_by_role("heading", level=1).inner_text().strip() != ""
    page.get_by_role("link", name=re.compile(r"^Stap 1: ")).click()
    page.wait_for_url(re.compile(r"/stap-1/$"))
    page.goto(f"{live_asgi.url}/pagina/werkboeken/jobgroup/")
    assert serious_axe_violations(page) == []
    page.goto(f"{live_asgi.url}/pagina/werkboeken/taalcheck/")
    assert serious_axe_violations(page) == []
