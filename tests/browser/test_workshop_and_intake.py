"""Beyond the group, in real Chromium: a participant signs up for an open workshop on a phone and
joins it in the live room, where the host sees her message; and the intake on a phone keeps a
half-filled draft. axe-core finds nothing serious on any of these pages."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in

WORKSHOP = "Hoe vind ik? Netwerken met LinkedIn"  # seed_demo: starts within the hour
PHONE = {"viewport": {"width": 360, "height": 760}, "has_touch": True, "is_mobile": True}

pytestmark = pytest.mark.browser


def test_participant_signs_up_for_a_workshop_and_joins_it(browser, live_asgi):
    base = live_asgi.url
    phone = browser.new_context(locale="nl-NL", **PHONE)
    desk = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    try:
        page = phone.new_page()
        page.set_default_timeout(10_000)
        log_in(page, base, "deelnemer1@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        page.get_by_role("link", name=re.compile("^Workshops")).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Workshops")
        assert serious_axe_violations(page) == []
        page.get_by_role("link", name=WORKSHOP).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(WORKSHOP)
        assert serious_axe_violations(page) == []
        page.get_by_role("button", name="Aanmelden").click()
        expect(page.get_by_text("Je bent aangemeld.").first).to_be_visible()
        assert fits_width(page)
        page.get_by_role("link", name="Naar de workshop").click()
        page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
        expect(page.locator("#connection-status")).to_have_text("Verbonden")
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Workshop: {WORKSHOP}")
        labels = page.locator("#agenda .agenda-label").all_inner_texts()
        assert labels == ["Keek op de week", "Thema", "Wat neem je mee?"]
        assert serious_axe_violations(page) == []
        assert fits_width(page)

        host = desk.new_page()
        host.set_default_timeout(10_000)
        log_in(host, base, "maatje@demo.jobgroup.nl")
        host.wait_for_url(f"{base}/")
        host.goto(page.url)
        expect(host.locator("#connection-status")).to_have_text("Verbonden")
        expect(host.get_by_role("button", name="Start de bijeenkomst")).to_be_visible()
        host.get_by_role("button", name="Start de bijeenkomst").click()
        expect(page.locator("#session-status")).to_have_attribute("data-status", "started")

        page.locator("#chat-jump").click()  # on a phone the chat is a panel of its own
        page.locator("#chat-text").fill("Hallo, ik ben Anouk en zoek werk in de zorg.")
        page.locator("#chat-form").get_by_role("button", name="Stuur").click()
        expect(host.locator("#chat-log .chat-body").last).to_have_text(
            "Hallo, ik ben Anouk en zoek werk in de zorg."
        )
        # the host sees her among those present, and in the sign-up list with attendance
        expect(host.locator("#present li", has_text="Anouk")).to_have_count(1)
    finally:
        phone.close()
        desk.close()


def test_intake_on_a_phone_keeps_a_draft(browser, live_asgi):
    base = live_asgi.url
    context = browser.new_context(locale="nl-NL", **PHONE)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        log_in(page, base, "deelnemer5@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        page.get_by_role("link", name=re.compile("^Intake")).click()
        assert serious_axe_violations(page) == []
        page.get_by_role("button", name="Begin met de intake").click()
        expect(page.get_by_role("heading", name="3. Lezen")).to_be_visible()
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        page.get_by_role("group", name="Is Nederlands je eerste taal?").get_by_label("Nee").check()
        page.get_by_label(re.compile("^Wat wil je bereiken")).fill("Werk in een winkel")
        page.get_by_role("button", name="Versturen").click()
        # incomplete: kept as a draft, the missing questions named
        expect(page.get_by_role("alert")).to_contain_text("Er missen nog antwoorden")
        assert serious_axe_violations(page) == []
        page.goto(page.url)  # a fresh GET: what is shown now comes from the database
        expect(page.get_by_label(re.compile("^Wat wil je bereiken"))).to_have_value(
            "Werk in een winkel"
        )
        expect(
            page.get_by_role("group", name="Is Nederlands je eerste taal?").get_by_label("Nee")
        ).to_be_checked()
    finally:
        context.close()
