"""The live room with four people, each in a browser of their own: the leader (desktop) and three
participants (phones) meet, chat, raise a hand, talk in a small group, reflect, and one of them
loses the connection and comes back without missing or doubling a message."""

import re
import uuid
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in

GROUP = "JobGroup Zoetermeer – najaar 2026"
WAIT = 10_000  # ms: live events normally arrive within a second
RECONNECT_WAIT = 40_000  # ms: the client's back-off is at most 30 s (with jitter)

CONNECTED = "Verbonden"
RECONNECTING = "Verbinding weg. We proberen het opnieuw…"

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}

# The page keeps its WebSocket in a closure. To be able to drop the connection from the test,
# the participant who goes offline gets this script before the room loads: it only records the
# sockets the page opens (window.__sockets); the app's own code is untouched.
RECORD_SOCKETS = """
(() => {
  const Native = window.WebSocket;
  window.__sockets = [];
  window.WebSocket = class extends Native {
    constructor(...args) { super(...args); window.__sockets.push(this); }
  };
})();
"""


@dataclass
class Person:
    name: str
    context: object
    page: object


@dataclass
class Room:
    base: str
    leader: Person
    participants: list[Person]

    @property
    def everyone(self) -> list[Person]:
        return [self.leader, *self.participants]


def join(browser, base: str, email: str, name: str, options: dict, init_script: str = "") -> Person:
    context = browser.new_context(locale="nl-NL", **options)
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    page.set_default_timeout(WAIT)
    log_in(page, base, email)
    page.wait_for_url(f"{base}/")
    page.locator("section.group-home", has_text=GROUP).get_by_role("link", name="Meedoen").click()
    page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
    return Person(name, context, page)


@pytest.fixture(scope="module")
def room(browser, live_asgi):
    """Lotte (leader) and Frank, Gloria and Hamid (deelnemer6..8) in the room of the demo
    group's meeting of step 4. Hamid's page records its sockets (see RECORD_SOCKETS)."""
    base = live_asgi.url
    people = []
    try:
        people.append(join(browser, base, "leider@demo.jobgroup.nl", "Lotte Leider", DESKTOP))
        people.append(join(browser, base, "deelnemer6@demo.jobgroup.nl", "Frank", PHONE))
        people.append(join(browser, base, "deelnemer7@demo.jobgroup.nl", "Gloria", PHONE))
        people.append(
            join(browser, base, "deelnemer8@demo.jobgroup.nl", "Hamid", PHONE, RECORD_SOCKETS)
        )
        yield Room(base=base, leader=people[0], participants=people[1:])
    finally:
        for person in people:
            person.context.close()


def chat_bodies(page, log: str = "#chat-log") -> list[str]:
    return page.locator(f"{log} .chat-body").all_inner_texts()


def send_chat(person: Person, text: str) -> None:
    # the chat button in the bar opens the chat (on a phone the panels are tabs)
    person.page.locator("#chat-jump").click()
    person.page.locator("#chat-text").fill(text)
    person.page.locator("#chat-form").get_by_role("button", name="Stuur").click()


def show_panel(person: Person, name: str) -> None:
    """On a phone the room shows one panel at a time: open the tab `name` (not on a laptop)."""
    tab = person.page.locator(".room-tabs").get_by_role("tab", name=re.compile(f"^{name}"))
    if tab.is_visible():
        tab.click()


def go_to_block(room: Room, block: str) -> None:
    """The leader moves the meeting to `block`; everyone sees it as the current item."""
    item = room.leader.page.locator(f"#agenda li[data-block={block}]")
    item.get_by_role("button", name=re.compile("^Ga hierheen")).click()
    for person in room.everyone:
        expect(person.page.locator(f"#agenda li[data-block={block}]")).to_have_class(
            re.compile(r"\bcurrent\b"), timeout=WAIT
        )


