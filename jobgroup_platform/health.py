"""Dependency checks behind GET /healthz."""

import asyncio
import logging

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.db import connection

logger = logging.getLogger(__name__)

CHANNEL_LAYER_TIMEOUT_SECONDS = 2.0


def _database_check() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


async def database_status() -> str:
    try:
        await sync_to_async(_database_check, thread_sensitive=True)()
    except Exception as exc:  # any failure of the database means "not ok"
        logger.warning("healthz: database check failed: %s", exc)
        return "error"
    return "ok"


async def channel_layer_status() -> str:
    """Send a message to a fresh channel and read it back: the layer really carries messages."""
    layer = get_channel_layer()
    if layer is None:
        return "error"
    try:
        async with asyncio.timeout(CHANNEL_LAYER_TIMEOUT_SECONDS):
            # The default prefix on purpose: channels_redis reads every process-local channel
            # of a process through one Redis list per prefix, and a consumer waiting on the
            # "specific." list holds the process's receive lock. A "healthz." channel would wait
            # behind it and time out whenever a socket of a quiet meeting is connected.
            channel = await layer.new_channel()
            await layer.send(channel, {"type": "healthz.ping"})
            message = await layer.receive(channel)
        if message.get("type") != "healthz.ping":
            return "error"
    except Exception as exc:  # a timeout, a refused connection, a full channel
        logger.warning("healthz: channel layer check failed: %r", exc)
        return "error"
    return "ok"
