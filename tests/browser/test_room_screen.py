"""The room as a meeting screen: on a 360 x 740 phone one panel at a time (Programma, Mensen,
Chat, Notities) behind tabs, a bar at the bottom that is always in reach, chat one tap away with
a count of new messages; on a laptop the panels side by side. Chat typed without a connection
shows at once as "wordt verstuurd" and arrives once (also after a reload); a refused message
says so and can be sent again. The current block can be read aloud."""

import re
import uuid
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_live_room import RECORD_SOCKETS, join
from tests.servers import manage

WAIT = 10_000
RECONNECT_WAIT = 40_000
CONNECTED = "Verbonden"
SENDING = "wordt verstuurd"
PHONE = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
LAPTOP = {"viewport": {"width": 1280, "height": 800}}
GROUP = "JobGroup Zoetermeer – najaar 2026"

# Speech without a speaker: records what the page asks to be spoken (and offers a Dutch voice).
SPEECH_STUB = """
(() => {
  window.__spoken = [];
  window.__cancelled = 0;
  const voices = [{ lang: "en-GB", name: "English" }, { lang: "nl-NL", name: "Nederlands" }];
  Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
    speak(u) { window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); },
    cancel() { window.__cancelled += 1; },
    getVoices() { return voices; },
  }});
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
})();
"""


@dataclass
class Screen:
    base: str
    leader: object
    anouk: object  # phone, records her sockets
    bas: object  # phone, with the speech stub


def start_meeting(leader_page) -> None:
    """Chat only goes while the meeting is on. Started through the room's own channel (the
    leader's controls may ask for a confirmation first; that is not what these tests are about)."""
    status = leader_page.locator("#session-status")
    if status.get_attribute("data-status") != "started":
        leader_page.evaluate(
            "document.getElementById('room').dispatchEvent(new CustomEvent('room:send', "
            "{detail: {type: 'session.start', confirm: true}}))"
        )
    expect(status).to_have_text("Bezig", timeout=WAIT)


@pytest.fixture(scope="module")
def screen(browser, live_asgi):
    base = live_asgi.url
    people = []
    try:
        people.append(join(browser, base, "leider@demo.jobgroup.nl", "Lotte Leider", LAPTOP))
        people.append(
            join(browser, base, "deelnemer1@demo.jobgroup.nl", "Anouk", PHONE, RECORD_SOCKETS)
        )
        people.append(join(browser, base, "deelnemer2@demo.jobgroup.nl", "Bas", PHONE, SPEECH_STUB))
        for person in people:
            expect(person.page.locator("#connection-status")).to_have_text(CONNECTED, timeout=WAIT)
        start_meeting(people[0].page)
        for person in people:
            expect(person.page.locator("#session-status")).to_have_text("Bezig", timeout=WAIT)
        yield Screen(base, *(person.page for person in people))
    finally:
        for person in people:
            person.context.close()


def tab(page, name):
    return page.locator(".room-tabs").get_by_role("tab", name=re.compile(f"^{name}"))


def open_tab(page, name) -> None:
    tab(page, name).click()
    expect(tab(page, name)).to_have_attribute("aria-selected", "true")


def send_chat(page, text: str) -> None:
    page.locator("#chat-text").fill(text)
    page.locator("#chat-form").get_by_role("button", name="Stuur").click()


def bodies(page, text: str):
    return page.locator("#chat-log .chat-body", has_text=text)


def until(page, expression: str, timeout_ms: int) -> None:
    """Wait until `expression` is true in the page. (Playwright's wait_for_function evaluates a
    string in the page, which the room's CSP forbids; page.evaluate does not.)"""
    for _ in range(timeout_ms // 100):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"never true: {expression}")


def inside_screen(box, width=360, height=740) -> bool:
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= width + 1
        and box["y"] + box["height"] <= height + 1
    )


