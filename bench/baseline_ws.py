"""Baseline for bench/live_fanout.py: the smallest useful broadcast server.

Plain `websockets` (no Django, no database, no channel layer): a room per URL path, and every
text frame a client sends is relayed to everyone in that room, the sender included. It listens on
127.0.0.1 only, prints "ready <port>" once it accepts connections, and stops on SIGTERM/SIGINT
or after --max-seconds, whichever comes first.

Like the Channels server in the bench (and the Procfile), WebSocket compression is OFF unless
--deflate is given. The `websockets` library negotiates permessage-deflate by default; a zlib
compressor and decompressor per connection cost ~35 KiB of RSS each socket, so with the default
the "raw" ceiling measured ~50 KiB per socket instead of ~15 KiB and flattered every memory ratio
(docs/performance.md, "Why the bench's memory baseline was 47 KiB").

    .venv/bin/python bench/baseline_ws.py --port 8765 --max-seconds 600
"""

import argparse
import asyncio
import contextlib
import signal
import sys

from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed

ROOMS: dict[str, set] = {}


async def relay(connection):
    path = connection.request.path
    room = ROOMS.setdefault(path, set())
    room.add(connection)
    try:
        async for message in connection:
            if not isinstance(message, str):
                continue
            # Await each send (back-pressure) rather than websockets.broadcast(), which skips
            # slow clients: the baseline must not lose frames the benchmark then counts as lost.
            for member in list(room):
                with contextlib.suppress(ConnectionClosed):
                    await member.send(message)
    finally:
        room.discard(connection)
        if not room:
            ROOMS.pop(path, None)


async def main(port: int, max_seconds: float, deflate: bool = False) -> None:
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    compression = "deflate" if deflate else None
    # max_size as uvicorn's --ws-max-size in the bench/Procfile
    async with serve(relay, "127.0.0.1", port, max_size=64 * 1024, compression=compression):
        print(f"ready {port}", flush=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop, timeout=max_seconds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument(
        "--deflate", action="store_true", help="negotiate permessage-deflate (off by default)"
    )
    args = parser.parse_args()
    asyncio.run(main(args.port, args.max_seconds, args.deflate))
    sys.exit(0)
