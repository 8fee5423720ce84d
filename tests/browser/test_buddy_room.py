"""The buddy room on a 360 px phone, in real Chromium: the demo buddy (Mustafa) plans an online
meeting with his participant (Dirk) on the match page; Dirk sees it on his start page with
"Meedoen" and enters the one-to-one room. axe-core finds nothing serious; nothing is wider
than the phone."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in

pytestmark = pytest.mark.browser

PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}


def test_the_buddy_plans_and_the_participant_sees_meedoen(browser, live_asgi):
    base = live_asgi.url
    day = datetime.datetime.now(tz=datetime.UTC).date() + datetime.timedelta(days=2)
    context = browser.new_context(locale="nl-NL", **PHONE_360)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        log_in(page, base, "maatje@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        page.get_by_role("link", name="Maatjes", exact=True).click()
        page.get_by_role("link", name="Maatje van Dirk").click()
        page.wait_for_url(re.compile(r"/maatjes/\d+/$"))
        expect(page.get_by_role("heading", name="Online gesprekken")).to_be_visible()
        assert serious_axe_violations(page) == []
        assert fits_width(page)

        form = page.locator("form", has=page.get_by_role("button", name="Gesprek plannen"))
        form.get_by_label("Datum").fill(day.isoformat())
        form.get_by_label("Tijd").fill("19:30")
        form.get_by_label("Hoe lang (minuten)").select_option("60")
        page.get_by_role("button", name="Gesprek plannen").click()
        expect(page.get_by_text("Het online gesprek is gepland.")).to_be_visible()
        meetings = page.locator("ul.buddy-meetings")
        expect(meetings).to_contain_text("19:30")
        expect(meetings).to_contain_text("60 minuten")
        assert serious_axe_violations(page) == []
        assert fits_width(page)
    finally:
        context.close()

    context = browser.new_context(locale="nl-NL", **PHONE_360)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        log_in(page, base, "deelnemer4@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        card = page.get_by_role("region", name="Online gesprek met je maatje")
        expect(card).to_be_visible()
        expect(card).to_contain_text("19:30")
        expect(card).to_contain_text("met je maatje Mustafa Maatje")
        assert card.get_by_role("link", name=re.compile("^Meedoen")).count() >= 2  # demo + new
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        card.get_by_role("link", name=re.compile("^Meedoen")).first.click()
        page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Gesprek met je maatje")
        expect(page.locator("#connection-status")).to_have_text("Verbonden")
        assert serious_axe_violations(page) == []
        assert fits_width(page)
    finally:
        context.close()