def test_tabs_show_one_panel_at_a_time_on_a_phone(screen):
    page = screen.anouk
    open_tab(page, "Programma")
    tabs = page.locator(".room-tabs [role=tab]:visible")
    assert tabs.all_inner_texts()[:3] == ["Programma", "Mensen", "Chat"]
    expect(page.locator("#panel-programme")).to_be_visible()
    expect(page.locator("#panel-programme")).to_have_attribute("role", "tabpanel")
    expect(page.locator("#panel-programme")).to_have_attribute("aria-labelledby", "tab-programme")
    for hidden in ("#panel-people", "#panel-chat", "#panel-notes"):
        expect(page.locator(hidden)).to_be_hidden()
    # Every element the room's scripts look for stays in the page.
    for element in (
        "#present",
        "#hands",
        "#breakout",
        "#chat-log",
        "#chat-text",
        "#notes",
        "#media",
    ):
        assert page.locator(element).count() == 1, element

    page.evaluate("window.__sameDocument = true")
    open_tab(page, "Mensen")
    expect(page.locator("#panel-people")).to_be_visible()
    expect(page.locator("#present li", has_text="Anouk")).to_be_visible()
    expect(page.locator("#panel-programme")).to_be_hidden()
    expect(tab(page, "Programma")).to_have_attribute("aria-selected", "false")

    # Typed text stays when the panel changes, and the page is not loaded again.
    open_tab(page, "Chat")
    page.locator("#chat-text").fill("Half getypt bericht")
    open_tab(page, "Programma")
    open_tab(page, "Chat")
    expect(page.locator("#chat-text")).to_have_value("Half getypt bericht")
    page.locator("#chat-text").fill("")
    assert page.evaluate("window.__sameDocument") is True

    # The keyboard: arrows move between the tabs (and show their panel), Home and End too.
    tab(page, "Chat").focus()
    page.keyboard.press("ArrowLeft")
    expect(tab(page, "Mensen")).to_be_focused()
    expect(page.locator("#panel-people")).to_be_visible()
    page.keyboard.press("Home")
    expect(tab(page, "Programma")).to_be_focused()
    expect(page.locator("#panel-programme")).to_be_visible()
    page.keyboard.press("ArrowLeft")  # from the first to the last
    last = page.locator(".room-tabs [role=tab]:visible").last
    expect(last).to_be_focused()
    expect(last).to_have_attribute("aria-selected", "true")
    assert page.locator(".room-tabs [role=tab][tabindex='0']").count() == 1
    open_tab(page, "Programma")


def test_chat_is_one_tap_from_the_bar_and_new_messages_are_counted(screen):
    page, bas = screen.anouk, screen.bas
    open_tab(page, "Programma")
    badge = tab(page, "Chat").locator(".badge")
    bar_badge = page.locator("#chat-jump .badge")
    expect(badge).to_be_hidden()

    tag = uuid.uuid4().hex[:6]
    send_chat_from_bas = [f"Goedemorgen allemaal ({tag})", f"Zijn jullie er? ({tag})"]
    open_tab(bas, "Chat")
    send_chat(bas, send_chat_from_bas[0])
    expect(badge).to_be_visible(timeout=WAIT)
    expect(badge).to_have_text(re.compile(r"^1\b"))
    expect(bar_badge).to_have_text(re.compile(r"^1\b"))
    expect(tab(page, "Chat")).to_have_accessible_name(re.compile(r"Chat.*1 nieuw bericht"))
    send_chat(bas, send_chat_from_bas[1])
    expect(badge).to_have_text(re.compile(r"^2\b"), timeout=WAIT)
    expect(page.locator("#chat-jump")).to_have_accessible_name(
        re.compile(r"Chat.*2 nieuwe berichten")
    )
    # Not for your own messages, nor in the panel you are looking at.
    expect(tab(bas, "Chat").locator(".badge")).to_be_hidden()

    # One tap on "Chat" in the bar: the chat panel, the cursor in the message field, on screen.
    page.locator(".room-bar #chat-jump").click()
    expect(page.locator("#panel-chat")).to_be_visible()
    expect(page.locator("#chat-text")).to_be_focused()
    box = page.locator("#chat-text").bounding_box()
    bar = page.locator(".room-bar").bounding_box()
    assert inside_screen(box) and box["y"] + box["height"] <= bar["y"] + 1, (box, bar)
    expect(badge).to_be_hidden()
    expect(bar_badge).to_be_hidden()
    for text in send_chat_from_bas:
        expect(bodies(page, text)).to_have_count(1)


