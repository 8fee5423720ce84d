"""Issue 18, "read-aloud everywhere a participant reads": one control (includes/read_aloud.html +
js/read-aloud.js) on home, Mijn map, the leader's feedback, the workbook, the intake and the
room (block text and chat), with a speed the person chooses once; voice input for written
answers where the browser can listen, a plain message where it cannot. Chromium on 360 x 740;
speech and recognition are stubs that record what our code asks of them."""

import json
import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_part_of, serious_axe_violations
from tests.browser.test_login import fits_width, log_in
from tests.browser.test_room_screen import open_tab, send_chat, start_meeting
from tests.factories import TEST_PASSWORD
from tests.servers import manage

PHONE_360 = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
FEEDBACK = "Goed gedaan. Lees dit nog eens rustig door."
HEARD = "Ik kan goed plannen en luisteren"
MESSAGE = "Volgende week nemen we je cv mee."

SPEECH_STUB_WITH = """
(() => {
  window.__spoken = [];
  Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
    speak(u) {
      window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name });
    },
    cancel() {},
    getVoices() { return VOICES; },
  }});
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
})();
"""
REMOTE_VOICE = '{ lang: "nl-NL", name: "Google Nederlands", localService: false }'
LOCAL_VOICE = '{ lang: "nl-NL", name: "Nederlands", localService: true }'
SPEECH_STUB = SPEECH_STUB_WITH.replace("VOICES", f"[{REMOTE_VOICE}, {LOCAL_VOICE}]")
REMOTE_SPEECH_STUB = SPEECH_STUB_WITH.replace("VOICES", f"[{REMOTE_VOICE}]")
NO_SPEECH = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"
RECOGNITION_STUB = f"""
(() => {{
  window.__listened = [];
  const Recognition = class {{
    start() {{
      window.__listened.push(this.lang);
      setTimeout(() => {{
        const result = [{{ transcript: "{HEARD}" }}];
        result.isFinal = true;
        this.onresult({{ resultIndex: 0, results: [result] }});
        this.onend();
      }}, 50);
    }}
    stop() {{ this.onend(); }}
  }};
  for (const name of ["SpeechRecognition", "webkitSpeechRecognition"]) {{
    Object.defineProperty(window, name, {{ configurable: true, writable: true, value: Recognition }});
  }}
}})();
"""
NO_RECOGNITION = "delete window.SpeechRecognition; delete window.webkitSpeechRecognition;"


def seed_script(tag: str) -> str:
    return f"""
import json
from django.utils import timezone
from courses.groups.access import cohort_for_member
from courses.groups.services import cohort_schedule_meetings, leader_message_post
from courses.workbook.services import answer_save, feedback_add
from tests.courses.conftest import exercise_id
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme, member_of

location = LocationFactory()
programme = make_programme("voorlezen-{tag}", steps=2, homework=[
    {{"type": "list", "prompt": "Wat wil je nog doen?", "categories": ["Werk"]}}])
rosa = member_of(location, UserFactory(
    email="ra-rosa-{tag}@example.org", display_name="Rosa", roles=["participant"]))
lotte = UserFactory(email="ra-lotte-{tag}@example.org", display_name="Lotte", roles=["leader"])
cohort = make_cohort(programme, location=location, participants=[rosa], leaders=[lotte],
                     name="Voorlezen {tag}")
answer = answer_save(
    access=cohort_for_member(user=rosa, cohort_id=cohort.pk), user=rosa, step_number=1,
    block_id=exercise_id(cohort, 1, "reflection"), value={{"text": "Ik wil koken."}},
    sharing="leaders",
)
feedback = feedback_add(access=cohort_for_member(user=lotte, cohort_id=cohort.pk), user=lotte,
                        answer_id=answer.pk, text="{FEEDBACK}")
meeting = cohort_schedule_meetings(cohort=cohort, first_starts_at=timezone.now())[0]
message = leader_message_post(access=cohort_for_member(user=lotte, cohort_id=cohort.pk),
                              user=lotte, text="{MESSAGE}")
print(json.dumps({{"cohort": cohort.pk, "meeting": meeting.pk, "feedback": feedback.pk, "message": message.pk,
                  "reflection2": exercise_id(cohort, 2, "reflection")}}))
"""


@pytest.fixture(scope="module")
def world(live_asgi):
    tag = uuid.uuid4().hex[:8]
    output = manage("shell", "-c", seed_script(tag), database_url=live_asgi.database_url)
    found = json.loads(output.strip().splitlines()[-1])
    found.update(
        base=live_asgi.url,
        database_url=live_asgi.database_url,
        rosa=f"ra-rosa-{tag}@example.org",
        lotte=f"ra-lotte-{tag}@example.org",
    )
    return found


