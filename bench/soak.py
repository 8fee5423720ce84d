"""Soak test of the live meeting socket: joins, chat and leaves for a long time on two processes.

    cd /work/main && .venv/bin/python bench/soak.py --minutes 30 [--meetings 100]
        [--redis-url redis://127.0.0.1:6379/7]

Two uvicorn servers share Redis (a Redis database of its own, default /7, so that group keys of
other test runs do not mix in) and the database (PostgreSQL when DATABASE_URL is set, else a
SQLite file). Every person of every meeting (13 per meeting) lives a loop until the end: connect
to one of the two servers (alternating), say hello with the last seq it has seen (as the browser
does after a reconnect), stay 2-8 min while chatting one message per --chat-seconds (default
40 s, jittered +-50 %), leave, stay away 5-30 s, and so on. A person leaves only once its own messages came back (or after 15 s).

Checks, printed and written to bench/results/soak-<meetings>-<database>.json:

- lost: every person checks that the seqs it receives (welcome replay + live events) run without
  a gap across all its visits (every event of these meetings is visible to everyone); like the
  browser, it sends its unconfirmed messages again (same id) after each welcome; a gap, a
  message of its own that never came back (after a final hello and re-send), or a person still behind the others of its meeting
  once the load stopped and the heartbeat had time to catch up, all count as lost. Must be 0.
- memory: the servers' resident memory every minute; drift = last sample vs the sample after
  warm-up (minute --warmup, default 5). Target < 10 %.
- Redis: after everyone left, the channels_redis group keys (`asgi:group:*`) left in the Redis
  database. Target: none.
"""

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.live_fanout import (  # noqa: E402
    MEMBERS_PER_MEETING,
    RESULTS,
    LiveServer,
    check_loopback,
    cpu_seconds,
    create_meetings,
    raise_nofile,
    redis_reachable,
    rss_kib,
)
from tests.servers import drop_separate_database, separate_database_url  # noqa: E402

OWN_ECHO_TIMEOUT = 15.0
CHAT_SECONDS = 40.0  # mean time between two messages of one person (--chat-seconds)
STAY_SECONDS = (120.0, 480.0)  # one visit
AWAY_SECONDS = (5.0, 30.0)  # between two visits


@dataclass
class Person:
    meeting: int  # index
    member: int
    session: str
    port: int
    last_seq: int = 0
    gaps: int = 0  # events missing between two seqs received
    duplicates: int = 0
    visits: int = 0
    connect_failures: int = 0
    pending: dict = field(default_factory=dict)  # own message id -> send time
    confirmed: int = 0
    sent: int = 0
    resent: int = 0
    connected: bool = False

    def take(self, event: dict) -> None:
        seq = event.get("seq")
        if not isinstance(seq, int):
            return
        if seq <= self.last_seq:
            self.duplicates += 1
            return
        if seq != self.last_seq + 1:
            self.gaps += seq - self.last_seq - 1
        self.last_seq = seq
        if event.get("type") == "chat.message" and event.get("client_id") in self.pending:
            self.pending.pop(event["client_id"])
            self.confirmed += 1


async def resend_pending(person: Person, ws) -> None:
    """As the browser does (room.js): after a welcome, send every own message that was not
    confirmed again, with the same id; the server applies a client id once."""
    for message_id in list(person.pending):
        person.resent += 1
        await ws.send(json.dumps({"type": "chat.send", "id": message_id, "text": "soak"}))


async def visit(person: Person, cookie_name: str, rng, stop_at: float, meeting_id: int) -> None:
    """One connection: hello with last_seq, stay a while chatting, leave."""
    import websockets
    from websockets.exceptions import ConnectionClosed

    try:
        ws = await websockets.connect(
            f"ws://127.0.0.1:{person.port}/ws/meetings/{meeting_id}/",
            additional_headers={
                "Cookie": f"{cookie_name}={person.session}",
                "Origin": f"http://127.0.0.1:{person.port}",
            },
            open_timeout=30,
            close_timeout=5,
            max_size=2**22,
            compression=None,
        )
    except Exception:
        person.connect_failures += 1
        await asyncio.sleep(2)
        return
    person.visits += 1
    stay_until = min(stop_at, time.monotonic() + rng.uniform(*STAY_SECONDS))
    try:
        await ws.send(json.dumps({"type": "hello", "last_seq": person.last_seq}))
        welcomed = asyncio.Event()

        async def read():
            async for frame in ws:
                event = json.loads(frame)
                if event.get("type") == "welcome":
                    for replayed in event.get("events", []):
                        person.take(replayed)
                    person.connected = True
                    welcomed.set()
                    await resend_pending(person, ws)
                else:
                    person.take(event)

        reader = asyncio.create_task(read())
        await asyncio.wait_for(welcomed.wait(), 60)
        next_chat = time.monotonic() + rng.uniform(2, CHAT_SECONDS)
        while time.monotonic() < stay_until and not reader.done():
            await asyncio.sleep(max(0.0, min(next_chat, stay_until) - time.monotonic()))
            if time.monotonic() >= next_chat and time.monotonic() < stay_until:
                message_id = str(uuid.uuid4())
                person.pending[message_id] = time.monotonic()
                person.sent += 1
                await ws.send(json.dumps({"type": "chat.send", "id": message_id, "text": "soak"}))
                next_chat = time.monotonic() + rng.uniform(0.5, 1.5) * CHAT_SECONDS
        deadline = time.monotonic() + OWN_ECHO_TIMEOUT
        while person.pending and time.monotonic() < deadline and not reader.done():
            await asyncio.sleep(0.2)
        person.connected = False
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, ConnectionClosed, Exception):
            await reader
    except (TimeoutError, ConnectionClosed, OSError):
        person.connect_failures += 1
    finally:
        person.connected = False
        with contextlib.suppress(Exception):
            await asyncio.wait_for(ws.close(), 10)


