"""The room as a meeting on a phone, on a server without a media server (the embedded default):
the room says plainly that speaking and listening is not possible here and that nothing is
recorded, the bar with microphone, hand and chat stays in reach at 360 px, the chat is one tap
away, and axe finds nothing serious. The voice itself is tested through a real Janus in
test_media_janus.py."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in

pytestmark = pytest.mark.browser

GROUP = "JobGroup Zoetermeer – najaar 2026"
WAIT = 10_000
NO_MEDIA = "Spreken en luisteren kan niet op deze server."
NOT_RECORDED = "Er wordt niets opgenomen: geen geluid, geen beeld."
PHONE_360 = {"viewport": {"width": 360, "height": 640}, "has_touch": True, "is_mobile": True}


@pytest.fixture
def phone_room(browser, live_asgi):
    context = browser.new_context(locale="nl-NL", **PHONE_360)
    page = context.new_page()
    page.set_default_timeout(WAIT)
    base = live_asgi.url
    log_in(page, base, "deelnemer5@demo.jobgroup.nl")
    page.wait_for_url(f"{base}/")
    page.locator("section.group-home", has_text=GROUP).get_by_role("link", name="Meedoen").click()
    page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
    expect(page.locator("#connection-status")).to_have_text("Verbonden", timeout=WAIT)
    yield page
    context.close()


def test_without_a_media_server_the_room_says_so_and_nothing_is_recorded(phone_room):
    page = phone_room
    expect(page.locator("#media-none")).to_be_visible()
    expect(page.locator("#media-none")).to_contain_text(NO_MEDIA)
    expect(page.locator("#media")).to_contain_text(NOT_RECORDED)
    expect(page.locator("#media-ready")).to_be_hidden()
    # No microphone to switch on, and it says so.
    expect(page.locator("#mic-button")).to_be_disabled()
    expect(page.locator("#mic-label")).to_have_text("Microfoon uit")
    # No camera button or data-saving switch either: there is no video to switch.
    expect(page.locator("#camera-button")).to_be_hidden()
    expect(page.locator("#lowdata-button")).to_be_hidden()
    # People are listed without microphone states that would not mean anything here.
    expect(page.locator("#present li")).not_to_have_count(0)
    assert page.locator("#present .mic-badge").count() == 0


def test_the_bar_stays_in_reach_on_a_360px_phone_and_chat_is_one_tap_away(phone_room):
    page = phone_room
    bar = page.locator(".room-bar")
    expect(bar.get_by_role("button", name="Microfoon uit")).to_be_visible()
    expect(bar.get_by_role("button", name="Hand opsteken")).to_be_visible()
    expect(bar.get_by_role("link", name="Chat")).to_be_visible()
    # Scrolled to the top, the bar is still inside the screen.
    page.evaluate("window.scrollTo(0, 0)")
    box = bar.bounding_box()
    assert box["y"] + box["height"] <= 640 + 1, box
    assert box["width"] <= 360, box
    # One tap and the message field has the focus, inside the screen.
    bar.get_by_role("link", name="Chat").click()
    page.wait_for_timeout(300)
    text = page.locator("#chat-text")
    text_box = text.bounding_box()
    assert 0 <= text_box["y"] < 640, text_box
    # Nothing wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert serious_axe_violations(page) == []


def test_the_hand_button_in_the_bar_still_raises_the_hand(phone_room):
    page = phone_room
    page.locator(".room-bar #hand-button").click()
    expect(page.locator("#hand-button")).to_have_attribute("aria-pressed", "true", timeout=WAIT)
    page.locator(".room-bar #hand-button").click()
    expect(page.locator("#hand-button")).to_have_attribute("aria-pressed", "false", timeout=WAIT)
