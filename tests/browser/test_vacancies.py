"""The group's vacancy board on a 360 px phone, in real Chromium: from the home page's group card
to the board, share a vacancy, see it listed; axe finds nothing serious and nothing scrolls
sideways. A group of its own (seeded here), so the demo data stays as it is."""

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
import json
from tests.factories import UserFactory, make_cohort, make_programme

programme = make_programme("vacatures-{tag}", steps=3)
leader = UserFactory(email="vb-leider-{tag}@example.org", display_name="Lieke", roles=["leader"])
person = UserFactory(email="vb-{tag}@example.org", display_name="Sanne", roles=["participant"])
cohort = make_cohort(programme, participants=[person], leaders=[leader], name="Vacatures {tag}")
print(json.dumps({{"cohort": cohort.pk}}))
"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(base=live_asgi.url, person=f"vb-{tag}@example.org")
    return found


def open_page(browser, options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def test_a_participant_shares_a_vacancy_on_a_phone(browser, world):
    page = open_page(browser, PHONE_360)
    try:
        log_in(page, world["base"], world["person"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        page.get_by_role("link", name="Vacatures in de groep").click()
        page.wait_for_url(f"{world['base']}/groepen/{world['cohort']}/vacatures/")
        assert page.get_by_text("Er staan nog geen vacatures op het bord.").is_visible()
        assert fits_width(page)
        assert serious_axe_violations(page) == []

        page.get_by_label("Titel (verplicht)").fill("Chauffeur <b>bestelbus</b>")
        page.get_by_label("Link (als je die hebt)").fill("https://example.org/chauffeur")
        page.get_by_label("Voor wie?").fill("voor iedereen")
        page.get_by_label("Opmerking").fill("Rijbewijs B nodig.")
        page.get_by_role("button", name="Delen met de groep").click()
        page.wait_for_url(f"{world['base']}/groepen/{world['cohort']}/vacatures/")

        link = page.get_by_role("link", name="Chauffeur <b>bestelbus</b>")
        assert link.get_attribute("href") == "https://example.org/chauffeur"
        assert link.get_attribute("rel") == "noopener noreferrer nofollow"
        assert link.get_attribute("target") is None
        assert page.get_by_text("Rijbewijs B nodig.").is_visible()
        assert page.get_by_role("button", name="Weghalen").count() == 1
        assert fits_width(page)
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_a_bad_link_gets_a_clear_message_on_a_phone(browser, world):
    page = open_page(browser, PHONE_360)
    try:
        log_in(page, world["base"], world["person"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        page.goto(f"{world['base']}/groepen/{world['cohort']}/vacatures/")
        page.get_by_label("Titel (verplicht)").fill("Schoonmaker")
        page.get_by_label("Link (als je die hebt)").fill("javascript:alert(1)")
        page.get_by_role("button", name="Delen met de groep").click()
        alert = page.get_by_role("alert")
        assert "https://" in alert.inner_text()
        assert page.get_by_role("link", name="Schoonmaker").count() == 0
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_the_demo_group_has_two_vacancies(browser, world):
    page = open_page(browser, PHONE_360)
    try:
        log_in(page, world["base"], "deelnemer1@demo.jobgroup.nl")
        page.wait_for_url(f"{world['base']}/")
        page.get_by_role("link", name="Vacatures in de groep").first.click()
        assert page.locator("li.vacancy").count() == 2
        assert page.get_by_text("Baliemedewerker bibliotheek").is_visible()
    finally:
        page.context.close()
