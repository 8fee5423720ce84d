"""The whole journey of a new participant, across three people in their own browsers: the
coordinator invites, the invitee accepts on a phone and shares a homework answer with the
leaders, the leader reacts, and the invitee reads the reaction beside the answer."""

import re
import uuid

import pytest

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in
from tests.servers import manage

GROUP = "JobGroup Zoetermeer – najaar 2026"
LEADER_NAME = "Lotte Leider"  # jobgroup_platform/demo.py

# The e-mail with the invitation link cannot be read from here: the server runs with
# `jobgroup_platform.settings.test`, whose EMAIL_BACKEND is hard-coded to locmem (no environment
# variable selects another backend), so the message lands in the server process's memory. The
# token behind the link is stored only hashed. So, after the coordinator has invited through the
# browser, the test has the platform send the invitation once more, as the admin's "Opnieuw
# versturen" does, in a `manage.py shell` against the same database, and reads the link from the
# real invitation e-mail in that process's in-memory outbox. That needs the database URL, which
# the shared `live_asgi` fixture provides.
RESEND_AND_PRINT_LINK = """
import re
from django.core import mail
from courses.groups.invitations import invitation_resend
from courses.models import Invitation

invitation = Invitation.objects.get(email={email!r}, accepted_at__isnull=True, withdrawn_at__isnull=True)
invitation_resend(invitation=invitation, base_url={base_url!r})
print(re.search(r"https?://\\S+/uitnodiging/\\S+/", mail.outbox[-1].body).group(0))
"""


@pytest.fixture(scope="module")
def journey_server(live_asgi):
    """The shared demo server; its database URL lets the test re-send the invitation."""
    return live_asgi