def test_the_bar_stays_in_reach_and_nothing_is_wider_than_the_phone(screen):
    page = screen.anouk
    bar = page.locator(".room-bar")
    for name in ("Programma", "Mensen", "Chat"):
        open_tab(page, name)
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        assert page.evaluate(
            "window.scrollY > 0 || document.documentElement.scrollHeight <= innerHeight"
        )
        assert inside_screen(bar.bounding_box()), (name, bar.bounding_box())
        for control in ("#mic-button", "#hand-button", "#chat-jump"):
            assert inside_screen(page.locator(control).bounding_box()), (name, control)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, name
        page.evaluate("window.scrollTo(0, 0)")
        assert inside_screen(bar.bounding_box()), (name, "top")
    # The programme is long: scrolled halfway down, the bar and the tabs are still there.
    open_tab(page, "Programma")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    assert page.evaluate("window.scrollY > 0")
    assert inside_screen(bar.bounding_box())
    assert inside_screen(page.locator(".room-tabs").bounding_box())
    # The camera has its place in the bar, for the video client to show.
    assert page.locator(".room-bar #camera-button").count() == 1
    page.evaluate("window.scrollTo(0, 0)")


def test_every_panel_on_a_phone_and_the_laptop_have_nothing_serious_for_axe(screen):
    page = screen.anouk
    names = [
        t.split("\n")[0] for t in page.locator(".room-tabs [role=tab]:visible").all_inner_texts()
    ]
    assert len(names) >= 3
    for name in names:
        open_tab(page, re.escape(name))
        assert serious_axe_violations(page) == [], name
    open_tab(page, "Programma")

    # On a laptop no tabs: the panels side by side, plain regions, chat one click away.
    leader = screen.leader
    expect(leader.locator(".room-tabs")).to_be_hidden()
    for panel in ("#panel-programme", "#panel-people", "#panel-chat"):
        expect(leader.locator(panel)).to_be_visible()
        assert leader.locator(panel).get_attribute("role") is None
    programme = leader.locator("#panel-programme").bounding_box()
    people = leader.locator("#panel-people").bounding_box()
    assert (
        people["x"] > programme["x"] + programme["width"] - 1
        and abs(people["y"] - programme["y"]) < 2
    )
    leader.locator("#chat-jump").click()
    expect(leader.locator("#chat-text")).to_be_focused()
    assert serious_axe_violations(leader) == []


def test_chat_typed_offline_shows_as_being_sent_and_arrives_once(screen):
    page, bas = screen.anouk, screen.bas
    open_tab(page, "Chat")
    open_tab(bas, "Chat")
    context = page.context
    # An established socket stays open when Chromium goes offline (see test_live_room): the
    # test closes it, as the network would, just before: a socket closed while offline would
    # leave the server a half-open one (a ghost in the next test's room until pings time out).
    page.evaluate("window.__sockets.forEach(s => s.close())")
    context.set_offline(True)
    expect(page.locator("#connection-status")).not_to_have_text(CONNECTED, timeout=WAIT)
    expect(page.locator("#connection-status")).to_have_attribute("data-state", "offline")
    expect(page.locator("#bar-status")).to_have_text(re.compile("^Geen internet"))  # the bar too
    own = f"Anouk schrijft zonder internet ({uuid.uuid4().hex[:6]})"
    send_chat(page, own)
    mine = page.locator("#chat-log .chat-message", has_text=own)
    expect(mine).to_have_count(1)
    expect(mine).to_contain_text(SENDING)
    expect(page.locator("#chat-text")).to_have_value("")
    page.wait_for_timeout(1_500)  # at least one failed reconnection attempt
    expect(bodies(bas, own)).to_have_count(0)

    context.set_offline(False)
    expect(page.locator("#connection-status")).to_have_text(CONNECTED, timeout=RECONNECT_WAIT)
    expect(bodies(bas, own)).to_have_count(1, timeout=WAIT)
    expect(mine).to_have_count(1)
    expect(mine).not_to_contain_text(SENDING)
    expect(page.locator("#chat-log .pending")).to_have_count(0)
    expect(page.locator("#bar-status")).to_be_hidden()
    # A message after it: still exactly one of it, in both logs.
    after = f"Fijn dat je er weer bent ({uuid.uuid4().hex[:6]})"
    send_chat(bas, after)
    expect(bodies(page, after)).to_have_count(1, timeout=WAIT)
    expect(bodies(bas, own)).to_have_count(1)
    expect(bodies(page, own)).to_have_count(1)


