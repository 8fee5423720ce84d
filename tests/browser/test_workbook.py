"""A participant works in the workbook on a phone: autosave, reload, lost connection."""

import re

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in


def open_step(page, base_url, email, number=1):
    log_in(page, base_url, email)
    page.wait_for_url(f"{base_url}/")
    page.get_by_role("link", name=re.compile(r"Naar stap \d+ in het werkboek")).click()
    page.get_by_role("link", name=re.compile("Werkboek: JobGroup")).click()
    page.wait_for_url(re.compile(r"/groepen/\d+/werkboek/$"))
    assert serious_axe_violations(page) == []
    page.get_by_role("link", name=re.compile(f"Stap {number}")).first.click()
    page.wait_for_url(re.compile(rf"/werkboek/stap/{number}/$"))


def test_participant_fills_the_rating_grid_on_a_phone_and_finds_it_after_reload(
    phone_page, live_asgi
):
    page = phone_page
    open_step(page, live_asgi.url, "deelnemer2@demo.jobgroup.nl")
    assert page.get_by_role("heading", level=1).inner_text() == "Wie ben ik?"
    assert serious_axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.goto(page.url + "#deel-4")  # on a phone one part at a time: the grid is in part 4

    grid = page.locator("form[data-type=rating_grid]").first
    selects = grid.locator("select[data-item]")
    assert selects.count() == 4
    for index, score in enumerate(["6", "8", "5", "3"]):
        selects.nth(index).select_option(score)
    grid.locator("[data-own-label]").first.fill("Geloof")
    grid.locator("[data-own-score]").first.select_option("9")
    grid.locator(".save-status").filter(has_text="Opgeslagen").wait_for()

    page.reload()
    grid = page.locator("form[data-type=rating_grid]").first
    values = [grid.locator("select[data-item]").nth(i).input_value() for i in range(4)]
    assert values == ["6", "8", "5", "3"]
    assert grid.locator("[data-own-label]").first.input_value() == "Geloof"
    assert grid.locator("[data-own-score]").first.input_value() == "9"
    # Touch targets are large enough.
    box = grid.locator("select[data-item]").first.bounding_box()
    assert box["height"] >= 44


def test_text_typed_without_a_connection_is_kept_and_saved_later(phone_page, live_asgi):
    page = phone_page
    open_step(page, live_asgi.url, "deelnemer3@demo.jobgroup.nl")
    page.goto(page.url + "#deel-6")  # on a phone one part at a time: "Wat neem ik mee?"
    reflection = page.locator("form[data-type=reflection]").last
    page.context.set_offline(True)
    reflection.locator("textarea").fill("Ik neem mee dat ik niet de enige ben.")
    reflection.locator(".save-error").filter(has_text="geen verbinding").wait_for()
    assert reflection.locator("textarea").input_value() == "Ik neem mee dat ik niet de enige ben."
    page.context.set_offline(False)
    reflection.locator(".save-status").filter(has_text="Opgeslagen").wait_for(timeout=15_000)
    page.reload()
    reflection = page.locator("form[data-type=reflection]").last
    assert reflection.locator("textarea").input_value() == "Ik neem mee dat ik niet de enige ben."


def test_leader_sees_notes_and_timing_and_no_answer_fields(desktop_page, live_asgi):
    page = desktop_page
    open_step(page, live_asgi.url, "leider@demo.jobgroup.nl", number=2)
    assert page.get_by_text("Alleen voor leiders").first.is_visible()
    assert page.get_by_text(re.compile("Geplande tijd van de bijeenkomst")).is_visible()
    assert page.locator("form.answer-form").count() == 0
    assert serious_axe_violations(page) == []


def test_print_view_is_accessible(desktop_page, live_asgi):
    page = desktop_page
    open_step(page, live_asgi.url, "deelnemer4@demo.jobgroup.nl")
    page.goto(page.url.split("/werkboek/")[0] + "/werkboek/print/?antwoorden=1")
    assert page.locator(".print-step").count() == 7
    assert serious_axe_violations(page) == []


def test_read_aloud_buttons_only_where_the_browser_can_speak(browser, live_asgi):
    for can_speak in (True, False):
        context = browser.new_context(viewport={"width": 390, "height": 800})
        if not can_speak:
            context.add_init_script("delete window.speechSynthesis;")
        page = context.new_page()
        open_step(page, live_asgi.url, "deelnemer5@demo.jobgroup.nl")
        buttons = page.locator("button.read-aloud")
        assert buttons.count() > 10
        visible = buttons.first.is_visible()
        assert visible is can_speak
        if can_speak:
            page.evaluate(
                "window.__spoken = [];"
                "window.speechSynthesis.speak = u => window.__spoken.push([u.lang, u.text]); true"
            )
            buttons.first.click()
            spoken = page.evaluate("window.__spoken")
            assert spoken and spoken[0][0] == "nl-NL" and "Je kunt vertellen" in spoken[0][1]
            assert buttons.first.get_attribute("aria-pressed") == "true"
        context.close()


def test_a_sixth_choice_is_refused_on_a_phone_with_a_clear_message(phone_page, live_asgi):
    """ "Kies er hoogstens vijf": the server refuses the sixth tick and says why."""
    page = phone_page
    open_step(page, live_asgi.url, "deelnemer4@demo.jobgroup.nl")
    page.goto(page.url + "#deel-3")  # on a phone one part at a time: the choice is in part 3
    form = page.locator("form[data-type=choice]").filter(has_text="Kies er hoogstens vijf").first
    assert "Je kunt hoogstens 5 keuzes maken." in form.inner_text()
    boxes = form.locator("input[type=checkbox]")
    for index in range(6):
        with page.expect_response(
            lambda r: "/answers/" in r.url and r.request.method == "PUT"
        ) as saved:
            boxes.nth(index).check()
        assert saved.value.status == (200 if index < 5 else 422)
    form.locator(".save-error").filter(has_text="Haal er eerst een weg").wait_for()
    assert serious_axe_violations(page) == []
    page.reload()
    form = page.locator("form[data-type=choice]").filter(has_text="Kies er hoogstens vijf").first
    boxes = form.locator("input[type=checkbox]")
    assert [boxes.nth(i).is_checked() for i in range(6)] == [True] * 5 + [False]
