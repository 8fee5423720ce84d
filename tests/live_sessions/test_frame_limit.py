"""The server refuses big frames before the application reads them: uvicorn runs with
`--ws-max-size 65536` (Procfile, `make run`, tests/servers.py) and closes with 1009 (message
too big). Frames between 16 KiB and 64 KiB still reach the protocol's own `too_large` error."""

import asyncio
import json
import uuid

from django.utils import timezone

from courses.models import Meeting
from tests.factories import LocationFactory, UserFactory, make_cohort, make_programme
from tests.live_sessions.test_two_processes import cookie
from tests.servers import ROOT, asgi_server

FRAME_LIMIT = 65536


def chat_frame(size: int) -> str:
    return json.dumps({"type": "chat.send", "id": str(uuid.uuid4()), "text": "x" * size})


def test_a_frame_over_64_kib_is_refused_by_the_server_with_1009(transactional_db):
    person = UserFactory(display_name="Anouk")
    cohort = make_cohort(
        make_programme("frames", steps=1), location=LocationFactory(), participants=[person]
    )
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    session = cookie(person)

    async def scenario(port):
        import websockets

        async with websockets.connect(
            f"ws://127.0.0.1:{port}/ws/meetings/{meeting.pk}/",
            additional_headers={"Cookie": session, "Origin": f"http://127.0.0.1:{port}"},
            max_size=None,
        ) as socket:
            await socket.send(json.dumps({"type": "hello", "last_seq": 0}))
            while json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] != "welcome":
                pass
            await socket.send(chat_frame(20_000))  # over 16 KiB, under the server's limit
            while (event := json.loads(await asyncio.wait_for(socket.recv(), 10)))[
                "type"
            ] != "error":
                pass
            assert event["code"] == "too_large"
            await socket.send(chat_frame(FRAME_LIMIT + 1000))
            try:
                while True:
                    await asyncio.wait_for(socket.recv(), 10)
            except websockets.ConnectionClosed as closed:
                return closed.rcvd.code if closed.rcvd else None

    with asgi_server() as server:
        code = asyncio.run(scenario(server.port))
    assert code == 1009


def test_the_procfile_and_make_run_set_the_same_frame_limit():
    web = next(
        line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:")
    )
    # `make run` serves through scripts/run-dev.sh (the web process beside Janus)
    assert "scripts/run-dev.sh" in (ROOT / "Makefile").read_text()
    run = next(
        line
        for line in (ROOT / "scripts" / "run-dev.sh").read_text().splitlines()
        if "uvicorn" in line
    )
    for command in (web, run):
        assert f"--ws-max-size {FRAME_LIMIT}" in command, command
