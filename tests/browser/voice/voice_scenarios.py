"""The room's voice and video through a real Janus: run only by test_media_janus.py, inside the
network namespace it made (the file name keeps it out of an ordinary test run).

Every claim is measured on the sound that arrives: a Web Audio AnalyserNode on the received
track (Janus' AudioBridge also sends packets of silence, so bytes alone prove nothing). Chromium's
fake microphone plays a file that "talks" all the time (`speech_like_wav`), so a person with the
microphone on is heard as a peak well above the floor, and a muted person as silence."""

import json
import math
import os
import re
import secrets
import shutil
import struct
import subprocess
import tempfile
import time
import wave
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
LISTEN_MS = 3000
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

# Every RTCPeerConnection janus.js makes, so a test can read what it really sends and receives.
RECORD_PEERS = """
(() => {
  const Native = window.RTCPeerConnection;
  window.__pcs = [];
  window.RTCPeerConnection = class extends Native {
    constructor(...args) {
      super(...args);
      window.__pcs.push(this);
    }
  };
})();
"""

# Bytes so far, per direction and kind, and video frames decoded, over the open connections.
RTP_TOTALS = """
async () => {
  const out = { inAudio: 0, inVideo: 0, outAudio: 0, outVideo: 0, framesDecoded: 0 };
  for (const pc of window.__pcs) {
    if (pc.connectionState === "closed") { continue; }
    (await pc.getStats()).forEach((s) => {
      const kind = s.kind === "video" ? "Video" : "Audio";
      if (s.type === "inbound-rtp") {
        out["in" + kind] += s.bytesReceived || 0;
        out.framesDecoded += s.framesDecoded || 0;
      } else if (s.type === "outbound-rtp") {
        out["out" + kind] += s.bytesSent || 0;
      }
    });
  }
  return out;
}
"""

# A weak network, on demand (window.__weak = true): every connection's round trip reads 900 ms.
WEAK_NETWORK = """
(() => {
  const native = RTCPeerConnection.prototype.getStats;
  RTCPeerConnection.prototype.getStats = async function (...args) {
    const report = await native.apply(this, args);
    if (!window.__weak) { return report; }
    const out = new Map();
    report.forEach((v, k) => {
      out.set(k, v.type === "candidate-pair" ? { ...v, currentRoundTripTime: 0.9 } : v);
    });
    return out;
  };
})();
"""

# A phone whose owner switched on Data Saver (navigator.connection.saveData).
SAVE_DATA = """
Object.defineProperty(navigator, "connection", {
  configurable: true,
  value: { saveData: true, effectiveType: "4g", addEventListener() {} },
});
"""

# Try to watch a camera with a valid token but without a publisher's private id of the room.
WATCH_WITHOUT_PRIVATE_ID = """
([media, feed]) => new Promise((resolve) => {
  const done = (v) => { resolve(v); };
  setTimeout(() => done("timeout"), 15000);
  const janus = new Janus({
    server: media.url, iceServers: [], token: media.token,
    error: (e) => done("session refused: " + e),
    success: () => janus.attach({
      plugin: media.video_plugin,
      error: (e) => done("attach refused: " + e),
      success: (h) => h.send({ message: { request: "join", ptype: "subscriber", room: media.room,
                                          token: media.token, streams: [{ feed }] } }),
      onmessage: (msg, jsep) => {
        if (msg.error) { done("refused: " + msg.error_code + " " + msg.error); }
        else if (jsep) { done("offered"); }
        janus.destroy();
      },
    }),
  });
})
"""

# Watch a camera as the room does (a publisher place, then a subscriber with its private id),
# with janus.js alone; window.__probe.state says whether the pictures still come.
WATCH_WITH_PRIVATE_ID = """
([media, feed]) => new Promise((resolve) => {
  const probe = window.__probe = { state: "starting" };
  setTimeout(() => resolve(probe.state), 20000);
  const janus = new Janus({
    server: media.url, iceServers: [], token: media.token,
    error: (e) => resolve("session refused: " + e),
    success: () => janus.attach({
      plugin: media.video_plugin,
      error: (e) => resolve("attach refused: " + e),
      success: (pub) => pub.send({ message: { request: "join", ptype: "publisher",
        room: media.room, id: media.user_id - 1, display: "probe", token: media.token } }),
      onmessage: (msg) => {
        if (msg.error) { resolve("refused: " + msg.error); return; }
        if (msg.videoroom !== "joined") { return; }
        janus.attach({
          plugin: media.video_plugin,
          success: (sub) => {
            probe.sub = sub;
            sub.send({ message: { request: "join", ptype: "subscriber", room: media.room,
                                  private_id: msg.private_id, streams: [{ feed }] } });
          },
          onmessage: (m, jsep) => {
            if (m.error) { resolve("watch refused: " + m.error); return; }
            if (jsep) {
              probe.sub.createAnswer({ jsep, tracks: [{ type: "data" }],
                success: (ours) => probe.sub.send({ message: { request: "start" }, jsep: ours }) });
            }
          },
          webrtcState: (on) => { probe.state = on ? "watching" : "closed"; if (on) { resolve("watching"); } },
          oncleanup: () => { probe.state = "closed"; },
        });
      },
    }),
  });
})
"""

