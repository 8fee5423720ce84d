"""The summariser `make bench` ends with (bench/targets.py): every target of issue #17 with its
figure and met / not met / not measured, from synthetic result files."""

import json

from bench.targets import LIVE_10, MET, NOT_MEASURED, NOT_MET, PAGES, TARGETS, evaluate, table


def live(*, cpu, connect, rss, servers=1, p99=20.0, lost=0):
    return {
        "target": "x",
        "servers": servers,
        "sockets": 130,
        "server_cpu_ms_per_message": cpu,
        "connect_ms_p50": connect,
        "rss_kib_per_socket": rss,
        "latency_all_ms_p99": p99,
        "lost": lost,
    }


def write(folder, name, data):
    (folder / name).write_text(json.dumps(data))


def by_target(verdicts):
    return {v.target: v for v in verdicts}


def test_ratios_are_judged_within_one_file_and_a_missing_file_is_not_measured(tmp_path):
    write(
        tmp_path,
        LIVE_10,
        {
            "channels": live(cpu=2.0, connect=60.0, rss=40.0),
            "baseline": live(cpu=0.5, connect=10.0, rss=16.0),
        },
    )
    verdicts = by_target(evaluate(tmp_path))
    assert len(verdicts) == len(TARGETS)
    cpu = verdicts["CPU per chat message <= 5x raw"]
    assert (cpu.status, cpu.figure.split()[0]) == (MET, "4.00x")
    assert verdicts["connect + welcome p50 <= 5x raw, 130 sockets"].status == NOT_MET  # 6x
    assert verdicts["memory per socket <= 2x raw"].status == NOT_MET  # 2.5x
    others = [v for v in verdicts.values() if v.source != LIVE_10]
    assert others and all(v.status == NOT_MEASURED for v in others)


def test_a_run_without_baseline_measures_no_ratio(tmp_path):
    write(tmp_path, LIVE_10, {"channels": live(cpu=1, connect=1, rss=1), "baseline": None})
    verdicts = [v for v in evaluate(tmp_path) if v.source == LIVE_10]
    assert {v.status for v in verdicts} == {NOT_MEASURED}


def test_pages_against_the_ceiling_and_the_p99_at_10_clients(tmp_path):
    def cell(rps, p99):
        return {"10": {"rps": rps, "p50_ms": 1, "p99_ms": p99, "non_2xx": 0}}

    results = {
        "ceiling: minimal Django view": cell(400, 30),
        "participant step page (with answers)": cell(130, 80),
        "participant home": cell(100, 95),
        "leader view, full group of 12": cell(60, 120),
    }
    write(tmp_path, PAGES, {"results": results})
    verdicts = by_target(evaluate(tmp_path))
    assert verdicts["step page >= 0.3x the minimal-view ceiling"].status == MET  # 0.325x
    assert verdicts["leader view >= 0.2x the minimal-view ceiling"].status == NOT_MET  # 0.15x
    p99 = verdicts["pages: p99 < 100 ms at 10 clients"]
    assert p99.status == NOT_MET
    assert "120" in p99.figure and "leader view" in p99.figure
    markdown = table(list(verdicts.values()))
    assert markdown.count("\n") == len(TARGETS) + 1
    assert "| not met |" in markdown and "| met |" in markdown


def test_soak_needs_thirty_minutes_low_drift_and_no_memberships_left(tmp_path):
    def soak(minutes, drift, left):
        return {
            "run": {"minutes": minutes},
            "result": {"rss_drift": drift, "redis_after_everyone_left": {"group_members": left}},
        }

    name = "30-min soak: < 10 % drift, no memberships left"
    source = next(t.source for t in TARGETS if t.name == name)
    for data, status in (
        (soak(30, 0.02, 0), MET),
        (soak(30, 0.02, 2), NOT_MET),
        (soak(30, 0.12, 0), NOT_MET),
        (soak(5, 0.0, 0), NOT_MET),
    ):
        write(tmp_path, source, data)
        assert by_target(evaluate(tmp_path))[name].status == status, data


def test_a_smaller_two_process_run_is_shown_but_never_meets_the_500_meeting_target(tmp_path):
    name = "two processes on Redis + PostgreSQL, 500 meetings: p99 < 150 ms, 0 lost"

    def run(meetings, p99):
        return {
            "run": {"meetings": meetings},
            "channels": live(cpu=1, connect=1, rss=1, servers=2, p99=p99),
        }

    write(tmp_path, "live-100-redis-pg-realistic.json", run(100, 40.0))
    verdict = by_target(evaluate(tmp_path))[name]
    assert verdict.status == NOT_MET
    assert verdict.figure.startswith("only 100 meetings measured: p99 40")
    write(tmp_path, "live-200-redis-pg-realistic.json", run(200, 90.0))
    verdict = by_target(evaluate(tmp_path))[name]
    assert (verdict.status, verdict.source) == (NOT_MET, "live-200-redis-pg-realistic.json")
    write(tmp_path, "live-500-redis-pg-realistic.json", run(500, 120.0))
    verdict = by_target(evaluate(tmp_path))[name]
    assert (verdict.status, verdict.source) == (MET, "live-500-redis-pg-realistic.json")


def test_a_short_soak_is_shown_next_to_the_30_minute_one_without_changing_its_verdict(tmp_path):
    name = "30-min soak: < 10 % drift, no memberships left"

    def soak(minutes, meetings, left):
        return {
            "run": {"minutes": minutes, "meetings": meetings},
            "result": {
                "rss_drift": 0.01,
                "lost": 0,
                "redis_after_everyone_left": {"group_members": left},
            },
        }

    write(tmp_path, "soak-100-postgresql.json", soak(30, 100, 2))
    write(tmp_path, "soak-30-postgresql.json", soak(4, 30, 0))
    verdict = by_target(evaluate(tmp_path))[name]
    assert verdict.status == NOT_MET
    assert verdict.figure.endswith("; short soak (4 min, 30 meetings): 0 memberships left, 0 lost")
