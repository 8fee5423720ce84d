"""Issue 18, "an installable web app": on a 360 x 740 phone in Chromium the platform has a
manifest and a service worker; a participant's step and Mijn map stay readable without a
connection, an answer written offline is stored once when the connection is back, and after
logout nothing of theirs can be read offline on the same phone."""

import json
import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_part_of, serious_axe_violations
from tests.browser.test_login import fits_width, log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
FEEDBACK = "Mooi geschreven. Wat heb je nodig om dit te doen?"


def seed_script(tag: str) -> str:
    return f"""
import json
from courses.groups.access import cohort_for_member
from courses.workbook.services import answer_save, feedback_add
from tests.courses.conftest import exercise_id
from tests.factories import UserFactory, make_cohort, make_programme

programme = make_programme("offline-{tag}", steps=2)
anna = UserFactory(email="off-anna-{tag}@example.org", display_name="Anna", roles=["participant"])
bob = UserFactory(email="off-bob-{tag}@example.org", display_name="Bob", roles=["participant"])
lotte = UserFactory(email="off-lotte-{tag}@example.org", display_name="Lotte", roles=["leader"])
cohort = make_cohort(programme, participants=[anna, bob], leaders=[lotte], name="Offline {tag}")
block = exercise_id(cohort, 1, "reflection")
answer = answer_save(
    access=cohort_for_member(user=anna, cohort_id=cohort.pk), user=anna, step_number=1,
    block_id=block, value={{"text": "Ik ben goed in luisteren."}}, sharing="leaders",
)
feedback_add(
    access=cohort_for_member(user=lotte, cohort_id=cohort.pk), user=lotte,
    answer_id=answer.pk, text="{FEEDBACK}",
)
print(json.dumps({{"cohort": cohort.pk, "block2": exercise_id(cohort, 2, "reflection")}}))
"""