# Video bytes the probe's subscription received so far (-1: no connection).
PROBE_VIDEO = """
async () => {
  const pc = window.__probe && window.__probe.sub && window.__probe.sub.webrtcStuff.pc;
  if (!pc) { return -1; }
  let bytes = 0;
  (await pc.getStats()).forEach((s) => {
    if (s.type === "inbound-rtp" && s.kind === "video") { bytes += s.bytesReceived || 0; }
  });
  return bytes;
}
"""
PROBE_PICTURES = """
async () => {
  const pc = window.__probe && window.__probe.sub && window.__probe.sub.webrtcStuff.pc;
  if (!pc) { return false; }
  let frames = 0;
  (await pc.getStats()).forEach((s) => {
    if (s.type === "inbound-rtp" && s.kind === "video") { frames += s.framesDecoded || 0; }
  });
  return frames > 0;
}
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
    # Removals in these scenarios run in another process (`manage.py shell`), whose recheck
    # announcement cannot reach this server's in-memory channel layer: the heartbeat's own
    # recheck finds them, on every beat here (production: every 4th, docs/security.md).
    env["LIVE_RECHECK_EVERY_BEATS"] = "1"
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


def speech_like_wav(path: Path) -> Path:
    """A microphone that talks like a person: tones of 300 ms with short pauses, all the time
    (Chromium's own fake microphone beeps once a second, which no "who speaks" meter calls
    speaking)."""
    rate, samples = 48000, []
    for i in range(8):  # 8 syllables, looped by Chromium
        frequency = (220, 330, 262, 392)[i % 4]
        samples += [
            0.3 * math.sin(2 * math.pi * frequency * n / rate) for n in range(rate * 3 // 10)
        ]
        samples += [0.0] * (rate // 20)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", int(v * 32767)) for v in samples))
    return path


@pytest.fixture(scope="module")
def chromium():
    with tempfile.TemporaryDirectory(prefix="jobgroup-voice-") as tmp:
        speech = speech_like_wav(Path(tmp) / "speech.wav")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=[*FAKE_MEDIA_ARGS, f"--use-file-for-fake-audio-capture={speech}"],
            )
            yield browser
            browser.close()


def enter(chromium, site, email: str, options: dict, *, save_data: bool = False):
    context = chromium.new_context(locale="nl-NL", **options)
    context.add_init_script(RECORD_FRAMES)
    context.add_init_script(WATCH_CSP)
    context.add_init_script(RECORD_PEERS)
    context.add_init_script(WEAK_NETWORK)
    if save_data:
        context.add_init_script(SAVE_DATA)
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


def welcome_media(page, *, last: bool = False) -> dict:
    found = []
    for frame in page.evaluate("window.__frames"):
        event = json.loads(frame)
        if event.get("type") == "welcome" and event.get("media"):
            found.append(event["media"])
    if not found:
        raise AssertionError("no welcome with media")
    return found[-1] if last else found[0]


def rtp_over(page, ms: int = LISTEN_MS) -> dict:
    """What the page's connections sent and received during `ms` milliseconds."""
    before = page.evaluate(RTP_TOTALS)
    page.wait_for_timeout(ms)
    after = page.evaluate(RTP_TOTALS)
    return {key: after[key] - before[key] for key in after}


def probe_video_bytes_over(page, ms: int = LISTEN_MS) -> int:
    before = page.evaluate(PROBE_VIDEO)
    page.wait_for_timeout(ms)
    return page.evaluate(PROBE_VIDEO) - before


def camera_on(page) -> None:
    button = page.locator("#camera-button")
    expect(button).to_be_enabled(timeout=WAIT)
    expect(button).to_have_text("Camera uit")
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#camera-state")).to_have_text("Je camera staat aan. De groep ziet je.")


