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


def person(page, name):
    """The register row of one person (matched on the whole name in the row's legend)."""
    return page.locator("li.register-row").filter(
        has=page.locator("legend strong", has_text=re.compile(f"^{name}$"))
    )


def test_leader_fills_the_register_on_a_phone(phone_360, live_asgi):
    page = phone_360
    log_in(page, live_asgi.url, "leider2@demo.jobgroup.nl")
    page.wait_for_url(f"{live_asgi.url}/")
    group = page.locator("section.group-home", has_text=HYBRID_GROUP)
    assert "Bibliotheek Forum" in group.inner_text()  # hybrid: the address ...
    assert group.get_by_role("link", name="Meedoen").is_visible()  # ... and the room
    assert group.get_by_role("link", name="Presentielijst").is_visible()
    # Last week's meeting: the room suggested two people, Mo sent word, the rest is open.
    group.get_by_role("link", name="Overzicht voor leiders").click()
    page.get_by_role("link", name="Presentielijst stap 2", exact=True).first.click()
    page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/presentie/$"))
    assert page.get_by_text("voorstel: was online").count() == 2
    assert serious_axe_violations(page) == []
    assert fits_width(page)

    page.get_by_role("button", name="Iedereen aanwezig").click()
    page.wait_for_url(re.compile(r"/presentie/$"))
    rows = page.locator("li.register-row")
    assert rows.count() == 7  # the six and Samira (no e-mail, login card)
    for name in ("Ilse", "Jamal", "Kees", "Lina", "Noor"):
        row = person(page, name)
        assert row.get_by_label("Aanwezig", exact=True).is_checked()
    mo = person(page, "Mo")
    assert mo.get_by_label("Afgemeld", exact=True).is_checked()  # the leader's word stays
    assert page.get_by_text("voorstel: was online").count() == 0  # now the register

    # An exception: Lina sent word she could not come.
    lina = person(page, "Lina")
    lina.get_by_label("Afgemeld", exact=True).check()
    lina.get_by_role("button", name="Opslaan voor Lina").click()
    page.get_by_role("alert").wait_for()  # no reason yet: refused, and said so
    assert "waarom" in page.get_by_role("alert").inner_text()
    lina = person(page, "Lina")
    lina.get_by_label("Afgemeld", exact=True).check()
    lina.get_by_label("Reden (bij afgemeld)").fill("Naar de huisarts")
    lina.get_by_role("button", name="Opslaan voor Lina").click()
    page.get_by_text("Lina: Afgemeld.").wait_for()
    lina = person(page, "Lina")
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
