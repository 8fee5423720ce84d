"""One person's whole path on a 360 px phone, in real Chromium: the demo coordinator goes from the
trajectories to Ilse's trajectory (seeded by seed_demo with two referrals and a buddy) and on to
her whole path; every part is there, the page does not scroll sideways, and axe finds nothing
serious."""

import pytest

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in

pytestmark = pytest.mark.browser

PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
COORDINATOR = "coordinator@demo.jobgroup.nl"


def test_the_coordinator_reads_a_whole_path_on_a_phone(browser, live_asgi):
    context = browser.new_context(**PHONE_360, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        log_in(page, live_asgi.url, COORDINATOR)
        page.wait_for_url(lambda url: "/login/" not in url)
        page.goto(f"{live_asgi.url}/trajecten/")
        page.get_by_role("link", name="Ilse", exact=True).first.click()
        page.wait_for_url("**/trajecten/*/")
        assert page.get_by_role("heading", name="Verwijzingen naar partners").is_visible()
        assert serious_axe_violations(page) == []
        page.get_by_role("link", name="Het hele pad van deze deelnemer").click()
        page.wait_for_url("**/deelnemers/*/pad/")
        assert page.get_by_role("heading", level=1).inner_text() == "Het pad van Ilse"
        for heading in (
            "Intake",
            "Groepen en aanwezigheid",
            "Maatje",
            "Traject en participatieladder",
            "Voor en na",
        ):
            assert page.get_by_role("heading", name=heading, exact=True).count() == 1, heading
        content = page.locator("main").inner_text()
        assert "Schuldhulp – SchuldHulpMaatje Zoetermeer" in content
        assert "Taalcursus – Taalhuis bibliotheek" in content
        assert "Mustafa Maatje" in content
        assert fits_width(page)
        assert serious_axe_violations(page) == []
    finally:
        context.close()
