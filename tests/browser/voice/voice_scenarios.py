"""The room's voice through a real Janus: run only by test_media_janus.py, inside the network
namespace it made (the file name keeps it out of an ordinary test run).

Every claim is measured on the sound that arrives: a Web Audio AnalyserNode on the received
track (Janus' AudioBridge also sends packets of silence, so bytes alone prove nothing). Chromium's
fake microphone beeps steadily, so a person with the microphone on is heard as a peak well above
the floor, and a muted person as silence."""

import json
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.browser.conftest import serious_axe_violations
from tests.browser.test_login import log_in
from tests.browser.voice.namespace import FAKE_MEDIA_ARGS, INSIDE, janus_server, media_env, netns_up
from tests.servers import asgi_server, drop_separate_database, manage, separate_database_url

if os.environ.get(INSIDE) != "1":
    pytest.fail(
        "voice_scenarios.py runs inside the namespace that test_media_janus.py makes",
        pytrace=False,
    )

GROUP = "JobGroup Zoetermeer – najaar 2026"
WAIT = 20_000  # ms
RECOVER = 45_000  # ms: the room socket backs off up to 30 s; "online" cuts that short
LOUD = 0.02  # RMS peak of the received mix when someone's microphone is on (~0.3 measured)
SILENT = 0.005  # and when nobody's is
LISTEN_MS = 3000  # the fake microphone beeps about once a second
SETTLE_MS = 1000
PHONE = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}

# Keeps the room's socket frames, so a test can read the `media` object of the welcome.
RECORD_FRAMES = """
(() => {
  const Native = window.WebSocket;
  window.__frames = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => window.__frames.push(e.data));
    }
  };
})();
"""

# Content-Security-Policy violations (janus.js, the WebSocket to Janus) are kept too.
WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
}, true);
"""

# The loudest the received track got over `ms` milliseconds (RMS of 2048-sample windows).
LISTEN = """
async (ms) => {
  const stream = document.getElementById("media-audio").srcObject;
  if (!stream || !stream.getAudioTracks().length) { return -1; }
  const ctx = window.__listenCtx || (window.__listenCtx = new AudioContext());
  await ctx.resume();
  const source = ctx.createMediaStreamSource(stream);
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 2048;
  source.connect(analyser);
  const buf = new Float32Array(analyser.fftSize);
  let peak = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    analyser.getFloatTimeDomainData(buf);
    let sum = 0;
    for (const v of buf) { sum += v * v; }
    peak = Math.max(peak, Math.sqrt(sum / buf.length));
    await new Promise((r) => setTimeout(r, 40));
  }
  source.disconnect();
  return peak;
}
"""

# Join the media room with somebody's old `media` object, from inside a page (janus.js is there).
JOIN_WITH = """
(media) => new Promise((resolve) => {
  const done = (v) => { resolve(v); };
  setTimeout(() => done("timeout"), 15000);
  const janus = new Janus({
    server: media.url, iceServers: [], token: media.token,
    error: (e) => done("session refused: " + e),
    success: () => janus.attach({
      plugin: media.plugin,
      error: (e) => done("attach refused: " + e),
      success: (h) => h.send({ message: { request: "join", room: media.room, token: media.token,
                                          display: "probe", muted: true } }),
      onmessage: (msg) => {
        if (msg.error) { done("refused: " + msg.error_code + " " + msg.error); }
        else if (msg.audiobridge === "joined") { done("joined"); }
        janus.destroy();
      },
    }),
  });
})
"""


@pytest.fixture(scope="module")
def site():
    """Janus with the project's configuration and the platform, both in this namespace."""
    netns_up()
    work = Path(tempfile.mkdtemp(prefix="jobgroup-media-"))
    env = media_env(secrets.token_urlsafe(32))
    database_url = separate_database_url("media")
    try:
        manage("media_config", str(work / "janus"), database_url=database_url, extra_env=env)
        manage("migrate", "--noinput", database_url=database_url)
        manage("seed_demo", "--force", database_url=database_url)
        with (
            janus_server(work / "janus", work / "janus.log"),
            asgi_server(database_url=database_url, extra_env=env, log_dir=work) as server,
        ):
            server.database_url = database_url
            server.env = env
            yield server
    finally:
        drop_separate_database(database_url)
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=FAKE_MEDIA_ARGS
        )
        yield browser
        browser.close()


