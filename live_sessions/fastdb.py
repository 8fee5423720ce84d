"""The live room's cheapest, most frequent database calls on PostgreSQL without Django's sync
thread (docs/performance.md, "Async hot path").

Under ASGI every ORM call of a process queues on one sync thread. A heartbeat only needs to know
whether the meeting has an event this socket has not had (`latest_seq`, one indexed row), and
the process marks its sockets' attendances seen in one `UPDATE` now and then (`mark_seen`): both
are plain SQL here on a psycopg `AsyncConnection` of this process's event loop, serialised by an
`asyncio.Lock` (each statement takes a fraction of a millisecond). Everything that changes the
meeting (`live_apply`, the join) and every catch-up stays on the ORM with its row lock, so the
guarantees are unchanged; when this connection fails the caller falls back to the sync path.

On with `LIVE_ASYNC_DB` (default: on when the database is PostgreSQL); SQLite always uses the
sync path.
"""

import asyncio
import contextlib
import logging
import weakref

import psycopg
from django.conf import settings
from django.db import connections

from courses.models import Attendance

from .models import LiveState

logger = logging.getLogger(__name__)

_links: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Link]" = weakref.WeakKeyDictionary()


def enabled() -> bool:
    return bool(getattr(settings, "LIVE_ASYNC_DB", False)) and (
        connections["default"].vendor == "postgresql"
    )


def _connect_kwargs() -> dict:
    conf = connections["default"].settings_dict  # the test database's name during tests
    kwargs = {"dbname": conf["NAME"], "autocommit": True}
    for key, name in (("USER", "user"), ("PASSWORD", "password"), ("HOST", "host")):
        if conf.get(key):
            kwargs[name] = conf[key]
    if conf.get("PORT"):
        kwargs["port"] = int(conf["PORT"])
    for key in ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout"):
        if key in (conf.get("OPTIONS") or {}):
            kwargs[key] = conf["OPTIONS"][key]
    kwargs.setdefault("connect_timeout", 5)
    return kwargs


class _Link:
    """One connection per event loop, one statement at a time."""

    def __init__(self):
        self.lock = asyncio.Lock()
        self.conn = None

    async def fetchone(self, sql: str, params: tuple):
        async with self.lock:
            for attempt in (1, 2):  # a connection broken by a database restart: once more
                try:
                    if self.conn is None or self.conn.closed:
                        self.conn = await psycopg.AsyncConnection.connect(**_connect_kwargs())
                    cursor = await self.conn.execute(sql, params, prepare=True)
                    return await cursor.fetchone() if cursor.description else None
                except psycopg.OperationalError:
                    self._drop()
                    if attempt == 2:
                        raise
        return None

    def _drop(self):
        conn, self.conn = self.conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # already gone
                conn.pgconn.finish()


def _link() -> _Link:
    loop = asyncio.get_running_loop()
    link = _links.get(loop)
    if link is None:
        link = _links[loop] = _Link()
    return link


async def latest_seq(meeting_id: int) -> int | None:
    """The meeting's highest stored `seq` (None: no state row yet)."""
    # table names from the models' meta, values as parameters
    row = await _link().fetchone(
        f'SELECT "last_seq" FROM "{LiveState._meta.db_table}" WHERE "meeting_id" = %s',  # noqa: S608
        (meeting_id,),
    )
    return row[0] if row else None


async def mark_seen(attendance_ids: list[int]) -> None:
    """`last_seen_at = now()` for these attendances, in one statement."""
    await _link().fetchone(
        f'UPDATE "{Attendance._meta.db_table}" SET "last_seen_at" = now() WHERE "id" = ANY(%s)',  # noqa: S608
        (list(attendance_ids),),
    )


def close_all() -> None:
    """Close every loop's connection (tests: before the test database is dropped)."""
    for link in list(_links.values()):
        link._drop()
    _links.clear()
