"""Janus' cost per participant of a meeting's voice (and video): `make bench-media`.

Runs itself again under `unshare -n` (root): a network namespace of its own with loopback and a
veth pair (10.77.0.1, the address Janus offers; it never offers loopback), so nothing leaves it.
Inside, for each mode and group size N (default audio and video, N = 2, 6, 13):

1. a fresh Janus with the project's configuration (`live_sessions.janus_config`, as
   `manage.py media_config` writes it; signed tokens, API secret, no recording);
2. the meeting's rooms made as the web app makes them (`live_sessions.media.media_room_ensure`,
   AudioBridge and VideoRoom, one signed token per person on the `allowed` list);
3. N headless Chromium pages with a fake microphone (a steady beep) and camera, each driving the
   vendored janus.js directly (`bench/media_page.js`, not the Django room): every page joins the
   AudioBridge with its microphone on (the worst case: everyone talks at once); in video mode
   each also publishes a 320x240 camera at 15 fps in the VideoRoom (128 kbit/s cap) and receives
   all other cameras through one subscriber handle (`--modes lowdata`: everyone publishes a
   camera and nobody watches, as everyone in the room's "Zuinig met data"; a muted page takes
   its microphone off the sender, as the room does);
4. after a settle time, a fixed window (`--seconds`, 20 s): Janus' CPU from /proc/<pid>/stat
   (utime + stime, % of one core), its resident memory against its idle baseline, and per page
   the received and sent bitrate from RTCPeerConnection.getStats() (inbound-rtp/outbound-rtp
   bytes over the window), and the loudest received mix (voice, not only silence packets).

Results: bench/results/media-<mode>.json per mode and bench/results/media.md (the table of
docs/performance.md). The check of issue #13: audio-only, 13 people, at most 64 kbit/s down per
participant. The pages run on the same 2 cores as Janus: the machine's load is recorded.
"""

import argparse
import asyncio
import contextlib
import functools
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results"
INSIDE = "JOBGROUP_BENCH_MEDIA_NETNS"
ADDRESS = "10.77.0.1"
JANUS_API = "http://127.0.0.1:8088/janus"
JANUS_WS = "ws://127.0.0.1:8188"
JANUS_JS = ROOT / "jobgroup_platform" / "static" / "vendor" / "janus-gateway" / "janus.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    "--disable-features=WebRtcHideLocalIpsWithMdns",
    "--autoplay-policy=no-user-gesture-required",
    "--no-sandbox",
]
GOAL_AUDIO_DOWN_KBITS = 64  # issue #13: audio-only, 13 people, per participant
GOAL_SIZE = 13
LOUD = 0.02  # RMS peak of a received mix that carries the fake microphone's beep (~0.3 seen)
SETTLE_SECONDS = 4
CONNECT_TIMEOUT = 60
PAGE_HTML = (
    '<!doctype html><meta charset="utf-8"><title>media bench</title>'
    '<script src="janus.js"></script><script src="media_page.js"></script>'
)
CLK_TCK = os.sysconf("SC_CLK_TCK")


# --- Outside: run again in a namespace of our own ---------------------------------------------


def missing_prerequisites() -> list[str]:
    missing = [tool for tool in ("janus", "unshare", "ip") if shutil.which(tool) is None]
    if not Path(CHROMIUM).exists():
        missing.append(CHROMIUM)
    if os.geteuid() != 0:
        missing.append("root (for unshare -n)")
    return missing


def run_in_namespace(argv: list[str]) -> int:
    missing = missing_prerequisites()
    if missing:
        sys.exit("bench/media.py needs: " + ", ".join(missing))
    env = {**os.environ, INSIDE: "1"}
    command = ["unshare", "-n", sys.executable, str(Path(__file__).resolve()), *argv]
    return subprocess.run(command, env=env, check=False).returncode  # noqa: S603


def netns_up() -> None:
    for command in (
        "ip link set lo up",
        "ip link add va type veth peer name vb",
        f"ip addr add {ADDRESS}/24 dev va",
        "ip link set va up",
        "ip link set vb up",
    ):
        subprocess.run(command.split(), check=True)  # noqa: S603


# --- Inside: Janus, rooms, pages ---------------------------------------------------------------


def django_setup() -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="jobgroup_platform.settings.test",
        MEDIA_SERVER_URL=JANUS_WS,
        MEDIA_ADMIN_URL=JANUS_API,
        MEDIA_SECRET=os.environ.get("MEDIA_SECRET") or "bench-media-secret",
        MEDIA_ICE_ENFORCE="va",
        MEDIA_VIDEO="1",
        MEDIA_TOKEN_SECONDS="600",  # noqa: S106 (a number of seconds)
    )
    import django

    django.setup()