def enter(chromium, site, email: str, options: dict):
    context = chromium.new_context(locale="nl-NL", **options)
    context.add_init_script(RECORD_FRAMES)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.set_default_timeout(WAIT)
    log_in(page, site.url, email)
    page.wait_for_url(f"{site.url}/")
    page.locator("section.group-home", has_text=GROUP).get_by_role("link", name="Meedoen").click()
    page.wait_for_url(re.compile(r"/bijeenkomsten/\d+/$"))
    expect(page.locator("#connection-status")).to_have_text("Verbonden")
    expect(page.locator("#media-ready")).to_be_visible()
    return page


def join_voice(page) -> None:
    page.get_by_role("button", name="Doe mee met geluid").click()
    expect(page.locator("#media-status")).to_have_attribute(
        "data-state", "joinedMuted", timeout=WAIT
    )
    expect(page.locator("#mic-state")).to_have_text("Je microfoon staat uit. Niemand hoort je.")


def hears(page) -> float:
    # Sound already in flight (jitter buffer, the mixer) when a microphone was switched off
    # still arrives for a moment: listen from a second later.
    page.wait_for_timeout(SETTLE_MS)
    return page.evaluate(LISTEN, LISTEN_MS)


def welcome_media(page) -> dict:

    for frame in page.evaluate("window.__frames"):
        event = json.loads(frame)
        if event.get("type") == "welcome" and event.get("media"):
            return event["media"]
    raise AssertionError("no welcome with media")


def test_leader_and_two_participants_hear_each_other_and_a_muted_person_is_silent(chromium, site):
    leader = enter(chromium, site, "leider@demo.jobgroup.nl", DESKTOP)
    frank = enter(chromium, site, "deelnemer6@demo.jobgroup.nl", PHONE)
    gloria = enter(chromium, site, "deelnemer7@demo.jobgroup.nl", PHONE)
    everyone = {"leader": leader, "frank": frank, "gloria": gloria}
    try:
        for page in everyone.values():
            join_voice(page)
        # Everyone joined muted: nobody hears anything.
        levels = {name: hears(page) for name, page in everyone.items()}
        assert all(0 <= level < SILENT for level in levels.values()), levels

        # All three switch their microphone on: each hears the others.
        for page in everyone.values():
            page.locator("#mic-button").click()
            expect(page.locator("#mic-state")).to_have_text(
                "Je microfoon staat aan. De groep hoort je."
            )
        levels = {name: hears(page) for name, page in everyone.items()}
        assert all(level > LOUD for level in levels.values()), levels
        # and the room shows whose microphone is on
        expect(leader.locator("#present li", has_text="Frank")).to_contain_text("microfoon aan")

        # The leader switches Gloria's microphone off (in Janus itself); Frank switches his own
        # off. The leader then hears silence; Frank and Gloria still hear the leader.
        leader.locator("#present li", has_text="Gloria").locator(".mute-one").click()
        expect(gloria.locator("#mic-state")).to_have_text(
            "De leider heeft je microfoon uitgezet. Je kunt hem zelf weer aanzetten."
        )
        frank.locator("#mic-button").click()
        expect(frank.locator("#mic-state")).to_have_text(
            "Je microfoon staat uit. Niemand hoort je."
        )
        levels = {name: hears(page) for name, page in everyone.items()}
        assert levels["leader"] < SILENT, levels
        assert levels["frank"] > LOUD and levels["gloria"] > LOUD, levels
    finally:
        for page in everyone.values():
            page.context.close()


def test_a_removed_members_token_is_refused(chromium, site):
    hamid = enter(chromium, site, "deelnemer8@demo.jobgroup.nl", PHONE)
    frank = enter(chromium, site, "deelnemer6@demo.jobgroup.nl", PHONE)
    try:
        join_voice(hamid)
        old = welcome_media(hamid)
        # While Hamid is a member, his token opens the room.
        assert frank.evaluate(JOIN_WITH, old) == "joined"
        manage(
            "shell",
            "-c",
            "from accounts.models import User; from courses.models import Cohort; "
            "from courses.groups.services import membership_remove; "
            f"cohort = Cohort.objects.get(name={GROUP!r}); "
            "membership_remove(cohort=cohort, user=User.objects.get(email='deelnemer8@demo.jobgroup.nl'), "
            "by=User.objects.get(email='coordinator@demo.jobgroup.nl'))",
            database_url=site.database_url,
            extra_env=site.env,
        )
        expect(hamid.locator("#connection-status")).to_contain_text("niet (meer)", timeout=WAIT)
        # His old token no longer opens the meeting's media room.
        answer = frank.evaluate(JOIN_WITH, old)
        assert answer.startswith(("refused", "session refused")), answer
    finally:
        hamid.context.close()
        frank.context.close()


