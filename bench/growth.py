"""Growth of the live fan-out: bench/live_fanout.py for a series of meeting counts, as a table
and a plot (what each added meeting costs).

    cd /work/main && .venv/bin/python bench/growth.py [--meetings 10,50,100,250,500]
        [--seconds 20] [--plot docs/performance-growth.png] [-- <more live_fanout options>]

Options after `--` go to every live_fanout run unchanged (e.g. `-- --redis`,
`-- --layer throttled --conn-max-age 60`). The baseline (ceiling) runs only at the smallest N
and the largest, to keep the series short. Needs matplotlib (`pip install -e ".[bench]"`).
Writes bench/results/growth-<layer><variant>.json and .md, and the plot.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
ROWS = [
    ("meetings", "meetings"),
    ("sockets", "sockets"),
    ("connect failures", "connect_failures"),
    ("lost", "lost"),
    ("all 13 p50 (ms)", "latency_all_ms_p50"),
    ("all 13 p99 (ms)", "latency_all_ms_p99"),
    ("KiB per socket", "rss_kib_per_socket"),
    ("server CPU ms per delivery", "server_cpu_ms_per_delivery"),
    ("server CPU ms per message", "server_cpu_ms_per_message"),
    ("deliveries/s", "throughput_deliveries_per_s"),
]


def run_one(meetings: int, seconds: float, extra: list[str], baseline: bool) -> dict:
    command = [
        sys.executable,
        str(ROOT / "bench" / "live_fanout.py"),
        "--meetings",
        str(meetings),
        "--seconds",
        str(seconds),
        *([] if baseline else ["--no-baseline"]),
        *extra,
    ]
    print("growth: " + " ".join(command[1:]), flush=True)
    output = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=3600, check=False
    )
    path = None
    for line in output.stdout.splitlines():
        if line.startswith("results: "):
            path = ROOT / line.removeprefix("results: ").strip()
    if path is None:
        raise RuntimeError(f"live_fanout failed:\n{output.stdout[-3000:]}\n{output.stderr[-3000:]}")
    data = json.loads(path.read_text())
    return {"file": str(path.relative_to(ROOT)), **data}


def markdown(rows: list[dict]) -> str:
    head = "| " + " | ".join(label for label, _ in ROWS) + " |"
    rule = "| " + " | ".join("---:" for _ in ROWS) + " |"
    lines = [head, rule]
    for row in rows:
        lines.append("| " + " | ".join(str(row.get(key, "n/a")) for _, key in ROWS) + " |")
    return "\n".join(lines)


def plot(rows: list[dict], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sockets = [r["sockets"] for r in rows]
    fig, axes = plt.subplots(1, 3, figsize=(13, 4))
    ax = axes[0]
    ax.plot(sockets, [r["latency_all_ms_p50"] for r in rows], "o-", label="p50")
    ax.plot(sockets, [r["latency_all_ms_p99"] for r in rows], "s-", label="p99")
    ax.axhline(150, color="grey", linestyle="--", label="target p99 150 ms")
    ax.set_yscale("log")
    ax.set_title("Delivery to all 13 (ms)")
    ax.legend()
    ax = axes[1]
    ax.plot(sockets, [r["rss_kib_per_socket"] for r in rows], "o-")
    ax.axhline(50 * 1000 / 1024, color="grey", linestyle="--", label="target 50 KB")
    ax.set_title("Server memory per socket (KiB)")
    ax.set_ylim(bottom=0)
    ax.legend()
    ax = axes[2]
    ax.plot(sockets, [r["server_cpu_ms_per_message"] for r in rows], "o-", label="per message")
    ax.plot(
        sockets,
        [13 * (r["server_cpu_ms_per_delivery"] or 0) for r in rows],
        "s--",
        label="13 x per delivery",
    )
    ax.set_title("Server CPU per chat message (ms)")
    ax.set_ylim(bottom=0)
    ax.legend()
    for ax in axes:
        ax.set_xlabel("connected sockets (13 per meeting)")
        ax.grid(True, alpha=0.3)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> int:
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(description="Growth of the live fan-out.")
    parser.add_argument("--meetings", default="10,50,100,250,500")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--plot", default=str(ROOT / "docs" / "performance-growth.png"))
    parser.add_argument(
        "--reuse",
        metavar="PATTERN",
        help="no runs: read results written before, e.g. "
        "'bench/results/live-{n}-inmemory-realistic.json' ({n} = meetings)",
    )
    args = parser.parse_args(argv)
    counts = sorted({int(n) for n in args.meetings.split(",")})

    rows, runs = [], []
    for n in counts:
        if args.reuse:
            path = ROOT / args.reuse.format(n=n)
            if not path.exists():
                print(f"growth: no {path.relative_to(ROOT)}, skipped")
                continue
            data = {"file": str(path.relative_to(ROOT)), **json.loads(path.read_text())}
            args.seconds = data["run"]["seconds"]
        else:
            data = run_one(n, args.seconds, extra, baseline=n in (counts[0], counts[-1]))
        runs.append(data)
        channels = data["channels"]
        rows.append({"meetings": n, **{k: channels.get(k) for _, k in ROWS[1:]}})
        print(markdown(rows[-1:]), flush=True)

    first = runs[0]["run"]
    name = first["layer"] + ("-pg" if first["database"] == "postgresql" else "")
    name += f"-{first['variant']}" if first.get("variant") else ""
    title = (
        f"live fan-out growth: {first['layer']} layer, {first['database']}, "
        f"{first['rate']} rate, {args.seconds:g} s load, {os.cpu_count()} cores shared with the "
        f"load generator" + (f", {first['variant']}" if first.get("variant") else "")
    )
    loads = [r["run"].get("load_average_at_start", [None])[0] for r in runs]
    loads = [x for x in loads if x is not None]
    if loads:
        title += f"; machine load average at start {min(loads):.1f}-{max(loads):.1f}"
    table = markdown(rows)
    print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"growth-{name}.md").write_text(f"{title}\n\n{table}\n")
    (RESULTS / f"growth-{name}.json").write_text(
        json.dumps({"title": title, "rows": rows, "files": [r["file"] for r in runs]}, indent=2)
    )
    plot(rows, Path(args.plot), title)
    print(f"plot: {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
