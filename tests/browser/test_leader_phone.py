"""The leaders' overview and the outcome report on a 360 px phone, in real Chromium: no word in a
table breaks letter by letter (measured in the page: each word of a header or cell sits on one
line), the page does not scroll sideways, and axe finds nothing serious. On a wide screen the
overview stays a table with its headers.

A group of its own (seeded here) with seven steps, four of them past, long names and homework."""

import datetime
import json
import re
import uuid

import pytest

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import fits_width, log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

pytestmark = pytest.mark.browser

PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1024, "height": 800}}
COORDINATOR = "coordinator@demo.jobgroup.nl"
YEAR = datetime.date.today().year - 1  # noqa: DTZ011

# Every word (a run of characters without a space or hyphen: a line may end after a hyphen, as in
# print) inside the matched elements, with the number of
# lines it is drawn on: a word broken letter by letter (or anywhere inside) is drawn on more
# than one line. Hidden text (display: none) has no boxes and is skipped.
BROKEN_WORDS = """selector => {
    const broken = [];
    let words = 0;
    for (const element of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const pattern = /[^\\s-]+/g;
            for (let m = pattern.exec(node.data); m; m = pattern.exec(node.data)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
                if (!rects.length) { continue; }
                words += 1;
                const lines = new Set(rects.map(r => Math.round(r.top)));
                if (lines.size > 1) { broken.push(m[0]); }
            }
        }
    }
    return {broken, words};
}"""


def seed_script(tag: str) -> str:
    return f"""
import datetime, json
from django.utils import timezone
from courses.groups.services import cohort_schedule_meetings
from courses.models import Attendance
from tests.factories import ALL_EXERCISES, UserFactory, make_cohort, make_programme

programme = make_programme("telefoon-{tag}", steps=7, homework=ALL_EXERCISES[:2])
leader = UserFactory(email="lt-leider-{tag}@example.org", display_name="Lieke", roles=["leader"])
names = ("Mohammed Abdelkader-Boukhari", "Anneliese van Oosterwijk-Brandsma", "Bo")
people = [
    UserFactory(email=f"lt-{{n}}-{tag}@example.org", display_name=name, roles=["participant"])
    for n, name in enumerate(names)
]
cohort = make_cohort(programme, participants=people, leaders=[leader], name="Telefoon {tag}")
meetings = cohort_schedule_meetings(
    cohort=cohort, first_starts_at=timezone.now() - datetime.timedelta(days=22)
)
for meeting in meetings[:4]:
    for person in people[:2]:
        Attendance.objects.create(
            meeting=meeting, user=person, joined_at=meeting.starts_at,
            last_seen_at=meeting.starts_at,
        )
print(json.dumps({{"cohort": cohort.pk}}))
"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(base=live_asgi.url, leader=f"lt-leider-{tag}@example.org")
    return found


def open_page(browser, options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def test_the_leaders_overview_reads_well_on_a_phone(browser, world):
    page = open_page(browser, PHONE_360)
    try:
        log_in(page, world["base"], world["leader"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        page.goto(f"{world['base']}/groepen/{world['cohort']}/leiding/")
        table = page.locator("table.attendance-table")
        # one card per person: their name, then a line per step with the step's label
        first = table.locator("tbody tr").first
        assert first.evaluate("tr => getComputedStyle(tr).display") == "block"
        labels = first.locator(".cell-label")
        assert labels.first.is_visible() and labels.first.inner_text() == "Stap 1"
        assert labels.count() == 7
        assert "aanwezig" in first.locator("td").first.inner_text()
        assert re.search(r"huiswerk 0/[1-9]", first.locator("td").first.inner_text())
        # the table's meaning stays for screen readers: headers in the accessibility tree
        assert page.get_by_role("columnheader", name="Stap 3", exact=True).count() == 1
        assert page.get_by_role("rowheader", name="Bo", exact=True).count() == 1
        result = page.evaluate(BROKEN_WORDS, "table.attendance-table th, table.attendance-table td")
        assert result["words"] > 40 and result["broken"] == []
        assert fits_width(page)
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_the_leaders_overview_is_a_table_on_a_wider_screen(browser, world):
    page = open_page(browser, DESKTOP)
    try:
        log_in(page, world["base"], world["leader"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        page.goto(f"{world['base']}/groepen/{world['cohort']}/leiding/")
        table = page.locator("table.attendance-table")
        assert table.evaluate("t => getComputedStyle(t).display") == "table"
        assert table.locator("thead th").nth(1).is_visible()
        assert not table.locator(".cell-label").first.is_visible()
        result = page.evaluate(BROKEN_WORDS, "table.attendance-table th, table.attendance-table td")
        assert result["words"] > 40 and result["broken"] == []
        assert fits_width(page)
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_the_report_headers_do_not_break_inside_a_word_on_a_phone(browser, live_asgi):
    page = open_page(browser, PHONE_360)
    try:
        log_in(page, live_asgi.url, COORDINATOR)
        page.wait_for_url(f"{live_asgi.url}/")
        page.goto(f"{live_asgi.url}/rapportage/")
        page.get_by_label("Van:", exact=True).fill(f"{YEAR}-01-01")
        page.get_by_label("Tot en met:", exact=True).fill(f"{YEAR}-12-31")
        page.get_by_role("button", name="Toon").click()
        page.wait_for_url(f"{live_asgi.url}/rapportage/?*")
        headers = page.locator("table.report-table thead th").all_inner_texts()
        assert "Stijging op de participatieladder" in [h.strip() for h in headers]
        result = page.evaluate(BROKEN_WORDS, "table.report-table th, table.report-table td")
        assert result["words"] > 10 and result["broken"] == []
        # the table scrolls inside its labelled, focusable region; the page itself does not
        region = page.locator("div.table-scroll:has(table.report-table)")
        assert region.get_attribute("role") == "region"
        assert region.get_attribute("tabindex") == "0"
        assert region.get_attribute("aria-labelledby") == "table-heading"
        assert fits_width(page)
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()