async def life(person: Person, cookie_name: str, meeting_id: int, stop_at: float, seed: int):
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0, 120))  # spread the first joins over two minutes
    while time.monotonic() < stop_at:
        await visit(person, cookie_name, rng, stop_at, meeting_id)
        if time.monotonic() < stop_at:
            await asyncio.sleep(rng.uniform(*AWAY_SECONDS))


async def final_check(people: list[Person], cookie_name: str, meeting_ids: list[int]) -> dict:
    """Everyone reconnects once more with hello last_seq: the replay must close every gap up to
    the meeting's last event (a person behind after that, or with a gap, lost something)."""
    import websockets

    async def check(person: Person):
        try:
            async with websockets.connect(
                f"ws://127.0.0.1:{person.port}/ws/meetings/{meeting_ids[person.meeting]}/",
                additional_headers={
                    "Cookie": f"{cookie_name}={person.session}",
                    "Origin": f"http://127.0.0.1:{person.port}",
                },
                open_timeout=30,
                compression=None,
                max_size=2**22,
            ) as ws:
                await ws.send(json.dumps({"type": "hello", "last_seq": person.last_seq}))
                state_seq = None
                deadline = time.monotonic() + 60
                for _ in range(10_000):
                    if state_seq is not None and not person.pending:
                        break
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    event = json.loads(await asyncio.wait_for(ws.recv(), remaining))
                    if event.get("type") == "welcome":
                        for replayed in event.get("events", []):
                            person.take(replayed)
                        state_seq = event.get("last_seq", 0)
                        await resend_pending(person, ws)
                    else:
                        person.take(event)
                return state_seq
        except Exception:
            person.connect_failures += 1
        return None

    semaphore = asyncio.Semaphore(50)

    async def bounded(person):
        async with semaphore:
            return await check(person)

    state_seqs = await asyncio.gather(*(bounded(p) for p in people))
    behind = 0
    for person, state_seq in zip(people, state_seqs, strict=True):
        # The welcome's last_seq is read after our own new presence.joined was stored, and the
        # replay runs up to it; anything short of it is an event that never arrived.
        if state_seq is None or person.last_seq < state_seq:
            behind += 1
    return {"people_behind_after_final_hello": behind}


def redis_group_keys(url: str) -> dict:
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match="asgi:group:*", count=1000))
    members = sum(client.zcard(k) for k in keys)
    return {"group_keys": len(keys), "group_members": members}


