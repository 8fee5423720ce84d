"""The demo's trainings in a real browser: a volunteer rates the national recertification day
on a phone, and the trainer's room follows the training day's own agenda. No serious or critical
axe violations; nothing wider than the screen."""

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in


def test_a_volunteer_rates_the_training_on_a_phone(phone_page, live_asgi):
    page = phone_page
    log_in(page, live_asgi.url, "maatje@demo.jobgroup.nl")
    page.wait_for_url(f"{live_asgi.url}/")
    page.get_by_role("link", name="Geef de training een cijfer").click()
    page.get_by_role("heading", name="Jouw cijfer voor de training").wait_for()
    assert serious_axe_violations(page) == []
    assert fits_width(page)
    page.get_by_role("button", name="Cijfers versturen").click()  # nothing chosen
    assert "Kies een cijfer van 1 tot en met 10." in page.get_by_role("alert").inner_text() or (
        page.get_by_text("Kies een cijfer van 1 tot en met 10.").first.is_visible()
    )
    assert serious_axe_violations(page) == []
    page.get_by_role("group", name="Welk cijfer geef je de inhoud").get_by_label("8").check()
    page.get_by_role("group", name="Welk cijfer geef je de trainers").get_by_label("9").check()
    page.get_by_label("Wil je nog iets zeggen?").fill("<script>alert(1)</script> Leerzaam!")
    page.get_by_role("button", name="Cijfers versturen").click()
    page.get_by_text("Dank je wel voor je cijfers!").wait_for()
    assert "<script>alert(1)</script> Leerzaam!" in page.locator("dl").inner_text()
    assert serious_axe_violations(page) == []
    assert fits_width(page)


def test_the_trainer_room_shows_the_training_day_agenda(desktop_page, live_asgi):
    page = desktop_page
    log_in(page, live_asgi.url, "trainer@demo.jobgroup.nl")
    page.wait_for_url(f"{live_asgi.url}/")
    training = page.get_by_role("region", name="JobGroupleiderstraining landelijk – voorjaar 2027")
    training.get_by_role("link", name="Meedoen").click()
    page.get_by_role("heading", name="Trainingsdag 1: De JobGroup en de vaste opbouw").wait_for()
    agenda = page.locator("#agenda")
    assert agenda.locator("li").count() == 6
    assert "De JobGroup en de vaste opbouw (45 min)" in " ".join(agenda.inner_text().split())
    assert "Huiswerk bespreken" not in agenda.inner_text()
    assert serious_axe_violations(page) == []
