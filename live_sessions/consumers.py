"""The live meeting socket: /ws/meetings/<meeting id>/ (docs/live-protocol.md).

The consumer only does socket I/O; access, validation and storage live in
`courses.network.access` (the gate, `meeting_for_member`) and this app's `access` (does an open
socket still belong?), `limits` (per person, across sockets),
`protocol`, `services` and `selectors`.
"""

import asyncio
import concurrent.futures
import contextlib
import functools
import json
import logging
from types import SimpleNamespace

from channels.auth import get_user
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.middleware import language_chosen
from accounts.sockets import person_group_name
from courses.models import Meeting
from courses.network.access import meeting_for_member

from . import access as room_access
from . import close_codes, fastdb, formats, limits, protocol, selectors, services
from .models import LiveState

logger = logging.getLogger(__name__)

LAYER_RETRY_FIRST_SECONDS = 0.1
LAYER_RETRY_MAX_SECONDS = 2.0
# When Janus did not answer for a person's media room: ask again after these pauses (seconds),
# then every last one, for as long as the socket is open (`media_wait`).
MEDIA_RETRY_SECONDS = (1.0, 2.0, 4.0, 8.0, 15.0)
# Events after which a person's media room may have changed (`media.changed`).
MEDIA_MOVES = frozenset({"breakout.opened", "breakout.closed", "session.ended"})
# ... and for the leader who stepped into a breakout group, or out of it again.
VISITS = frozenset({"breakout.visited", "breakout.left"})


