"""Escaping and the Content-Security-Policy in real Chromium (docs/security.md, "Escaping and
CSP"):

1. a workshop description with `<img onerror>`, `<script>` and `<svg onload>` is shown as text in
   the live room, for the host and for a participant, and runs nothing;
2. the pages people use most (home, a workbook step, the live room, Mijn map, the workbook's and a
   certificate's print view) raise no `securitypolicyviolation`, and their print buttons still
   call `window.print()` (now from site.js instead of an inline `onclick`);
3. every one of those pages comes with the header, without 'unsafe-inline' in script-src, and the
   policy really stops an inline handler that would slip into a page.
"""

import json
import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.test_login import log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

pytestmark = pytest.mark.browser

WAIT = 15_000
DESCRIPTION = (
    "Samen oefenen met sollicitatiegesprekken.\n\n"
    "<img src=x onerror=__xss(1)><script>__xss(2)</script><svg onload=alert(3)>"
)

# Before any page script: record payloads that run, CSP violations, and print() calls.
WATCH = """
window.__xss_fired = [];
window.__xss = (n) => { window.__xss_fired.push(String(n)); };
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || ""));
}, true);
window.__printed = 0;
window.print = () => { window.__printed += 1; };
"""


def seed_script(tag: str) -> str:
    """A workshop with a hostile description, its host and a participant who has a place; and a
    JobGroup with one step, a participant, a leader and a meeting now."""
    return f"""
import datetime, json
from django.utils import timezone
from courses.network import workshops
from courses.groups.services import cohort_schedule_meetings
from tests.factories import (LocationFactory, UserFactory, make_cohort, make_programme,
                             member_of)

location = LocationFactory()
coordinator = member_of(location, UserFactory(roles=["coordinator"]), coordinator=True)
host = member_of(location, UserFactory(email="csp-host-{tag}@example.org", display_name="Mia",
                                       roles=["buddy"]))
guest = member_of(location, UserFactory(email="csp-guest-{tag}@example.org", display_name="An",
                                        roles=["participant"]))
series = workshops.series_create(by=coordinator, title="CSP {tag}", locations=[location])
series.published = True
series.save()
workshop = workshops.workshop_create(
    series=series, title="Sollicitatie {tag}",
    starts_at=timezone.now() + datetime.timedelta(minutes=30), hosts=[host],
    description={DESCRIPTION!r}, guest_speaker="<b onmouseover=__xss(4)>Bob</b>",
)
workshops.sign_up(user=guest, workshop=workshop)

programme = make_programme("csp-{tag}", steps=1)
participant = UserFactory(email="csp-deelnemer-{tag}@example.org", display_name="Xander",
                          roles=["participant"])
leader = UserFactory(email="csp-leider-{tag}@example.org", display_name="Lieke", roles=["leader"])
cohort = make_cohort(programme, participants=[participant], leaders=[leader], name="CSP {tag}")
meeting = cohort_schedule_meetings(cohort=cohort, first_starts_at=timezone.now())[0]
from content.models import StepPage
step_page = StepPage.objects.order_by("-pk").first()
print(json.dumps({{"workshop_meeting": workshop.meeting.pk, "cohort": cohort.pk,
                  "meeting": meeting.pk, "step_page": step_page.pk,
                  "step_url": step_page.get_url()}}))
"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(
        base=live_asgi.url,
        host=f"csp-host-{tag}@example.org",
        guest=f"csp-guest-{tag}@example.org",
        participant=f"csp-deelnemer-{tag}@example.org",
        leader=f"csp-leider-{tag}@example.org",
    )
    return found


class Visitor:
    def __init__(self, browser, base, email, password=TEST_PASSWORD):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.page.set_default_timeout(WAIT)
        self.dialogs = []
        self.console = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda message: self.console.append(message.text))
        self.base = base
        log_in(self.page, base, email, password)
        self.page.wait_for_url(f"{base}/")

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, path):
        response = self.page.goto(self.base + path)
        assert response.status == 200, path
        self.page.wait_for_load_state("load")
        return response

    def assert_clean(self, where):
        self.page.wait_for_timeout(300)  # broken images fire their error handlers, if any
        assert self.page.evaluate("window.__xss_fired") == [], where
        assert self.dialogs == [], where
        assert self.page.evaluate("window.__csp") == [], where
        refused = [text for text in self.console if "Content Security Policy" in text]
        assert refused == [], where

    def close(self):
        self.context.close()


def strict_script_src(response) -> list[str]:
    header = response.headers.get("content-security-policy", "")
    policy = {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}
    assert policy.get("script-src") == ["'self'"], header
    assert policy.get("object-src") == ["'none'"], header
    assert policy.get("frame-ancestors") == ["'none'"], header
    return policy["connect-src"]


def test_a_workshop_description_runs_nothing_in_the_room_for_host_and_participant(browser, world):
    host = Visitor(browser, world["base"], world["host"])
    guest = Visitor(browser, world["base"], world["guest"])
    try:
        room = f"/bijeenkomsten/{world['workshop_meeting']}/"
        responses = [visitor.goto(room) for visitor in (host, guest)]
        for visitor in (host, guest):
            expect(visitor.page.locator("#connection-status")).to_have_text("Verbonden")
        host.page.get_by_role("button", name="Start de bijeenkomst").click()
        item = host.page.locator("#agenda li[data-block=group_talk]")
        item.get_by_role("button", name=re.compile("^Ga hierheen")).click()
        for visitor, who in ((host, "host"), (guest, "participant")):
            theme = visitor.page.locator(".part-now[data-part=group_talk]")
            expect(theme).to_be_visible()
            text = theme.inner_text()
            assert "Samen oefenen met sollicitatiegesprekken." in text
            assert "<script>__xss(2)</script>" in text  # shown as text, not run
            assert "<img src=x onerror=__xss(1)>" in text
            assert "Gastspreker: <b onmouseover=__xss(4)>Bob</b>" in text
            # (the part's heading carries its pictogram, the page's own SVG: look at the text)
            assert theme.locator(".part-now-text").locator("img, script, svg, b").count() == 0
            assert theme.locator(".part-now-text").count() == 1
            visitor.assert_clean(f"workshop room ({who})")
        for response in responses:
            # The socket of the room is allowed by the policy: ws:// of the same host.
            assert f"ws://{world['base'].split('://')[1]}" in strict_script_src(response)
    finally:
        host.close()
        guest.close()


def test_pages_raise_no_csp_violations_and_print_buttons_still_print(browser, world):
    participant = Visitor(browser, world["base"], world["participant"])
    leader = Visitor(browser, world["base"], world["leader"])
    certified = Visitor(browser, world["base"], "leider@demo.jobgroup.nl", "demo")
    try:
        cohort = world["cohort"]
        pages = [
            (participant, "/", None),
            (participant, f"/groepen/{cohort}/werkboek/stap/1/", None),
            (participant, f"/bijeenkomsten/{world['meeting']}/", None),
            (participant, "/mijn-map/", "Printen"),
            (participant, f"/groepen/{cohort}/werkboek/print/", "Printen"),
            (leader, f"/bijeenkomsten/{world['meeting']}/", None),
            (leader, f"/groepen/{cohort}/leiding/", None),
        ]
        for visitor, path, print_button in pages:
            response = visitor.goto(path)
            strict_script_src(response)
            if path.startswith("/bijeenkomsten/"):
                expect(visitor.page.locator("#connection-status")).to_have_text("Verbonden")
            if print_button:
                before = visitor.page.evaluate("window.__printed")
                visitor.page.get_by_role("button", name=print_button).click()
                assert visitor.page.evaluate("window.__printed") == before + 1, path
            visitor.assert_clean(path)

        # A certificate's print view (the demo leader is certified).
        certified.goto("/mijn-certificaten/")
        certified.page.locator("main a[href^='/mijn-certificaten/']").first.click()
        certified.page.wait_for_url(re.compile(r"/mijn-certificaten/\d+/$"))
        certified.page.get_by_role("button", name="Printen").click()
        assert certified.page.evaluate("window.__printed") == 1
        certified.assert_clean("certificate print")
    finally:
        for visitor in (participant, leader, certified):
            visitor.close()


def test_the_policy_stops_an_inline_handler_that_slips_into_a_page(browser, world):
    """The second line of defence: were escaping ever missed, the browser refuses to run it."""
    visitor = Visitor(browser, world["base"], world["participant"])
    try:
        visitor.goto("/mijn-map/")
        visitor.page.evaluate(
            """() => {
              const box = document.createElement("div");
              box.innerHTML = '<img src="/static/nergens.png" onerror="__xss(\\'slipped\\')">';
              document.body.appendChild(box);
              const script = document.createElement("script");
              script.textContent = "__xss('inline')";
              document.body.appendChild(script);
            }"""
        )
        visitor.page.wait_for_timeout(500)
        assert visitor.page.evaluate("window.__xss_fired") == []
        violations = visitor.page.evaluate("window.__csp")
        assert any(v.startswith("script-src") for v in violations), violations
    finally:
        visitor.close()


BAR_WIDTHS = """() => [...document.querySelectorAll(".bars .bar")].map((bar) => ({
  percent: Number((bar.className.match(/\\bw-(\\d+)\\b/) || [])[1]),
  width: bar.getBoundingClientRect().width,
  track: bar.parentElement.getBoundingClientRect().width - 2,
  minimum: parseFloat(getComputedStyle(bar).minWidth) || 0,
}))"""


def test_the_report_keeps_its_styles_and_bar_widths_from_the_static_css(browser, world):
    """The outcome report had a <style> block and style="width: ..%" bars: now a static file and
    classes, so the strict style-src blocks nothing and the chart still shows the proportions."""
    coordinator = Visitor(browser, world["base"], "coordinator@demo.jobgroup.nl", "demo")
    try:
        response = coordinator.goto("/rapportage/")
        strict_script_src(response)
        page = coordinator.page
        collapse = page.locator("table.report-table").evaluate(
            "(t) => getComputedStyle(t).borderCollapse"
        )
        assert collapse == "collapse"
        bars = page.evaluate(BAR_WIDTHS)
        assert bars, "no bars in the chart"
        for bar in bars:
            expected = max(bar["percent"] * bar["track"] / 100, bar["minimum"])
            assert abs(bar["width"] - expected) <= 1.5, bar
        coordinator.assert_clean("report")
    finally:
        coordinator.close()


def test_wagtail_admin_works_under_its_own_policy(browser, world):
    """Below /admin/ Wagtail needs inline script and styles: its looser policy lets the
    dashboard, the page explorer and the page editor run without a single refusal, and still
    forbids plugins, <base> and framing by other sites. A page with the editor's userbar runs
    under the strict policy."""
    editor = Visitor(browser, world["base"], "redacteur@demo.jobgroup.nl", "demo")
    try:
        for path in ("/admin/", "/admin/pages/", f"/admin/pages/{world['step_page']}/edit/"):
            response = editor.goto(path)
            header = response.headers["content-security-policy"]
            assert "script-src 'self' 'unsafe-inline'" in header
            assert "object-src 'none'" in header and "frame-ancestors 'self'" in header
            editor.assert_clean(path)
        expect(editor.page.locator("form#page-edit-form")).to_be_visible()
        # The page itself, with Wagtail's userbar for the editor, under the strict policy.
        response = editor.goto(world["step_url"])
        strict_script_src(response)
        expect(editor.page.locator("wagtail-userbar")).to_have_count(1)
        editor.assert_clean(world["step_url"])
    finally:
        editor.close()
