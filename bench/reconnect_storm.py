"""Reconnect storm: every socket dropped at once, everyone back with everything.

    cd /work/main && .venv/bin/python bench/reconnect_storm.py [--meetings 100]
        [--redis-url redis://127.0.0.1:6379/6] [--kill]

Three uvicorn servers share Redis (a database of its own, default /6) and the database
(PostgreSQL when DATABASE_URL is set, else a SQLite file). The 13 people of every meeting connect
to servers A and B (alternating). Server C holds one more socket per meeting: the leader's second
tab, "the announcer", which is not dropped.

1. Everyone connects and says hello; all are up to date.
2. A and B are stopped at once (SIGTERM, or SIGKILL with --kill): all 1,300 sockets drop.
3. While they are down, every announcer sends --during chat messages (stored and rung through
   server C and Redis: the surviving path).
4. A and B start again on the same ports. Every client reconnects like the browser does
   (jobgroup_platform/static/js/room.js: retry after min(30 s, 1 s x 2^retry) x 0.5-1, so the
   time back is mostly that back-off) and says hello with the last seq it has; the welcome
   replays what it missed.
5. Right after the restart every announcer sends --after more messages (live fan-out again).

Figures (bench/results/reconnect-storm-<meetings>-<database>.json): time from the drop until
every client is connected again, and until every client holds every announced message;
per-client p50/p99; events lost = announced messages a client never got + gaps in its seq
stream (every event of these meetings is visible to everyone). Must be 0.
"""

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.live_fanout import (  # noqa: E402
    MEMBERS_PER_MEETING,
    RESULTS,
    LiveServer,
    check_loopback,
    create_meetings,
    percentile,
    raise_nofile,
    redis_reachable,
)
from tests.servers import drop_separate_database, separate_database_url  # noqa: E402

RECOVERY_LIMIT_SECONDS = 240.0


class Client:
    """One browser tab: reconnects by itself, resumes with hello last_seq, checks for gaps."""

    def __init__(self, *, url: str, cookie: str, origin: str, seed: int, backoff_max=30.0):
        self.backoff_max = backoff_max  # room.js: 30 s (--backoff-max tries another cap)
        self.url = url
        self.headers = {"Cookie": cookie, "Origin": origin}
        self.rng = random.Random(seed)
        self.last_seq = 0
        self.gaps = 0
        self.duplicates = 0
        self.chat_ids: set[str] = set()
        self.own_seqs: dict[str, int] = {}
        self.welcomes = 0
        self.welcomed_at = 0.0  # perf_counter of the last welcome
        self.complete_at = 0.0  # perf_counter when it first held every expected id
        self.expected: set[str] = set()
        self.ws = None
        self.up = asyncio.Event()
        self.stop = False
        self.connect_attempts = 0

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
        if event.get("type") == "chat.message" and event.get("client_id"):
            self.chat_ids.add(event["client_id"])
            self.own_seqs[event["client_id"]] = seq
            if self.expected and not self.complete_at and self.expected <= self.chat_ids:
                self.complete_at = time.perf_counter()

    def expect(self, ids: set[str]) -> None:
        self.expected = set(ids)
        self.complete_at = time.perf_counter() if self.expected <= self.chat_ids else 0.0

    async def run(self, first_delay: float = 0.0) -> None:
        import websockets

        delay, retry = first_delay, 0
        while not self.stop:
            if delay:
                await asyncio.sleep(delay)
            self.connect_attempts += 1
            try:
                async with websockets.connect(
                    self.url,
                    additional_headers=self.headers,
                    open_timeout=20,
                    close_timeout=2,
                    compression=None,
                    max_size=2**22,
                ) as ws:
                    self.ws = ws
                    await ws.send(json.dumps({"type": "hello", "last_seq": self.last_seq}))
                    async for frame in ws:
                        event = json.loads(frame)
                        if event.get("type") == "welcome":
                            for replayed in event.get("events", []):
                                self.take(replayed)
                            self.welcomes += 1
                            self.welcomed_at = time.perf_counter()
                            self.up.set()
                            retry = 0
                        else:
                            self.take(event)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: S110 - refused or dropped: retry below
                pass
            self.ws = None
            self.up.clear()
            # As the browser does (room.js): min(30 s, 1 s x 2^retry) x (0.5 .. 1).
            delay = min(self.backoff_max, 2.0**retry) * self.rng.uniform(0.5, 1.0)
            retry += 1


