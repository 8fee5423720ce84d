"""Where each performance target of issue #17 stands: reads the result files in bench/results/
(written by the other benches) and prints every target with its latest figure and "met",
"not met" or "not measured" (no result file, or the file lacks the figure). `make bench` and
`make bench-quick` end with it; it measures nothing itself.

    .venv/bin/python bench/targets.py [--results bench/results] [--markdown]

Ratios are taken within one result file (the project and the raw ceiling measured in the same
run), never across runs. Exit status 0 whatever the verdicts: the benches are run on shared
machines and a figure is information, not a gate.
"""

import argparse
import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

MET, NOT_MET, NOT_MEASURED = "met", "not met", "not measured"

# The live benches' files (bench/live_fanout.py: live-<meetings>-<layer>-<rate>.json).
# 130 sockets, one process, with the raw baseline. The targets are on PostgreSQL (the
# production database; `DATABASE_URL` set): that file when there is one, else the SQLite run's.
LIVE_10 = "live-10-inmemory-realistic.json"
LIVE_10_PG = "live-10-inmemory-pg-realistic.json"
LIVE_100 = "live-100-inmemory-realistic.json"
LIVE_100_PG = "live-100-inmemory-pg-realistic.json"
LIVE_500_REDIS_PG = "live-500-redis-pg-realistic.json"
# Until a 500-meeting run exists: the largest two-process run on Redis + PostgreSQL, shown as
# "not met" with its own number of meetings (never as the 500-meeting figure).
LIVE_REDIS_PG_SMALLER = ("live-200-redis-pg-realistic.json", "live-100-redis-pg-realistic.json")
STORM = "reconnect-storm-100-postgresql.json"
SOAK = "soak-100-postgresql.json"
SOAK_SHORT = "soak-30-postgresql.json"  # bench/soak.py --meetings 30 --minutes 4
PAGES = "pages.json"  # bench/pages.py default: 1 uvicorn worker

PAGE_CEILING = "ceiling: minimal Django view"
PAGE_STEP = "participant step page (with answers)"
PAGE_HOME = "participant home"
PAGE_LEADER = "leader view, full group of 12"
PAGE_CLIENTS = "10"


class Missing(Exception):  # noqa: N818 - a verdict, not an error
    """The file or a figure in it is not there: the target is not measured."""


@dataclass(frozen=True)
class Verdict:
    target: str
    figure: str
    status: str
    source: str


@dataclass(frozen=True)
class Target:
    name: str
    source: str | tuple[str, ...]  # several: the first that exists
    judge: Callable[[dict], tuple[str, bool]]  # result file -> (figure, met?)
    # a later, smaller run shown next to the figure (never changes the verdict): file, text
    aside: tuple[str, Callable[[dict], str]] | None = None


def need(data, *keys):
    """data[k1][k2]...; Missing when a key is absent or the value is None."""
    for key in keys:
        if not isinstance(data, dict) or data.get(key) is None:
            raise Missing(".".join(str(k) for k in keys))
        data = data[key]
    return data


def ratio_target(key: str, ceiling: float, unit: str):
    def judge(data):
        channels, baseline = need(data, "channels", key), need(data, "baseline", key)
        if not baseline:
            raise Missing(f"baseline.{key} is 0")
        ratio = channels / baseline
        sockets = need(data, "channels", "sockets")
        figure = f"{ratio:.2f}x ({channels:g} / {baseline:g} {unit}, {sockets} sockets)"
        return figure, ratio <= ceiling

    return judge


def p99_target(limit_ms: float, *, no_loss: bool):
    def judge(data):
        p99 = need(data, "channels", "latency_all_ms_p99")
        lost = need(data, "channels", "lost")
        servers = data["channels"].get("servers", "?")
        figure = f"p99 {p99:g} ms, {lost} lost ({servers} process(es))"
        return figure, p99 < limit_ms and (lost == 0 or not no_loss)

    return judge


def p99_at_meetings(limit_ms: float, meetings: int):
    """`p99_target` (no loss) for a run of `meetings`; a smaller run is shown, never met."""
    inner = p99_target(limit_ms, no_loss=True)

    def judge(data):
        figure, met = inner(data)
        measured = need(data, "run", "meetings")
        if measured < meetings:
            return f"only {measured} meetings measured: {figure}", False
        return figure, met

    return judge


def storm(data):
    result = need(data, "result")
    clients = need(result, "clients")
    seconds = need(result, "seconds_restart_to_all_complete")
    complete = bool(result.get("all_clients_complete"))
    figure = f"{seconds:g} s for {clients} sockets{'' if complete else ', not all back'}"
    return figure, complete and clients >= 1300 and seconds < 10