def sees_camera_of(page, name: str) -> None:
    """A tile with `name` whose video has pictures (a size, and frames being decoded)."""
    tile = page.locator("#video-tiles figure", has_text=name)
    expect(tile).to_be_visible(timeout=WAIT)
    expect(tile.locator("video")).to_have_attribute("aria-label", f"Camera van {name}")
    page.wait_for_function(
        "(name) => [...document.querySelectorAll('#video-tiles figure')].some("
        "(f) => f.textContent.includes(name) && f.querySelector('video').videoWidth > 0)",
        arg=name,
        timeout=WAIT,
    )
    assert rtp_over(page, 2000)["framesDecoded"] > 5


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
        # and the room shows whose microphone is on (or, while they speak, that they speak)
        expect(leader.locator("#present li", has_text="Frank")).to_contain_text(
            re.compile("microfoon aan|praat")
        )

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
        join_voice(frank)
        old = welcome_media(hamid)
        # While Hamid is a member, his token opens the room ...
        assert frank.evaluate(JOIN_WITH, old) == "joined"
        # ... and lets him watch Frank's camera.
        camera_on(frank)
        feed = welcome_media(frank, last=True)["user_id"]
        assert hamid.evaluate(WATCH_WITH_PRIVATE_ID, [old, feed]) == "watching"
        hamid.wait_for_function(PROBE_PICTURES, timeout=WAIT)
        assert probe_video_bytes_over(hamid) > 0
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
        # Janus kicked his place in the VideoRoom, and what he watched stops: no more pictures.
        hamid.wait_for_timeout(SETTLE_MS)
        assert probe_video_bytes_over(hamid) == 0
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
        frank.locator("#tab-people").click()  # on a phone the small group is in "Mensen"
        expect(frank.locator("#breakout")).to_be_visible()

        # The pair hears each other; the leader, alone in the meeting's room, hears nobody.
        levels = {name: hears(page) for name, page in everyone.items()}
        assert levels["frank"] > LOUD and levels["gloria"] > LOUD, levels
        assert levels["leader"] < SILENT, levels
        # Video follows the pair: Frank's camera is seen by Gloria, not by the leader.
        frank.locator("#camera-button").click()
        expect(frank.locator("#camera-state")).to_have_text(
            "Je camera staat aan. Alleen je groepje ziet je.", timeout=WAIT
        )
        sees_camera_of(gloria, "Frank")
        expect(leader.locator("#video-tiles figure")).to_have_count(0)
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
        # and Frank's camera came back with him: now the leader sees him.
        sees_camera_of(leader, "Frank")
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


# Bytes a muted microphone may still send in LISTEN_MS (a track that is only disabled sends
# silence frames: ~25 kbit/s, about 9,000 bytes in 3 s).
MUTED_BYTES = 600


def test_a_camera_is_seen_and_low_data_mode_receives_no_video_yet_hears(chromium, site):
    leader = enter(chromium, site, "leider@demo.jobgroup.nl", DESKTOP)
    frank = enter(chromium, site, "deelnemer6@demo.jobgroup.nl", PHONE)
    gloria = enter(chromium, site, "deelnemer7@demo.jobgroup.nl", PHONE, save_data=True)
    everyone = {"leader": leader, "frank": frank, "gloria": gloria}
    try:
        for page in everyone.values():
            join_voice(page)
        # The camera is off by default; the leader switches it on and talks.
        camera_on(leader)
        leader.locator("#mic-button").click()
        expect(leader.locator("#video-tiles figure", has_text="Jij")).to_be_visible()

        # Frank sees her: a small, muted tile with her name, with pictures.
        sees_camera_of(frank, "Lotte Leider")
        assert frank.evaluate(
            "[...document.querySelectorAll('#video-tiles video')].every((v) => v.muted)"
        )
        expect(frank.locator("#present li", has_text="Lotte")).to_contain_text("camera aan")
        assert serious_axe_violations(frank) == []  # the tiles on a 360 px phone
        # with the camera button in the bar, nothing is wider than the phone
        expect(frank.locator(".room-bar #camera-button")).to_be_visible()
        assert frank.evaluate("document.documentElement.scrollWidth") <= 360

        # Gloria's phone asks to save data: she is told, sends and receives no video ...
        expect(gloria.locator("#lowdata-notice")).to_be_visible()
        expect(gloria.locator("#lowdata-reason")).to_contain_text("alleen geluid")
        expect(gloria.locator("#lowdata-button")).to_have_attribute("aria-pressed", "true")
        expect(gloria.locator("#camera-button")).to_be_disabled()
        expect(gloria.locator("#video-tiles figure")).to_have_count(0)
        received = rtp_over(gloria)
        assert received["inVideo"] == 0 and received["outVideo"] == 0, received
        # ... yet hears the group (the leader's voice in the mix).
        assert hears(gloria) > LOUD
        assert serious_axe_violations(gloria) == []

        # Watching needs a publisher's private id in the room, even with a valid token.
        feed = welcome_media(leader, last=True)["user_id"]
        answer = gloria.evaluate(WATCH_WITHOUT_PRIVATE_ID, [welcome_media(gloria), feed])
        assert answer.startswith("refused"), answer

        # She turns video back on: now she sees the leader too.
        gloria.get_by_role("button", name="Beeld weer aanzetten").click()
        expect(gloria.locator("#lowdata-notice")).to_be_hidden()
        sees_camera_of(gloria, "Lotte Leider")

        # The leader switches her camera off: the tiles go.
        leader.locator("#camera-button").click()
        expect(leader.locator("#camera-button")).to_have_attribute("aria-pressed", "false")
        expect(frank.locator("#video-tiles figure")).to_have_count(0, timeout=WAIT)
        for name, page in everyone.items():
            assert page.evaluate("window.__csp") == [], name
    finally:
        for page in everyone.values():
            page.context.close()


