"""The coordinator's new screens on a phone, in real Chromium: the overview of certificates and
VOGs, and changing a workshop (more places). axe-core finds nothing serious; nothing is wider
than the phone."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in

WORKSHOP = "Dit ben ik! Je pitch"  # seed_demo: next week (the other demo workshop is left alone)
PHONE = {"viewport": {"width": 360, "height": 760}, "has_touch": True, "is_mobile": True}

pytestmark = pytest.mark.browser


def test_coordinator_reads_the_overview_and_gives_a_workshop_more_places(browser, live_asgi):
    base = live_asgi.url
    phone = browser.new_context(locale="nl-NL", **PHONE)
    try:
        page = phone.new_page()
        page.set_default_timeout(10_000)
        log_in(page, base, "coordinator@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        page.get_by_role("link", name="Certificaten en VOG's").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Certificaten en VOG's")
        expect(page.get_by_role("heading", name="Zoetermeer")).to_be_visible()
        assert serious_axe_violations(page) == []
        assert fits_width(page)

        page.goto(f"{base}/workshops/")
        page.get_by_role("link", name=WORKSHOP).click()
        page.get_by_role("link", name="Workshop wijzigen of afzeggen").click()
        page.wait_for_url(re.compile(r"/workshops/\d+/beheren/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Workshop wijzigen")
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        page.get_by_label("Aantal plaatsen").fill("14")
        page.get_by_role("button", name="Opslaan").click()
        expect(page.get_by_text("De workshop is opgeslagen.").first).to_be_visible()
        expect(page.get_by_text("plekken zijn vrij").first).to_contain_text("van de 14")
    finally:
        phone.close()