def soak(data):
    result = need(data, "result")
    minutes = need(data, "run", "minutes")
    drift = need(result, "rss_drift")
    left = need(result, "redis_after_everyone_left", "group_members")
    figure = f"{minutes:g} min, RSS drift {drift:.1%}, {left} memberships left"
    return figure, minutes >= 30 and drift < 0.10 and left == 0


def soak_aside(data):
    minutes = need(data, "run", "minutes")
    meetings = need(data, "run", "meetings")
    left = need(data, "result", "redis_after_everyone_left", "group_members")
    lost = need(data, "result", "lost")
    return (
        f"short soak ({minutes:g} min, {meetings} meetings): {left} memberships left, {lost} lost"
    )


def page_ratio(page: str, floor: float):
    def judge(data):
        rps = need(data, "results", page, PAGE_CLIENTS, "rps")
        ceiling = need(data, "results", PAGE_CEILING, PAGE_CLIENTS, "rps")
        if not ceiling:
            raise Missing("ceiling req/s is 0")
        ratio = rps / ceiling
        figure = f"{ratio:.2f}x ({rps:g} / {ceiling:g} req/s at {PAGE_CLIENTS} clients)"
        return figure, ratio >= floor

    return judge


def pages_p99(data):
    worst = max(
        (need(data, "results", page, PAGE_CLIENTS, "p99_ms"), page)
        for page in (PAGE_STEP, PAGE_HOME, PAGE_LEADER)
    )
    return f"worst p99 {worst[0]:g} ms ({worst[1]})", worst[0] < 100


TARGETS = [
    Target("CPU per chat message <= 5x raw", (LIVE_10_PG, LIVE_10), ratio_target("server_cpu_ms_per_message", 5, "ms")),
    Target("connect + welcome p50 <= 5x raw, 130 sockets", (LIVE_10_PG, LIVE_10), ratio_target("connect_ms_p50", 5, "ms")),
    Target("memory per socket <= 2x raw", (LIVE_10_PG, LIVE_10), ratio_target("rss_kib_per_socket", 2, "KiB")),
    Target("one process, 100 meetings: p99 < 150 ms", (LIVE_100_PG, LIVE_100), p99_target(150, no_loss=False)),
    Target(
        "two processes on Redis + PostgreSQL, 500 meetings: p99 < 150 ms, 0 lost",
        (LIVE_500_REDIS_PG, *LIVE_REDIS_PG_SMALLER),
        p99_at_meetings(150, 500),
    ),
    Target("reconnect storm of 1,300 in < 10 s", STORM, storm),
    Target("30-min soak: < 10 % drift, no memberships left", SOAK, soak, (SOAK_SHORT, soak_aside)),
    Target("step page >= 0.3x the minimal-view ceiling", PAGES, page_ratio(PAGE_STEP, 0.3)),
    Target("leader view >= 0.2x the minimal-view ceiling", PAGES, page_ratio(PAGE_LEADER, 0.2)),
    Target("pages: p99 < 100 ms at 10 clients", PAGES, pages_p99),
]  # fmt: skip


def evaluate(results: Path = RESULTS, targets=TARGETS) -> list[Verdict]:
    verdicts = []
    for target in targets:
        sources = (target.source,) if isinstance(target.source, str) else target.source
        found = [name for name in sources if (results / name).exists()]
        source = (found or sources)[0]
        path = results / source
        try:
            if not path.exists():
                raise Missing("no file")
            figure, met = target.judge(json.loads(path.read_text()))
            status = MET if met else NOT_MET
        except (Missing, ValueError) as exc:
            figure, status = f"({exc})", NOT_MEASURED
        if target.aside and (results / target.aside[0]).exists():
            with contextlib.suppress(Missing, ValueError):
                aside = json.loads((results / target.aside[0]).read_text())
                figure += f"; {target.aside[1](aside)}"
        verdicts.append(Verdict(target.name, figure, status, source))
    return verdicts


def table(verdicts: list[Verdict]) -> str:
    lines = ["| target | latest figure | status | source |", "| --- | --- | --- | --- |"]
    lines += [f"| {v.target} | {v.figure} | {v.status} | {v.source} |" for v in verdicts]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--markdown", action="store_true", help="a Markdown table")
    args = parser.parse_args(argv)
    verdicts = evaluate(args.results)
    if args.markdown:
        print(table(verdicts))
    else:
        width = max(len(v.target) for v in verdicts)
        print("Targets of issue #17 (bench/results/, latest run of each bench):")
        for v in verdicts:
            print(f"  {v.target:<{width}}  {v.status:<12}  {v.figure}")
    counts = {s: sum(v.status == s for v in verdicts) for s in (MET, NOT_MET, NOT_MEASURED)}
    print(", ".join(f"{n} {s}" for s, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
