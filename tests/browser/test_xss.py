"""An XSS corpus (tests/browser/xss_payloads.txt, a few hundred payloads) through everything a
user or an editor writes, rendered in real Chromium: live chat, workbook answers (the step page,
Mijn map, the print view and the leader view) and an editor's rich text in a workbook step.

Every payload that runs calls window.__xss(n) or alert(n). The test installs __xss before any
page script and listens for dialogs: neither may fire. Because a payload might also be stopped
by luck (a handler that never triggers), the rendered user content is inspected as well: no
event-handler attributes, no javascript:/data: URLs, no script, frames, objects, forms or styles.
"""

import json
import re
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.test_login import log_in
from tests.factories import TEST_PASSWORD
from tests.servers import manage

CORPUS = Path(__file__).with_name("xss_payloads.txt")
WAIT = 15_000
CHAT_CHUNK = 1_900  # the live protocol takes at most 2,000 characters a message
BEGIN, END = "veilig-begin", "veilig-eind"  # around each batch: proves the batch was rendered

MARKER = """
window.__xss_fired = [];
window.__xss = (n) => { window.__xss_fired.push(String(n)); };
"""

# Everything in `roots` (and the whole document for attributes and URLs) that could run script.
INSPECT = """
(selector) => {
  const found = [];
  const describe = (el) => el.outerHTML.slice(0, 160);
  const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster",
                         "background", "srcset"];
  const roots = [...document.querySelectorAll(selector)];
  const inUserContent = (el) => roots.some((root) => root.contains(el));
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, "").toLowerCase();
      // Handlers: none at all in user content; none anywhere that came from the corpus (the
      // page's own markup may have one, such as the print button's).
      if (name.startsWith("on") && (inUserContent(el) || /__xss|alert|confirm|prompt/.test(value))) {
        found.push("handler " + name + ": " + describe(el));
      }
      if (name === "srcdoc") found.push("srcdoc: " + describe(el));
      if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(value)) {
        found.push("url " + name + ": " + describe(el));
      }
    }
  }
  const forbidden = "script, iframe, frame, object, embed, form, input, button, select, " +
    "textarea, meta, style, link, base, svg, math, template, video, audio, marquee, " +
    "body, [style]";
  for (const root of roots) {
    for (const el of root.querySelectorAll(forbidden)) found.push("element: " + describe(el));
  }
  return {roots: roots.length, text: roots.map((r) => r.innerText).join("\\n"), found};
}
"""


def load_payloads() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [line.replace("\\n", "\n") for line in lines if line and not line.startswith("#")]


PAYLOADS = load_payloads()


def rich_text(payloads) -> str:
    """An editor's rich text holding the corpus as raw HTML, one paragraph a payload."""
    return "".join(f"<p>{p}</p>" for p in [BEGIN, *payloads, END])


def seed_script(tag: str) -> str:
    """A programme whose first step carries the corpus as an editor's rich text (part texts,
    leader notes, an instruction; stored as seed data stores it, without the editor form's
    cleaning), payloads in its plain-text fields (title, goal, prompts), a group with a
    participant and a leader, and a meeting now."""
    step_html = rich_text(PAYLOADS)
    return f"""
import json
from django.utils import timezone
from content.selectors import edition_step_content
from courses.groups.services import cohort_schedule_meetings
from tests.factories import UserFactory, make_cohort, programme_data

HTML = {step_html!r}
import content.services as content_services
data = programme_data("xss-{tag}", steps=1)
step = data["steps"][0]
PLAIN = "Tekst <img src=x onerror=__xss(9001)> <script>__xss(9002)</script>"
step["title"] = PLAIN
step["learning_goal"] = PLAIN
for part in step["parts"].values():
    part["text"] = HTML
    part["leader_notes"] = HTML
step["parts"]["deepening"]["exercises"] = [
    {{"type": "instruction", "text": HTML, "grouping": "pairs"}},
    {{"type": "reflection", "prompt": PLAIN, "help": PLAIN}},
    {{"type": "list", "prompt": PLAIN, "categories": [f"Deel {{i}}" for i in range(1, 9)]}},
    {{"type": "rating_grid", "prompt": PLAIN, "items": ["Werk"], "allow_own_items": True}},
    {{"type": "action_plan", "prompt": PLAIN, "rows": 10}},
]
programme = content_services.programme_load_seed(data)
participant = UserFactory(email="xss-deelnemer-{tag}@example.org", display_name="Xander",
                          roles=["participant"])
leader = UserFactory(email="xss-leider-{tag}@example.org", display_name="Lieke", roles=["leader"])
cohort = make_cohort(programme, participants=[participant], leaders=[leader], name="XSS {tag}")
meeting = cohort_schedule_meetings(cohort=cohort, first_starts_at=timezone.now())[0]
exercises = edition_step_content(edition=cohort.edition, number=1).exercises
print(json.dumps({{
    "cohort": cohort.pk,
    "meeting": meeting.pk,
    "blocks": {{e.type: e.id for e in exercises if e.part == "deepening"}},
}}))
"""