def test_a_muted_person_sends_nothing_and_others_see_who_speaks(chromium, site):
    leader = enter(chromium, site, "leider@demo.jobgroup.nl", DESKTOP)
    frank = enter(chromium, site, "deelnemer6@demo.jobgroup.nl", PHONE)
    try:
        # The sound check: the speaker test plays a tone and asks; "Nee" gives plain advice.
        frank.get_by_role("button", name="Test je microfoon").click()
        expect(frank.locator("#soundcheck-result")).to_contain_text("Je microfoon werkt")
        frank.get_by_role("button", name="Test je luidspreker").click()
        expect(frank.locator("#speaker-question")).to_have_text("Hoorde je het geluid?")
        expect(frank.locator("#room")).to_have_attribute("data-tone-at", re.compile(r"^\d+$"))
        assert serious_axe_violations(frank) == []
        frank.get_by_role("button", name="Nee").click()
        expect(frank.locator("#speaker-advice")).to_contain_text("Zet het geluid")
        assert serious_axe_violations(frank) == []
        frank.get_by_role("button", name="Test je luidspreker").click()
        frank.get_by_role("button", name="Ja").click()
        expect(frank.locator("#speaker-ok")).to_have_text("Goed zo. Je luidspreker werkt.")

        for page in (leader, frank):
            join_voice(page)
        # Muted: Frank's microphone sends (almost) nothing.
        sent = rtp_over(frank)
        assert sent["outAudio"] < MUTED_BYTES, sent
        expect(leader.locator("#present li", has_text="Frank")).not_to_contain_text("praat")

        # He switches it on: it sends, the leader hears him and sees him speak.
        frank.locator("#mic-button").click()
        sent = rtp_over(frank)
        assert sent["outAudio"] > 10 * MUTED_BYTES, sent
        assert hears(leader) > LOUD
        expect(leader.locator("#present li", has_text="Frank")).to_contain_text(
            "praat", timeout=WAIT
        )

        # And off again: silent at once, no new permission question needed to come back.
        frank.locator("#mic-button").click()
        expect(frank.locator("#mic-state")).to_have_text(
            "Je microfoon staat uit. Niemand hoort je."
        )
        frank.wait_for_timeout(SETTLE_MS)
        sent = rtp_over(frank)
        assert sent["outAudio"] < MUTED_BYTES, sent
        assert hears(leader) < SILENT
        expect(leader.locator("#present li", has_text="Frank")).not_to_contain_text("praat")

        # His connection gets weak (round trips of 900 ms for a few seconds): video goes off for
        # him, he is told plainly, and he can turn it back on.
        expect(frank.locator("#lowdata-button")).to_have_attribute("aria-pressed", "false")
        frank.evaluate("window.__weak = true")
        expect(frank.locator("#lowdata-notice")).to_be_visible(timeout=WAIT)
        expect(frank.locator("#lowdata-reason")).to_have_text(
            "Je verbinding is zwak. We laten alleen geluid door."
        )
        expect(frank.locator("#lowdata-button")).to_have_attribute("aria-pressed", "true")
        expect(frank.locator("#camera-button")).to_be_disabled()
        frank.evaluate("window.__weak = false")
        frank.get_by_role("button", name="Beeld weer aanzetten").click()
        expect(frank.locator("#lowdata-notice")).to_be_hidden()
        expect(frank.locator("#camera-button")).to_be_enabled()
    finally:
        leader.context.close()
        frank.context.close()