class MeetingConsumer(AsyncWebsocketConsumer):
    # --- the channel layer, surviving a Redis outage ---------------------------------------------
    #
    # Channels reads the layer with `self.channel_receive()`; when Redis goes away that call raises
    # and the plain consumer dies, closing the socket. Here a failing read is retried with a
    # growing pause: the socket stays open, and its heartbeat keeps it up to date from the
    # database until the layer is back (the heartbeat also renews the group membership).

    @property
    def channel_receive(self):
        return self._resilient_channel_receive

    @channel_receive.setter
    def channel_receive(self, receive):
        self._layer_receive = receive

    async def _resilient_channel_receive(self):
        pause = LAYER_RETRY_FIRST_SECONDS
        while True:
            try:
                return await self._layer_receive()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                logger.warning("channel layer receive failed (retrying in %.1fs): %r", pause, exc)
                self.recheck_due = True  # an `access.recheck` may have been lost meanwhile
                await asyncio.sleep(pause)
                pause = min(pause * 2, LAYER_RETRY_MAX_SECONDS)

    # --- a client that is gone ------------------------------------------------------------------
    #
    # When the client has gone but its `websocket.disconnect` is not yet dispatched (a doorbell or
    # a `hello` was handled first), the server's send raises (uvicorn: `ClientDisconnected`, an
    # OSError). Out of a handler that error ends the consumer without `disconnect()` (uvicorn
    # swallows it without a log line): the group memberships, the socket slot and the attendance
    # would stay behind. So a failed send marks the socket closed and is otherwise ignored; the
    # queued `websocket.disconnect` then runs `disconnect()` as for any other close.

    async def __call__(self, scope, receive, send):
        async def send_or_mark_closed(message):
            try:
                await send(message)
            except OSError as exc:
                logger.info("send to a closed socket: %r", exc)
                self.closed = True

        await super().__call__(scope, receive, send_or_mark_closed)

    # --- socket handlers ---------------------------------------------------------------------

    async def connect(self):
        # The person is read with the room's gate, in one trip to the sync thread (`_open_room`),
        # after the handshake: not by Channels' AuthMiddleware before it (a trip of its own, which
        # a storm of reconnects queued behind each other until their handshakes timed out).
        self.user = self.scope.get("user")
        session = self.scope.get("session")
        self.session_key = session.session_key if session is not None else None
        self.meeting = None
        self.slot = None
        self.attendance_id = None
        self.last_sent_seq = 0
        self.heartbeat = None
        self.slot_beats = 0
        self.recheck_due = False  # re-check access on the next beat, not only every Nth
        self.closed = False
        self.media_ids = set()  # the Janus participant ids handed to this socket
        self.media_retry = None  # asks Janus again after it did not answer (`media_wait`)
        self.send_lock = asyncio.Lock()
        self.limiter = protocol.RateLimiter(
            rate=settings.LIVE_RATE_PER_SECOND, burst=settings.LIVE_RATE_BURST
        )
        self.language = settings.LANGUAGE_CODE
        await self.accept()
        if self.closed:  # the client went away during the handshake
            return
        code = await self._open(self.scope["url_route"]["kwargs"]["meeting_id"])
        if code:
            await self.close(code=code)
            return
        await self._join_group()
        self.heartbeat = asyncio.create_task(self._heartbeat())

    def _groups(self) -> list[str]:
        # the meeting's group (the doorbell) and the person's own (`access.recheck`)
        return [self.meeting.group_name, person_group_name(self.user.pk)]

    async def _join_group(self):
        """Add (or renew) this socket's membership of its groups. The membership expires after the
        layer's `group_expiry` unless renewed, so a process that died leaves nothing behind for
        long, and a Redis that restarted empty gets the memberships back."""
        if self.closed:  # never (re-)add a socket that has gone
            return
        for group in self._groups():
            try:
                await self.channel_layer.group_add(group, self.channel_name)
            except Exception as exc:  # no doorbell: the heartbeat still catches up and re-checks
                logger.warning("group_add %s failed: %r", group, exc)
                self.recheck_due = True

    async def disconnect(self, code):
        self.closed = True
        if self.heartbeat:
            # wait until the heartbeat has really stopped: a membership renewal still on its way
            # to Redis would otherwise land after the discard below and outlive the socket
            self.heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.heartbeat
        if self.media_retry:
            self.media_retry.cancel()
        if self.meeting is None:
            return
        for group in self._groups():
            try:
                await self.channel_layer.group_discard(group, self.channel_name)
            except Exception as exc:
                logger.warning("group_discard failed: %r", exc)
        if self.slot is not None:
            others = await _off_thread(_release)(
                meeting_id=self.meeting.pk,
                user_id=self.user.pk,
                slot=self.slot,
                channel_name=self.channel_name,
            )
            if self.attendance_id is not None and not others:
                await database_sync_to_async(_leave)(
                    access=self.access,
                    meeting=self.meeting,
                    user=self.user,
                    attendance_id=self.attendance_id,
                )

    async def receive(self, text_data=None, bytes_data=None):
        if self.meeting is None or self.closed:
            return
        with translation.override(self.language):
            await self._receive(text_data, bytes_data)

    async def _receive(self, text_data, bytes_data):
        if not self.limiter.allow():
            await self._send_json(
                protocol.ProtocolError(
                    protocol.RATE_LIMITED, _("Te veel berichten; wacht even.")
                ).as_event()
            )
            return
        command = None
        try:
            if bytes_data is not None:
                raise protocol.ProtocolError(
                    protocol.INVALID_JSON, _("Alleen tekstberichten (JSON).")
                )
            command = protocol.parse(text_data or "", is_leader=self.access.is_leader)
            await self._handle(command)
        except protocol.ProtocolError as error:
            await self._send_json(error.as_event())
        except Exception:  # never let one message take the connection or the worker down
            # (the database away for a moment, say: nothing was stored, the client may retry)
            logger.exception("live message failed in meeting %s", self.meeting.pk)
            await self._send_json(
                protocol.ProtocolError(
                    protocol.SERVER_BUSY,
                    _("Dat lukte niet. Probeer het opnieuw."),
                    command.id if command else None,
                ).as_event()
            )

    # --- command helpers ---------------------------------------------------------------------

    async def _open(self, meeting_id: int) -> int | None:
        # the gate and the name in one trip to the sync thread, then a socket slot (the cache)
        code, opened = await database_sync_to_async(_open_room)(
            scope=self.scope, user=self.user, meeting_id=meeting_id
        )
        if code:
            return code
        self.user, access, meeting, my_name, plain_room = opened
        # the page's language (cookie, then account), for the texts of `error` events
        self.language = language_chosen(cookies=self.scope.get("cookies") or {}, user=self.user)
        self.slot = await _off_thread(limits.socket_slot_claim)(
            meeting_id=meeting.pk, user_id=self.user.pk, channel_name=self.channel_name
        )
        if self.slot is None:
            return close_codes.TOO_MANY_SOCKETS
        self.access, self.meeting, self.my_name, self.plain_room = (
            access,
            meeting,
            my_name,
            plain_room,
        )
        return None

    async def _recheck(self) -> bool:
        """Does this socket still belong in its room? If not, it closes with 4403."""
        access = await database_sync_to_async(room_access.socket_access)(
            session_key=self.session_key, user_id=self.user.pk, meeting_id=self.meeting.pk
        )
        self.recheck_due = False
        if access is None:
            await self._close_forbidden()
            return False
        self.access = access
        return True

    async def _close_forbidden(self):
        if self.closed:
            return
        self.closed = True  # nothing more is sent to, or accepted from, this socket
        logger.info(
            "socket of person %s closed in meeting %s: access gone", self.user.pk, self.meeting.pk
        )
        await self.close(code=close_codes.FORBIDDEN)
        try:  # out of the media room too: all of the person's if they lost access, else this tab
            await database_sync_to_async(_media_out)(
                meeting=self.meeting, user=self.user, janus_ids=set(self.media_ids)
            )
        except Exception as exc:
            logger.warning("media of person %s not withdrawn: %r", self.user.pk, exc)

    def _remember_media(self, media: dict | None) -> None:
        if media:
            self.media_ids.add(media["user_id"])

    async def _follow_media(self, events) -> None:
        """After a breakout opened or closed, the meeting ended, or this person (a leader) stepped
        into a breakout group or out of it: the `media` object of the room this person is in
        now (their token let into it). Called with the send lock held."""
        if self.closed or not any(self._moves(e) for e in events):
            return
        if not services.media_offered(self.meeting):
            return
        media, wait = await database_sync_to_async(services.media_state)(
            meeting=self.meeting, user=self.user, display=self.my_name
        )
        self._remember_media(media)
        if not self.closed:
            await self.send(
                text_data=_dumps({"type": "media.changed", "media": media, "media_wait": wait})
            )
        self._media_wait(wait)

    def _media_wait(self, wait: bool) -> None:
        """Janus did not answer for this person's media room: ask again in the background (one
        retry loop per socket); an answer from elsewhere (a newer `media.changed`) ends it."""
        if self.media_retry is not None and not self.media_retry.done():
            if not wait:
                self.media_retry.cancel()
            return
        if wait and not self.closed:
            self.media_retry = asyncio.create_task(self._retry_media())

    async def _retry_media(self) -> None:
        attempt = 0
        while not self.closed:
            await asyncio.sleep(MEDIA_RETRY_SECONDS[min(attempt, len(MEDIA_RETRY_SECONDS) - 1)])
            attempt += 1
            try:
                async with self.send_lock:
                    if self.closed:
                        return
                    media, wait = await database_sync_to_async(services.media_state)(
                        meeting=self.meeting, user=self.user, display=self.my_name
                    )
                    if wait:
                        continue
                    self._remember_media(media)
                    await self.send(
                        text_data=_dumps(
                            {"type": "media.changed", "media": media, "media_wait": False}
                        )
                    )
                    return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database away for a moment: try again later
                logger.warning("media retry for person %s failed: %r", self.user.pk, exc)

    def _moves(self, event: dict) -> bool:
        kind = event.get("type")
        return kind in MEDIA_MOVES or (kind in VISITS and event.get("user") == self.user.pk)

    async def _handle(self, command: protocol.Command):
        if command.type == "ping":
            await self._send_json({"type": "pong"})
            return
        if command.type == "hello":
            async with self.send_lock:
                if self.closed:
                    return
                state, events, last = await self._hello(command.fields["last_seq"])
                self._remember_media(state["media"])
                self._media_wait(state["media_wait"])
                self.last_sent_seq = max(last, command.fields["last_seq"])
                await self.send(
                    text_data=_dumps(
                        {
                            "type": "welcome",
                            "you": {
                                "id": self.user.pk,
                                "name": self.my_name,
                                "role": services.role_of(self.access),
                            },
                            **state,
                            "events": events,
                        }
                    )
                )
            return
        if self.attendance_id is None:
            raise protocol.ProtocolError(
                protocol.HELLO_FIRST, _("Stuur eerst 'hello'."), command.id
            )
        if self.closed:
            return
        # within the person's message limit across all their sockets (the cache)
        allowed = await _off_thread(limits.message_allowed)(
            meeting_id=self.meeting.pk, user_id=self.user.pk
        )
        if not allowed:
            raise protocol.ProtocolError(
                protocol.RATE_LIMITED, _("Te veel berichten; wacht even."), command.id
            )
        if command.type == "chat.send" and self.plain_room and fastdb.enabled():
            try:
                event = await self._chat_fast(command)
            except fastdb.Fallback:
                pass  # the sync path below answers (a retried id, a first message)
            else:
                if not await self._send_own(event):
                    await self._catch_up()
                return
        (event, duplicate), doorbells = await database_sync_to_async(services.defer_doorbells)(
            _apply, access=self.access, meeting=self.meeting, user=self.user, command=command
        )
        # stored and committed: now the doorbell, from this event loop (not the sync thread)
        await services.ring_deferred(doorbells)
        if duplicate:
            names = {self.user.pk: self.my_name}
            await self._send_json(selectors.serialize(event, names))
        elif await self._send_own(event):
            return
        await self._catch_up()

    async def _hello(self, after: int):
        """The join, the state and the replay after `after` for `welcome`. On SQLite (or without
        `LIVE_ASYNC_DB`) in one trip to the sync thread. On PostgreSQL the sync thread does the
        join (the attendance, `presence.joined`), the state read with it and the media grant;
        the replay is read on the async connection (`fastdb.events_after`) afterwards."""
        fast = fastdb.enabled()
        (
            (self.attendance_id, state, events, last),
            doorbells,
        ) = await database_sync_to_async(services.defer_doorbells)(
            _hello,
            access=self.access,
            meeting=self.meeting,
            user=self.user,
            attendance_id=self.attendance_id,
            after=after,
            display=self.my_name,
            replay=not (fast and fastdb.catch_up_enabled()),
        )
        await services.ring_deferred(doorbells)  # `presence.joined`, stored and committed
        if fast and fastdb.catch_up_enabled():
            events, last = await self._missed(beat=False, after=after)
        return state, events, last

    async def _chat_fast(self, command: protocol.Command):
        """`chat.send` without the sync thread (PostgreSQL, `fastdb.append_event`): the same
        checks and the same stored event as `services.live_apply` → `_chat`, then the doorbell."""
        text, room = command.fields["text"], command.fields.get("room")
        is_leader, user_id = self.access.is_leader, self.user.pk

        def build(status, breakout):  # under the meeting's row lock; as services._chat
            if status != LiveState.Status.STARTED:
                raise protocol.ProtocolError(
                    protocol.NOT_LIVE, str(protocol.NOT_LIVE_DETAIL), command.id
                )
            # sanitised under the lock as in `_chat`: a failure here rolls everything back
            html = services.user_markdown_to_html(text)
            payload, audience = {"html": html, "client_id": command.id}, []
            if room is not None:
                if not (0 <= room < len(breakout)) or (
                    user_id not in breakout[room] and not is_leader
                ):
                    raise protocol.ProtocolError(
                        protocol.NOT_ALLOWED_NOW, _("Je zit niet in dit groepje."), command.id
                    )
                audience = list(breakout[room])
                payload["room"] = room
            return payload, audience

        role = services.role_of(self.access)
        seq, created_at, payload, audience = await fastdb.append_event(
            meeting_id=self.meeting.pk,
            type="chat.message",
            actor_id=user_id,
            actor_role=role,
            client_id=command.id,
            build=build,
        )
        wire = {  # as events.serialize
            "type": "chat.message",
            "seq": seq,
            "at": created_at.isoformat(),
            "actor": {"id": user_id, "name": self.my_name, "role": role},
            **payload,
        }
        await services.ring_deferred(
            [(self.meeting.group_name, services.doorbell_message(seq, wire, audience))]
        )
        return SimpleNamespace(seq=seq, wire=wire)

    async def _send_own(self, event) -> bool:
        """The sender's own new event, without reading it back: sent when it is the very next
        `seq` for this socket (or was already sent by its doorbell). False: catch up instead."""
        wire = getattr(event, "wire", None)
        if wire is None:
            return False
        async with self.send_lock:
            if self.closed:
                return True
            if event.seq <= self.last_sent_seq:
                return True  # its doorbell got here first
            if event.seq != self.last_sent_seq + 1:
                return False  # something in between: from the database, in order
            await self.send(text_data=_dumps(wire))
            self.last_sent_seq = event.seq
            await self._follow_media([wire])
        return True

    async def _catch_up(self, *, beat: bool = False):
        """Send what this socket missed since `last_sent_seq`: the one path for a doorbell gap,
        after a command, and on every heartbeat (the safety net under the doorbell). On a beat
        the socket's slot is renewed (the cache thread) and the same trip to the sync thread
        marks it seen."""
        if self.closed:
            return  # the client is gone: no database work on its behalf
        if beat:
            await self._renew_slot()
        async with self.send_lock:
            events, last = await self._missed(beat=beat)
            if self.closed:
                return
            for event in events:
                await self.send(text_data=_dumps(event))
            self.last_sent_seq = max(self.last_sent_seq, last)
            await self._follow_media(events)

    async def _missed(self, *, beat: bool, after: int | None = None):
        """The events after `after` (default `last_sent_seq`) this socket may receive: on
        PostgreSQL from the async connection (`fastdb.events_after`), else (or for a group
        channel) from the sync path."""
        after = self.last_sent_seq if after is None else after
        if self.attendance_id is not None and not beat and fastdb.catch_up_enabled():
            try:
                return await fastdb.events_after(
                    meeting=self.meeting,
                    after=after,
                    user_id=self.user.pk,
                    is_leader=self.access.is_leader,
                    hidden_types=selectors.hidden_types(self.access),
                )
            except fastdb.Fallback:
                pass
        return await database_sync_to_async(_missed)(
            meeting=self.meeting,
            user=self.user,
            is_leader=self.access.is_leader,
            attendance_id=self.attendance_id,
            after=after,
            beat=beat,
            hidden=selectors.hidden_types(self.access),
        )

    async def _heartbeat(self):
        """Every beat: renew the group memberships and catch up (`_catch_up`); every
        `LIVE_RECHECK_EVERY_BEATS`th beat, or when a re-check is due (a recheck message may have
        been lost), first ask the gate again (`access.socket_access`)."""
        interval = settings.LIVE_HEARTBEAT_SECONDS
        every = max(1, settings.LIVE_RECHECK_EVERY_BEATS)
        beats = 0
        try:
            while True:
                await asyncio.sleep(interval)
                try:
                    await self._send_json({"type": "heartbeat"})
                except Exception as exc:  # the socket is gone; disconnect() cleans up
                    logger.info("heartbeat stopped: %r", exc)
                    return
                await self._join_group()
                if self.closed:
                    return
                beats += 1
                try:
                    if self.recheck_due or beats % every == 0:
                        self.recheck_due = True  # until it succeeds (the database may be away)
                        if not await self._recheck():
                            return
                    if fastdb.enabled():
                        await self._quick_beat()
                    else:
                        await self._catch_up(beat=True)
                except Exception as exc:  # the database is away: try again next beat
                    logger.warning(
                        "heartbeat catch-up failed in meeting %s: %r", self.meeting.pk, exc
                    )
        except asyncio.CancelledError:
            pass

    async def _renew_slot(self):
        # every second beat: a slot lives `limits.slot_ttl()` (three beats and 15 s); each renewal
        # is a call on the process's one cache thread, which at 100 meetings on Redis fell behind
        self.slot_beats += 1
        if self.slot_beats % 2:
            return
        await _off_thread(limits.socket_slot_renew)(
            meeting_id=self.meeting.pk,
            user_id=self.user.pk,
            slot=self.slot,
            channel_name=self.channel_name,
        )

    async def _quick_beat(self):
        """A heartbeat without the sync thread (PostgreSQL, `fastdb`): the socket slot is renewed
        in the cache (the cache thread), the attendance marked seen in the process's batch,
        and the meeting's latest `seq` compared with what this socket has had; only when
        something is missing does it catch up from the database (the usual sync path)."""
        if self.closed:
            return
        await self._renew_slot()
        if self.attendance_id is None:
            return
        ids = services.seen_due(self.attendance_id)
        if ids:
            try:
                await fastdb.mark_seen(ids)
            except Exception:
                services.seen_not_written(ids)
                raise
        latest = await fastdb.latest_seq(self.meeting.pk)
        if latest is None or latest > self.last_sent_seq:
            await self._catch_up()

    async def _send_json(self, data: dict):
        await self.send(text_data=_dumps(data))

    # --- channel-layer event handlers --------------------------------------------------------

    async def meeting_event(self, message):
        """The doorbell: event `seq` is stored. When it is the very next one for this socket, send
        the event that came with it; after a gap (a lost doorbell), catch up from the database."""
        if self.attendance_id is None or self.closed:
            return
        seq, event = message.get("seq"), message.get("event")  # `event`: an older process's
        async with self.send_lock:
            if isinstance(seq, int) and seq <= self.last_sent_seq:
                return  # already sent (a catch-up got there first)
            text = message.get("text")
            if (text is not None or event is not None) and seq == self.last_sent_seq + 1:
                audience = message.get("audience") or []
                kind = (message.get("head") or event or {}).get("type")
                hidden = kind in selectors.hidden_types(self.access)
                if not hidden and (
                    not audience or self.access.is_leader or self.user.pk in audience
                ):
                    # serialised once per meeting by whoever rang (`services.doorbell_message`)
                    await self.send(text_data=text if text is not None else _dumps(event))
                self.last_sent_seq = seq
                await self._follow_media([message.get("head") or event or {}])
                return
            if isinstance(seq, int):  # doorbells went missing (a full channel, a Redis outage)
                logger.info(
                    "doorbell gap in meeting %s: had seq %s, rung %s; catching up",
                    self.meeting.pk,
                    self.last_sent_seq,
                    seq,
                )
        await self._catch_up()

    async def access_recheck(self, message):
        """Someone's access changed (`accounts.sockets.sockets_recheck`): still allowed in?"""
        if self.meeting is None or self.closed:
            return
        try:
            await self._recheck()
        except Exception as exc:  # the database is away: the heartbeat checks again
            logger.warning("access re-check failed in meeting %s: %r", self.meeting.pk, exc)
            self.recheck_due = True


