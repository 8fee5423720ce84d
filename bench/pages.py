"""Page benchmark: req/s and latency of the participant's step page, home and the leader view of
a full group, against a minimal Django view on the same ASGI server (uvicorn, as the Procfile
starts it). Loopback only; every run is bounded in time. Needs `wrk` (Debian package).

    .venv/bin/python bench/pages.py [--seconds 10] [--connections 1,10,50]
        [--server uvicorn|gunicorn] [--workers N] [--pages ceiling,step,home,leader] [--db-pool]

The database is SQLite, or PostgreSQL when DATABASE_URL points at one (the benchmark then makes
a database of its own next to it and drops it afterwards). `--server gunicorn` serves the same
project through WSGI (`jobgroup_platform/wsgi.py`, sync workers) for comparison; the ceiling is
then the minimal view on gunicorn. Results: bench/results/pages.json for the default (1 uvicorn
worker, SQLite), pages-<server>-<N>w-<database>.json otherwise.
"""

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import (  # noqa: E402
    drop_separate_database,
    free_port,
    separate_database_url,
)

RESULTS = ROOT / "bench" / "results"

SETUP = r"""
import datetime, json
from django.conf import settings
from django.test import Client
from django.utils import timezone
from tests.factories import ALL_EXERCISES, UserFactory, LocationFactory, make_programme, make_cohort
from courses.models import Meeting, Answer
from courses.groups.services import cohort_schedule_meetings
from content.selectors import edition_step_content
programme = make_programme("bench", steps=7, deepening=ALL_EXERCISES[:2], homework=ALL_EXERCISES[2:])
people = UserFactory.create_batch(12)
leader = UserFactory(roles=["leader"])
cohort = make_cohort(programme, location=LocationFactory(), participants=people, leaders=[leader])
cohort_schedule_meetings(cohort=cohort, first_starts_at=timezone.now() - datetime.timedelta(weeks=2))
step = edition_step_content(edition=cohort.edition, number=1)
for person in people:
    for exercise in step.answerable:
        if exercise.type == "reflection":
            Answer.objects.create(participant=person, cohort=cohort, edition=cohort.edition, block_id=exercise.id,
                step_number=1, block_type="reflection", value={"text": "Een antwoord " * 20}, sharing="leaders")
def cookie(user):
    c = Client(); c.force_login(user)
    return c.cookies[settings.SESSION_COOKIE_NAME].value
print(json.dumps({"cohort": cohort.pk, "participant": cookie(people[0]), "leader": cookie(leader)}))
"""


def run(cmd, env, **kwargs):
    return subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True, **kwargs
    )