def phone(browser, *scripts):
    context = browser.new_context(locale="nl-NL", **PHONE_360)
    for script in scripts:
        context.add_init_script(script)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def read(page, target: str) -> dict:
    """Press the control that reads `target`; returns what was handed to speechSynthesis."""
    before = len(page.evaluate("window.__spoken"))
    button = f'button.read-aloud[data-read="{target}"]'
    if not page.locator(button).is_visible():  # in a workbook part not shown on a phone
        open_part_of(page, button)
    page.locator(button).click()
    spoken = page.evaluate("window.__spoken")
    assert len(spoken) == before + 1, target
    return spoken[-1]


def region_text(page, target: str) -> str:
    return page.locator(f"#{target}").inner_text()


def test_one_control_reads_each_page_at_the_chosen_speed(browser, world):
    page = phone(browser, SPEECH_STUB)
    base = world["base"]
    try:
        log_in(page, base, world["rosa"], TEST_PASSWORD)
        page.wait_for_url(f"{base}/")
        # Home: the group's card, read without the control's own words.
        home = f"home-{world['cohort']}"
        spoken = read(page, home)
        assert "Naar stap 1 in het werkboek" in spoken["text"]
        assert "Snelheid" not in spoken["text"] and "langzaam" not in spoken["text"]
        assert spoken["lang"] == "nl-NL" and spoken["rate"] == 1
        assert spoken["voice"] == "Nederlands"  # the voice on the device, not Google's
        spoken = read(page, f"bericht-{world['message']}")  # a message from the leader
        assert MESSAGE in spoken["text"] and "Lotte" in spoken["text"]
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        # The speed is chosen once, for every control on every page.
        page.locator(f"#{home} select[data-read-rate]").first.select_option(label="langzaam")

        page.goto(f"{base}/mijn-map/")
        expect(page.locator("select[data-read-rate]").first).to_have_value("0.7")
        spoken = read(page, "folder-intro")
        assert spoken["rate"] == 0.7 and spoken["text"] == region_text(page, "folder-intro")
        feedback = f"reactie-{world['feedback']}"
        spoken = read(page, feedback)
        assert FEEDBACK in spoken["text"] and spoken["rate"] == 0.7
        assert page.locator("button.read-aloud[data-read^='antwoord-']").count() == 1
        assert serious_axe_violations(page) == []
        assert fits_width(page)

        page.locator("select[data-read-rate]").first.select_option(label="snel")
        # On a phone one part at a time: a hash inside a part opens that part.
        page.goto(f"{base}/groepen/{world['cohort']}/werkboek/stap/1/#{feedback}")
        spoken = read(page, feedback)  # the same feedback, in the workbook
        assert FEEDBACK in spoken["text"] and spoken["rate"] == 1.3
        spoken = read(page, "learning-goal")
        assert spoken["text"] == region_text(page, "learning-goal")
        # The workbook has only this control: every button sits in one.
        assert (
            page.locator("button.read-aloud").count()
            == page.locator("[data-read-aloud] button.read-aloud").count()
        )
        assert serious_axe_violations(page) == []

        page.goto(f"{base}/intake/")
        spoken = read(page, "intake-intro")
        assert "Je beantwoordt een paar vragen" in spoken["text"]
        assert serious_axe_violations(page) == []
        page.get_by_role("button", name="Begin met de intake").click()
        page.wait_for_url(re.compile(r"/intakes/\d+/$"))
        for target in ("intake-about", "intake-goals"):
            spoken = read(page, target)
            assert spoken["text"].strip() and "Snelheid" not in spoken["text"]
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_the_room_reads_the_block_and_the_newest_chat_messages(browser, world):
    base = world["base"]
    room = f"{base}/bijeenkomsten/{world['meeting']}/"
    leader = browser.new_context(locale="nl-NL").new_page()
    page = phone(browser, SPEECH_STUB)
    try:
        log_in(leader, base, world["lotte"], TEST_PASSWORD)
        leader.wait_for_url(f"{base}/")
        leader.goto(room)
        start_meeting(leader)
        log_in(page, base, world["rosa"], TEST_PASSWORD)
        page.wait_for_url(f"{base}/")
        page.goto(room)
        expect(page.locator("#session-status")).to_have_text("Bezig", timeout=15_000)
        open_tab(page, "Programma")
        block = page.locator("#agenda li.current").get_attribute("data-block")
        spoken = read(page, f"part-now-{block}")
        assert spoken["text"] == region_text(page, f"part-now-{block}")
        assert spoken["lang"] == "nl-NL"

        open_tab(page, "Chat")
        send_chat(page, "Hallo allemaal, ik ben er.")
        expect(page.locator("#chat-log")).to_contain_text("Hallo allemaal, ik ben er.")
        spoken = read(page, "chat-log")
        assert "Hallo allemaal, ik ben er." in spoken["text"]
        assert (
            page.locator('button.read-aloud[data-read="chat-log"]').get_attribute("data-read-last")
            == "5"
        )
        assert serious_axe_violations(page) == []
        assert fits_width(page)
    finally:
        page.context.close()
        leader.context.close()