_cache_thread = concurrent.futures.ThreadPoolExecutor(
    max_workers=1, thread_name_prefix="live-cache"
)


def _off_thread(function):
    """A call of `limits` (the cache, no database) on the process's one cache thread: not
    queued behind the sync thread's database work, and one cache connection at a time as
    before (the sync thread no longer calls the cache for the room)."""

    async def call(**kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_cache_thread, functools.partial(function, **kwargs))

    return call


def _open_room(*, scope, user, meeting_id):
    """(close code, None), or (None, (user, access, meeting, name, plain room)) for a socket let
    in. The person comes from the session (`channels.auth.get_user`, here on the sync thread)
    unless a middleware already put them in the scope."""
    if user is None and "session" in scope:
        user = get_user.func(scope)
    if user is None or not user.is_authenticated:
        return close_codes.NOT_AUTHENTICATED, None
    try:
        access, meeting = meeting_for_member(user=user, meeting_id=meeting_id)
    except room_access.NO_ENTRY:  # the domain's NotPermitted: the close code says which
        exists = _meeting_exists(meeting_id)
        return (close_codes.FORBIDDEN if exists else close_codes.UNKNOWN_MEETING), None
    name = formats.room_names(meeting, [user])[user.pk]  # how this person is named here
    # a JobGroup meeting (not a training day): every command allowed, no room checks
    plain = meeting.kind == Meeting.Kind.JOBGROUP and not formats.is_training(meeting)
    return None, (user, access, meeting, name, plain)


