"""Signing up without an invitation on a 360 px phone, in real Chromium: a job seeker fills in
`/aanmelden/` (a too-quick first try is refused, then it goes through) and sees the thank-you
page; the coordinator of the location sees the sign-up in the list. axe-core finds nothing
serious; nothing is wider than the phone."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in

pytestmark = pytest.mark.browser

PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
NAME = "Fatma Yılmaz-Browser"


def fill_form(page):
    page.get_by_label("Je naam").fill(NAME)
    page.get_by_label("Locatie bij jou in de buurt").select_option(label="Zoetermeer")
    page.get_by_label("Mobiel nummer").fill("06 1234 5670")
    page.get_by_label("Wat voor werk zoek je?").fill("In de zorg, als helpende.")
    page.get_by_label("Wanneer kunnen we je het best bellen?").select_option("afternoon")


def test_a_job_seeker_signs_up_on_a_phone_and_the_coordinator_sees_it(browser, live_asgi):
    base = live_asgi.url
    context = browser.new_context(locale="nl-NL", **PHONE_360)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{base}/")
        assert serious_axe_violations(page) == []  # the start page with its two sign-up links
        assert fits_width(page)
        page.get_by_role("link", name="Aanmelden als werkzoekende").click()
        page.wait_for_url(f"{base}/aanmelden/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Aanmelden voor een JobGroup")
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        # The honeypot is not there for people (nor for screen readers).
        # It takes at most one pixel on the screen and is not in the accessibility tree.
        box = page.locator("#id_website").locator("..").bounding_box()  # its clipping wrapper
        assert box["width"] <= 1 and box["height"] <= 1
        assert page.get_by_role("textbox", name="Laat dit veld leeg").count() == 0
        assert page.locator("#id_website").get_attribute("tabindex") == "-1"

        # Sent at once (as a robot would): refused, nothing stored, the answers stay.
        fill_form(page)
        page.get_by_role("button", name="Aanmelding versturen").click()
        expect(page.get_by_role("alert")).to_contain_text("Je formulier is niet verstuurd")
        expect(page.get_by_label("Je naam")).to_have_value(NAME)
        assert serious_axe_violations(page) == []

        # A person takes a moment to check their answers (the form's minimum fill time is 3 s).
        page.wait_for_timeout(3_500)
        page.get_by_role("button", name="Aanmelding versturen").click()
        page.wait_for_url(f"{base}/aanmelden/bedankt/*")
        expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor je aanmelding")
        expect(
            page.get_by_text("De coördinator van Zoetermeer belt of mailt je binnen een week.")
        ).to_be_visible()
        assert serious_axe_violations(page) == []
        assert fits_width(page)
    finally:
        context.close()

    context = browser.new_context(locale="nl-NL", **PHONE_360)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        log_in(page, base, "coordinator@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        page.get_by_role("link", name="Aanmeldingen").click()
        page.wait_for_url(f"{base}/aanmeldingen/")
        expect(page.get_by_role("link", name=NAME)).to_be_visible()
        expect(page.get_by_role("link", name="Priya Sewdien")).to_be_visible()  # seed_demo
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        page.get_by_role("link", name=NAME).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
        expect(page.get_by_role("link", name="06 12 34 56 70")).to_be_visible()
        expect(page.get_by_role("button", name="Intake starten")).to_be_visible()
        assert serious_axe_violations(page) == []
        assert fits_width(page)
    finally:
        context.close()


def test_the_volunteer_form_and_the_volunteer_path_on_a_phone(browser, live_asgi):
    base = live_asgi.url
    context = browser.new_context(locale="nl-NL", **PHONE_360)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{base}/vrijwilliger-worden/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Vrijwilliger worden")
        assert serious_axe_violations(page) == []
        assert fits_width(page)

        log_in(page, base, "coordinator@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        page.goto(f"{base}/aanmeldingen/")
        page.get_by_role("link", name="Henk Jansen").click()  # seed_demo's volunteer
        page.get_by_role("button", name="Aannemen").click()
        expect(page.get_by_role("heading", name="Vrijwilligerspad")).to_be_visible()
        page.get_by_label("Kennismakingsgesprek gehad op").fill("2026-12-01")
        page.get_by_role("button", name="Pad bewaren").click()
        expect(page.get_by_text("Kennismakingsgesprek gehad op 1 december 2026")).to_be_visible()
        assert serious_axe_violations(page) == []
        assert fits_width(page)
    finally:
        context.close()