async def run(args, setup, servers) -> dict:
    ports = [s.port for s in servers]
    meeting_ids = [m["id"] for m in setup["meetings"]]
    people = [
        Person(
            meeting=m,
            member=k,
            session=meeting["sessions"][k],
            port=ports[(m * MEMBERS_PER_MEETING + k) % len(ports)],
        )
        for m, meeting in enumerate(setup["meetings"])
        for k in range(MEMBERS_PER_MEETING)
    ]
    started = time.monotonic()
    stop_at = started + args.minutes * 60
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):  # stop early, but still check and clean up
        loop.add_signal_handler(sig, stopping.set)
    lives = [
        asyncio.create_task(life(p, setup["cookie_name"], meeting_ids[p.meeting], stop_at, i))
        for i, p in enumerate(people)
    ]
    samples = []

    def sample():
        minute = round((time.monotonic() - started) / 60, 2)
        samples.append(
            {
                "minute": minute,
                "rss_kib": {str(s.pid): rss_kib(s.pid) for s in servers},
                "cpu_s": {str(s.pid): round(cpu_seconds(s.pid), 1) for s in servers},
                "connected": sum(p.connected for p in people),
                "sent": sum(p.sent for p in people),
                "load": os.getloadavg()[0],
            }
        )
        print(f"soak: {json.dumps(samples[-1])}", flush=True)

    while time.monotonic() < stop_at and not stopping.is_set():
        sample()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopping.wait(), max(0.0, min(60.0, stop_at - time.monotonic())))
    sample()
    if stopping.is_set():
        print("soak: stopped early by a signal", flush=True)
        for task in lives:
            task.cancel()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*lives, return_exceptions=True), 120)
    print("soak: load stopped, final hello for everyone", flush=True)
    final = await final_check(people, setup["cookie_name"], meeting_ids)
    # The last disconnects reach Redis once each server has worked through its backlog: wait
    # for that (up to 60 s), then count what is left.
    for _ in range(60):
        await asyncio.sleep(1)
        groups = redis_group_keys(args.redis_url)
        if not groups["group_keys"]:
            break

    def total_rss(entry):
        return sum(entry["rss_kib"].values())

    warm = next((s for s in samples if s["minute"] >= args.warmup), samples[0])
    end = samples[-1]
    drift = (total_rss(end) - total_rss(warm)) / total_rss(warm) if total_rss(warm) else None
    lost = (
        sum(p.gaps for p in people)
        + sum(len(p.pending) for p in people)
        + final["people_behind_after_final_hello"]
    )
    return {
        "people": len(people),
        "visits": sum(p.visits for p in people),
        "messages_sent": sum(p.sent for p in people),
        "messages_confirmed_to_sender": sum(p.confirmed for p in people),
        "own_messages_resent": sum(p.resent for p in people),
        "own_messages_not_back": sum(len(p.pending) for p in people),
        "seq_gaps": sum(p.gaps for p in people),
        "duplicates": sum(p.duplicates for p in people),
        "connect_failures": sum(p.connect_failures for p in people),
        **final,
        "lost": lost,
        "events_seen_max_seq": max(p.last_seq for p in people),
        "rss_warm_kib": total_rss(warm),
        "rss_warm_minute": warm["minute"],
        "rss_end_kib": total_rss(end),
        "rss_drift": None if drift is None else round(drift, 4),
        "redis_after_everyone_left": groups,
        "samples": samples,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Soak test of the live socket (127.0.0.1).")
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--meetings", type=int, default=100)
    parser.add_argument("--warmup", type=float, default=5.0, help="minute of the RSS baseline")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/7")
    parser.add_argument(
        "--conn-max-age", type=int, default=0, help="persistent DB connections (s), see README"
    )
    parser.add_argument("--chat-seconds", type=float, default=CHAT_SECONDS)
    args = parser.parse_args()
    globals()["CHAT_SECONDS"] = args.chat_seconds
    if not (0.5 <= args.minutes <= 240 and 1 <= args.meetings <= 500):
        sys.exit("keep --minutes in 0.5..240 and --meetings in 1..500")
    args.warmup = min(args.warmup, args.minutes / 3)
    check_loopback(os.environ.get("DATABASE_URL", "sqlite://"), "DATABASE_URL")
    check_loopback(args.redis_url, "--redis-url")
    if not redis_reachable(args.redis_url):
        sys.exit(f"Redis does not answer at {args.redis_url}")
    raise_nofile()
    leftover = redis_group_keys(args.redis_url)
    if leftover["group_keys"]:
        sys.exit(f"Redis database {args.redis_url} already holds group keys: {leftover}")

    database_url = separate_database_url("soak")
    engine = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    load_at_start = os.getloadavg()
    print(
        f"soak: {args.meetings} meetings x {MEMBERS_PER_MEETING} people, {args.minutes:g} min, "
        f"two servers on Redis {args.redis_url}, database {engine}, load {load_at_start}",
        flush=True,
    )
    try:
        setup = create_meetings(database_url, args.meetings)
        env = {"REDIS_URL": args.redis_url}
        if args.conn_max_age:
            env["BENCH_CONN_MAX_AGE"] = str(args.conn_max_age)
        with contextlib.ExitStack() as stack:
            servers = [
                stack.enter_context(LiveServer(database_url=database_url, env=env))
                for _ in range(2)
            ]
            result = asyncio.run(run(args, setup, servers))
            tracebacks = sum(s.log().count("Traceback") for s in servers)
    finally:
        drop_separate_database(database_url)
    result["server_tracebacks"] = tracebacks
    summary = {k: v for k, v in result.items() if k != "samples"}
    print(json.dumps(summary, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"soak-{args.meetings}-{engine}.json"
    path.write_text(
        json.dumps(
            {
                "machine": {
                    "cores": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "run": {
                    "meetings": args.meetings,
                    "minutes": args.minutes,
                    "warmup_minute": args.warmup,
                    "database": engine,
                    "redis": args.redis_url,
                    "conn_max_age": args.conn_max_age,
                    "chat_seconds": args.chat_seconds,
                    "stay_seconds": STAY_SECONDS,
                    "away_seconds": AWAY_SECONDS,
                    "load_average_at_start": load_at_start,
                },
                "result": result,
            },
            indent=2,
        )
    )
    print(f"results: {path.relative_to(ROOT)}")
    ok = (
        result["lost"] == 0
        and result["rss_drift"] is not None
        and result["rss_drift"] < 0.10
        and result["redis_after_everyone_left"]["group_keys"] == 0
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