def _missed(*, meeting, user, is_leader, attendance_id, after, beat, hidden=frozenset()):
    """The events after `after` this person may see (none before their `hello`). On a heartbeat
    (`beat`) also marks the attendance seen."""
    if attendance_id is None:
        return [], after
    if beat:
        services.live_seen(attendance_id=attendance_id)
    return selectors.events_after(
        meeting=meeting, after=after, user=user, is_leader=is_leader, hidden=hidden
    )


def _apply(*, access, meeting, user, command):
    """One command (the person's message limit was checked first, in `_handle`)."""
    return services.live_apply(access=access, meeting=meeting, user=user, command=command)


def _release(*, meeting_id, user_id, slot, channel_name) -> bool:
    """A socket closed: its slot is free. Whether the person still has another socket open."""
    limits.socket_slot_release(
        meeting_id=meeting_id, user_id=user_id, slot=slot, channel_name=channel_name
    )
    return limits.other_sockets_open(
        meeting_id=meeting_id, user_id=user_id, channel_name=channel_name
    )


def _leave(*, access, meeting, user, attendance_id):
    """The person's last socket here closed: their attendance closes."""
    services.live_leave(access=access, meeting=meeting, user=user, attendance_id=attendance_id)


def _hello(*, access, meeting, user, attendance_id, after, display, replay=True):
    """A `hello`: attendance opens (once per connection), the state, the events after `after`
    (without `replay`: none, the caller reads them), and the person's way into the media room
    (`media`, None without one)."""
    state = present = None
    if attendance_id is None:
        # the state and who is present come with the join: not read a second time
        attendance_id, state, present = services.live_join_state(
            access=access, meeting=meeting, user=user
        )
    state = selectors.welcome_state(meeting=meeting, state=state, present=present)
    state["media"], state["media_wait"] = services.media_state(
        meeting=meeting, user=user, display=display
    )
    if not replay:
        return attendance_id, state, [], after
    events, last = selectors.events_after(
        meeting=meeting,
        after=after,
        user=user,
        is_leader=access.is_leader,
        hidden=selectors.hidden_types(access),
    )
    return attendance_id, state, events, last


def _media_out(*, meeting, user, janus_ids):
    """A socket closed with 4403. If the person lost access to the meeting itself (removed,
    erased, deactivated), their token is withdrawn and all their connections kicked; if only
    this session ended (logged out here), only this socket's connections are kicked."""
    if room_access.person_access(user_id=user.pk, meeting_id=meeting.pk) is None:
        services.media_withdraw(meeting=meeting, user_id=user.pk)
        return
    if janus_ids:
        services.media_withdraw(meeting=meeting, user_id=user.pk, janus_ids=janus_ids)


def _meeting_exists(meeting_id: int) -> bool:
    return Meeting.objects.filter(pk=meeting_id).exists()


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)
