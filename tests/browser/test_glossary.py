"""A participant on a 360 x 740 phone taps a hard word in the workbook and reads what it means
(content/glossary.py, jobgroup_platform/static/js/glossary.js)."""

import re

import pytest

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in


@pytest.fixture
def phone_360(browser, live_asgi):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True, locale="nl-NL"
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_tap_a_hard_word_to_read_its_explanation(phone_360, live_asgi):
    page = phone_360
    log_in(page, live_asgi.url, "deelnemer6@demo.jobgroup.nl")
    page.wait_for_url(f"{live_asgi.url}/")
    page.get_by_role("link", name=re.compile(r"Naar stap \d+ in het werkboek")).click()
    page.wait_for_url(re.compile(r"/werkboek/stap/\d+/$"))
    page.goto(re.sub(r"/stap/\d+/$", "/stap/1/", page.url))

    deepening = page.locator("#part-deepening-text")
    word = deepening.get_by_role("button", name="verbeterruimte")
    # Marked once in this part, not again further on.
    assert deepening.locator("button.term", has_text="verbeterruimte").count() == 1
    note = page.locator("#" + word.get_attribute("aria-controls"))
    assert word.get_attribute("aria-expanded") == "false"
    assert note.is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    word.tap()
    assert word.get_attribute("aria-expanded") == "true"
    assert note.is_visible()
    assert note.inner_text() == "Wat nog beter kan."
    assert "Room for improvement" not in note.inner_text()  # a regular group: Dutch only
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert serious_axe_violations(page) == []

    # Escape closes it and puts the focus back on the word.
    page.keyboard.press("Escape")
    assert note.is_hidden()
    assert word.get_attribute("aria-expanded") == "false"
    focused = page.evaluate("document.activeElement.getAttribute('aria-controls')")
    assert focused == word.get_attribute("aria-controls")

    # With the keyboard: Enter opens it, a tap elsewhere closes it.
    word.focus()
    page.keyboard.press("Enter")
    assert note.is_visible()
    page.locator("h1").tap()
    assert note.is_hidden()
    assert serious_axe_violations(page) == []
