"""The self-assessment on a 360 px phone, in real Chromium: the home page's card leads to the
four questions; a missing answer gets a clear message and saves nothing; tapping the big choices
saves; axe finds nothing serious and nothing scrolls sideways. A group of its own (seeded here,
its first meeting an hour ago), so the demo data stays as it is."""

import json
import uuid

import pytest

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

pytestmark = pytest.mark.browser

PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}


def seed_script(tag: str) -> str:
    return f"""
import datetime, json
from django.utils import timezone
from courses.groups.services import cohort_schedule_meetings
from tests.factories import UserFactory, make_cohort, make_programme

programme = make_programme("zelfbeeld-{tag}", steps=3)
person = UserFactory(email="zb-{tag}@example.org", display_name="Sanne", roles=["participant"])
cohort = make_cohort(programme, participants=[person], name="Zelfbeeld {tag}")
cohort_schedule_meetings(
    cohort=cohort, first_starts_at=timezone.now() - datetime.timedelta(hours=1)
)
print(json.dumps({{"cohort": cohort.pk}}))
"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(base=live_asgi.url, person=f"zb-{tag}@example.org")
    return found


def test_a_participant_answers_the_start_questions_on_a_phone(browser, world):
    context = browser.new_context(locale="nl-NL", **PHONE_360)
    page = context.new_page()
    page.set_default_timeout(10_000)
    url = f"{world['base']}/groepen/{world['cohort']}/zelfbeoordeling/begin/"
    try:
        log_in(page, world["base"], world["person"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        assert page.get_by_text("Hoe sta je ervoor? Vier korte vragen").is_visible()
        page.get_by_role("link", name="Vragen invullen").click()
        page.wait_for_url(url)
        assert fits_width(page)
        assert serious_axe_violations(page) == []
        # Each choice is a big target: at least 44 px high.
        box = page.locator("label[for='id_self_image_5']").bounding_box()
        assert box["height"] >= 44

        # Three answers, the network question left open: a clear message, nothing saved.
        page.locator("label[for='id_self_image_5']").tap()
        page.get_by_role("group", name="Voel je je alleen").get_by_role(
            "radio", name="Een beetje"
        ).tap()
        page.locator("label[for='id_knows_what_i_want_6']").tap()
        page.get_by_role("button", name="Antwoorden versturen").click()
        page.wait_for_load_state()
        assert page.get_by_text("Dit is niet opgeslagen. Kijk bij de rode tekst.").is_visible()
        assert page.get_by_text("Kies een cijfer van 1 tot en met 10.").is_visible()
        assert fits_width(page)
        assert serious_axe_violations(page) == []

        # The answers given stay chosen; add the last one and send.
        assert page.locator("#id_self_image_5").is_checked()
        page.locator("label[for='id_network_4']").tap()
        page.get_by_role("button", name="Antwoorden versturen").click()
        page.wait_for_url(url)
        assert page.get_by_text("Dank je wel! Je antwoorden zijn opgeslagen.").is_visible()
        assert page.get_by_role("heading", name="Jouw antwoorden").is_visible()
        assert page.get_by_role("button", name="Antwoorden veranderen").is_visible()
        assert fits_width(page)
        assert serious_axe_violations(page) == []

        page.goto(f"{world['base']}/")
        assert page.get_by_text("Vier korte vragen").count() == 0
    finally:
        context.close()
