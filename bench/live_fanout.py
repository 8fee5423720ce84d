"""Fan-out benchmark for the live meeting socket (docs/live-protocol.md), with a baseline.

    cd /work/main && .venv/bin/python bench/live_fanout.py --meetings 10 --seconds 20 [--redis]
        [--rate realistic|stress]

What it does, all on 127.0.0.1 and bounded in time:

1. Creates a database of its own (`tests.servers.separate_database_url("bench")`: a SQLite file
   in test-artifacts/, or a fresh PostgreSQL database next to DATABASE_URL when that is set),
   migrates it and creates N meetings, each with 1 leader and 12 participants and a session
   cookie per person, through the project's own factories (`manage.py shell -c`).
   The servers run with DJANGO_SETTINGS_MODULE=jobgroup_platform.settings.test, as the browser
   tests do (tests/servers.py): fast password hasher and in-memory cache, otherwise the
   production code paths (same consumer, services, database settings, channel layer choice).
   That is fine for a benchmark of the live socket, which uses neither.
2. Starts one uvicorn server (in-memory channel layer) or, with --redis, two servers sharing
   Redis (REDIS_URL, default redis://127.0.0.1:6379/0), the sockets of every meeting split
   across both.
3. Connects 13 sockets per meeting (hello -> welcome), at most --concurrency at a time. Every
   participant sends `chat.send`: --rate realistic is one message per 20 s per participant
   (jittered +-50 %), --rate stress is --stress-per-meeting messages per second per meeting
   (default 2). Each message has a unique id; the send time (perf_counter_ns) is recorded, and
   every receiver records when it got that id. After --seconds of load it waits up to --grace
   seconds for stragglers.
4. Runs the same load against bench/baseline_ws.py (plain `websockets`, a room per path, every
   text frame relayed to the whole room) started as a subprocess on another port, with the same
   WebSocket settings as the Channels server (compression off unless --deflate, 64 KiB frames).
5. Prints a machine line and a Markdown table (Channels, baseline, ratio), writes
   bench/results/live-<meetings>-<layer>-<rate>.json, closes the sockets, stops the servers and
   drops the database.

Figures: deliveries expected = messages sent x sockets in the meeting (13: the sender gets its own
message back too); lost = expected - received (must be 0; messages the server refused are listed
under errors and count as lost); latency "all" = send -> the last of the 13 sockets has it (only
messages that reached all 13); "single" = send -> one socket has it; throughput = deliveries
received / (first send -> last delivery). At the realistic rate throughput is just the offered
load; the stress rate and the latencies say more. Memory per socket = (server RSS with all sockets
connected - RSS after a warm-up connection) / sockets on that server. The load generator runs in
this one process (asyncio), on the same machine as the servers, for both targets alike.
"""

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import resource
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import (  # noqa: E402
    _server_env,
    drop_separate_database,
    free_port,
    manage,
    separate_database_url,
)

RESULTS = ROOT / "bench" / "results"
MEMBERS_PER_MEETING = 13  # 1 leader + 12 participants
PARTICIPANTS = 12
REALISTIC_INTERVAL_SECONDS = 20.0
CONNECT_TIMEOUT_SECONDS = 30.0
CONNECT_PHASE_LIMIT_SECONDS = 180.0
MAX_FRAMES_PER_SOCKET = 1_000_000
MAX_SENDS_PER_SOCKET = 10_000
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

SETUP_CODE = """
import json, os
from django.conf import settings
from django.test import Client
from django.utils import timezone
from courses.models import Meeting
from live_sessions.models import LiveState
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme

def session_of(user):
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value

programme = make_programme("bench", steps=1)
out = {"cookie_name": settings.SESSION_COOKIE_NAME, "meetings": []}
for m in range(int(os.environ["BENCH_MEETINGS"])):
    leader = UserFactory(roles=["leader"], display_name=f"Leider {m}")
    people = [
        UserFactory(roles=["participant"], display_name=f"Deelnemer {m}-{p}")
        for p in range(12)
    ]
    cohort = make_cohort(
        programme, location=LocationFactory(), participants=people, leaders=[leader]
    )
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    LiveState.objects.create(meeting=meeting, status=LiveState.Status.STARTED)  # chat is on
    out["meetings"].append(
        {"id": meeting.pk, "sessions": [session_of(u) for u in [leader, *people]]}
    )
print("BENCH-SETUP " + json.dumps(out))
"""


