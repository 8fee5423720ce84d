"""The leader keeps the register on a phone (360 px): "Iedereen aanwezig", then the exceptions;
the check-in code with its QR code. Both pages pass axe-core."""

import re

import pytest

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in

HYBRID_GROUP = "JobGroup Zoetermeer – hybride najaar 2026"  # seed_demo, led by leider2


@pytest.fixture
def phone_360(browser, live_asgi):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True, locale="nl-NL"
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_leader_fills_the_register_on_a_phone(phone_360, live_asgi):
    page = phone_360
    log_in(page, live_asgi.url, "leider2@demo.jobgroup.nl")
    page.wait_for_url(f"{live_asgi.url}/")
    group = page.locator("section.group-home", has_text=HYBRID_GROUP)
    assert "Bibliotheek Forum" in group.inner_text()  # hybrid: the address ...
    assert group.get_by_role("link", name="Meedoen").is_visible()  # ... and the room
    group.get_by_role("link", name="Presentielijst").click()
    page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/presentie/$"))
    assert serious_axe_violations(page) == []
    assert fits_width(page)

    page.get_by_role("button", name="Iedereen aanwezig").click()
    page.wait_for_url(re.compile(r"/presentie/$"))
    rows = page.locator("li.register-row")
    assert rows.count() == 6
    for index in range(6):
        assert rows.nth(index).get_by_label("Aanwezig", exact=True).is_checked()

    # An exception: Lina sent word she could not come.
    lina = page.locator("li.register-row", has_text="Lina")
    lina.get_by_label("Afgemeld", exact=True).check()
    lina.get_by_role("button", name="Opslaan voor Lina").click()
    page.get_by_role("alert").wait_for()  # no reason yet: refused, and said so
    assert "waarom" in page.get_by_role("alert").inner_text()
    lina = page.locator("li.register-row", has_text="Lina")
    lina.get_by_label("Afgemeld", exact=True).check()
    lina.get_by_label("Reden (bij afgemeld)").fill("Naar de huisarts")
    lina.get_by_role("button", name="Opslaan voor Lina").click()
    page.get_by_text("Lina: Afgemeld.").wait_for()
    lina = page.locator("li.register-row", has_text="Lina")
    assert lina.get_by_label("Afgemeld", exact=True).is_checked()
    assert lina.get_by_label("Reden (bij afgemeld)").input_value() == "Naar de huisarts"
    assert serious_axe_violations(page) == []
    assert fits_width(page)

    page.get_by_role("link", name="Code en QR-code om in te checken").click()
    page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/code/$"))
    code = page.locator(".check-in-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", code)
    assert page.locator(".qr svg").is_visible()
    assert serious_axe_violations(page) == []
    assert fits_width(page)