@pytest.fixture(scope="module")
def xss_world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    world = json.loads(output.strip().splitlines()[-1])
    world["participant"] = f"xss-deelnemer-{tag}@example.org"
    world["leader"] = f"xss-leider-{tag}@example.org"
    world["base"] = live_asgi.url
    return world


def open_as(browser, world, email):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.add_init_script(MARKER)
    page = context.new_page()
    page.set_default_timeout(WAIT)
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    log_in(page, world["base"], email, TEST_PASSWORD)
    page.wait_for_url(f"{world['base']}/")
    return context, page, dialogs


def assert_nothing_ran(page, dialogs, selector, *, where, expect_text=(BEGIN, END)):
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # let error/load handlers of broken images fire, if any
    result = page.evaluate(INSPECT, selector)
    fired = page.evaluate("window.__xss_fired")
    assert fired == [], f"{where}: payloads ran: {fired}"
    assert dialogs == [], f"{where}: dialogs opened: {dialogs}"
    assert result["roots"] > 0, f"{where}: no user content found at {selector!r}"
    assert result["found"] == [], f"{where}: " + "\n".join(result["found"][:10])
    for text in expect_text:
        assert text in result["text"], f"{where}: {text!r} was not rendered"
    # Template-injection probes stay literal.
    assert "49tpl" not in result["text"], where
    return result["text"]


def batches(payloads, size):
    """Payloads joined into messages of at most `size` characters, each framed by BEGIN/END."""
    out, current = [], []
    for payload in payloads:
        if current and len("\n\n".join([BEGIN, *current, payload, END])) > size:
            out.append("\n\n".join([BEGIN, *current, END]))
            current = []
        current.append(payload)
    if current:
        out.append("\n\n".join([BEGIN, *current, END]))
    return out


def put_answer(page, world, block_type, value):
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    block = world["blocks"][block_type]
    response = page.request.put(
        f"{world['base']}/api/v1/cohorts/{world['cohort']}/steps/1/answers/{block}",
        data=json.dumps({"value": value, "sharing": "group"}),
        headers={"Content-Type": "application/json", "X-CSRFToken": csrf},
    )
    assert response.status == 200, response.text()
    return response.json()


def test_chat_renders_the_corpus_as_text(browser, xss_world):
    world = xss_world
    participant, page, dialogs = open_as(browser, world, world["participant"])
    leader, leader_page, leader_dialogs = open_as(browser, world, world["leader"])
    try:
        room = f"{world['base']}/bijeenkomsten/{world['meeting']}/"
        for p in (page, leader_page):
            p.goto(room)
            expect(p.locator("#connection-status")).to_have_text("Verbonden", timeout=WAIT)
        # Chat goes only while the meeting is on.
        leader_page.get_by_role("button", name="Start de bijeenkomst").click()
        expect(page.locator("#session-status")).to_have_text("Bezig", timeout=WAIT)
        messages = batches(PAYLOADS, CHAT_CHUNK)
        assert 5 <= len(messages) <= 20  # the protocol's burst allowance is 20 messages
        for text in messages:
            page.locator("#chat-text").fill(text)
            page.locator("#chat-form").get_by_role("button", name="Stuur").click()
            expect(page.locator("#chat-text")).to_have_value("", timeout=WAIT)
        for p in (page, leader_page):
            expect(p.locator("#chat-log .chat-body")).to_have_count(len(messages), timeout=WAIT)
        for p, d, who in ((page, dialogs, "participant"), (leader_page, leader_dialogs, "leader")):
            text = assert_nothing_ran(p, d, "#chat-log .chat-body", where=f"chat ({who})")
            # The user's HTML is shown as text, not dropped.
            assert "<img src=x onerror=__xss(16)>" in text
            assert "<script>__xss(1)</script>" in text
    finally:
        participant.close()
        leader.close()