def leader_sends(leader_page, command: dict) -> None:
    """A leader's command through the room's own channel (the buttons may change elsewhere)."""
    leader_page.evaluate(
        "c => document.getElementById('room').dispatchEvent(new CustomEvent('room:send', {detail: c}))",
        command,
    )


def test_small_group_chat_offline_and_its_count_on_the_people_tab(screen):
    page, bas, leader = screen.anouk, screen.bas, screen.leader
    leader_sends(leader, {"type": "breakout.open", "size": 2})
    try:
        open_tab(page, "Mensen")
        open_tab(bas, "Programma")
        expect(page.locator("#breakout")).to_be_visible(timeout=WAIT)
        expect(bas.locator("#breakout-members")).to_contain_text("Anouk", timeout=WAIT)

        page.evaluate("window.__sockets.forEach(s => s.close())")  # then offline: see above
        page.context.set_offline(True)
        expect(page.locator("#connection-status")).to_have_attribute(
            "data-state", "offline", timeout=WAIT
        )
        text = f"Zullen we beginnen? ({uuid.uuid4().hex[:6]})"
        page.locator("#breakout-text").fill(text)
        page.locator("#breakout-form").get_by_role("button", name="Stuur").click()
        mine = page.locator("#breakout-log .chat-message", has_text=text)
        expect(mine).to_contain_text(SENDING)
        page.context.set_offline(False)

        expect(page.locator("#connection-status")).to_have_text(CONNECTED, timeout=RECONNECT_WAIT)
        expect(bas.locator("#breakout-log .chat-body", has_text=text)).to_have_count(
            1, timeout=WAIT
        )
        expect(mine).to_have_count(1)
        expect(mine).not_to_contain_text(SENDING)
        # Bas is looking at the programme: the small group's message is counted on "Mensen".
        people_badge = tab(bas, "Mensen").locator(".badge")
        expect(people_badge).to_have_text(re.compile(r"^1\b"))
        expect(tab(bas, "Chat").locator(".badge")).to_be_hidden()
        open_tab(bas, "Mensen")
        expect(people_badge).to_be_hidden()
        assert text not in " ".join(bas.locator("#chat-log .chat-body").all_inner_texts())
    finally:
        leader_sends(leader, {"type": "breakout.close"})
        expect(page.locator("#breakout")).to_be_hidden(timeout=WAIT)


