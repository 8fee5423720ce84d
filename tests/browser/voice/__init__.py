"""Voice through a real Janus, in a network namespace the test makes itself (test_media_janus.py).

Janus never offers loopback addresses as ICE candidates, and tests here may only send traffic to
loopback or inside a namespace they made. So the outer test re-runs `voice_scenarios.py` under
`unshare -n`; inside, a veth pair gives an address (10.77.0.1) that leads nowhere, and Janus, the
ASGI server (SQLite and the in-memory layer: PostgreSQL and Redis outside are not reachable on
127.0.0.1 there) and Chromium with fake devices all run in it."""
