"""A room whose log holds an erased person's message (a tombstone, `event.erased`) replays in the
browser without an error, shows nothing of that person, and keeps working."""

import re

from playwright.sync_api import expect

from tests.browser.test_live_room import PHONE, WAIT, join
from tests.servers import manage

ERASED_TEXT = "Geheim van Wies"
AFTER_TEXT = "Na het gewiste bericht"

# Run in the live server's database: a person joins the demo group, says something in the room
# (stored as the room stores it), and is erased by the coordinator; then the leader writes.
ERASE_IN_ROOM = """
from django.db import transaction
from accounts.models import User
from courses.models import Meeting
from courses.privacy.services import erasure_confirm, erasure_request
from courses.groups.services import cohort_add_member
from live_sessions import services
from toolkit.sanitize import user_markdown_to_html

def say(meeting, user, role, text):  # stored as the room stores a chat message
    with transaction.atomic():
        state = services._state(meeting, lock=True)
        services._append(state, type="chat.message", user=user, role=role,
                         payload={{"html": user_markdown_to_html(text), "client_id": ""}})

meeting = Meeting.objects.get(pk={meeting_id})
person = User.objects.create_user("wies.tombstone@example.org", display_name="Wies Weg")
cohort_add_member(cohort=meeting.cohort, user=person, role="participant")
say(meeting, person, "participant", "{erased}")
coordinator = User.objects.get(email="coordinator@demo.jobgroup.nl")
erasure_confirm(erasure=erasure_request(user=person), coordinator=coordinator)
say(meeting, User.objects.get(email="leider@demo.jobgroup.nl"), "leader", "{after}")
"""


def test_the_room_replays_a_tombstone_without_error(browser, live_asgi):
    person = join(browser, live_asgi.url, "deelnemer3@demo.jobgroup.nl", "Chaima", PHONE)
    page = person.page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        expect(page.locator("#connection-status")).to_have_text(
            re.compile("Verbonden"), timeout=WAIT
        )
        meeting_id = int(re.search(r"/bijeenkomsten/(\d+)/", page.url).group(1))
        manage(
            "shell",
            "-c",
            ERASE_IN_ROOM.format(meeting_id=meeting_id, erased=ERASED_TEXT, after=AFTER_TEXT),
            database_url=live_asgi.database_url,
        )
        # A fresh tab replays the whole log (`last_seq` 0): the tombstone, then the leader's
        # line. (This tab may already have had both lines live, before the erasure; a reload
        # that remembers its last seq would then replay neither, so the test starts afresh.)
        page.evaluate("sessionStorage.clear()")
        page.reload()
        expect(page.locator("#chat-log")).to_contain_text(AFTER_TEXT, timeout=WAIT)
        expect(page.locator("#connection-status")).to_have_text(
            re.compile("Verbonden"), timeout=WAIT
        )
        content = page.content()
        assert ERASED_TEXT not in content and "Wies" not in content
        # The room keeps working after replaying a tombstone: a second fresh load is the same.
        page.evaluate("sessionStorage.clear()")
        page.reload()
        expect(page.locator("#chat-log")).to_contain_text(AFTER_TEXT, timeout=WAIT)
        assert ERASED_TEXT not in page.content()
        assert errors == []
    finally:
        person.context.close()