def proc_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as f:
        parts = f.read().rsplit(")", 1)[1].split()
    return int(parts[11]) + int(parts[12])


def proc_rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def tree_ticks(root: int) -> int:
    """CPU ticks of a process and all its descendants (the Chromium processes)."""
    procs = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parts = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            procs[int(entry)] = (int(parts[1]), int(parts[11]) + int(parts[12]))
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += procs.get(pid, (0, 0))[1]
        stack.extend(children.get(pid, []))
    return total


def system_busy() -> tuple[int, int]:
    with open("/proc/stat") as f:
        values = [int(x) for x in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


@contextlib.contextmanager
def janus_server(work: Path):
    from live_sessions.janus_config import janus_config_write
    from live_sessions.media import janus_ping

    conf = work / "conf"
    shutil.rmtree(conf, ignore_errors=True)
    janus_config_write(dest=conf, ws_ip="127.0.0.1")
    log_path = work / "janus.log"
    with log_path.open("a") as log:
        process = subprocess.Popen(  # noqa: S603
            ["janus", "-F", str(conf), "-o", "-N"],  # noqa: S607
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 20
        while not janus_ping(JANUS_API):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Janus did not start:\n" + log_path.read_text()[-3000:])
            time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def page_server(work: Path):
    www = work / "www"
    www.mkdir(exist_ok=True)
    shutil.copy(JANUS_JS, www / "janus.js")
    shutil.copy(Path(__file__).with_name("media_page.js"), www / "media_page.js")
    (www / "index.html").write_text(PAGE_HTML)

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(www)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/index.html"
    finally:
        httpd.shutdown()


async def wait_for(pages, expression: str, what: str) -> None:
    deadline = time.monotonic() + CONNECT_TIMEOUT
    while True:
        errors = [
            e for e in [await p.evaluate("window.bench && window.bench.error") for p in pages] if e
        ]
        if errors:
            raise RuntimeError(f"{what}: {errors[0]}")
        done = [await p.evaluate(expression) for p in pages]
        if all(done):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"{what}: {sum(map(bool, done))} of {len(pages)} after {CONNECT_TIMEOUT} s"
            )
        await asyncio.sleep(0.5)


def kbits(delta_bytes: int, seconds: float) -> float:
    return round(delta_bytes * 8 / 1000 / seconds, 1)


async def measure(
    *,
    mode: str,
    size: int,
    talking: int,
    bitrate: int,
    seconds: float,
    meeting_id: int,
    url: str,
    work: Path,
):
    from playwright.async_api import async_playwright

    from live_sessions.media import media_room_destroy, media_room_ensure, signed_token

    video = mode in ("video", "lowdata")  # lowdata: cameras on, nobody watches ("Zuinig met data")
    with janus_server(work) as janus:
        time.sleep(1)
        rss_idle = proc_rss_kib(janus.pid)
        tokens = [signed_token(ttl=600, user_id=i + 1) for i in range(size)]
        room = media_room_ensure(meeting_id=meeting_id, tokens=tokens)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            started = time.monotonic()
            pages = []
            for i, token in enumerate(tokens):
                page = await (await browser.new_context()).new_page()
                query = {
                    "server": JANUS_WS,
                    "room": room,
                    "id": (i + 1) * 1000 + 1,
                    "token": token,
                    "video": int(video),
                    "muted": int(i >= talking),
                    "bitrate": bitrate,
                }
                await page.goto(url + "?" + urlencode(query))
                pages.append(page)
            await wait_for(pages, "window.bench.bridge", "AudioBridge")
            if video:
                await wait_for(pages, "window.bench.published", "VideoRoom publisher")
            if mode == "video":
                ids = [(i + 1) * 1000 + 1 for i in range(size)]
                for i, page in enumerate(pages):
                    await page.evaluate("(f) => window.benchSubscribe(f)", ids[:i] + ids[i + 1 :])
                await wait_for(pages, "window.bench.subscribed", "VideoRoom subscriber")
            setup_seconds = round(time.monotonic() - started, 1)
            await asyncio.sleep(SETTLE_SECONDS)

            before = [await p.evaluate("window.benchStats()") for p in pages]
            await asyncio.gather(*(p.evaluate("window.bench.peak = 0") for p in pages))
            t0 = time.monotonic()
            j0, b0, s0 = proc_ticks(janus.pid), tree_ticks(os.getpid()), system_busy()
            await asyncio.sleep(seconds)
            j1, b1, s1 = proc_ticks(janus.pid), tree_ticks(os.getpid()), system_busy()
            window = time.monotonic() - t0
            rss = proc_rss_kib(janus.pid)
            after = [await p.evaluate("window.benchStats()") for p in pages]
            peaks = [await p.evaluate("window.bench.peak") for p in pages]
            per_page = []
            for b, a, peak in zip(before, after, peaks, strict=True):
                per_page.append(
                    {
                        "down_audio_kbits": kbits(a["down"]["audio"] - b["down"]["audio"], window),
                        "down_video_kbits": kbits(a["down"]["video"] - b["down"]["video"], window),
                        "up_audio_kbits": kbits(a["up"]["audio"] - b["up"]["audio"], window),
                        "up_video_kbits": kbits(a["up"]["video"] - b["up"]["video"], window),
                        "rtp_headers_down_kbits": kbits(
                            a["headersDown"] - b["headersDown"], window
                        ),
                        "rtp_headers_up_kbits": kbits(a["headersUp"] - b["headersUp"], window),
                        "video_fps_decoded": round(
                            (a["framesDecoded"] - b["framesDecoded"]) / window, 1
                        ),
                        "received_peak_rms": round(peak, 3),
                        "candidates": sorted(set(a["pairs"])),
                    }
                )
            await asyncio.gather(*(p.evaluate("window.benchLeave()") for p in pages))
            await browser.close()
        media_room_destroy(meeting_id=meeting_id)

    def total(page, direction):
        return round(page[f"{direction}_audio_kbits"] + page[f"{direction}_video_kbits"], 1)

    downs = [total(p, "down") for p in per_page]
    ups = [total(p, "up") for p in per_page]
    return {
        "mode": mode,
        "participants": size,
        "window_s": round(window, 1),
        "setup_s": setup_seconds,
        "janus_cpu_pct_of_one_core": round(100 * (j1 - j0) / CLK_TCK / window, 1),
        "janus_rss_mib": round(rss / 1024, 1),
        "janus_rss_idle_mib": round(rss_idle / 1024, 1),
        "janus_rss_per_participant_mib": round((rss - rss_idle) / 1024 / size, 2),
        "chromium_cpu_pct_of_one_core": round(100 * (b1 - b0) / CLK_TCK / window, 1),
        "machine_busy_pct_of_all_cores": round(100 * (s1[0] - s0[0]) / max(1, s1[1] - s0[1]), 1),
        "down_kbits_mean": round(sum(downs) / size, 1),
        "down_kbits_max": max(downs),
        "up_kbits_mean": round(sum(ups) / size, 1),
        "up_kbits_max": max(ups),
        "talking": talking,
        "mix_bitrate": bitrate or "Janus default",
        "down_with_rtp_headers_kbits_max": round(
            max(d + p["rtp_headers_down_kbits"] for d, p in zip(downs, per_page, strict=True)), 1
        ),
        # AudioBridge leaves a person's own voice out of their mix: a lone speaker hears silence.
        "everyone_heard_voice": all(
            p["received_peak_rms"] >= LOUD for p in (per_page[1:] if talking == 1 else per_page)
        ),
        "only_namespace_addresses": all(c == ADDRESS for p in per_page for c in p["candidates"]),
        "per_page": per_page,
    }


def meetings_per_core(row: dict) -> str:
    cpu = row["janus_cpu_pct_of_one_core"]
    return "–" if cpu <= 0 else f"{100 / cpu:.0f}"


def table(rows: list[dict]) -> str:
    lines = [
        "| mode | N | Janus CPU % of a core | Janus RSS MiB (idle) | RSS MiB per participant "
        "| down kbit/s per participant (mean / max; max with RTP headers) | up kbit/s (mean) "
        "| meetings per core | talking | voice heard by all |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['mode']} | {r['participants']} | {r['janus_cpu_pct_of_one_core']} "
            f"| {r['janus_rss_mib']} ({r['janus_rss_idle_mib']}) "
            f"| {r['janus_rss_per_participant_mib']} "
            f"| {r['down_kbits_mean']} / {r['down_kbits_max']}; "
            f"{r['down_with_rtp_headers_kbits_max']} | {r['up_kbits_mean']} "
            f"| {meetings_per_core(r)} | {r['talking']} "
            f"| {'yes' if r['everyone_heard_voice'] else 'NO'} |"
        )
    return "\n".join(lines)


def goal(rows: list[dict]) -> dict | None:
    for r in rows:
        if r["mode"] == "audio" and r["participants"] == GOAL_SIZE:
            return {
                "limit_kbits": GOAL_AUDIO_DOWN_KBITS,
                "worst_down_kbits": r["down_kbits_max"],
                "met": r["down_kbits_max"] <= GOAL_AUDIO_DOWN_KBITS and r["everyone_heard_voice"],
            }
    return None


async def run(args) -> int:
    netns_up()
    django_setup()
    RESULTS.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    machine = {
        "cpus": os.cpu_count(),
        "cpu": next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.machine(),
        ),
        "janus": subprocess.run(  # noqa: S603
            ["janus", "-V"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        .stdout.strip()
        .splitlines()[:1],
        "load_at_start": os.getloadavg(),
    }
    rows = []
    suffix = f"-talking{args.talking}" if args.talking else ""
    suffix += f"-bitrate{args.bitrate}" if args.bitrate else ""
    suffix += "" if args.sizes == [2, 6, 13] else "-n" + "-".join(map(str, args.sizes))
    with tempfile.TemporaryDirectory(prefix="bench-media-") as tmp:
        work = Path(tmp)
        with page_server(work) as url:
            meeting_id = 1
            for mode in args.modes:
                mode_rows = []
                for size in args.sizes:
                    print(f"{mode}, {size} participants ...", flush=True)
                    try:
                        row = await measure(
                            mode=mode,
                            size=size,
                            talking=min(size, args.talking or size),
                            bitrate=args.bitrate,
                            seconds=args.seconds,
                            meeting_id=meeting_id,
                            url=url,
                            work=work,
                        )
                    except RuntimeError as exc:
                        print(f"  failed: {exc}", flush=True)
                        log = work / "janus.log"
                        if log.exists():
                            print(log.read_text(errors="replace")[-2000:], flush=True)
                        return 1
                    meeting_id += 1
                    print(
                        f"  Janus {row['janus_cpu_pct_of_one_core']} % of a core, "
                        f"{row['janus_rss_mib']} MiB; down {row['down_kbits_mean']} kbit/s, "
                        f"up {row['up_kbits_mean']} kbit/s per participant; "
                        f"machine {row['machine_busy_pct_of_all_cores']} % busy",
                        flush=True,
                    )
                    mode_rows.append(row)
                rows.extend(mode_rows)
                path = RESULTS / f"media-{mode}{suffix}.json"
                path.write_text(
                    json.dumps(
                        {
                            "started": started,
                            "machine": machine,
                            "seconds": args.seconds,
                            "rows": mode_rows,
                        },
                        indent=1,
                    )
                    + "\n"
                )
    result = goal(rows)
    markdown = [
        f"Janus media bench, {started}, {machine['cpus']} × {machine['cpu']}, "
        f"{' '.join(machine['janus'])}, load at start {machine['load_at_start']}, "
        f"{args.seconds:g} s windows.",
        "",
        table(rows),
        "",
    ]
    if result:
        markdown.append(
            f"Goal (audio-only, {GOAL_SIZE} people, ≤ {GOAL_AUDIO_DOWN_KBITS} kbit/s down per "
            f"participant): worst {result['worst_down_kbits']} kbit/s, "
            f"{'met' if result['met'] else 'NOT met'}."
        )
    text = "\n".join(markdown) + "\n"
    if set(args.modes) == {"audio", "video"} and not suffix:
        (RESULTS / "media.md").write_text(text)
    print(text)
    if result and not result["met"]:
        return 2
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="2,6,13", help="participants per meeting, comma-separated"
    )
    parser.add_argument(
        "--modes",
        default="audio,video",
        help="audio, video, lowdata (everyone's camera on, nobody watches: the room's "
        "'Zuinig met data'); comma-separated",
    )
    parser.add_argument("--seconds", type=float, default=20, help="measurement window per run")
    parser.add_argument(
        "--talking",
        type=int,
        default=0,
        help="how many people have the microphone on (default: everyone, the worst case)",
    )
    parser.add_argument(
        "--bitrate",
        type=int,
        default=0,
        help="Opus bitrate (bit/s) of the mix each person receives (AudioBridge join `bitrate`); "
        "default: Janus' own",
    )
    args = parser.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",")]
    args.modes = [m for m in args.modes.split(",") if m]
    if not (
        all(2 <= s <= 16 for s in args.sizes) and 1 <= args.seconds <= 120 and args.talking >= 0
    ):
        sys.exit("keep --sizes in 2..16 (the VideoRoom's publisher limit) and --seconds in 1..120")
    if set(args.modes) - {"audio", "video", "lowdata"}:
        sys.exit("--modes: audio, video, lowdata")
    if os.environ.get(INSIDE) != "1":
        return run_in_namespace(sys.argv[1:])
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
