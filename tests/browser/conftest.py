"""Browser tests: real Chromium (Debian's, at /usr/bin/chromium) through Playwright, against the
real ASGI server in its own process, with axe-core for accessibility."""

import os
from pathlib import Path

import pytest

from tests.servers import (
    asgi_server,
    drop_separate_database,
    manage,
    separate_database_url,
)

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. Install it with `sudo apt-get install "
            "chromium` (`make test` does this itself when it runs as root)."
        )
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop on this thread; the ORM calls the tests make to
    # set up data happen between browser calls, never inside that loop. Scoped to the module so
    # the loop is gone before the async (WebSocket) tests run.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def live_asgi():
    """The platform as `make run` has it: a database of its own, migrated, with the demo data,
    served by the real ASGI server in another process. Shared by all browser tests, which
    therefore only change data that belongs to the login they use."""
    database_url = separate_database_url("browser")
    try:
        manage("migrate", "--noinput", database_url=database_url)
        manage("seed_demo", "--force", database_url=database_url)
        with asgi_server(database_url=database_url) as server:
            server.database_url = database_url
            yield server
    finally:
        drop_separate_database(database_url)


@pytest.fixture
def phone_page(browser, live_asgi):
    """A page as on a small phone: 320 CSS pixels wide, touch."""
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, has_touch=True, is_mobile=True, locale="nl-NL"
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser, live_asgi):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def serious_axe_violations(page) -> list[dict]:
    """axe-core's violations of impact serious or critical on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]


def open_part_of(page, selector: str, *, last: bool = False) -> None:
    """On a phone the workbook step shows one part at a time (js/step-screens.js): open the part
    holding `selector` (its first match, or its last), as a link into it does: the URL's hash
    names the element's exercise, else its part."""
    target = page.evaluate(
        """([s, last]) => {
            const all = document.querySelectorAll(s);
            const el = all[last ? all.length - 1 : 0];
            const box = el && (el.closest("section.exercise") || el.closest("section.part"));
            return box ? box.id : null;
        }""",
        [selector, last],
    )
    assert target, f"no exercise or part holds {selector}"
    page.evaluate("id => { window.location.hash = id; }", target)
    located = page.locator(selector)
    (located.last if last else located.first).wait_for(state="visible")