def new_person(browser, **options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def invitation_link(server, email: str) -> str:
    output = manage(
        "shell",
        "-c",
        RESEND_AND_PRINT_LINK.format(email=email, base_url=server.url),
        database_url=server.database_url,
    )
    return output.strip().splitlines()[-1]


def test_invited_participant_shares_homework_and_reads_the_leaders_reaction(
    browser, journey_server
):
    base = journey_server.url
    email = f"nieuw-{uuid.uuid4().hex[:8]}@example.org"
    answer = f"Ik wil beter leren werken met de computer ({uuid.uuid4().hex[:6]})."
    reaction = "Mooi doel! Neem volgende week een voorbeeld mee."

    # 1. The coordinator invites the new address from the Wagtail admin.
    context, page = new_person(browser, viewport={"width": 1280, "height": 900})
    try:
        log_in(page, base, "coordinator@demo.jobgroup.nl")
        page.wait_for_url(lambda url: "/login/" not in url)
        page.goto(f"{base}/admin/groepen/")
        page.get_by_role("link", name=GROUP).click()
        page.wait_for_url(re.compile(r"/admin/groepen/\d+/$"))
        cohort_id = int(re.search(r"/admin/groepen/(\d+)/$", page.url).group(1))
        page.get_by_label("E-mailadressen").fill(email)
        page.get_by_role("button", name="Uitnodigen", exact=True).click()
        page.wait_for_url(f"{base}/admin/groepen/{cohort_id}/")
        page.get_by_text("1 uitnodiging verstuurd.").wait_for()
        row = page.locator("section[aria-labelledby=invitations-title] tr", has_text=email)
        assert row.count() == 1
    finally:
        context.close()

    link = invitation_link(journey_server, email)
    assert link.startswith(f"{base}/uitnodiging/")

    # 2. The invitee accepts on a phone, with a password of their own.
    invitee, page = new_person(
        browser, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    leader = None
    try:
        page.goto(link)
        assert page.get_by_role("heading", level=1).inner_text() == f"Welkom bij {GROUP}"
        assert page.get_by_text(email).is_visible()
        assert serious_axe_violations(page) == []
        page.get_by_label("Je naam").fill("Nina")
        assert page.get_by_label("Met een wachtwoord dat ik zelf kies").is_checked()
        page.get_by_label("Kies een wachtwoord").fill("Zonnebloem-Reis-2026")
        page.get_by_label("Typ het wachtwoord nog een keer").fill("Zonnebloem-Reis-2026")
        page.get_by_role("button", name="Ik doe mee").click()
        page.wait_for_url(f"{base}/groepen/{cohort_id}/werkboek/")
        page.get_by_text(f"Welkom in de groep {GROUP}!").wait_for()

        # 3. Step 1: a homework reflection, shared with the leaders.
        page.get_by_role("link", name=re.compile("Stap 1")).first.click()
        page.wait_for_url(f"{base}/groepen/{cohort_id}/werkboek/stap/1/")
        assert page.get_by_role("heading", level=1).inner_text() == "Wie ben ik?"
        page.goto(page.url + "#part-homework")  # a phone shows one part at a time
        exercise = (
            page.locator("#part-homework section.exercise")
            .filter(has=page.locator("form[data-type=reflection]"))
            .first
        )
        exercise.locator("textarea").fill(answer)
        exercise.locator(".save-status").filter(has_text="Opgeslagen").wait_for()
        exercise.locator("select.sharing-select").select_option(label="Ik en mijn leiders")
        exercise.locator(".sharing-status").filter(has_text="Opgeslagen").wait_for()

        # 4. The leader finds the shared answer and reacts.
        leader, leader_page = new_person(browser, viewport={"width": 1280, "height": 900})
        log_in(leader_page, base, "leider@demo.jobgroup.nl")
        leader_page.wait_for_url(f"{base}/")
        leader_page.goto(f"{base}/groepen/{cohort_id}/leiding/")
        card = leader_page.locator("article.card", has_text=answer)
        assert card.count() == 1
        # new to the leaders (nobody reacted yet), with the exercise and its question
        assert (
            card.get_by_role("heading").inner_text()
            == "nieuw Nina · stap 1 · Waar wil ik in groeien?"
        )
        assert card.locator(".prompt").inner_text()
        card.get_by_label("Je reactie").fill(reaction)
        card.get_by_role("button", name="Reactie plaatsen").click()
        leader_page.get_by_text("Je reactie is geplaatst.").wait_for()
        card = leader_page.locator("article.card", has_text=answer)
        assert reaction in card.locator(".feedback").inner_text()
        assert card.get_by_role("heading").inner_text() == "Nina · stap 1 · Waar wil ik in groeien?"
        assert serious_axe_violations(leader_page) == []

        # 5. The invitee is told on her home page, reads it in Mijn map, and beside the answer.
        page.goto(f"{base}/")
        notice = page.locator(".feedback-notices")
        assert (
            "Je leider heeft gereageerd op „Waar wil ik in groeien?” (stap 1)"
            in notice.inner_text()
        )
        assert serious_axe_violations(page) == []
        notice.get_by_role("link").first.click()
        page.wait_for_url(re.compile(r"/mijn-map/#antwoord-\d+$"))
        item = page.locator("li[id^=antwoord-]", has_text=answer)
        assert "nieuwe reactie" in item.inner_text() and reaction in item.inner_text()
        assert serious_axe_violations(page) == []
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.goto(f"{base}/")
        assert page.locator(".feedback-notices").count() == 0  # seen
        page.goto(f"{base}/groepen/{cohort_id}/werkboek/stap/1/#part-homework")
        exercise = (
            page.locator("#part-homework section.exercise")
            .filter(has=page.locator("form[data-type=reflection]"))
            .first
        )
        assert exercise.locator("textarea").input_value() == answer
        assert exercise.locator("select.sharing-select").input_value() == "leaders"
        feedback = exercise.locator(".feedback")
        assert feedback.locator(".feedback-label").inner_text() == f"Reactie van {LEADER_NAME}"
        assert reaction in feedback.inner_text()
        assert serious_axe_violations(page) == []
    finally:
        if leader is not None:
            leader.close()
        invitee.close()