def test_an_unconfirmed_message_survives_a_reload_and_is_sent_once(screen, browser):
    """The server does not answer (the socket opens, but no welcome comes): the message waits.
    The page is reloaded: the message is still there, and goes once when the server is back."""
    context = browser.new_context(locale="nl-NL", **PHONE)
    try:
        silent = {"on": False}
        held = []

        def route(ws):
            if silent["on"]:
                held.append(ws)  # opens for the page, but nobody answers
            else:
                ws.connect_to_server()

        context.route_web_socket(re.compile(r"/ws/meetings/"), route)
        context.add_init_script(RECORD_SOCKETS)
        page = context.new_page()
        page.set_default_timeout(WAIT)
        from tests.browser.test_login import log_in

        log_in(page, screen.base, "deelnemer3@demo.jobgroup.nl")
        page.wait_for_url(f"{screen.base}/")
        page.locator("section.group-home", has_text=GROUP).get_by_role(
            "link", name="Meedoen"
        ).click()
        page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
        expect(page.locator("#connection-status")).to_have_text(CONNECTED, timeout=WAIT)

        silent["on"] = True
        page.evaluate("window.__sockets.forEach(s => s.close())")
        expect(page.locator("#connection-status")).not_to_have_text(CONNECTED, timeout=WAIT)
        until(page, "window.__sockets.some(s => s.readyState === 1)", RECONNECT_WAIT)
        open_tab(page, "Chat")
        text = f"Chaima wacht op de server ({uuid.uuid4().hex[:6]})"
        send_chat(page, text)
        expect(page.locator("#chat-log .chat-message", has_text=text)).to_contain_text(SENDING)

        page.reload()
        expect(page.locator("#connection-status")).not_to_have_text(CONNECTED)
        open_tab(page, "Chat")
        waiting = page.locator("#chat-log .chat-message", has_text=text)
        expect(waiting).to_have_count(1)
        expect(waiting).to_contain_text(SENDING)
        expect(bodies(screen.bas, text)).to_have_count(0)

        silent["on"] = False
        for ws in held:
            ws.close()
        expect(page.locator("#connection-status")).to_have_text(CONNECTED, timeout=RECONNECT_WAIT)
        expect(bodies(screen.bas, text)).to_have_count(1, timeout=WAIT)
        expect(waiting).to_have_count(1)
        expect(waiting).not_to_contain_text(SENDING)
        assert (
            page.evaluate(
                "Object.keys(sessionStorage).filter(k => k.startsWith('jobgroup-live-pending')).length"
            )
            == 0
        )
        # Once more from the start: the message is in the log once, and nothing waits.
        page.reload()
        open_tab(page, "Chat")
        expect(bodies(page, text)).to_have_count(1, timeout=WAIT)
        expect(page.locator("#chat-log .pending")).to_have_count(0)
        expect(bodies(screen.bas, text)).to_have_count(1)
    finally:
        context.close()


def test_a_refused_message_says_so_and_can_be_sent_again(screen, live_asgi):
    """Next week's meeting has not started: the server refuses chat there."""
    current = int(re.search(r"/bijeenkomsten/(\d+)/", screen.anouk.url).group(1))
    output = manage(
        "shell",
        "-c",
        "from courses.models import Meeting; "
        f"now = Meeting.objects.get(pk={current}); "
        "later = Meeting.objects.get(cohort=now.cohort, step_number=now.step_number + 1); "
        "print('MEETING', later.pk, later.status)",
        database_url=live_asgi.database_url,
    )
    meeting_id = re.search(r"MEETING (\d+)", output).group(1)
    page = screen.anouk.context.new_page()
    try:
        page.set_default_timeout(WAIT)
        page.goto(f"{screen.base}/bijeenkomsten/{meeting_id}/")
        expect(page.locator("#connection-status")).to_have_text(CONNECTED, timeout=WAIT)
        expect(page.locator("#session-status")).to_have_text("Nog niet begonnen")
        open_tab(page, "Chat")
        text = f"Te vroeg ({uuid.uuid4().hex[:6]})"
        send_chat(page, text)
        message = page.locator("#chat-log .chat-message", has_text=text)
        expect(message).to_contain_text(
            "niet verstuurd: Chatten kan alleen zolang de bijeenkomst bezig is.", timeout=WAIT
        )
        expect(message).not_to_contain_text(SENDING)
        again = message.get_by_role("button", name="Opnieuw")
        expect(again).to_be_visible()
        assert serious_axe_violations(page) == []
        again.click()  # goes again (and is refused again: the meeting still has not started)
        expect(message).to_contain_text("niet verstuurd", timeout=WAIT)
        expect(message).to_have_count(1)
        message.get_by_role("button", name="Weghalen").click()
        expect(message).to_have_count(0)
    finally:
        page.close()