def test_four_people_meet_live(room):
    leader, (frank, gloria, hamid) = room.leader, room.participants
    names = [person.name for person in room.everyone]

    # 1. Everyone is connected and sees everyone who is there.
    for person in room.everyone:
        expect(person.page.locator("#connection-status")).to_have_text(CONNECTED, timeout=WAIT)
        assert person.page.locator("#room").get_attribute("data-role") == (
            "leader" if person is leader else "participant"
        )
    for person in room.everyone:
        present = person.page.locator("#present li")
        for name in names:
            # the leader's role stands next to the name, so no display name can pass for it
            role = " (leider)" if name == leader.name else ""
            suffix = role + (" (jij)" if name == person.name else "")
            expect(
                present.filter(has_text=re.compile(f"^{name}{re.escape(suffix)}$"))
            ).to_have_count(1, timeout=WAIT)
        expect(present).to_have_count(4)
    # Only the leader has the controls.
    assert frank.page.get_by_role("button", name="Start de bijeenkomst").count() == 0
    assert frank.page.get_by_role("button", name=re.compile("^Ga hierheen")).count() == 0

    # 2. The leader starts the meeting and moves on to the group talk.
    expect(leader.page.locator("#session-status")).to_have_text("Nog niet begonnen")
    leader.page.get_by_role("button", name="Start de bijeenkomst").click()
    for person in room.everyone:
        expect(person.page.locator("#session-status")).to_have_text("Bezig", timeout=WAIT)
        expect(person.page.locator("#agenda li[data-block=welcome]")).to_have_class(
            re.compile(r"\bcurrent\b"), timeout=WAIT
        )
    go_to_block(room, "group_talk")
    for person in room.everyone:
        expect(person.page.locator("#agenda li.current")).to_have_count(1)
        expect(person.page.locator("#agenda li[data-block=welcome]")).not_to_have_class(
            re.compile(r"\bcurrent\b")
        )
        assert (
            person.page.locator("#agenda li[data-block=group_talk]").get_attribute("aria-current")
            == "step"
        )
        expect(person.page.locator("#answer-form")).to_be_hidden()

    # 3. Chat: Markdown is rendered, HTML the user typed is shown as text and never runs.
    hostile = "<script>window.__pwned=1</script> **vet**"
    send_chat(gloria, hostile)
    expect(gloria.page.locator("#chat-text")).to_have_value("")
    for person in room.everyone:
        message = person.page.locator("#chat-log .chat-message", has_text="window.__pwned")
        expect(message).to_have_count(1, timeout=WAIT)
        expect(message.locator(".chat-author")).to_have_text("Gloria")
        body = message.locator(".chat-body")
        assert "<strong>vet</strong>" in body.inner_html()
        expect(body.locator("strong")).to_have_text("vet")
        assert body.locator("script").count() == 0
        assert "<script>window.__pwned=1</script>" in body.inner_text()
    for person in room.everyone:
        assert person.page.evaluate("typeof window.__pwned") == "undefined"
    # The leader may hide a message; the others may not.
    expect(leader.page.locator("#chat-log .chat-message").last.get_by_role("button")).to_have_text(
        "Verberg"
    )
    assert frank.page.locator("#chat-log .chat-message button").count() == 0

    # 4. Frank raises his hand; the leader sees it and lowers it for him.
    hand = frank.page.locator("#hand-button")
    expect(hand).to_have_text("Hand opsteken")
    hand.click()
    expect(hand).to_have_text("Hand laten zakken", timeout=WAIT)
    expect(hand).to_have_attribute("aria-pressed", "true")
    raised = leader.page.locator("#hands li", has_text="Frank")
    expect(raised).to_have_count(1, timeout=WAIT)
    expect(gloria.page.locator("#hands li", has_text="Frank")).to_have_count(1, timeout=WAIT)
    raised.get_by_role("button", name="Laat zakken").click()
    expect(hand).to_have_text("Hand opsteken", timeout=WAIT)
    expect(leader.page.locator("#hands li")).to_have_count(0, timeout=WAIT)

    # 5. Small groups: with three participants present, "in pairs" makes one group of three
    # (nobody is left alone). A message in the group reaches the group, not the main chat.
    for person in room.everyone:
        expect(person.page.locator("#breakout")).to_be_hidden()
    leader.page.get_by_role("button", name="In tweetallen").click()
    for person in room.participants:
        show_panel(person, "Mensen")
        expect(person.page.locator("#breakout")).to_be_visible(timeout=WAIT)
        others = sorted(p.name for p in room.participants if p is not person)
        members = person.page.locator("#breakout-members").inner_text()
        assert members.startswith("Je praat nu in een groepje met: ")
        assert sorted(members.split(": ", 1)[1].split(", ")) == others
    expect(leader.page.locator("#breakout")).to_be_hidden()  # the leader is in no group
    whisper = f"Wie begint er in ons groepje? ({uuid.uuid4().hex[:6]})"
    gloria.page.locator("#breakout-text").fill(whisper)
    gloria.page.locator("#breakout-form").get_by_role("button", name="Stuur").click()
    for person in room.participants:
        expect(person.page.locator("#breakout-log .chat-body", has_text=whisper)).to_have_count(
            1, timeout=WAIT
        )
        assert whisper not in chat_bodies(person.page)
    assert whisper not in chat_bodies(leader.page)
    leader.page.get_by_role("button", name="Iedereen terug").click()
    for person in room.everyone:
        expect(person.page.locator("#breakout")).to_be_hidden(timeout=WAIT)

    # 6. Reflection: Frank posts what he takes home; everyone sees it in the room, and he finds
    # it in his Mijn map.
    go_to_block(room, "reflection")
    show_panel(frank, "Programma")
    expect(frank.page.locator("#answer-form")).to_be_visible()
    expect(frank.page.locator("#answer-label")).to_have_text("Wat neem jij mee van vandaag?")
    reflection = f"Ik neem mee: eerst vragen, dan vertellen ({uuid.uuid4().hex[:6]})."
    frank.page.locator("#answer-text").fill(reflection)
    frank.page.locator("#answer-form").get_by_role("button", name="Plaatsen").click()
    for person in room.everyone:
        posted = person.page.locator("#answers .answer-posted", has_text=reflection)
        expect(posted).to_have_count(1, timeout=WAIT)
        expect(posted.locator(".chat-author")).to_have_text("Frank · Wat neem jij mee van vandaag?")
    expect(frank.page.locator("#answer-text")).to_have_value("")
    folder = frank.context.new_page()
    try:
        folder.goto(f"{room.base}/mijn-map/")
        assert folder.get_by_role("heading", level=1).inner_text() == "Mijn map"
        entry = folder.locator(".folder-list > li", has_text=reflection)
        expect(entry).to_have_count(1)
        # listed under its step, by its question (not by the kind of exercise)
        step = folder.locator(".folder-step", has=entry)
        assert step.locator("h3").inner_text().startswith("Stap 4")
        assert entry.locator("h4").inner_text() == "Reflectie uit de bijeenkomst"
    finally:
        folder.close()

    # 7. Hamid loses the connection, misses two messages, writes one himself, and comes back.
    #
    # What Chromium does (checked with Chromium 156 / Playwright 1.65): `set_offline(True)`
    # makes navigator.onLine false, fires "offline" and makes every *new* connection fail with
    # net::ERR_INTERNET_DISCONNECTED, but it leaves an established WebSocket open: its frames are
    # held in both directions and delivered after `set_offline(False)`, so the page never notices
    # (it keeps showing "Verbonden"; only the client's 45-second silence check would close it).
    # `window.stop()` does not close it either. So, after going offline, the test closes the
    # page's socket itself (recorded by RECORD_SOCKETS; closing it while offline fires "close"
    # at once). To the page that is a dropped connection: it shows "Verbinding weg", and its
    # back-off attempts fail (ERR_INTERNET_DISCONNECTED) until we are online again. Going
    # online fires "online", on which the page reconnects at once and says hello with the last
    # seq it has, so the server replays what it missed.
    hamid_page = hamid.page
    assert hamid_page.evaluate("window.__sockets.filter(s => s.readyState === 1).length") == 1
    hamid.context.set_offline(True)
    hamid_page.evaluate("window.__sockets.forEach(s => s.close())")
    expect(hamid_page.locator("#connection-status")).to_have_text(RECONNECTING, timeout=WAIT)

    tag = uuid.uuid4().hex[:6]
    missed = [f"Eerste bericht terwijl Hamid weg is ({tag})", f"Tweede bericht ({tag})"]
    own = f"Hamid schrijft zonder verbinding ({tag})"
    for text in missed:
        send_chat(gloria, text)
        expect(leader.page.locator("#chat-log .chat-body", has_text=text)).to_have_count(
            1, timeout=WAIT
        )
    send_chat(hamid, own)  # kept by the page until the server confirms it
    hamid_page.wait_for_timeout(1_500)  # at least one failed reconnection attempt
    expect(hamid_page.locator("#connection-status")).to_have_text(RECONNECTING)
    for text in missed:
        assert text not in chat_bodies(hamid_page)
    # His own message shows at once, marked as still on its way.
    expect(hamid_page.locator("#chat-log .chat-message", has_text=own)).to_contain_text(
        "wordt verstuurd"
    )
    assert own not in chat_bodies(leader.page)  # it has not reached the server

    hamid.context.set_offline(False)
    expect(hamid_page.locator("#connection-status")).to_have_text(CONNECTED, timeout=RECONNECT_WAIT)
    # On reconnecting, the page sends its unconfirmed message again (same id).
    expect(leader.page.locator("#chat-log .chat-body", has_text=own)).to_have_count(1, timeout=WAIT)
    # A message sent after the return marks the end of the replay: once Hamid has it, he has
    # everything before it (events arrive in seq order).
    after = f"Welkom terug, Hamid ({tag})"
    send_chat(leader, after)
    for person in room.everyone:
        expect(person.page.locator("#chat-log .chat-body", has_text=after)).to_have_count(
            1, timeout=WAIT
        )
    welcome_back = frank.page.locator("#chat-log .chat-message", has_text=after)
    expect(welcome_back.locator(".chat-author")).to_have_text(f"{leader.name} (leider)")
    for person in room.everyone:
        bodies = chat_bodies(person.page)
        for text in [*missed, own, after]:
            assert bodies.count(text) == 1, (person.name, text, bodies)
        assert bodies.index(missed[0]) < bodies.index(missed[1]) < bodies.index(after)
        assert bodies.index(own) < bodies.index(after)
        assert len(bodies) == len(set(bodies)), (person.name, bodies)
    expect(hamid_page.locator("#chat-log .chat-message", has_text=missed[0])).to_have_count(1)
    for person in room.everyone:
        expect(person.page.locator("#present li", has_text="Hamid")).to_have_count(1, timeout=WAIT)

    # 8. The room is accessible, for the leader and for a participant, with all of the above
    # on the page.
    assert serious_axe_violations(leader.page) == []
    assert serious_axe_violations(frank.page) == []


def test_participant_can_scroll_a_long_chat_with_the_keyboard(room):
    frank, gloria = room.participants[0], room.participants[1]
    for person in (frank, gloria):
        expect(person.page.locator("#connection-status")).to_have_text(CONNECTED, timeout=WAIT)
    # Chat only goes while the meeting is on: start it if this test runs on its own.
    start = room.leader.page.get_by_role("button", name="Start de bijeenkomst")
    if start.is_visible():
        start.click()
    expect(gloria.page.locator("#session-status")).to_have_text("Bezig", timeout=WAIT)
    show_panel(frank, "Chat")
    log = frank.page.locator("#chat-log")
    for number in range(15):
        if log.evaluate("el => el.scrollHeight > el.clientHeight"):
            break
        text = f"Een lang gesprek, bericht {number} ({uuid.uuid4().hex[:6]})"
        send_chat(gloria, text)
        expect(log.locator(".chat-body", has_text=text)).to_have_count(1, timeout=WAIT)
    else:
        pytest.fail("the chat log never became scrollable")
    assert serious_axe_violations(frank.page) == []