def test_without_speech_the_control_says_so(browser, world):
    page = phone(browser, NO_SPEECH)
    try:
        log_in(page, world["base"], world["rosa"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        page.goto(f"{world['base']}/mijn-map/")
        control = page.locator("[data-read-aloud]").first
        expect(control).to_be_visible()
        expect(control.locator("button.read-aloud")).to_be_hidden()
        expect(control).to_contain_text("Voorlezen werkt niet in deze browser.")
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()


def test_voice_input_adds_what_was_heard_and_autosave_stores_it(browser, world):
    page = phone(browser, RECOGNITION_STUB)
    try:
        log_in(page, world["base"], world["rosa"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        step = f"{world['base']}/groepen/{world['cohort']}/werkboek/stap/2/"
        page.goto(f"{step}#in-{world['reflection2']}")  # on a phone: the part with the field
        form = page.locator("form[data-type=reflection]").last
        with page.expect_response(
            lambda r: (
                r.request.method == "PUT" and r.ok and "Wat ik kan:" in (r.request.post_data or "")
            )
        ):
            form.locator("textarea").fill("Wat ik kan:")
        expect(form.locator(".save-status")).to_have_text("Opgeslagen")
        # Before the first use: where the voice goes, and nothing heard until it is accepted.
        form.get_by_role("button", name="Inspreken").click()
        notice = form.locator(".voice-input-notice")
        expect(notice).to_contain_text(
            "Inspreken stuurt je stem naar Google of Apple om er tekst van te maken."
        )
        assert page.evaluate("window.__listened") == []
        assert serious_axe_violations(page) == []
        # the PUT that carries what was heard (an earlier one may still be on its way with only
        # the typed text: waiting for "any PUT" let the page reload before this one was sent)
        with page.expect_response(
            lambda r: r.request.method == "PUT" and r.ok and HEARD in (r.request.post_data or ""),
            timeout=15_000,
        ):
            notice.get_by_role("button", name="Dat is goed, inspreken").click()
        expect(notice).to_be_hidden()
        expect(form.locator("textarea")).to_have_value(f"Wat ik kan: {HEARD}")
        expect(form.locator(".voice-input-status")).to_have_text(
            "Je tekst staat in het vak. Kijk of hij klopt."
        )
        expect(form.locator(".save-status")).to_have_text("Opgeslagen")
        assert page.evaluate("window.__listened") == ["nl-NL"]
        # A list: what was heard becomes a new point; accepted once is enough.
        page.goto(f"{step}#part-homework")
        area = page.locator("form[data-type=list] textarea").first
        page.locator("form[data-type=list]").get_by_role("button", name="Inspreken").first.click()
        expect(area).to_have_value(HEARD)
        expect(page.locator("form[data-type=list] .voice-input-notice").first).to_be_hidden()
        assert serious_axe_violations(page) == []
        assert fits_width(page)
        page.reload()
        expect(page.locator("form[data-type=reflection]").last.locator("textarea")).to_have_value(
            f"Wat ik kan: {HEARD}"
        )
    finally:
        page.context.close()


def test_without_recognition_voice_input_says_to_type(browser, world):
    page = phone(browser, NO_RECOGNITION)
    try:
        log_in(page, world["base"], world["rosa"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        page.goto(f"{world['base']}/groepen/{world['cohort']}/werkboek/stap/2/")
        form = page.locator("form[data-type=reflection]").last
        expect(form.get_by_role("button", name="Inspreken")).to_have_count(0)
        expect(form).to_contain_text("Inspreken werkt niet in deze browser. Je kunt typen.")
    finally:
        page.context.close()


def test_own_answers_are_never_read_with_a_remote_voice(browser, world):
    """Only a remote voice ("Google Nederlands"): it may read the site's own texts, never the
    person's answers or the reactions to them; there the control says it cannot."""
    page = phone(browser, REMOTE_SPEECH_STUB)
    try:
        log_in(page, world["base"], world["rosa"], TEST_PASSWORD)
        page.wait_for_url(f"{world['base']}/")
        page.goto(f"{world['base']}/mijn-map/")
        assert read(page, "folder-intro")["voice"] == "Google Nederlands"
        for button in page.locator("button.read-aloud[data-read-private]").all():
            target = button.get_attribute("data-read")
            assert re.fullmatch(r"(antwoord|reactie)-\d+", target), target
            button.click()
            control = page.locator(f'[data-read-aloud]:has(button[data-read="{target}"])')
            expect(control.locator(".read-aloud-local-only")).to_have_text(
                "Op dit apparaat kunnen we je antwoorden en de reacties daarop niet voorlezen."
            )
        assert page.locator("button.read-aloud[data-read-private]").count() >= 2
        assert len(page.evaluate("window.__spoken")) == 1  # only the intro
        assert serious_axe_violations(page) == []
    finally:
        page.context.close()