async def send_chat(client: Client) -> str:
    message_id = str(uuid.uuid4())
    await client.ws.send(json.dumps({"type": "chat.send", "id": message_id, "text": "storm"}))
    return message_id


async def wait_until(predicate, limit: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(step)
    return predicate()


async def storm(args, setup, servers: dict[str, LiveServer]) -> dict:
    cookie_name = setup["cookie_name"]
    meetings = setup["meetings"]
    clients: list[tuple[int, Client]] = []
    announcers: list[Client] = []
    for m, meeting in enumerate(meetings):
        for k in range(MEMBERS_PER_MEETING):
            port = servers["A" if (m * MEMBERS_PER_MEETING + k) % 2 == 0 else "B"].port
            clients.append(
                (
                    m,
                    Client(
                        url=f"ws://127.0.0.1:{port}/ws/meetings/{meeting['id']}/",
                        cookie=f"{cookie_name}={meeting['sessions'][k]}",
                        origin=f"http://127.0.0.1:{port}",
                        seed=m * 100 + k,
                        backoff_max=args.backoff_max,
                    ),
                )
            )
        port = servers["C"].port
        announcers.append(
            Client(
                url=f"ws://127.0.0.1:{port}/ws/meetings/{meeting['id']}/",
                cookie=f"{cookie_name}={meeting['sessions'][0]}",
                origin=f"http://127.0.0.1:{port}",
                seed=10**6 + m,
            )
        )
    everyone = [c for _, c in clients] + announcers
    # 1. Connect, a few at a time (the first connect is not what we measure).
    tasks = []
    connect_started = time.perf_counter()
    for i, client in enumerate(everyone):
        tasks.append(asyncio.create_task(client.run(first_delay=i * args.connect_spacing)))
    if not await wait_until(lambda: all(c.up.is_set() for c in everyone), 300, 0.2):
        raise RuntimeError(
            f"only {sum(c.up.is_set() for c in everyone)} of {len(everyone)} connected"
        )
    print(f"storm: {len(everyone)} sockets up in {time.perf_counter() - connect_started:.1f} s")
    await asyncio.sleep(3)  # the last join announcements settle
    attempts_before = sum(c.connect_attempts for _, c in clients)

    # 2. Drop A and B at once.
    drop_at = time.perf_counter()
    await asyncio.gather(
        *(asyncio.to_thread(servers[name].stop, kill=args.kill) for name in ("A", "B"))
    )
    stopped_s = time.perf_counter() - drop_at
    await wait_until(lambda: not any(c.up.is_set() for _, c in clients), 30)
    dropped = sum(not c.up.is_set() for _, c in clients)

    # 3. The announcers speak while A and B are down.
    sent_during: dict[int, list[str]] = {m: [] for m in range(len(meetings))}
    for _ in range(args.during):
        for m, announcer in enumerate(announcers):
            sent_during[m].append(await send_chat(announcer))
        await asyncio.sleep(0.2)

    # 4. A and B come back on the same ports.
    restart_started = time.perf_counter()
    await asyncio.gather(*(asyncio.to_thread(servers[name].start) for name in ("A", "B")))
    back_at = time.perf_counter()
    print(
        f"storm: A and B stopped in {stopped_s:.1f} s, down {back_at - drop_at:.1f} s "
        f"(restart {back_at - restart_started:.1f} s)",
        flush=True,
    )

    # 5. Right after the restart: more messages, some clients are still reconnecting.
    sent_after: dict[int, list[str]] = {m: [] for m in range(len(meetings))}
    for _ in range(args.after):
        for m, announcer in enumerate(announcers):
            sent_after[m].append(await send_chat(announcer))
    for m, client in clients:
        client.expect(set(sent_during[m]) | set(sent_after[m]))

    all_up = await wait_until(
        lambda: all(c.up.is_set() for _, c in clients), RECOVERY_LIMIT_SECONDS, 0.05
    )
    all_up_s = time.perf_counter() - drop_at
    all_complete = await wait_until(
        lambda: all(c.complete_at for _, c in clients), RECOVERY_LIMIT_SECONDS, 0.05
    )
    complete_s = time.perf_counter() - drop_at
    await asyncio.sleep(2)  # late duplicates or gaps would show now

    for c in everyone:
        c.stop = True
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

    back_ms = [(c.welcomed_at - back_at) * 1000 for _, c in clients if c.welcomed_at > back_at]
    complete_ms = [(c.complete_at - drop_at) * 1000 for _, c in clients if c.complete_at]
    missing = sum(len(c.expected - c.chat_ids) for _, c in clients)
    gaps = sum(c.gaps for _, c in clients)
    return {
        "clients_dropped": dropped,
        "clients": len(clients),
        "announcers_not_dropped": len(announcers),
        "stop_mode": "SIGKILL" if args.kill else "SIGTERM",
        "servers_down_seconds": round(back_at - drop_at, 2),
        "messages_during_outage": sum(len(v) for v in sent_during.values()),
        "messages_right_after_restart": sum(len(v) for v in sent_after.values()),
        "all_clients_reconnected": all_up,
        "seconds_drop_to_all_reconnected": round(all_up_s, 2),
        "all_clients_complete": all_complete,
        "seconds_drop_to_all_complete": round(complete_s, 2),
        "seconds_restart_to_all_complete": round(complete_s - (back_at - drop_at), 2),
        "welcome_after_restart_ms_p50": percentile(back_ms, 50),
        "welcome_after_restart_ms_p99": percentile(back_ms, 99),
        "complete_after_drop_ms_p50": percentile(complete_ms, 50),
        "complete_after_drop_ms_p99": percentile(complete_ms, 99),
        "reconnect_attempts": sum(c.connect_attempts for _, c in clients) - attempts_before,
        "expected_messages_missing": missing,
        "seq_gaps": gaps,
        "lost": missing + gaps,
        "duplicates": sum(c.duplicates for _, c in clients),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Reconnect storm of the live socket (127.0.0.1).")
    parser.add_argument("--meetings", type=int, default=100)
    parser.add_argument("--during", type=int, default=3, help="messages per meeting while down")
    parser.add_argument("--after", type=int, default=1, help="messages per meeting after restart")
    parser.add_argument("--kill", action="store_true", help="SIGKILL instead of SIGTERM")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/6")
    parser.add_argument("--conn-max-age", type=int, default=0, help="persistent DB connections")
    parser.add_argument(
        "--backoff-max",
        type=float,
        default=30.0,
        help="the clients' longest pause between reconnects (room.js: 30 s); another value is "
        "an experiment and goes into the file name",
    )
    parser.add_argument("--connect-spacing", type=float, default=0.01, help="s between first joins")
    args = parser.parse_args()
    if not (1 <= args.meetings <= 500 and 0 <= args.during <= 20 and 0 <= args.after <= 20):
        sys.exit("keep --meetings in 1..500, --during and --after in 0..20")
    check_loopback(os.environ.get("DATABASE_URL", "sqlite://"), "DATABASE_URL")
    check_loopback(args.redis_url, "--redis-url")
    if not redis_reachable(args.redis_url):
        sys.exit(f"Redis does not answer at {args.redis_url}")
    raise_nofile()
    database_url = separate_database_url("storm")
    engine = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    load_at_start = os.getloadavg()
    print(
        f"storm: {args.meetings} meetings x {MEMBERS_PER_MEETING} sockets on two servers + one "
        f"announcer each on a third, Redis {args.redis_url}, database {engine}, "
        f"load {load_at_start}",
        flush=True,
    )
    try:
        setup = create_meetings(database_url, args.meetings)
        env = {"REDIS_URL": args.redis_url}
        if args.conn_max_age:
            env["BENCH_CONN_MAX_AGE"] = str(args.conn_max_age)
        with contextlib.ExitStack() as stack:
            servers = {
                name: stack.enter_context(LiveServer(database_url=database_url, env=env))
                for name in ("A", "B", "C")
            }
            result = asyncio.run(storm(args, setup, servers))
    finally:
        drop_separate_database(database_url)
    print(json.dumps(result, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    backoff = "" if args.backoff_max == 30.0 else f"-backoff{args.backoff_max:g}"
    path = RESULTS / f"reconnect-storm-{args.meetings}-{engine}{backoff}.json"
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
                    "during": args.during,
                    "after": args.after,
                    "database": engine,
                    "conn_max_age": args.conn_max_age,
                    "backoff_max": args.backoff_max,
                    "load_average_at_start": load_at_start,
                },
                "result": result,
            },
            indent=2,
        )
    )
    print(f"results: {path.relative_to(ROOT)}")
    return 0 if result["lost"] == 0 and result["all_clients_complete"] else 1


if __name__ == "__main__":
    sys.exit(main())