def in_room_of(page, other) -> None:
    """`page` has joined (again) the same media room as `other`."""
    room = other.locator("#media").get_attribute("data-room")
    expect(page.locator("#media")).to_have_attribute("data-room", room, timeout=WAIT)
    expect(page.locator("#media-status")).to_have_attribute(
        "data-state", re.compile("^joined"), timeout=WAIT
    )


def test_a_pair_hears_only_itself_and_everyone_hears_each_other_again_after(chromium, site):
    leader = enter(chromium, site, "leider@demo.jobgroup.nl", DESKTOP)
    frank = enter(chromium, site, "deelnemer6@demo.jobgroup.nl", PHONE)
    gloria = enter(chromium, site, "deelnemer7@demo.jobgroup.nl", PHONE)
    everyone = {"leader": leader, "frank": frank, "gloria": gloria}
    try:
        for page in everyone.values():
            # (The leader muted Gloria in the first test: that stored event comes again in the
            # welcome's replay, and must not mute her now: join_voice checks the plain state.)
            join_voice(page)
            page.locator("#mic-button").click()
            expect(page.locator("#media-status")).to_have_attribute("data-state", "joined")
        main_room = leader.locator("#media").get_attribute("data-room")
        assert serious_axe_violations(frank) == []

        leader.get_by_role("button", name="Start de bijeenkomst").click()
        expect(leader.locator("#session-status")).to_have_text("Bezig", timeout=WAIT)
        leader.get_by_role("button", name="In tweetallen").click()
        # Frank and Gloria (the only participants here) move to their pair's room.
        expect(frank.locator("#media")).not_to_have_attribute("data-room", main_room, timeout=WAIT)
        in_room_of(gloria, frank)
        in_room_of(frank, gloria)
        expect(frank.locator("#breakout")).to_be_visible()

        # The pair hears each other; the leader, alone in the meeting's room, hears nobody.
        levels = {name: hears(page) for name, page in everyone.items()}
        assert levels["frank"] > LOUD and levels["gloria"] > LOUD, levels
        assert levels["leader"] < SILENT, levels
        # With Frank muted, Gloria hears nothing: not the leader, whose microphone is on.
        frank.locator("#mic-button").click()
        expect(frank.locator("#mic-state")).to_have_text(
            "Je microfoon staat uit. Niemand hoort je."
        )
        assert hears(gloria) < SILENT

        # Everyone back: the leader hears Gloria, Frank hears both again.
        leader.get_by_role("button", name="Iedereen terug").click()
        in_room_of(frank, leader)
        in_room_of(gloria, leader)
        levels = {name: hears(page) for name, page in everyone.items()}
        assert levels["leader"] > LOUD and levels["frank"] > LOUD, levels
        for name, page in everyone.items():
            assert page.evaluate("window.__csp") == [], name
    finally:
        for page in everyone.values():
            page.context.close()


def test_after_a_network_drop_the_voice_comes_back(chromium, site):
    leader = enter(chromium, site, "leider@demo.jobgroup.nl", DESKTOP)
    frank = enter(chromium, site, "deelnemer6@demo.jobgroup.nl", PHONE)
    try:
        for page in (leader, frank):
            join_voice(page)
            page.locator("#mic-button").click()
        assert hears(leader) > LOUD
        # Frank's phone loses the network: no socket, and no packets for the media either.
        frank.context.set_offline(True)
        subprocess.run(["ip", "link", "set", "va", "down"], check=True)
        try:
            # The status tells the truth, for the room and for the voice.
            expect(frank.locator("#connection-status")).to_have_text(
                "Verbinding weg. We proberen het opnieuw…"
            )
            expect(frank.locator("#media-status")).to_have_attribute(
                "data-state", "reconnecting", timeout=WAIT
            )
            time.sleep(3)
        finally:
            subprocess.run(["ip", "link", "set", "va", "up"], check=True)
            frank.context.set_offline(False)
        # Back within seconds, still with the microphone on, and heard again.
        expect(frank.locator("#connection-status")).to_have_text("Verbonden", timeout=RECOVER)
        expect(frank.locator("#media-status")).to_have_attribute(
            "data-state", "joined", timeout=RECOVER
        )
        levels = {"leader": hears(leader), "frank": hears(frank)}
        assert levels["leader"] > LOUD and levels["frank"] > LOUD, levels
    finally:
        leader.context.close()
        frank.context.close()


# --- The leader steps into a pair (self-contained: a group of its own) ---------------------------

