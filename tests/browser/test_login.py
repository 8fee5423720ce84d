from tests.browser.conftest import serious_axe_violations


def log_in(page, base_url, email, password="demo"):  # noqa: S107
    page.goto(f"{base_url}/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


def fits_width(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_demo_participant_logs_in_on_a_phone_and_pages_are_accessible(phone_page, live_asgi):
    page = phone_page
    page.goto(f"{live_asgi.url}/login/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert serious_axe_violations(page) == []
    assert fits_width(page)

    log_in(page, live_asgi.url, "deelnemer1@demo.jobgroup.nl")
    page.wait_for_url(f"{live_asgi.url}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Welkom, Anouk"
    assert page.get_by_role("heading", name="JobGroup Zoetermeer – najaar 2026").is_visible()
    assert page.get_by_role("link", name="Meedoen").is_visible()  # the meeting of this hour
    assert serious_axe_violations(page) == []
    assert fits_width(page)


def test_wrong_password_shows_a_clear_message(desktop_page, live_asgi):
    log_in(desktop_page, live_asgi.url, "deelnemer1@demo.jobgroup.nl", "fout")
    alert = desktop_page.get_by_role("alert")
    assert "horen niet bij elkaar" in alert.inner_text()
    assert desktop_page.evaluate("document.activeElement.id") == "form-errors"
    assert serious_axe_violations(desktop_page) == []


def test_skip_link_is_first_and_visible_on_focus(desktop_page, live_asgi):
    page = desktop_page
    page.goto(f"{live_asgi.url}/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Naar de inhoud"
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_switch_to_english_and_back(desktop_page, live_asgi):
    page = desktop_page
    log_in(page, live_asgi.url, "leider@demo.jobgroup.nl")
    page.wait_for_url(f"{live_asgi.url}/")
    page.get_by_role("button", name="English").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Welcome, Lotte Leider"
    assert page.locator("html").get_attribute("lang") == "en"
    assert serious_axe_violations(page) == []
    page.get_by_role("button", name="Nederlands").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Welkom, Lotte Leider"


def test_friendly_404_page(desktop_page, live_asgi):
    response = desktop_page.goto(f"{live_asgi.url}/bestaat-niet/")
    assert response.status == 404
    assert desktop_page.get_by_role("heading", level=1).inner_text() == "Deze pagina bestaat niet"
    assert serious_axe_violations(desktop_page) == []


def test_the_axe_check_itself_catches_violations(browser):
    """Guard against a silent harness: a page with known problems must be reported."""
    page = browser.new_page()
    page.set_content(
        '<html><body><img src="x.png"><input type="text">'
        '<p style="color:#ccc;background:#fff">low contrast</p></body></html>'
    )
    ids = {v["id"] for v in serious_axe_violations(page)}
    page.close()
    assert {"image-alt", "label", "color-contrast"} <= ids