def test_answers_render_the_corpus_as_text_everywhere(browser, xss_world):
    world = xss_world
    participant, page, dialogs = open_as(browser, world, world["participant"])
    leader, leader_page, leader_dialogs = open_as(browser, world, world["leader"])
    try:
        page.goto(f"{world['base']}/groepen/{world['cohort']}/werkboek/")
        reflection = "\n".join([BEGIN, *PAYLOADS, END])[:9_900] + f"\n{END}"
        put_answer(page, world, "reflection", {"text": reflection})
        lists = [PAYLOADS[i : i + 50] for i in range(0, len(PAYLOADS), 50)]
        assert len(lists) <= 8
        lists[-1] = [BEGIN, *lists[-1], END]
        assert len(lists[-1]) <= 50
        items = {f"Deel {n}": chunk for n, chunk in enumerate(lists, start=1)}
        put_answer(page, world, "list", {"items": items})
        short = [p for p in PAYLOADS if len(p) <= 100]
        put_answer(
            page,
            world,
            "rating_grid",
            {"scores": {"Werk": 7}, "own": [{"label": p, "score": 5} for p in short[:6]]},
        )
        rows = [
            {"goal": p, "step": q, "date": ""}
            for p, q in zip(PAYLOADS, PAYLOADS[::-1], strict=True)
        ]
        put_answer(page, world, "action_plan", {"rows": rows[:10]})

        cohort = world["cohort"]
        views = [
            (page, dialogs, f"/groepen/{cohort}/werkboek/stap/1/", "step page"),
            (page, dialogs, "/mijn-map/", "Mijn map"),
            (page, dialogs, f"/groepen/{cohort}/werkboek/print/?antwoorden=1", "print"),
            (leader_page, leader_dialogs, f"/groepen/{cohort}/leiding/", "leader view"),
        ]
        for p, d, path, where in views:
            p.goto(world["base"] + path)
            if where == "step page":
                # Answers sit in form fields here: check the values came back intact.
                area = p.locator(f"#in-{world['blocks']['reflection']}")
                assert area.input_value().startswith(BEGIN)
                assert_nothing_ran(p, d, ".part-text", where=where, expect_text=())
                continue
            # Mijn map: each answer in its own box, next to the page's own controls (the
            # pictogram of its kind, read-aloud with its speed choice)
            selector = ".folder-answer" if where == "Mijn map" else ".answer-print, main li"
            text = assert_nothing_ran(p, d, selector, where=where)
            assert "<img src=x onerror=__xss(16)>" in text, where
    finally:
        participant.close()
        leader.close()


def test_editor_rich_text_is_cleaned_in_the_step_the_print_view_and_the_room(browser, xss_world):
    world = xss_world
    participant, page, dialogs = open_as(browser, world, world["participant"])
    leader, leader_page, leader_dialogs = open_as(browser, world, world["leader"])
    try:
        cohort = world["cohort"]
        views = [
            (page, dialogs, f"/groepen/{cohort}/werkboek/stap/1/", "step (participant)"),
            (leader_page, leader_dialogs, f"/groepen/{cohort}/werkboek/stap/1/", "step (leader)"),
            (page, dialogs, f"/groepen/{cohort}/werkboek/print/", "print"),
            (leader_page, leader_dialogs, f"/bijeenkomsten/{world['meeting']}/", "room (leader)"),
        ]
        for p, d, path, where in views:
            p.goto(world["base"] + path)
            assert_nothing_ran(p, d, ".rich-text, .leader-notes, .part-text", where=where)
        # The editor's harmless text survives the cleaning.
        expect(page.locator(".rich-text", has_text=re.compile("klik")).first).to_be_attached()
    finally:
        participant.close()
        leader.close()
