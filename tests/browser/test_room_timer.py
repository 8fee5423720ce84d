"""The leader's timer in real Chromium: the leader starts it (the current part's minutes
proposed), a participant on a 360 px phone whose clock is ten minutes fast sees the same
countdown in the bar, hears it start, pause, one minute left and time up, keeps it after a
reload, and sees it go when the leader takes it away. The page passes axe with the timer on.

A group of its own (seeded like test_leader_controls.py), so other browser tests' meetings are
not touched."""

import json
import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_leader_controls import DESKTOP, PHONE_360, WAIT, seed_script
from tests.browser.test_login import log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

pytestmark = pytest.mark.browser

# The participant's device clock runs ten minutes fast (and the test can move it on: time
# passing without waiting for it).
FAST_CLOCK = """(() => {
    const real = Date.now.bind(Date);
    window.__skew = 10 * 60 * 1000;
    Date.now = () => real() + window.__skew;
})();"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = "t" + uuid.uuid4().hex[:7]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(
        base=live_asgi.url,
        leader=f"lc-leider-{tag}@example.org",
        people=[f"lc-{n}-{tag}@example.org" for n in range(2)],
    )
    return found


def enter(browser, world, email, options, init_script=None):
    context = browser.new_context(locale="nl-NL", **options)
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    page.set_default_timeout(WAIT)
    log_in(page, world["base"], email, TEST_PASSWORD)
    page.wait_for_url(f"{world['base']}/")
    page.goto(f"{world['base']}/bijeenkomsten/{world['now']}/")
    expect(page.locator("#connection-status")).to_have_text("Verbonden")
    return page


def seconds(text: str) -> int:
    minutes, secs = text.split(":")
    return int(minutes) * 60 + int(secs)


def test_the_leader_starts_the_timer_and_a_participant_sees_the_countdown(browser, world):
    leader = enter(browser, world, world["leader"], DESKTOP)
    ali = enter(browser, world, world["people"][0], PHONE_360, FAST_CLOCK)
    try:
        timer = ali.locator("#room-timer")
        clock = ali.locator("#room-timer-clock")
        said = ali.locator("#timer-say")
        expect(timer).to_be_hidden()
        expect(ali.locator("#timer-controls")).to_have_count(0)  # no buttons for a participant

        # the current part (welcome) is planned for 15 minutes: Start proposes that
        minutes = leader.get_by_label("Minuten", exact=True)
        expect(minutes).to_have_value("15")
        minutes.fill("0")
        leader.get_by_role("button", name="Start de tijd").click()
        expect(leader.locator("#timer-minutes-error")).to_have_text("Kies 1 tot 180 minuten.")
        expect(leader.locator("#room-timer")).to_be_hidden()  # nothing was sent
        minutes.fill("15")
        leader.get_by_role("button", name="Start de tijd").click()

        expect(timer).to_be_visible()
        # her clock is ten minutes fast, yet she sees the same 15 minutes as the leader
        expect(clock).to_have_text(re.compile(r"^1[45]:\d\d$"))
        assert 14 * 60 <= seconds(clock.inner_text()) <= 15 * 60
        expect(said).to_have_text("De tijd loopt: 15 minuten.")
        expect(leader.locator("#room-timer-clock")).to_have_text(re.compile(r"^1[45]:\d\d$"))
        # it counts down
        first = seconds(clock.inner_text())
        expect(clock).not_to_have_text(clock.inner_text(), timeout=3000)
        assert seconds(clock.inner_text()) < first
        # in the bar at the bottom of her screen, inside the screen, on every tab
        box = timer.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 740, box
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
        ali.locator("#tab-chat").click()
        expect(timer).to_be_visible()
        assert ali.evaluate("document.documentElement.scrollWidth") <= 360
        assert serious_axe_violations(ali) == []

        # pause: the clock stands still, with the words for it
        leader.get_by_role("button", name="Pauze").click()
        expect(ali.locator("#room-timer-state")).to_have_text("(staat stil)")
        expect(said).to_have_text("De tijd staat stil.")
        still = clock.inner_text()
        ali.wait_for_timeout(1500)
        expect(clock).to_have_text(still)
        # five minutes more, then on again
        leader.get_by_role("button", name="+5 minuten").click()
        expect(said).to_have_text(re.compile(r"^Er is tijd bij: nog (19|20) minuten\.$"))
        assert seconds(clock.inner_text()) == seconds(still) + 300
        leader.get_by_role("button", name="Verder").click()
        expect(said).to_have_text("De tijd loopt weer.")
        expect(ali.locator("#room-timer-state")).to_have_text("")

        # a reload (a late joiner, a reconnect) gets the running timer from the welcome
        ali.reload()
        expect(ali.locator("#connection-status")).to_have_text("Verbonden")
        expect(timer).to_be_visible()
        left = seconds(clock.inner_text())
        assert 19 * 60 <= left <= 20 * 60

        # time passes (her clock moves on): one minute left is said once, then time up
        ali.evaluate(f"window.__skew += {(left - 40) * 1000}")
        expect(said).to_have_text("Nog 1 minuut.")
        expect(clock).to_have_text(re.compile(r"^00:[0-4]\d$"))
        ali.evaluate("window.__skew += 60 * 1000")
        expect(clock).to_have_text("00:00")
        expect(ali.locator("#room-timer-state")).to_have_text("De tijd is om")
        expect(said).to_have_text("De tijd is om")

        # the leader takes it away: gone for everyone
        leader.get_by_role("button", name="Tijd weghalen").click()
        expect(timer).to_be_hidden()
        expect(said).to_have_text("De tijd is weggehaald.")
        expect(leader.get_by_role("button", name="Pauze")).to_be_hidden()
    finally:
        leader.context.close()
        ali.context.close()
