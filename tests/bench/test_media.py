"""The media bench's verdict and table (the measuring itself needs root, Janus and Chromium: run
`make bench-media`)."""

from bench.media import GOAL_AUDIO_DOWN_KBITS, goal, kbits, meetings_per_core, table


def row(mode="audio", participants=13, down_max=40.0, heard=True, cpu=20.0):
    return {
        "mode": mode,
        "participants": participants,
        "janus_cpu_pct_of_one_core": cpu,
        "janus_rss_mib": 33.0,
        "janus_rss_idle_mib": 22.0,
        "janus_rss_per_participant_mib": 0.9,
        "down_kbits_mean": down_max - 1,
        "down_kbits_max": down_max,
        "down_with_rtp_headers_kbits_max": down_max + 8,
        "up_kbits_mean": 25.0,
        "talking": participants,
        "everyone_heard_voice": heard,
    }


def test_bytes_over_a_window_become_kilobits_per_second():
    assert kbits(80_000, 20) == 32.0


def test_the_goal_is_the_worst_participant_of_the_13_person_audio_meeting():
    rows = [row(participants=6, down_max=90), row(down_max=GOAL_AUDIO_DOWN_KBITS), row("video")]
    assert goal(rows)["met"] is True
    assert goal([row(down_max=GOAL_AUDIO_DOWN_KBITS + 0.1)])["met"] is False


def test_the_goal_is_not_met_by_silence():
    assert goal([row(down_max=30, heard=False)])["met"] is False


def test_no_verdict_without_a_13_person_audio_run():
    assert goal([row(participants=6), row("video")]) is None


def test_the_table_has_one_line_per_cell_with_meetings_per_core():
    text = table([row(cpu=20.0), row("video", cpu=0.0)])
    lines = text.splitlines()
    assert len(lines) == 4
    assert "| audio | 13 | 20.0 |" in lines[2]
    assert meetings_per_core(row(cpu=20.0)) == "5"
    assert meetings_per_core(row(cpu=0.0)) == "–"
