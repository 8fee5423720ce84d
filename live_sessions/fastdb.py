"""The live room's cheapest, most frequent database calls on PostgreSQL without Django's sync
thread (docs/performance.md, "Async hot path").

Under ASGI every ORM call of a process queues on one sync thread. Here the live room's most
frequent calls are plain SQL on psycopg `AsyncConnection`s of the process's event loop (one for
the chat's write transaction, one for everything else), each serialised by an `asyncio.Lock`
(each statement takes a fraction of a millisecond):

- a heartbeat's "anything new?" (`latest_seq`, one indexed row) and the process's batched
  "seen" write (`mark_seen`, one `UPDATE` for all its sockets now and then);
- a chat message (`append_event`): the same transaction as `services._append` (the meeting's
  LiveState row locked, the retry check by client id, the insert with the next gap-free `seq`,
  commit), after which the caller rings the doorbell. A retried client id, a meeting without
  a state row, a unique-key race: left to the sync path (`Fallback`), which answers as before.

- with `LIVE_ASYNC_CATCH_UP` (off by default, see `catch_up_enabled`), every catch-up
  (`events_after`: after a heartbeat found the meeting ahead of the socket,
  after a doorbell gap, after a command, and the replay of a `hello`): the same events as
  `selectors.events_after`, the actors' names joined in one statement, the same visibility rule
  (`selectors.visible_to`) and wire format (`events.serialize`); a group channel, which names
  people by its own rule, is left to the sync path (`Fallback`).

Every other command and the join stay on the ORM (the join is one trip to the sync thread that
also returns the welcome's state and presence list). When this connection fails the caller
reports it like the sync path (nothing stored, the client retries).

On with `LIVE_ASYNC_DB` (default: on when the database is PostgreSQL); SQLite always uses the
sync path.
"""

import asyncio
import contextlib
import datetime
import logging
import weakref
from types import SimpleNamespace

import psycopg
from django.conf import settings
from django.db import connections
from django.utils import timezone
from psycopg.types.json import Jsonb

from accounts.models import User
from courses.models import Attendance, Meeting

from . import formats
from .events import serialize
from .models import LiveState, MeetingEvent
from .selectors import REPLAY_LIMIT, visible_to

logger = logging.getLogger(__name__)

_links: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict]" = weakref.WeakKeyDictionary()


def enabled() -> bool:
    return bool(getattr(settings, "LIVE_ASYNC_DB", False)) and (
        connections["default"].vendor == "postgresql"
    )


def catch_up_enabled() -> bool:
    """The catch-up on this connection too (`LIVE_ASYNC_CATCH_UP`, default off). Measured
    (docs/performance.md, "The catch-up and the join"): at 100 meetings on one process it moved
    work onto the busiest part, the event loop, and messages fell seconds behind, where the
    catch-up on the sync thread kept up; at 10 meetings it was a little faster."""
    return enabled() and bool(getattr(settings, "LIVE_ASYNC_CATCH_UP", False))


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

    async def connection(self):
        if self.conn is None or self.conn.closed:
            self.conn = await psycopg.AsyncConnection.connect(**_connect_kwargs())
        return self.conn

    async def fetchone(self, sql: str, params: tuple):
        return await self._query(sql, params, many=False)

    async def fetchall(self, sql: str, params: tuple) -> list:
        return await self._query(sql, params, many=True)

    async def _query(self, sql: str, params: tuple, *, many: bool):
        """One statement (a read, or a write that is safe to repeat)."""
        async with self.lock:
            for attempt in (1, 2):  # a connection broken by a database restart: once more
                try:
                    if self.conn is None or self.conn.closed:
                        self.conn = await psycopg.AsyncConnection.connect(**_connect_kwargs())
                    cursor = await self.conn.execute(sql, params, prepare=True)
                    if not cursor.description:
                        return None
                    return await (cursor.fetchall() if many else cursor.fetchone())
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


# Per loop: one connection for the chat's write transaction (which may wait for the meeting's
# row lock), and up to READERS for the reads and the "seen" batch, so a heartbeat or a
# catch-up never queues behind a transaction.
WRITE, READ = "write", "read"


# Reads go to the first idle one of a few connections: a statement holds its connection for at
# least one turn of the event loop, which on a busy loop is milliseconds, so one connection
# caps the reads (heartbeats, catch-ups, replays) of the whole process at a few hundred a second.
READERS = 4


def _link(lane: str = READ) -> _Link:
    loop = asyncio.get_running_loop()
    lanes = _links.get(loop)
    if lanes is None:
        lanes = _links[loop] = {}
    if lane == WRITE:
        link = lanes.get(WRITE)
        if link is None:
            link = lanes[WRITE] = _Link()
        return link
    for index in range(READERS):
        link = lanes.get((READ, index))
        if link is None:
            link = lanes[(READ, index)] = _Link()
        if not link.lock.locked():
            return link
    # all busy: take turns
    turn = lanes[READ] = (lanes.get(READ, -1) + 1) % READERS
    return lanes[(READ, turn)]


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


class Fallback(Exception):  # noqa: N818 - a signal, not an error
    """This command is left to the sync path (a retried client id, no state row yet)."""


def _insert_sql() -> str:
    table = MeetingEvent._meta.db_table
    columns = ("meeting_id", "seq", "type", "actor_id", "actor_role", "client_id")
    columns += ("payload", "audience", "hidden", "created_at")
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join(["%s"] * len(columns))
    return f'INSERT INTO "{table}" ({names}) VALUES ({values})'  # noqa: S608 - names from meta


