"""Guests in a meeting (issue #19), in real Chromium: the demo leader makes a guest link for the
meeting that runs now; the guest opens it on a 360 px phone without an account, lands in the
room and is shown there as a guest ("(gast)"); axe finds nothing serious on either page."""

import re

import pytest

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in

pytestmark = pytest.mark.browser

GROUP = "JobGroup Zoetermeer – najaar 2026"
PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
WAIT = 15_000


def test_a_leader_invites_a_guest_who_joins_on_a_phone(browser, live_asgi):
    base = live_asgi.url
    leader_context = browser.new_context(locale="nl-NL")
    leader = leader_context.new_page()
    leader.set_default_timeout(WAIT)
    log_in(leader, base, "leider@demo.jobgroup.nl")
    leader.wait_for_url(f"{base}/")
    leader.locator("section.group-home", has_text=GROUP).get_by_role("link", name="Meedoen").click()
    leader.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
    meeting_id = re.search(r"/bijeenkomsten/(\d+)/$", leader.url).group(1)

    leader.goto(f"{base}/bijeenkomsten/{meeting_id}/gasten/")
    leader.get_by_label("Naam van de gast, zoals de groep hem ziet").fill("Yusuf (bakker)")
    leader.get_by_role("button", name="Maak een link").click()
    link = leader.locator("#guest-link").input_value()
    assert re.fullmatch(rf"{re.escape(base)}/gast/[\w-]+/", link), link
    assert leader.locator("#guest-list", has_text="Yusuf (bakker)").count() == 1
    assert serious_axe_violations(leader) == []
    leader.goto(f"{base}/bijeenkomsten/{meeting_id}/")  # the leader is in the room too

    guest_context = browser.new_context(locale="nl-NL", **PHONE_360)
    guest = guest_context.new_page()
    guest.set_default_timeout(WAIT)
    try:
        guest.goto(link)
        guest.get_by_role("button", name="Naar de bijeenkomst").click()
        guest.wait_for_url(f"{base}/bijeenkomsten/{meeting_id}/")
        present = guest.locator("#present")
        present.get_by_text("Yusuf (bakker) (gast)").wait_for(state="attached")  # a tab on phones
        assert guest.locator("#room").get_attribute("data-role") == "guest"
        assert guest.get_by_role("link", name="Mijn overzicht").count() == 0
        leader.locator("#present").get_by_text("Yusuf (bakker) (gast)").wait_for(state="attached")
        assert fits_width(guest)
        assert serious_axe_violations(guest) == []
        # nowhere else: the home page sends the guest back to the room
        guest.goto(f"{base}/")
        guest.wait_for_url(f"{base}/bijeenkomsten/{meeting_id}/")
    finally:
        guest_context.close()
        leader_context.close()
