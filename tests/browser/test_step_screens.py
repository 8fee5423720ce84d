"""A workbook step in screens, in real Chromium. On a 360 x 740 phone the step shows one part at
a time ("Deel 1 van 7", "Vorige" / "Volgende", the focus on the part's heading, the part in the
URL as #deel-n); an answer typed in one part survives going back and forth, a reload on #deel-3
and the browser's back button, and is stored. Pictograms show in the workbook, home, Mijn map
and the room. At 1280 px wide every part shows, as before (no pager). axe finds nothing serious.

The demo's hybrid group (seed_demo): Mo works on the phone, Noor on the laptop; Anouk (the main
group) only looks at the room's programme."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in
from tests.servers import manage

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
LAPTOP = {"viewport": {"width": 1280, "height": 900}}
HYBRID_GROUP = "JobGroup Zoetermeer – hybride najaar 2026"
MAIN_GROUP = "JobGroup Zoetermeer – najaar 2026"
ANSWER = "Ik wil weer ritme in mijn week en nieuwe mensen leren kennen."
# Step 1 of the JobGroup: part 2 (Huiswerk bespreken) has one writing exercise with this title.
PART_2_TITLE = "Wat wil ik halen uit de JobGroup?"

STORED = """
import json
from courses.models import Answer
answer = Answer.objects.get(
    participant__email="{email}", step_number=1, block_type="reflection",
    cohort__name="{group}", value__text="{text}",
)
print(json.dumps({{"text": answer.value["text"]}}))
"""


def new_page(browser, options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def open_step_1(page, base, email):
    log_in(page, base, email)
    page.wait_for_url(f"{base}/")
    group = page.locator("section.group-home", has_text=HYBRID_GROUP)
    href = group.get_by_role("link", name=re.compile(r"Naar stap \d+ in het werkboek"))
    url = re.sub(r"/stap/\d+/", "/stap/1/", href.get_attribute("href"))
    page.goto(base + url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Wie ben ik?")
    return page.url.split("#")[0]


def visible_parts(page) -> list[str]:
    return page.evaluate(
        "[...document.querySelectorAll('section.part')]"
        ".filter(s => s.offsetParent !== null).map(s => s.id)"
    )


def focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def status(page):
    return page.locator("#part-pager-status")


def test_a_step_in_screens_on_a_phone(browser, live_asgi):
    base = live_asgi.url
    page = new_page(browser, PHONE)
    try:
        step_url = open_step_1(page, base, "hybride5@demo.jobgroup.nl")
        expect(status(page)).to_have_text("Deel 1 van 7")
        assert status(page).get_attribute("aria-live") == "polite"
        assert visible_parts(page) == ["part-welcome"]
        pager = page.get_by_role("navigation", name="Delen van deze stap")
        expect(pager.get_by_role("button", name=re.compile("Volgende"))).to_be_visible()
        expect(pager.get_by_role("button", name=re.compile("Vorige"))).to_be_hidden()  # first
        # the part's pictogram beside its heading
        expect(page.locator("#part-welcome-title svg.pictogram-part-welcome")).to_be_visible()
        assert fits_width(page)
        assert serious_axe_violations(page) == []

        # Next: part 2, in the URL, the focus on its heading, the count read out.
        pager.get_by_role("button", name=re.compile("Volgende")).click()
        expect(status(page)).to_have_text("Deel 2 van 7")
        assert page.url == step_url + "#deel-2"
        assert visible_parts(page) == ["part-homework_review"]
        assert focused_id(page) == "part-homework_review-title"
        exercise = page.locator("#part-homework_review section.exercise").filter(
            has_text=PART_2_TITLE
        )
        expect(exercise.locator("h4 svg.pictogram-exercise-reflection")).to_be_visible()
        expect(exercise.get_by_role("heading", name=PART_2_TITLE)).to_be_visible()
        exercise.locator("textarea").fill(ANSWER)
        exercise.locator(".save-status").filter(has_text="Opgeslagen").wait_for()
        assert serious_axe_violations(page) == []

        # Back and forth: the typed text stays.
        pager.get_by_role("button", name=re.compile("Volgende")).click()
        expect(status(page)).to_have_text("Deel 3 van 7")
        assert visible_parts(page) == ["part-group_talk"]
        pager.get_by_role("button", name=re.compile("Vorige")).click()
        expect(status(page)).to_have_text("Deel 2 van 7")
        assert focused_id(page) == "part-homework_review-title"
        assert exercise.locator("textarea").input_value() == ANSWER
        pager.get_by_role("button", name=re.compile("Volgende")).click()
        expect(status(page)).to_have_text("Deel 3 van 7")

        # A reload keeps the part; the browser's back button goes to the part before.
        page.reload()
        assert page.url == step_url + "#deel-3"
        expect(status(page)).to_have_text("Deel 3 van 7")
        assert visible_parts(page) == ["part-group_talk"]
        page.go_back()
        expect(status(page)).to_have_text("Deel 2 van 7")
        assert exercise.locator("textarea").input_value() == ANSWER

        # The last part: no "Volgende".
        page.goto(step_url + "#deel-7")
        expect(status(page)).to_have_text("Deel 7 van 7")
        expect(pager.get_by_role("button", name=re.compile("Volgende"))).to_be_hidden()
        assert visible_parts(page) == ["part-after_talk"]

        # Stored on the server, not only in this browser.
        output = manage(
            "shell",
            "-c",
            STORED.format(email="hybride5@demo.jobgroup.nl", group=HYBRID_GROUP, text=ANSWER),
            database_url=live_asgi.database_url,
        )
        assert json.loads(output.strip().splitlines()[-1]) == {"text": ANSWER}

        # Mijn map: by step and title, with the pictogram of the exercise's kind.
        page.goto(f"{base}/mijn-map/")
        item = page.locator("li[id^=antwoord-]", has_text=ANSWER)
        expect(item.get_by_role("heading", name=PART_2_TITLE)).to_be_visible()
        expect(item.locator("svg.pictogram-exercise-reflection")).to_be_visible()
        expect(page.get_by_role("heading", name="Stap 1: Wie ben ik?")).to_be_visible()
        assert "Reflectie (vrije tekst)" not in page.locator("main").inner_text()
        assert fits_width(page)
        assert serious_axe_violations(page) == []

        # Home: the next meeting (and the homework, where there is some) with pictograms.
        page.goto(f"{base}/")
        group = page.locator("section.group-home", has_text=HYBRID_GROUP)
        expect(group.locator("h3 svg.pictogram-part-group_talk")).to_be_visible()
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_a_hash_into_a_part_opens_that_part_on_a_phone(browser, live_asgi):
    page = new_page(browser, PHONE)
    try:
        step_url = open_step_1(page, live_asgi.url, "hybride6@demo.jobgroup.nl")
        page.goto(step_url + "#part-homework")  # the home page's "Naar het huiswerk"
        expect(status(page)).to_have_text("Deel 5 van 7")
        assert visible_parts(page) == ["part-homework"]
    finally:
        page.context.close()


def test_on_a_wide_screen_every_part_shows(browser, live_asgi):
    page = new_page(browser, LAPTOP)
    try:
        step_url = open_step_1(page, live_asgi.url, "hybride6@demo.jobgroup.nl")
        assert len(visible_parts(page)) == 7
        expect(page.locator("#part-pager")).to_be_hidden()
        expect(status(page)).to_be_hidden()  # empty: nothing to read out
        expect(page.locator("#part-deepening-title svg.pictogram-part-deepening")).to_be_visible()
        # a link to a part still works: all parts stay, the page goes to it
        page.goto(step_url + "#deel-4")
        assert len(visible_parts(page)) == 7
        page.wait_for_function(
            "(() => { const top = document.getElementById('part-deepening-title')"
            ".getBoundingClientRect().top; return top > -2 && top < 40; })()"
        )
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_the_rooms_programme_shows_a_pictogram_per_part(browser, live_asgi):
    base = live_asgi.url
    page = new_page(browser, PHONE)
    try:
        log_in(page, base, "deelnemer1@demo.jobgroup.nl")
        page.wait_for_url(f"{base}/")
        page.locator("section.group-home", has_text=MAIN_GROUP).get_by_role(
            "link", name="Meedoen"
        ).click()
        page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
        agenda = page.locator("#agenda")
        expect(agenda.locator("li")).to_have_count(7)
        pictograms = agenda.locator("svg.pictogram")
        expect(pictograms).to_have_count(7)
        expect(pictograms.first).to_be_visible()
        assert agenda.locator(".agenda-label").first.inner_text() == "Welkom en leerdoel"
        # the current block's heading carries it too (shown once the leader is in a part)
        assert page.locator(".part-now h3 svg.pictogram").count() == 7
    finally:
        page.context.close()
