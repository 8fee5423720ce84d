"""The leader's controls in real Chromium (issue #13): the leader steps into a pair and the pair
sees it; ending always asks first (cancelling keeps the meeting on, confirming ends it); a
meeting planned next week asks before it starts; the dialog passes axe on a 360 px phone.

A group of its own (seeded here), so the demo group's meeting that other browser tests share is
not touched."""

import json
import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

pytestmark = pytest.mark.browser

WAIT = 10_000
PHONE_360 = {"viewport": {"width": 360, "height": 640}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
NOTICE = "De leider is bij jullie groepje."
END_QUESTION = "Weet je zeker dat je de bijeenkomst afsluit? Iedereen gaat uit de ruimte."


def seed_script(tag: str) -> str:
    """A group with two steps (meetings now and next week), a leader and two participants."""
    return f"""
import json
from django.utils import timezone
from courses.groups.services import cohort_schedule_meetings
from tests.factories import UserFactory, make_cohort, make_programme

programme = make_programme("leiding-{tag}", steps=2)
leader = UserFactory(email="lc-leider-{tag}@example.org", display_name="Lieke", roles=["leader"])
people = [
    UserFactory(email=f"lc-{{n}}-{tag}@example.org", display_name=name, roles=["participant"])
    for n, name in enumerate(("Ali", "Bea"))
]
cohort = make_cohort(programme, participants=people, leaders=[leader], name="Leiding {tag}")
meetings = cohort_schedule_meetings(cohort=cohort, first_starts_at=timezone.now())
print(json.dumps({{"now": meetings[0].pk, "next_week": meetings[1].pk}}))
"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(
        base=live_asgi.url,
        leader=f"lc-leider-{tag}@example.org",
        people=[f"lc-{n}-{tag}@example.org" for n in range(2)],
    )
    return found


def enter(browser, world, email, meeting, options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    page.set_default_timeout(WAIT)
    log_in(page, world["base"], email, TEST_PASSWORD)
    page.wait_for_url(f"{world['base']}/")
    page.goto(f"{world['base']}/bijeenkomsten/{meeting}/")
    expect(page.locator("#connection-status")).to_have_text("Verbonden")
    return page


def test_the_leader_steps_into_the_pair_and_the_pair_sees_it(browser, world):
    leader = enter(browser, world, world["leader"], world["now"], DESKTOP)
    ali, bea = (enter(browser, world, email, world["now"], PHONE_360) for email in world["people"])
    try:
        # the meeting of now starts without a question
        leader.get_by_role("button", name="Start de bijeenkomst").click()
        expect(leader.locator("#leader-confirm")).not_to_be_visible()
        expect(ali.locator("#session-status")).to_have_text("Bezig")
        expect(leader.locator("#visit-panel")).to_be_hidden()

        leader.get_by_role("button", name="In tweetallen").click()
        group = leader.locator("#visit-groups li")
        expect(group).to_have_count(1)
        expect(group).to_contain_text(re.compile(r"Groepje 1: (Ali, Bea|Bea, Ali)"))
        expect(ali.locator("#visit-notice")).to_be_hidden()
        for page in (ali, bea):
            page.locator("#tab-people").click()  # on a phone the small group is in "Mensen"

        # the pair talks before the leader comes: the leader receives it, but the small-group
        # log shows only the group the leader is in (none yet), then this one on the visit
        ali.locator("#breakout-text").fill("Wij beginnen vast.")
        ali.locator("#breakout-form").get_by_role("button", name="Stuur").click()
        early = leader.locator("#breakout-log .chat-message", has_text="Wij beginnen vast.")
        expect(early).to_have_count(1)
        expect(early).to_be_hidden()
        group.get_by_role("button", name="Ga naar dit groepje").click()
        expect(early).to_be_visible()
        for page in (ali, bea):
            expect(page.locator("#visit-notice")).to_have_text(NOTICE)
            expect(page.locator("#visit-notice")).to_be_visible()
        expect(leader.locator("#visit-status")).to_contain_text("Je bent bij groepje 1.")
        expect(group.get_by_role("button", name="Je bent hier")).to_be_disabled()
        # the leader's message in the pair's chat reaches the pair
        expect(leader.locator("#breakout")).to_be_visible()
        leader.locator("#breakout-text").fill("Hoe gaat het hier?")
        leader.locator("#breakout-form").get_by_role("button", name="Stuur").click()
        expect(
            bea.locator("#breakout-log .chat-body", has_text="Hoe gaat het hier?")
        ).to_have_count(1)
        assert serious_axe_violations(ali) == []

        leader.get_by_role("button", name="Terug naar de grote groep").click()
        for page in (ali, bea):
            expect(page.locator("#visit-notice")).to_be_hidden()
        expect(leader.locator("#visit-status")).to_have_text("Je bent in de grote groep.")
        expect(leader.locator("#breakout")).to_be_hidden()

        # back in, then everyone back: the notice goes with the pairs
        group.get_by_role("button", name="Ga naar dit groepje").click()
        expect(ali.locator("#visit-notice")).to_be_visible()
        leader.get_by_role("button", name="Iedereen terug").click()
        expect(ali.locator("#breakout")).to_be_hidden()
        expect(leader.locator("#visit-panel")).to_be_hidden()
    finally:
        for page in (leader, ali, bea):
            page.context.close()


def test_ending_asks_first_and_cancelling_keeps_the_meeting_on(browser, world):
    leader = enter(browser, world, world["leader"], world["now"], DESKTOP)
    ali = enter(browser, world, world["people"][0], world["now"], PHONE_360)
    try:
        start = leader.get_by_role("button", name="Start de bijeenkomst")
        if leader.locator("#session-status").inner_text() != "Bezig":  # run on its own
            start.click()
        expect(ali.locator("#session-status")).to_have_text("Bezig")

        end = leader.get_by_role("button", name="Sluit de bijeenkomst af")
        end.click()
        dialog = leader.get_by_role("dialog", name="Bijeenkomst afsluiten?")
        expect(dialog).to_be_visible()
        expect(dialog).to_contain_text(END_QUESTION)
        expect(dialog.get_by_role("button", name="Nee")).to_be_focused()
        dialog.get_by_role("button", name="Nee").click()
        expect(dialog).not_to_be_visible()
        expect(end).to_be_focused()  # the focus goes back where it was
        # nothing was sent: a chat message after it still arrives in a meeting that is on
        leader.locator("#chat-text").fill("We gaan nog even door.")
        leader.locator("#chat-form").get_by_role("button", name="Stuur").click()
        expect(
            ali.locator("#chat-log .chat-body", has_text="We gaan nog even door.")
        ).to_have_count(1)
        expect(ali.locator("#session-status")).to_have_text("Bezig")
        expect(leader.locator("#session-status")).to_have_text("Bezig")

        # Escape is "Nee" too
        end.click()
        expect(dialog).to_be_visible()
        leader.keyboard.press("Escape")
        expect(dialog).not_to_be_visible()
        expect(ali.locator("#session-status")).to_have_text("Bezig")

        end.click()
        dialog.get_by_role("button", name="Ja, afsluiten").click()
        for page in (leader, ali):
            expect(page.locator("#session-status")).to_have_text("Afgelopen")
    finally:
        leader.context.close()
        ali.context.close()


def test_next_weeks_meeting_asks_before_it_starts_and_the_dialog_passes_axe(browser, world):
    leader = enter(browser, world, world["leader"], world["next_week"], PHONE_360)
    try:
        leader.get_by_role("button", name="Start de bijeenkomst").click()
        dialog = leader.get_by_role("dialog", name="Deze bijeenkomst starten?")
        expect(dialog).to_be_visible()
        expect(dialog).to_contain_text(re.compile(r"staat gepland op \w+ \d+ \w+ \(stap 2\)"))
        expect(dialog).to_contain_text("Weet je zeker dat je nu wilt beginnen?")
        box = dialog.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
        assert leader.evaluate("document.documentElement.scrollWidth") <= 360
        assert serious_axe_violations(leader) == []

        dialog.get_by_role("button", name="Nee").click()
        expect(dialog).not_to_be_visible()
        leader.reload()  # nothing was started
        expect(leader.locator("#connection-status")).to_have_text("Verbonden")
        expect(leader.locator("#session-status")).to_have_text("Nog niet begonnen")

        leader.get_by_role("button", name="Start de bijeenkomst").click()
        dialog.get_by_role("button", name="Ja, beginnen").click()
        expect(leader.locator("#session-status")).to_have_text("Bezig")
    finally:
        leader.context.close()
