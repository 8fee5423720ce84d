"""The demo participant without e-mail (Samira) signs in on a 360 px phone with her login card:
the QR link opens the card-login page with her card id filled in, she types the code and taps
her 3 pictures, and lands on her home page. Wrong pictures show the error. axe finds nothing
serious; every picture is a big tap target. And a coordinator makes a card (a wrong phone number
refused first) for a new participant, who signs in with the typed code and chooses her pictures."""

import re
import uuid

import pytest

from jobgroup_platform.demo import DEMO_CARD_CODE, DEMO_CARD_PICTURES
from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

pytestmark = pytest.mark.browser

HYBRID_GROUP = "JobGroup Zoetermeer – hybride najaar 2026"


@pytest.fixture
def phone_360(browser, live_asgi):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True, locale="nl-NL"
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def samira_card_id(live_asgi) -> str:
    out = manage(
        "shell",
        "-c",
        "from accounts.models import LoginCard; "
        "print('CARD', LoginCard.objects.get(user__email='samira@geen-email.invalid').card_id)",
        database_url=live_asgi.database_url,
    )
    return re.search(r"CARD (\S+)", out).group(1)


def tap_pictures(page, names):
    for name in names:
        page.locator(".picture-grid label", has_text=re.compile(f"^{name}$")).tap()


def test_samira_signs_in_with_her_card_and_pictures(phone_360, live_asgi):
    page = phone_360
    card_id = samira_card_id(live_asgi)
    qr_link = f"{live_asgi.url}/inloggen/kaart/?kaart={card_id}"
    page.goto(qr_link)
    assert page.locator("input[name=kaart]").input_value() == card_id
    assert serious_axe_violations(page) == []
    assert fits_width(page)
    # Twelve pictures, each a tap target of at least 44 × 44 px with a Dutch name.
    labels = page.locator(".picture-grid label")
    assert labels.count() == 12
    for n in range(12):
        box = labels.nth(n).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
    assert page.locator(".picture-grid img[alt='']").count() == 12  # the name is the label
    assert page.locator("button.read-aloud[data-read='card-login-help']").count() == 1

    # Wrong pictures: the error, and she stays out.
    page.get_by_label("Code van je kaart").fill("park 4679")
    tap_pictures(page, ["kat", "fiets", "maan"])
    assert page.locator(".picture-count").inner_text() == "3 / 3 gekozen"
    page.get_by_role("button", name="Inloggen", exact=True).click()
    alert = page.get_by_role("alert")
    assert "Dit klopt niet" in alert.inner_text()
    assert serious_axe_violations(page) == []
    assert page.url.startswith(f"{live_asgi.url}/inloggen/kaart/")

    # A fourth picture cannot be added: the grid keeps three.
    page.goto(qr_link)
    tap_pictures(page, ["kat", "fiets", "zon", "maan"])
    assert page.locator(".picture-grid input:checked").count() == 3
    assert not page.get_by_label("maan").is_checked()

    # The right code and pictures (in another order): her home page.
    page.goto(qr_link)
    page.get_by_label("Code van je kaart").fill(DEMO_CARD_CODE)
    tap_pictures(page, list(reversed(DEMO_CARD_PICTURES)))
    page.get_by_role("button", name="Inloggen", exact=True).click()
    page.wait_for_url(f"{live_asgi.url}/")
    assert HYBRID_GROUP in page.locator("main").inner_text()
    assert page.get_by_role("button", name="Uitloggen").count() == 1
    assert serious_axe_violations(page) == []
    assert fits_width(page)


SEED_GROUP = """
from accounts.services import location_add_member
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme

location = LocationFactory(name="Kaartstad {tag}", slug="kaartstad-{tag}")
coordinator = UserFactory(
    email="kc-{tag}@example.org", display_name="Kim Coördinator", roles=["coordinator"]
)
location_add_member(location=location, user=coordinator, is_coordinator=True)
cohort = make_cohort(make_programme("kaart-{tag}", steps=2), location=location, name="Kaart {tag}")
print("COHORT", cohort.pk)
"""


def test_coordinator_makes_a_card_and_the_new_participant_chooses_her_pictures(browser, live_asgi):
    base = live_asgi.url
    tag = uuid.uuid4().hex[:8]
    out = manage("shell", "-c", SEED_GROUP.format(tag=tag), database_url=live_asgi.database_url)
    cohort_id = int(re.search(r"COHORT (\d+)", out).group(1))

    desk = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    try:
        page = desk.new_page()
        page.set_default_timeout(10_000)
        log_in(page, base, f"kc-{tag}@example.org", TEST_PASSWORD)
        page.wait_for_url(lambda url: "/login/" not in url)
        page.goto(f"{base}/admin/groepen/{cohort_id}/")
        page.get_by_label("Voornaam").fill("Fatima")
        page.get_by_label("Mobiel nummer (niet verplicht)").fill("06-123")
        page.get_by_role("button", name="Account en inlogkaart maken").click()
        page.get_by_text("Dit is geen Nederlands mobiel nummer").first.wait_for()
        page.get_by_label("Mobiel nummer (niet verplicht)").fill("06 98765432")
        page.get_by_role("button", name="Account en inlogkaart maken").click()
        page.locator(".login-card").wait_for()
        assert page.get_by_role("heading", level=1).inner_text() == "Fatima"
        assert page.locator(".login-card svg.qr-code").count() == 1
        code = page.locator(".card-code-print").inner_text()
        assert re.fullmatch(r"[A-Z0-9]{4} [A-Z0-9]{4}", code)
        assert serious_axe_violations(page) == []
    finally:
        desk.close()

    phone = browser.new_context(
        locale="nl-NL", viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    try:
        page = phone.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{base}/login/")
        page.get_by_role("link", name="Inloggen met je inlogkaart (zonder e-mail)").click()
        page.get_by_label("Code van je kaart").fill(code)  # typed, without the QR code
        page.get_by_role("button", name="Inloggen", exact=True).click()
        page.wait_for_url(f"{base}/inloggen/kaart/plaatjes/")
        assert "Fatima" in page.get_by_role("heading", level=1).inner_text()
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        tap_pictures(page, ["hart", "vis", "boom"])
        page.get_by_role("button", name="Bewaar mijn plaatjes").click()
        page.wait_for_url(f"{base}/")
        assert "Kaart " + tag in page.locator("main").inner_text()
    finally:
        phone.close()