# --- Measurement ---------------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    ports: list[int]
    pids: list[int]
    handshake: bool  # the Channels protocol: hello -> welcome, cookie + Origin
    cookie_name: str = ""

    def url(self, port: int, meeting_id: int) -> str:
        if self.handshake:
            return f"ws://127.0.0.1:{port}/ws/meetings/{meeting_id}/"
        return f"ws://127.0.0.1:{port}/room/{meeting_id}"


@dataclass
class Stats:
    sent: dict = field(default_factory=dict)  # message id -> (send ns, meeting index)
    received: dict = field(default_factory=dict)  # message id -> {socket index: receive ns}
    delivered: int = 0
    duplicates: int = 0
    unknown: int = 0
    errors: dict = field(default_factory=dict)  # error code -> count
    rejected: dict = field(default_factory=dict)  # message id -> error code
    send_failures: int = 0
    reader_failures: int = 0
    first_send_ns: int = 0
    last_receive_ns: int = 0


def connect_limit(sockets: int) -> float:
    """How long the connect phase may take: 180 s, plus 50 ms per socket past 1,000."""
    return CONNECT_PHASE_LIMIT_SECONDS + max(0, sockets - 1000) * 0.05


def raise_nofile(wanted: int = 65_536) -> int:
    """Raise the open-files limit of this process (and of the servers it starts) for thousands
    of sockets; returns the limit in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


async def open_socket(target: Target, port: int, meeting_id: int, session: str):
    import websockets

    headers = {}
    if target.handshake:
        headers = {
            "Cookie": f"{target.cookie_name}={session}",
            "Origin": f"http://127.0.0.1:{port}",
        }
    ws = await websockets.connect(
        target.url(port, meeting_id),
        additional_headers=headers,
        open_timeout=CONNECT_TIMEOUT_SECONDS,
        close_timeout=5,
        max_size=2**20,
    )
    if target.handshake:
        await ws.send(json.dumps({"type": "hello", "last_seq": 0}))
        deadline = time.monotonic() + CONNECT_TIMEOUT_SECONDS
        for _ in range(10_000):
            frame = await asyncio.wait_for(ws.recv(), max(0.1, deadline - time.monotonic()))
            if json.loads(frame)["type"] == "welcome":
                break
        else:
            raise RuntimeError("no welcome")
    return ws


async def reader(index: int, ws, stats: Stats, deadline: float) -> None:
    from websockets.exceptions import ConnectionClosed

    try:
        for _ in range(MAX_FRAMES_PER_SOCKET):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            frame = await asyncio.wait_for(ws.recv(), remaining)
            now = time.perf_counter_ns()
            event = json.loads(frame)
            kind = event.get("type")
            if kind in ("chat.message", "chat.send"):  # Channels / baseline (our frame echoed)
                message_id = event.get("client_id") or event.get("id")
                if message_id not in stats.sent:
                    stats.unknown += 1
                    continue
                seen = stats.received.setdefault(message_id, {})
                if index in seen:
                    stats.duplicates += 1
                    continue
                seen[index] = now
                stats.delivered += 1
                stats.last_receive_ns = max(stats.last_receive_ns, now)
            elif kind == "error":
                code = event.get("code", "?")
                stats.errors[code] = stats.errors.get(code, 0) + 1
                if event.get("id"):
                    stats.rejected[event["id"]] = code
    except (TimeoutError, asyncio.CancelledError):
        return
    except ConnectionClosed:
        stats.reader_failures += 1


async def sender(
    ws, meeting_index: int, interval: float, start: float, end: float, stats: Stats, rng
) -> None:
    from websockets.exceptions import ConnectionClosed

    next_at = start + rng.uniform(0, interval)
    for _ in range(MAX_SENDS_PER_SOCKET):
        if next_at >= end:
            return
        await asyncio.sleep(max(0.0, next_at - time.monotonic()))
        message_id = str(uuid.uuid4())
        frame = json.dumps({"type": "chat.send", "id": message_id, "text": f"bench {message_id}"})
        sent_ns = time.perf_counter_ns()
        stats.sent[message_id] = (sent_ns, meeting_index)
        stats.first_send_ns = stats.first_send_ns or sent_ns
        try:
            await ws.send(frame)
        except ConnectionClosed:
            stats.send_failures += 1
            return
        next_at += interval * rng.uniform(0.5, 1.5)


async def run_load(target: Target, meetings: list[dict], args) -> dict:
    rng = random.Random(args.seed)  # noqa: S311 - jitter, not security
    stats = Stats()
    members = [0] * len(meetings)
    sockets: list = []  # (index, meeting index, member, ws)
    await warm_up_raw(target, meetings)
    rss_before = {pid: rss_kib(pid) for pid in target.pids}

    semaphore = asyncio.Semaphore(args.concurrency)
    connect_ms: list[float] = []
    failures: list[str] = []
    readers: list[asyncio.Task] = []
    hard_deadline = (
        time.monotonic()
        + connect_limit(len(meetings) * MEMBERS_PER_MEETING)
        + args.seconds
        + args.grace
        + 30
    )

    async def connect(index: int, meeting_index: int, member: int):
        meeting = meetings[meeting_index]
        port = target.ports[index % len(target.ports)]  # every meeting split across servers
        async with semaphore:
            started = time.perf_counter()
            try:
                ws = await open_socket(target, port, meeting["id"], meeting["sessions"][member])
            except Exception as exc:
                failures.append(f"{type(exc).__name__}: {exc}")
                return
            connect_ms.append((time.perf_counter() - started) * 1000)
        members[meeting_index] += 1
        sockets.append((index, meeting_index, member, ws))
        if len(sockets) % 500 == 0:
            print(
                f"{target.name}: {len(sockets)} sockets connected after "
                f"{time.perf_counter() - connect_started:.0f} s",
                flush=True,
            )
        readers.append(asyncio.create_task(reader(index, ws, stats, hard_deadline)))

    connect_started = time.perf_counter()
    connecting = [
        asyncio.create_task(connect(m * MEMBERS_PER_MEETING + k, m, k))
        for m in range(len(meetings))
        for k in range(MEMBERS_PER_MEETING)
    ]
    _, late = await asyncio.wait(connecting, timeout=connect_limit(len(connecting)))
    for task in late:  # too slow: counted as connect failures, the run goes on without them
        task.cancel()
        failures.append("connect phase limit")
    await asyncio.gather(*late, return_exceptions=True)
    connect_seconds = time.perf_counter() - connect_started
    await asyncio.sleep(2)  # let the join announcements settle
    rss_connected = {pid: rss_kib(pid) for pid in target.pids}

    # Load.
    interval = (
        REALISTIC_INTERVAL_SECONDS
        if args.rate == "realistic"
        else PARTICIPANTS / args.stress_per_meeting
    )
    cpu_before = {pid: cpu_seconds(pid) for pid in target.pids}
    client_cpu_before = time.process_time()
    start = time.monotonic()
    end = start + args.seconds
    senders = [
        asyncio.create_task(sender(ws, m, interval, start, end, stats, rng))
        for (_, m, member, ws) in sockets
        if member > 0  # participants send, the leader listens
    ]
    await asyncio.wait_for(asyncio.gather(*senders), args.seconds + 30)
    load_seconds = time.monotonic() - start

    def expected() -> int:
        return sum(members[m] for (_, m) in stats.sent.values())

    grace_started = time.monotonic()
    for _ in range(int(args.grace * 20)):
        if stats.delivered >= expected():
            break
        await asyncio.sleep(0.05)
    waited = time.monotonic() - grace_started
    rss_loaded = {pid: rss_kib(pid) for pid in target.pids}
    server_cpu = sum(cpu_seconds(pid) - cpu_before[pid] for pid in target.pids)
    client_cpu = time.process_time() - client_cpu_before

    # Clean up the sockets (readers first: cancelling recv() is safe in websockets).
    for task in readers:
        task.cancel()
    await asyncio.gather(*readers, return_exceptions=True)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(
            asyncio.gather(*(ws.close() for (*_, ws) in sockets), return_exceptions=True), 30
        )
    for *_, ws in sockets:
        if ws.transport is not None:
            ws.transport.abort()

    # Figures.
    single_ms, all_ms = [], []
    for message_id, (sent_ns, m) in stats.sent.items():
        seen = stats.received.get(message_id, {})
        single_ms.extend((ns - sent_ns) / 1e6 for ns in seen.values())
        if seen and len(seen) >= members[m]:
            all_ms.append((max(seen.values()) - sent_ns) / 1e6)
    span_s = (
        (stats.last_receive_ns - stats.first_send_ns) / 1e9
        if stats.first_send_ns and stats.last_receive_ns > stats.first_send_ns
        else 0.0
    )
    total_sockets = len(sockets)
    before, connected = sum(rss_before.values()), sum(rss_connected.values())

    def rounded(value, digits=2):
        return None if value is None else round(value, digits)

    return {
        "target": target.name,
        "servers": len(target.pids),
        "sockets": total_sockets,
        "connect_failures": len(failures),
        "connect_failure_samples": failures[:5],
        "connect_seconds": round(connect_seconds, 2),
        "connect_ms_p50": rounded(percentile(connect_ms, 50)),
        "connect_ms_p99": rounded(percentile(connect_ms, 99)),
        "load_seconds": round(load_seconds, 2),
        "straggler_wait_seconds": round(waited, 2),
        "messages_sent": len(stats.sent),
        "deliveries_expected": expected(),
        "deliveries_received": stats.delivered,
        "lost": expected() - stats.delivered,
        "messages_complete": len(all_ms),
        "duplicates": stats.duplicates,
        "unknown_frames": stats.unknown,
        "errors": stats.errors,
        "rejected_messages": len(stats.rejected),
        "send_failures": stats.send_failures,
        "reader_failures": stats.reader_failures,
        "latency_all_ms_p50": rounded(percentile(all_ms, 50)),
        "latency_all_ms_p99": rounded(percentile(all_ms, 99)),
        "latency_all_ms_max": rounded(max(all_ms) if all_ms else None),
        "latency_single_ms_p50": rounded(percentile(single_ms, 50)),
        "latency_single_ms_p99": rounded(percentile(single_ms, 99)),
        "latency_single_ms_mean": rounded(statistics.fmean(single_ms) if single_ms else None),
        "throughput_deliveries_per_s": rounded(stats.delivered / span_s if span_s else None, 1),
        "offered_messages_per_s": rounded(len(stats.sent) / args.seconds, 2),
        "server_cpu_seconds_load": round(server_cpu, 2),
        "client_cpu_seconds_load": round(client_cpu, 2),
        "server_cpu_ms_per_delivery": rounded(
            server_cpu * 1000 / stats.delivered if stats.delivered else None, 4
        ),
        "server_cpu_ms_per_message": rounded(
            server_cpu * 1000 / len(stats.sent) if stats.sent else None, 3
        ),
        "rss_kib_before": rss_before,
        "rss_kib_connected": rss_connected,
        "rss_kib_after_load": rss_loaded,
        "rss_mib_before_total": round(before / 1024, 1),
        "rss_mib_connected_total": round(connected / 1024, 1),
        "rss_kib_per_socket": round((connected - before) / total_sockets, 1)
        if total_sockets
        else None,
    }


async def warm_up_raw(target: Target, meetings: list[dict]) -> None:
    """One throw-away connection per server before the memory baseline, so that imports and
    first-request setup are not counted as per-socket memory. Channels: an unknown meeting id
    (the consumer answers 4404, nothing is stored); baseline: a room nobody else uses."""
    import websockets

    for port in target.ports:
        headers = {}
        if target.handshake:
            headers = {
                "Cookie": f"{target.cookie_name}={meetings[0]['sessions'][0]}",
                "Origin": f"http://127.0.0.1:{port}",
            }
        with contextlib.suppress(Exception):
            async with websockets.connect(
                target.url(port, 10**9), additional_headers=headers, open_timeout=10
            ) as ws:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(ws.recv(), 5)  # Channels closes it: 4404
    await asyncio.sleep(0.5)


# --- Servers -------------------------------------------------------------------------------------


def check_loopback(url: str, what: str) -> None:
    host = urlparse(url).hostname
    if url.startswith("sqlite:") or host in LOOPBACK:
        return
    sys.exit(f"{what} must be on 127.0.0.1 for this benchmark, not {host!r}")


def redis_reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class LiveServer:
    """One uvicorn process like the Procfile's `web` (loopback only), with the benchmark settings
    (bench/settings_live.py) and optional uvicorn WebSocket options. It can be stopped and started
    again on the same port (bench/reconnect_storm.py)."""

    def __init__(
        self,
        *,
        database_url: str,
        env: dict | None = None,
        uvicorn_args: list[str] | None = None,
        port: int | None = None,
    ):
        self.database_url = database_url
        self.env = {"DJANGO_SETTINGS_MODULE": "bench.settings_live", **(env or {})}
        # as the Procfile: WebSocket compression off unless the caller says otherwise
        self.uvicorn_args = (
            list(uvicorn_args)
            if uvicorn_args is not None
            else ["--ws-per-message-deflate", "false", "--ws-max-size", "65536"]
        )
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None
        self.log_path = ROOT / "test-artifacts" / f"bench-asgi-{self.port}.log"

    @property
    def pid(self) -> int:
        return self.process.pid

    def start(self, timeout: float = 60) -> None:
        self.log_path.parent.mkdir(exist_ok=True)
        env = _server_env(self.database_url, self.env)
        with self.log_path.open("a") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "jobgroup_platform.asgi:application",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--no-access-log",
                    "--lifespan",
                    "off",
                    *self.uvicorn_args,
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited early, see {self.log_path}")
            try:
                with urllib.request.urlopen(  # noqa: S310 - loopback
                    f"http://127.0.0.1:{self.port}/healthz", timeout=2
                ) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"the server did not become healthy, see {self.log_path}")

    def stop(self, *, kill: bool = False) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


def server_options(args) -> tuple[dict, list[str]]:
    """Environment and uvicorn arguments from the shared command-line options."""
    env = {}
    if args.redis:
        env["REDIS_URL"] = args.redis_url
        if args.layer == "pubsub":
            env["BENCH_LAYER"] = "pubsub"
    elif args.layer == "throttled":
        env["BENCH_LAYER"] = "throttled"
    if args.conn_max_age:
        env["BENCH_CONN_MAX_AGE"] = str(args.conn_max_age)
    if args.local_cache:
        env["BENCH_CACHE"] = "locmem"
    uvicorn_args = []
    if args.ws != "auto":
        uvicorn_args += ["--ws", args.ws]
    if args.ws_max_queue is not None:
        uvicorn_args += ["--ws-max-queue", str(args.ws_max_queue)]
    # as the Procfile: WebSocket compression off, unless --deflate measures it on
    uvicorn_args += ["--ws-per-message-deflate", "true" if args.deflate else "false"]
    uvicorn_args += ["--ws-max-size", "65536"]  # as the Procfile
    return env, uvicorn_args


def add_server_arguments(parser) -> None:
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument(
        "--layer",
        choices=["core", "pubsub", "throttled"],
        default="core",
        help="core/pubsub: Redis layer (--redis); throttled: in-memory layer with a rate-limited sweep",
    )
    parser.add_argument("--conn-max-age", type=int, default=0, help="persistent DB connections (s)")
    parser.add_argument(
        "--ws", choices=["auto", "websockets", "websockets-sansio", "wsproto"], default="auto"
    )
    parser.add_argument("--ws-max-queue", type=int, default=None)
    parser.add_argument(
        "--local-cache",
        action="store_true",
        help="each process its own local-memory cache, also with --redis (a diagnosis: socket "
        "slots and message limits are then per process)",
    )
    parser.add_argument(
        "--deflate",
        action="store_true",
        help="uvicorn --ws-per-message-deflate true (the Procfile has it off)",
    )


def variant_label(args) -> str:
    parts = []
    if args.layer != "core" and (args.redis == (args.layer == "pubsub")):
        parts.append(args.layer)
    if args.conn_max_age:
        parts.append(f"cma{args.conn_max_age}")
    if args.ws != "auto":
        parts.append(args.ws)
    if args.ws_max_queue is not None:
        parts.append(f"q{args.ws_max_queue}")
    if args.deflate:
        parts.append("deflate")
    if getattr(args, "local_cache", False):
        parts.append("localcache")
    return "-".join(parts)


@contextlib.contextmanager
def baseline_server(*, deflate: bool = False):
    """The raw ceiling, configured as the Channels server: compression off unless --deflate
    (websockets negotiates permessage-deflate by default, ~35 KiB per socket of zlib state)."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "bench" / "baseline_ws.py"),
            "--port",
            str(port),
            *(["--deflate"] if deflate else []),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        line = ""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not line.startswith("ready"):
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                raise RuntimeError("the baseline server exited early")
        if not line.startswith("ready"):
            raise RuntimeError("the baseline server did not start")
        yield process, port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def create_meetings(database_url: str, count: int) -> dict:
    manage("migrate", "--noinput", database_url=database_url)
    output = manage(
        "shell",
        "-c",
        SETUP_CODE,
        database_url=database_url,
        extra_env={"BENCH_MEETINGS": str(count)},
    )
    for line in output.splitlines():
        if line.startswith("BENCH-SETUP "):
            return json.loads(line.removeprefix("BENCH-SETUP "))
    raise RuntimeError(f"no setup output:\n{output}")