def wrk(url, connections, seconds, cookie=None):
    cmd = ["wrk", "--latency", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", url]
    if cookie:
        cmd[1:1] = ["-H", f"Cookie: sessionid={cookie}"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def percentile(name):
        match = re.search(rf"\s{name}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": percentile("50"),
        "p99_ms": percentile("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


PAGES = {
    "ceiling": "ceiling: minimal Django view",
    "step": "participant step page (with answers)",
    "home": "participant home",
    "leader": "leader view, full group of 12",
}


def server_command(server: str, workers: int, port: int) -> list[str]:
    if server == "gunicorn":
        # WSGI: the platform's own wsgi.py (DJANGO_SETTINGS_MODULE comes from the environment).
        return [
            sys.executable,
            "-m",
            "gunicorn",
            "jobgroup_platform.wsgi:application",
            "--config",
            "python:bench.gunicorn_conf",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
        ]
    # ASGI, as the Procfile's `web` starts it.
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "bench.asgi:application",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--lifespan",
        "off",
        "--no-access-log",
        *(["--workers", str(workers)] if workers > 1 else []),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", default="1,10,50")
    parser.add_argument("--server", choices=["uvicorn", "gunicorn"], default="uvicorn")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--pages", default=",".join(PAGES), help="of: " + ", ".join(PAGES))
    parser.add_argument(
        "--db-pool",
        action="store_true",
        help="PostgreSQL: a connection pool per process (needs psycopg[pool])",
    )
    parser.add_argument("--output", help="results file name in bench/results/")
    args = parser.parse_args()
    connections = [int(c) for c in args.connections.split(",")]
    chosen = [key for key in args.pages.split(",") if key]
    if "ceiling" not in chosen:
        chosen.insert(0, "ceiling")  # ratios need it

    postgres = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    if args.db_pool and not postgres:
        raise SystemExit("--db-pool is for PostgreSQL (set DATABASE_URL)")
    if postgres:
        # a database of its own next to the configured one, dropped afterwards
        database_url = separate_database_url("bench_pages")
    else:
        database_url = f"sqlite:///{RESULTS / f'pages-{os.getpid()}.sqlite3'}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1",
        "BENCH_DB_POOL": "1" if args.db_pool else "",
    }
    env.pop("REDIS_URL", None)
    RESULTS.mkdir(exist_ok=True)
    server = None
    try:
        run([sys.executable, "manage.py", "migrate", "--noinput"], env)
        ids = json.loads(
            run([sys.executable, "manage.py", "shell", "-c", SETUP], env)
            .stdout.strip()
            .splitlines()[-1]
        )
        port = free_port()
        server = subprocess.Popen(
            server_command(args.server, args.workers, port),
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            if (
                subprocess.run(
                    ["curl", "-sf", f"{base}/bench/ping"], capture_output=True
                ).returncode
                == 0
            ):
                break
            time.sleep(0.2)
        urls = {
            "ceiling": (f"{base}/bench/ping", None),
            "step": (f"{base}/groepen/{ids['cohort']}/werkboek/stap/1/", ids["participant"]),
            "home": (f"{base}/", ids["participant"]),
            "leader": (f"{base}/groepen/{ids['cohort']}/leiding/", ids["leader"]),
        }
        pages = {PAGES[key]: urls[key] for key in chosen}
        for name, (url, cookie) in pages.items():
            status = subprocess.run(
                [
                    "curl",
                    "-s",
                    "-o",
                    "/dev/null",
                    "-w",
                    "%{http_code}",
                    "-H",
                    f"Cookie: sessionid={cookie or ''}",
                    url,
                ],
                capture_output=True,
                text=True,
            ).stdout
            if status != "200":
                raise SystemExit(f"{name}: HTTP {status} instead of 200 at {url}")
        load_before = os.getloadavg()
        results = {}
        for name, (url, cookie) in pages.items():
            wrk(url, 2, 2, cookie)  # warm up (content cache, connections)
            results[name] = {c: wrk(url, c, args.seconds, cookie) for c in connections}
        load_after = os.getloadavg()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        if postgres:
            drop_separate_database(database_url)
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{database_url.removeprefix('sqlite:///')}{suffix}").unlink(missing_ok=True)

    machine = f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"
    kind = "ASGI" if args.server == "uvicorn" else "WSGI, sync workers"
    plural = "s" if args.workers > 1 else ""
    setup = (
        f"{args.workers} {args.server} worker{plural} ({kind}), "
        f"{'PostgreSQL' if postgres else 'SQLite'}"
        f"{', pooled connections' if args.db_pool else ''}"
    )
    print(f"Machine: {machine}; server: {setup}; load: wrk on the same machine")
    print(
        "Load average (1 min) before/after: "
        f"{load_before[0]:.2f} / {load_after[0]:.2f} (other processes share the 2 cores)\n"
    )
    print("| page | clients | req/s | ratio to ceiling | p50 ms | p99 ms | non-2xx |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    ceiling = results[PAGES["ceiling"]]
    for name, by_c in results.items():
        for c, r in by_c.items():
            ratio = r["rps"] / ceiling[c]["rps"] if ceiling[c]["rps"] else 0
            print(
                f"| {name} | {c} | {r['rps']:.0f} | {ratio:.2f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['non_2xx']} |"
            )
    default = (args.server, args.workers, postgres, args.db_pool) == ("uvicorn", 1, False, False)
    output = args.output or (
        "pages.json"
        if default
        else f"pages-{args.server}-{args.workers}w-{'postgres' if postgres else 'sqlite'}"
        f"{'-pool' if args.db_pool else ''}.json"
    )
    (RESULTS / output).write_text(
        json.dumps(
            {
                "machine": machine,
                "server": args.server,
                "workers": args.workers,
                "database": "postgresql" if postgres else "sqlite",
                "db_pool": args.db_pool,
                "load_average_before_after": [load_before[0], load_after[0]],
                "seconds_per_cell": args.seconds,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