COUNT_SCRIPT = """
from courses.models import Answer
rows = Answer.objects.filter(participant__email="{email}", block_id="{block}")
print(rows.count(), rows.first().value["text"] if rows else "")
"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(
        base=live_asgi.url,
        database_url=live_asgi.database_url,
        anna=f"off-anna-{tag}@example.org",
        bob=f"off-bob-{tag}@example.org",
    )
    return found


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="nl-NL", **PHONE_360)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def sign_in(page, world, email):
    log_in(page, world["base"], email, TEST_PASSWORD)
    page.wait_for_url(f"{world['base']}/")
    # The worker registered on the login page takes the open pages (clients.claim). On a busy
    # machine it can become active while the sign-in navigation is still on its way; that page
    # then stays without a worker (as in any browser) and the next page load has it.
    # (polled with evaluate: wait_for_function evaluates a string, which the site's CSP forbids)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    for _attempt in range(2):
        for _ in range(50):
            if page.evaluate("!!navigator.serviceWorker.controller"):
                return
            page.wait_for_timeout(100)
        page.reload()
    raise AssertionError("the service worker never took control of the page")


def kept_pages(page) -> list[str]:
    return page.evaluate(
        """async () => {
            if (!(await caches.has("jobgroup-pages"))) { return []; }
            const cache = await caches.open("jobgroup-pages");
            return (await cache.keys()).map(r => new URL(r.url).pathname);
        }"""
    )


def test_manifest_icons_and_worker_on_a_phone(phone, world):
    page = phone
    page.goto(f"{world['base']}/login/")
    response = page.request.get(f"{world['base']}/manifest.webmanifest")
    assert response.ok
    assert response.headers["content-type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"
    href = page.locator('link[rel="manifest"]').get_attribute("href")
    assert href == "/manifest.webmanifest"
    assert page.locator('meta[name="theme-color"]').get_attribute("content") == "#0b4f8a"
    for icon in manifest["icons"]:
        image = page.request.get(f"{world['base']}{icon['src']}")
        assert image.ok and image.headers["content-type"] == "image/png", icon
    worker = page.evaluate("navigator.serviceWorker.ready.then(r => [r.active.scriptURL, r.scope])")
    assert worker == [f"{world['base']}/sw.js", f"{world['base']}/"]
    sw = page.request.get(f"{world['base']}/sw.js")
    assert sw.headers["content-type"].startswith("text/javascript")
    # Nobody is asked for notifications.
    assert page.evaluate("Notification.permission") == "default"
    # The offline page is kept at install, in Dutch, and accessible.
    page.goto(f"{world['base']}/offline/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen verbinding")
    assert serious_axe_violations(page) == []
    assert fits_width(page)


def test_step_read_and_answered_offline_is_stored_once(phone, world):
    page = phone
    sign_in(page, world, world["anna"])
    step_url = f"{world['base']}/groepen/{world['cohort']}/werkboek/stap/2/"
    # On a phone one part at a time, also offline (step-screens.js is in the app shell).
    page.goto(f"{step_url}#in-{world['block2']}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stap 2")
    assert "/groepen/{}/werkboek/stap/2/".format(world["cohort"]) in kept_pages(page)

    page.context.set_offline(True)
    page.reload()
    # Shown from the worker's copy: the step, not the browser's own error page.
    expect(page.get_by_role("heading", level=1)).to_have_text("Stap 2")
    assert serious_axe_violations(page) == []
    assert fits_width(page)
    text = "Ik schreef dit in de bus, zonder internet."
    open_part_of(page, "form[data-type=reflection]", last=True)  # a phone: one part at a time
    reflection = page.locator("form[data-type=reflection]").last
    reflection.locator("textarea").fill(text)
    expect(reflection.locator(".save-error")).to_contain_text("geen verbinding")

    page.context.set_offline(False)
    expect(reflection.locator(".save-status")).to_have_text("Opgeslagen", timeout=20_000)
    # Give the retry timer a chance to send it again: it must still be one answer.
    page.wait_for_timeout(6_000)
    output = manage(
        "shell",
        "-c",
        COUNT_SCRIPT.format(email=world["anna"], block=world["block2"]),
        database_url=world["database_url"],
    )
    assert output.strip().splitlines()[-1] == f"1 {text}"
    page.reload()
    expect(page.locator("form[data-type=reflection]").last.locator("textarea")).to_have_value(text)


def test_my_folder_offline_after_one_visit_and_gone_after_logout(phone, world):
    page = phone
    sign_in(page, world, world["anna"])
    base = world["base"]
    step_url = f"{base}/groepen/{world['cohort']}/werkboek/stap/1/"
    page.goto(step_url)
    page.goto(f"{base}/mijn-map/")
    expect(page.get_by_text(FEEDBACK)).to_be_visible()

    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn map")
    expect(page.get_by_text(FEEDBACK)).to_be_visible()
    # A page that was never kept: the Dutch offline page, not the browser's error.
    page.goto(f"{base}/mijn-gegevens/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen verbinding")

    page.context.set_offline(False)
    page.goto(f"{base}/")
    kept = kept_pages(page)
    assert set(kept) >= {"/mijn-map/", f"/groepen/{world['cohort']}/werkboek/stap/1/"}
    # Only steps and Mijn map are kept: not home, not the answers API the page called.
    assert all(re.fullmatch(r"/mijn-map/|/groepen/\d+/werkboek/stap/\d+/", p) for p in kept), kept
    # Text the workbook still held for sending goes at logout too, the chosen speed stays.
    page.evaluate(
        "localStorage.setItem('jobgroup-unsaved:/api/x', '{\"text\": \"geheim\"}');"
        "localStorage.setItem('jobgroup-read-rate', '0.7')"
    )
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_load_state()
    expect(page.get_by_role("navigation").get_by_role("link", name="Inloggen")).to_be_visible()
    assert kept_pages(page) == []
    assert page.evaluate("Object.keys(localStorage)") == ["jobgroup-read-rate"]

    # The next person on this phone, offline, finds none of Anna's pages.
    page.context.set_offline(True)
    for url in (f"{base}/mijn-map/", step_url):
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_have_text("Geen verbinding")
        assert FEEDBACK not in page.content()
        assert "Ik ben goed in luisteren" not in page.content()
    page.context.set_offline(False)

    # And when Bob signs in, his Mijn map is his own (nothing of Anna's kept or shown).
    sign_in(page, world, world["bob"])
    page.goto(f"{base}/mijn-map/")
    assert FEEDBACK not in page.content()
    assert re.search(r"Je hebt nog niets ingevuld", page.content())


def test_unsent_text_of_another_person_is_dropped_not_restored(phone, world):
    """Anna's session ended without the logout button; Bob opens the same step on that phone."""
    page = phone
    sign_in(page, world, world["bob"])
    step_url = f"{world['base']}/groepen/{world['cohort']}/werkboek/stap/2/"
    page.goto(step_url)
    reflection = page.locator("form[data-type=reflection]").last
    save_url = reflection.get_attribute("data-url")
    secret = "Anna schreef dit en het is niet verstuurd."
    page.evaluate(
        """([url, text]) => {
            localStorage.setItem("jobgroup-unsaved:" + url, JSON.stringify({text: text}));
            localStorage.setItem("jobgroup-unsaved:999999:" + url, JSON.stringify({text: text}));
        }""",
        [save_url, secret],
    )
    page.reload()
    reflection = page.locator("form[data-type=reflection]").last
    # workbook.js (deferred) drops them once it runs: poll rather than read at once
    for _ in range(50):
        keys = page.evaluate("Object.keys(localStorage)")
        if not [k for k in keys if k.startswith("jobgroup-unsaved:")]:
            break
        page.wait_for_timeout(100)
    assert not [k for k in keys if k.startswith("jobgroup-unsaved:")], keys
    page.wait_for_load_state("load")
    expect(reflection.locator("textarea")).to_have_value("")


def test_a_newer_text_is_not_overwritten_by_an_older_save_still_on_its_way(phone, world):
    """Typing, then typing (or dictating) again while the first save is still on its way: the
    second save waits for the first (js/workbook.js), so the newest text is what stays."""
    page = phone
    sign_in(page, world, world["anna"])
    page.goto(f"{world['base']}/groepen/{world['cohort']}/werkboek/stap/2/")
    open_part_of(page, "form[data-type=reflection]", last=True)
    reflection = page.locator("form[data-type=reflection]").last
    held = []

    def hold_the_first(route):
        if route.request.method == "PUT" and not held:
            held.append(route)  # answered below, after the second text
            return
        route.continue_()

    page.route("**/answers/**", hold_the_first)
    reflection.locator("textarea").fill("Eerste versie.")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the first save was never sent"
    reflection.locator("textarea").fill("Tweede versie, de goede.")
    page.wait_for_timeout(2_000)  # past the autosave delay: the second save is due now
    held[0].continue_()
    expect(reflection.locator(".save-status")).to_have_text("Opgeslagen", timeout=20_000)
    page.wait_for_timeout(1_000)
    output = manage(
        "shell",
        "-c",
        COUNT_SCRIPT.format(email=world["anna"], block=world["block2"]),
        database_url=world["database_url"],
    )
    assert output.strip().splitlines()[-1] == "1 Tweede versie, de goede."
