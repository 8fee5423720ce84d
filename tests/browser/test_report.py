"""The outcome report in a real browser: the coordinator of Zoetermeer sees the masked numbers of
last year's intakes, the page passes axe, and the CSV download has the same numbers."""

import csv
import datetime
import textwrap
from pathlib import Path

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in
from tests.servers import manage

COORDINATOR = "coordinator@demo.jobgroup.nl"
# Last year, so other browser tests (which work in the present) do not change these numbers.
YEAR = datetime.date.today().year - 1  # noqa: DTZ011  (the server's local date, a year apart)

# Eight intakes at Zoetermeer last year, through the services: five found work (one of them in
# aftercare), one dropped out, one rose on the ladder, one is still coached. One more intake the
# year before must not count.
SETUP = textwrap.dedent(
    f"""
    import datetime
    from jobgroup_platform.demo import demo_email
    from accounts.models import Location, User
    from courses.trajectories.services import (
        aftercare_start, ladder_measure, trajectory_set_outcome, trajectory_start,
    )

    zoetermeer = Location.objects.get(slug="zoetermeer")
    day = lambda month, d=1: datetime.date({YEAR}, month, d)

    def start(n, intake=None):
        return trajectory_start(
            participant=User.objects.get(email=demo_email(f"deelnemer{{n}}")),
            location=zoetermeer,
            intake_date=intake or day(2),
            intake_rung=2,
        )

    earlier = start(8, intake=datetime.date({YEAR - 1}, 5, 1))
    trajectory_set_outcome(
        trajectory=earlier, outcome="education", outcome_date=datetime.date({YEAR - 1}, 9, 1)
    )
    for n in range(1, 6):
        worked = trajectory_set_outcome(trajectory=start(n), outcome="work", outcome_date=day(6))
        if n == 1:
            aftercare_start(trajectory=worked, start=day(7))
    trajectory_set_outcome(
        trajectory=start(6), outcome="dropped_out", outcome_date=day(4), reason="Verhuisd"
    )
    ladder_measure(trajectory=start(7), measured_on=day(8), rung=4)
    start(8)
    """
)

HEADER = [
    "Locatie",
    "Instroom",
    "Werk",
    "Opleiding",
    "Stijging op de participatieladder",
    "Nog in begeleiding",
    "Voortijdig gestopt",
    "Nog in nazorg (na werk)",
]
# Intake 8, work 5, education 0 (the education was of an earlier intake), the other three 1 each.
EXPECTED = ["8", "5", "0", "<5", "<5", "<5", "<5"]

# A cell's number as shown: a masked cell holds "<5" (and a hidden "minder dan 5" for screen
# readers).
CELL_TEXTS = """rows => rows.map(row => [
    row.querySelector('th').textContent.trim(),
    ...[...row.querySelectorAll('td')].map(td =>
        (td.querySelector('[aria-hidden="true"]') || td).textContent.trim()),
])"""


def test_coordinator_sees_masked_numbers_and_downloads_the_same_csv(desktop_page, live_asgi):
    manage("shell", "-c", SETUP, database_url=live_asgi.database_url)
    page = desktop_page
    log_in(page, live_asgi.url, COORDINATOR)
    page.wait_for_url(f"{live_asgi.url}/")

    page.goto(f"{live_asgi.url}/rapportage/")
    assert page.get_by_role("heading", level=1).inner_text() == "Uitkomsten van trajecten"
    page.get_by_label("Van:", exact=True).fill(f"{YEAR}-01-01")
    page.get_by_label("Tot en met:", exact=True).fill(f"{YEAR}-12-31")
    page.get_by_role("button", name="Toon").click()
    page.wait_for_url(f"{live_asgi.url}/rapportage/?*")

    table = page.locator("table.report-table")
    header = table.locator("thead th").all_text_contents()
    assert [text.strip() for text in header] == HEADER
    rows = table.locator("tbody tr, tfoot tr").evaluate_all(CELL_TEXTS)
    assert rows == [["Zoetermeer", *EXPECTED], ["Totaal", *EXPECTED]]
    assert "minder dan 5" in table.locator("tbody td").nth(3).text_content()
    assert serious_axe_violations(page) == []

    with page.expect_download() as download:
        page.get_by_role("link", name="Download als CSV (voor Excel)").click()
    assert download.value.suggested_filename == f"uitkomsten-{YEAR}-01-01-{YEAR}-12-31.csv"
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    lines = list(csv.reader(text.splitlines(), delimiter=";"))
    assert lines == [HEADER, ["Zoetermeer", *EXPECTED], ["Totaal", *EXPECTED]]