async def append_event(
    *, meeting_id: int, type: str, actor_id: int, actor_role: str, client_id: str, build
):
    """Store one event the way `services._append` does, in one transaction on this loop's
    connection: the meeting's LiveState row locked (`FOR UPDATE`), the retry check by client id,
    the event inserted with the next `seq`, `last_seq` moved on, commit. `build(status,
    breakout)` runs under the lock and returns (payload, audience), or raises a ProtocolError
    (nothing is stored). Returns (seq, created_at, payload, audience); raises `Fallback` when the
    sync path must do it (a retried client id: it returns the stored event; no state row yet)."""
    state = LiveState._meta.db_table
    events = MeetingEvent._meta.db_table
    link = _link(WRITE)
    async with link.lock:
        for attempt in (1, 2):
            locked = False
            try:
                conn = await link.connection()
                async with conn.transaction():
                    cursor = await conn.execute(
                        f'SELECT "last_seq", "status", "breakout" FROM "{state}" '  # noqa: S608
                        'WHERE "meeting_id" = %s FOR UPDATE',
                        (meeting_id,),
                        prepare=True,
                    )
                    row = await cursor.fetchone()
                    locked = True
                    if row is None:
                        raise Fallback
                    if client_id:
                        cursor = await conn.execute(
                            f'SELECT 1 FROM "{events}" WHERE "meeting_id" = %s '  # noqa: S608
                            'AND "actor_id" = %s AND "client_id" = %s',
                            (meeting_id, actor_id, client_id),
                            prepare=True,
                        )
                        if await cursor.fetchone():
                            raise Fallback
                    payload, audience = build(row[1], row[2] or [])
                    seq, now = row[0] + 1, timezone.now()
                    await conn.execute(
                        _insert_sql(),
                        (meeting_id, seq, type, actor_id, actor_role, client_id)
                        + (Jsonb(payload), Jsonb(audience), False, now),
                        prepare=True,
                    )
                    await conn.execute(
                        f'UPDATE "{state}" SET "last_seq" = %s WHERE "meeting_id" = %s',  # noqa: S608
                        (seq, meeting_id),
                        prepare=True,
                    )
                return seq, now, payload, audience
            except psycopg.errors.UniqueViolation as exc:  # the same client id raced in
                raise Fallback from exc
            except psycopg.OperationalError:
                link._drop()
                # a connection broken while idle (a database restart) fails on its first
                # statement, before anything was written: safe to try once more
                if locked or attempt == 2:
                    raise
    return None


def _events_sql() -> str:
    events, users = MeetingEvent._meta.db_table, User._meta.db_table
    event_columns = ("seq", "type", "created_at", "actor_id", "actor_role", "payload")
    event_columns += ("audience", "hidden")
    names = [f'e."{c}"' for c in event_columns]
    names += [f'u."{User._meta.get_field(f).column}"' for f in _NAME_FIELDS]
    return (
        f"SELECT {', '.join(names)} "  # noqa: S608 - names from the models' meta
        f'FROM "{events}" e LEFT JOIN "{users}" u ON u."id" = e."actor_id" '
        'WHERE e."meeting_id" = %s AND e."seq" > %s ORDER BY e."seq" LIMIT %s'
    )


# What `User.name` is made of (read with each event's row, for the actor's name).
_NAME_FIELDS = ("display_name", "first_name", "last_name", "email")


async def events_after(
    *, meeting, after: int, user_id: int, is_leader: bool, hidden_types: frozenset = frozenset()
) -> tuple[list[dict], int]:
    """`selectors.events_after` in one statement on this loop's connection: the events with
    seq > after (at most `REPLAY_LIMIT`), their actors' names joined in; the ones this user may
    receive as wire events (`events.serialize`, the same visibility rule), and the highest seq
    looked at. A group channel names people by its own rule (a hidden last name, a query of
    its memberships): `Fallback`, the sync path reads those."""
    if meeting.kind == Meeting.Kind.NETWORK:
        raise Fallback
    rows = await _link().fetchall(_events_sql(), (meeting.pk, after, REPLAY_LIMIT))
    if not rows:
        return [], after
    actors = {  # enough of each actor for `User.name`
        row[3]: User(pk=row[3], **dict(zip(_NAME_FIELDS, row[8:], strict=True)))
        for row in rows
        if row[3] is not None
    }
    names = formats.room_names(meeting, list(actors.values()))  # no query outside a channel
    visible = []
    for seq, type_, created_at, actor_id, actor_role, payload, audience, hidden, *_ in rows:
        if not visible_to(audience, user_id, is_leader) or type_ in hidden_types:
            continue
        event = SimpleNamespace(
            seq=seq,
            type=type_,
            created_at=created_at.astimezone(datetime.UTC),  # as Django reads it
            actor_id=actor_id,
            actor_role=actor_role,
            payload=payload,
            hidden=hidden,
        )
        visible.append(serialize(event, names))
    return visible, rows[-1][0]


def close_all() -> None:
    """Close every loop's connection (tests: before the test database is dropped)."""
    for lanes in list(_links.values()):
        for link in lanes.values():
            if isinstance(link, _Link):  # (the readers' turn is kept here too)
                link._drop()
    _links.clear()