class _Missing(dict):
    """Stands in for a skipped baseline run: every figure is n/a."""

    def __missing__(self, key):
        return {"lost": 0, "connect_failures": 0, "errors": {}}.get(key)


EMPTY_RESULT: dict = _Missing()


# --- Report --------------------------------------------------------------------------------------


def ratio(a, b):
    return f"{a / b:.2f}x" if a is not None and b else "n/a"


def fmt(value):
    if value is None:
        return "n/a"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "none"
    return str(value)


def table(channels: dict, baseline: dict) -> str:
    rows = [
        ("sockets (server processes)", "sockets", None),
        ("connect failures", "connect_failures", None),
        ("connect + welcome p50 / p99 (ms)", ("connect_ms_p50", "connect_ms_p99"), None),
        ("messages sent", "messages_sent", None),
        ("deliveries expected", "deliveries_expected", None),
        ("deliveries received", "deliveries_received", None),
        ("**lost**", "lost", None),
        ("duplicates", "duplicates", None),
        ("error events", "errors", None),
        ("latency all 13, p50 (ms)", "latency_all_ms_p50", None),
        ("latency all 13, p99 (ms)", "latency_all_ms_p99", "ratio"),
        ("latency all 13, max (ms)", "latency_all_ms_max", None),
        ("latency single, p50 (ms)", "latency_single_ms_p50", None),
        ("latency single, p99 (ms)", "latency_single_ms_p99", "ratio"),
        ("throughput (deliveries/s)", "throughput_deliveries_per_s", "ratio"),
        ("server RSS before (MiB)", "rss_mib_before_total", None),
        ("server RSS all connected (MiB)", "rss_mib_connected_total", None),
        ("memory per socket (KiB)", "rss_kib_per_socket", "ratio"),
    ]
    lines = [
        "| figure | Channels | baseline (websockets) | Channels / baseline |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, key, with_ratio in rows:
        if isinstance(key, tuple):
            c = " / ".join(fmt(channels[k]) for k in key)
            b = " / ".join(fmt(baseline[k]) for k in key)
        elif key == "sockets":
            c = f"{channels['sockets']} ({channels['servers']})"
            b = f"{baseline['sockets']} ({baseline['servers']})"
        else:
            c, b = fmt(channels[key]), fmt(baseline[key])
        r = ratio(channels[key], baseline[key]) if with_ratio else ""
        lines.append(f"| {label} | {c} | {b} | {r} |")
    return "\n".join(lines)


# --- Main ----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description="Live meeting fan-out benchmark (127.0.0.1).")
    parser.add_argument("--meetings", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20.0, help="load duration")
    parser.add_argument("--rate", choices=["realistic", "stress"], default="realistic")
    parser.add_argument("--stress-per-meeting", type=float, default=2.0, help="messages/s")
    parser.add_argument("--redis", action="store_true", help="two servers sharing Redis")
    add_server_arguments(parser)
    parser.add_argument("--no-baseline", action="store_true", help="skip the ceiling run")
    parser.add_argument("--concurrency", type=int, default=50, help="connections at a time")
    parser.add_argument("--grace", type=float, default=10.0, help="wait for stragglers (s)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not (1 <= args.meetings <= 500 and 1 <= args.seconds <= 600 and args.grace <= 60):
        sys.exit("keep --meetings in 1..500, --seconds in 1..600, --grace <= 60")
    raise_nofile()
    load_at_start = os.getloadavg()

    layer = "redis" if args.redis else "inmemory"
    check_loopback(os.environ.get("DATABASE_URL", "sqlite://"), "DATABASE_URL")
    if args.redis:
        check_loopback(args.redis_url, "--redis-url")
        if not redis_reachable(args.redis_url):
            sys.exit(f"Redis does not answer at {args.redis_url}")

    machine = (
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform()}"
    )
    database_url = separate_database_url("bench")
    engine = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    run = (
        f"run: {args.meetings} meetings x {MEMBERS_PER_MEETING} sockets, {args.seconds:g} s load, "
        f"rate {args.rate}"
        + (f" ({args.stress_per_meeting:g} msg/s per meeting)" if args.rate == "stress" else "")
        + f", channel layer {layer}, database {engine}, settings bench.settings_live"
        + (f", variant {variant_label(args)}" if variant_label(args) else "")
    )
    print(machine, flush=True)
    print(run, flush=True)
    print(f"load average at start: {load_at_start}", flush=True)
    try:
        started = time.perf_counter()
        setup = create_meetings(database_url, args.meetings)
        print(f"setup: migrated and created data in {time.perf_counter() - started:.1f} s")
        meetings = setup["meetings"]
        env, uvicorn_args = server_options(args)

        with contextlib.ExitStack() as stack:
            servers = [
                stack.enter_context(
                    LiveServer(database_url=database_url, env=env, uvicorn_args=uvicorn_args)
                )
                for _ in range(2 if args.redis else 1)
            ]
            target = Target(
                name="channels",
                ports=[s.port for s in servers],
                pids=[s.pid for s in servers],
                handshake=True,
                cookie_name=setup["cookie_name"],
            )
            channels = asyncio.run(run_load(target, meetings, args))
            for server in servers:
                log = server.log()
                if "Traceback" in log:
                    print(f"note: server log {server.log_path} contains a traceback")
        print("channels: done", flush=True)

        baseline = None
        if not args.no_baseline:
            with baseline_server(deflate=args.deflate) as (process, port):
                target = Target(name="baseline", ports=[port], pids=[process.pid], handshake=False)
                baseline = asyncio.run(run_load(target, meetings, args))
            print("baseline: done", flush=True)
    finally:
        drop_separate_database(database_url)

    print()
    print(machine)
    print(run)
    print()
    print(table(channels, baseline or EMPTY_RESULT))
    print()
    for name, result in (("channels", channels), ("baseline", baseline or EMPTY_RESULT)):
        if result["lost"] or result["connect_failures"] or result["errors"]:
            print(
                f"WARNING {name}: lost {result['lost']}, connect failures "
                f"{result['connect_failures']} {result['connect_failure_samples']}, "
                f"errors {result['errors']}, reader failures {result['reader_failures']}"
            )

    RESULTS.mkdir(parents=True, exist_ok=True)
    label = variant_label(args)
    engine_part = "-pg" if engine == "postgresql" else ""
    path = RESULTS / (
        f"live-{args.meetings}-{layer}{engine_part}-{args.rate}"
        + (f"-{label}" if label else "")
        + ".json"
    )
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(
        json.dumps(
            {
                "machine": {
                    "cores": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "run": {
                    "meetings": args.meetings,
                    "sockets_per_meeting": MEMBERS_PER_MEETING,
                    "seconds": args.seconds,
                    "rate": args.rate,
                    "stress_per_meeting": args.stress_per_meeting,
                    "layer": layer,
                    "database": engine,
                    "settings": "bench.settings_live",
                    "variant": label,
                    "load_average_at_start": load_at_start,
                    "concurrency": args.concurrency,
                    "grace": args.grace,
                    "seed": args.seed,
                },
                "channels": channels,
                "baseline": baseline,
                "ratio_channels_over_baseline": {
                    key: (channels[key] / baseline[key] if baseline[key] else None)
                    for key in (
                        "throughput_deliveries_per_s",
                        "latency_all_ms_p99",
                        "latency_single_ms_p99",
                        "rss_kib_per_socket",
                    )
                    if baseline and channels[key] is not None and baseline[key] is not None
                },
            },
            indent=2,
        )
    )
    os.replace(tmp, path)
    print(f"results: {path.relative_to(ROOT)}")
    lost = channels["lost"] + (baseline or EMPTY_RESULT)["lost"]
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