VISIT_GROUP = """
import json
from django.utils import timezone
from courses.groups.services import cohort_schedule_meetings
from tests.factories import UserFactory, make_cohort, make_programme

programme = make_programme("bezoek-{tag}", steps=1)
leader = UserFactory(email="bezoek-leider-{tag}@example.org", display_name="Lieke",
                     roles=["leader"])
people = [
    UserFactory(email=f"bezoek-{{n}}-{tag}@example.org", display_name=name, roles=["participant"])
    for n, name in enumerate(("Ali", "Bea", "Cas", "Dewi"))
]
cohort = make_cohort(programme, participants=people, leaders=[leader], name="Bezoek {tag}")
meeting = cohort_schedule_meetings(cohort=cohort, first_starts_at=timezone.now())[0]
print(json.dumps({{"meeting": meeting.pk}}))
"""


def test_the_leader_steps_into_a_pair_hears_it_and_the_other_pair_does_not(chromium, site):
    from tests.factories import TEST_PASSWORD

    tag = secrets.token_hex(4)
    output = manage(
        "shell",
        "-c",
        VISIT_GROUP.format(tag=tag),
        database_url=site.database_url,
        extra_env=site.env,
    )
    meeting = json.loads(output.strip().splitlines()[-1])["meeting"]

    def visit_enter(email, options):
        context = chromium.new_context(locale="nl-NL", **options)
        context.add_init_script(WATCH_CSP)
        page = context.new_page()
        page.set_default_timeout(WAIT)
        log_in(page, site.url, email, TEST_PASSWORD)
        page.wait_for_url(f"{site.url}/")
        page.goto(f"{site.url}/bijeenkomsten/{meeting}/")
        expect(page.locator("#connection-status")).to_have_text("Verbonden")
        return page

    leader = visit_enter(f"bezoek-leider-{tag}@example.org", DESKTOP)
    names = ("Ali", "Bea", "Cas", "Dewi")
    people = {
        name: visit_enter(f"bezoek-{n}-{tag}@example.org", PHONE) for n, name in enumerate(names)
    }
    pages = [leader, *people.values()]
    try:
        # The leader and Ali speak; Bea and Cas listen (muted); Dewi is in the room without voice.
        for page in (leader, people["Ali"], people["Bea"], people["Cas"]):
            join_voice(page)
        for page in (leader, people["Ali"]):
            page.locator("#mic-button").click()
            expect(page.locator("#media-status")).to_have_attribute("data-state", "joined")
        main_room = leader.locator("#media").get_attribute("data-room")

        leader.get_by_role("button", name="Start de bijeenkomst").click()
        expect(leader.locator("#session-status")).to_have_text("Bezig", timeout=WAIT)
        leader.get_by_role("button", name="In tweetallen").click()
        groups = leader.locator("#visit-groups li")
        expect(groups).to_have_count(2, timeout=WAIT)
        alis = groups.filter(has_text="Ali")
        partner = next(n for n in names[1:] if n in alis.inner_text())
        others = [n for n in names[1:] if n != partner and n != "Dewi"]  # of the other pair
        expect(people["Ali"].locator("#media")).not_to_have_attribute(
            "data-room", main_room, timeout=WAIT
        )
        for name in ("Bea", "Cas"):
            expect(people[name].locator("#media")).not_to_have_attribute(
                "data-room", main_room, timeout=WAIT
            )
        # Alone in the meeting's room, the leader hears nobody.
        assert hears(leader) < SILENT

        # The leader steps into Ali's pair: the pair sees it, and the leader hears Ali.
        alis.get_by_role("button", name="Ga naar dit groepje").click()
        in_room_of(leader, people["Ali"])
        expect(people["Ali"].locator("#visit-notice")).to_have_text(
            "De leider is bij jullie groepje."
        )
        levels = {"leader": hears(leader), **{name: hears(people[name]) for name in others}}
        assert levels["leader"] > LOUD, levels
        # The other pair hears nothing: not the leader (microphone on), not Ali.
        assert all(levels[name] < SILENT for name in others), levels
        if partner != "Dewi":
            assert hears(people[partner]) > LOUD  # Ali's partner hears Ali and the leader

        # Back to the meeting's room while the pairs are still open: the leader is alone there.
        leader.get_by_role("button", name="Terug naar de grote groep").click()
        expect(leader.locator("#media")).to_have_attribute("data-room", main_room, timeout=WAIT)
        expect(leader.locator("#media-status")).to_have_attribute(
            "data-state", re.compile("^joined"), timeout=WAIT
        )
        expect(people["Ali"].locator("#visit-notice")).to_be_hidden()
        assert hears(leader) < SILENT
        for page in pages:
            assert page.evaluate("window.__csp") == []
    finally:
        for page in pages:
            page.context.close()