def test_the_current_block_is_read_aloud(screen):
    page = screen.bas
    open_tab(page, "Programma")
    block = page.locator("#agenda li.current").get_attribute("data-block")
    part = page.locator(f'.part-now[data-part="{block}"]')
    expect(part).to_be_visible()
    button = part.locator("button.read-aloud")
    expect(button).to_be_visible()
    expect(button).to_have_text("Lees voor")
    expect(button).to_have_attribute("aria-pressed", "false")
    button.click()
    spoken = page.evaluate("window.__spoken")
    expected = page.locator(f"#part-now-{block}").inner_text()
    assert expected.strip()
    assert spoken == [{"text": expected, "lang": "nl-NL", "voice": "Nederlands"}]
    expect(button).to_have_text("Stop met voorlezen")
    expect(button).to_have_attribute("aria-pressed", "true")
    cancelled = page.evaluate("window.__cancelled")
    button.click()
    expect(button).to_have_text("Lees voor")
    expect(button).to_have_attribute("aria-pressed", "false")
    assert page.evaluate("window.__cancelled") > cancelled
    assert len(page.evaluate("window.__spoken")) == 1
    # Other blocks have their own button; only the current one is on the screen.
    assert page.locator(".part-now .read-aloud").count() == page.locator("#agenda li").count()
    expect(page.locator(".part-now:visible .read-aloud")).to_have_count(1)


CHANNEL_SCRIPT = """
import json
import content.services as content_services
from courses.models import Cohort
from courses.network import channel as network
from tests.factories import UserFactory, make_cohort, programme_data

programme = content_services.programme_load_seed(programme_data("kanaal-{tag}", steps=1))
person = UserFactory(email="kanaal-{tag}@example.org", display_name="Karin", roles=["participant"])
leader = UserFactory(email="kanaal-leider-{tag}@example.org", display_name="Kees", roles=["leader"])
cohort = make_cohort(programme, participants=[person], leaders=[leader], name="Kanaal {tag}")
Cohort.objects.filter(pk=cohort.pk).update(status=Cohort.Status.FINISHED)
cohort.refresh_from_db()
print(json.dumps({{"meeting": network.channel_open(cohort=cohort).pk}}))
"""


def test_a_group_channel_opens_on_its_chat_without_a_programme(browser, live_asgi):
    import json

    from tests.browser.test_login import log_in
    from tests.factories import TEST_PASSWORD

    tag = uuid.uuid4().hex[:8]
    output = manage(
        "shell", "-c", CHANNEL_SCRIPT.format(tag=tag), database_url=live_asgi.database_url
    )
    meeting = json.loads(output.strip().splitlines()[-1])["meeting"]
    context = browser.new_context(locale="nl-NL", **PHONE)
    try:
        page = context.new_page()
        page.set_default_timeout(WAIT)
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        log_in(page, live_asgi.url, f"kanaal-{tag}@example.org", TEST_PASSWORD)
        page.wait_for_url(f"{live_asgi.url}/")
        page.goto(f"{live_asgi.url}/bijeenkomsten/{meeting}/")
        expect(page.locator("#connection-status")).to_have_text(CONNECTED, timeout=WAIT)
        # No programme and no hand in a channel: the tabs are Mensen and Chat, Chat first.
        expect(page.locator(".room-tabs [role=tab]:visible")).to_have_text(["Mensen", "Chat"])
        expect(tab(page, "Chat")).to_have_attribute("aria-selected", "true")
        expect(page.locator("#panel-chat")).to_be_visible()
        expect(page.locator("#panel-programme")).to_be_hidden()
        expect(page.locator("#hand-button")).to_be_hidden()
        text = f"Hoi allemaal, ik heb werk! ({tag})"
        send_chat(page, text)
        message = page.locator("#chat-log .chat-message", has_text=text)
        expect(message).to_have_count(1)
        expect(message).not_to_contain_text(SENDING, timeout=WAIT)
        assert serious_axe_violations(page) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert errors == []
    finally:
        context.close()
