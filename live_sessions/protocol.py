"""The live meeting protocol (docs/live-protocol.md): client messages in, validated commands out.

Names are fixed by shared/specs/live-protocol.md; everything here is checked before anything
is stored. A bad message becomes a `ProtocolError` with a stable code, answered with an `error`
event; the connection stays open and nothing changes.
"""

import json
import time
import uuid
from dataclasses import dataclass, field

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from content.parts import FIXED_BUILD

MAX_FRAME_BYTES = 16 * 1024
MAX_TEXT = 2000

# Error codes (stable; tests and clients use them).
INVALID_JSON = "invalid_json"
TOO_LARGE = "too_large"
UNKNOWN_TYPE = "unknown_type"
BAD_FIELDS = "bad_fields"
FORBIDDEN = "forbidden"
HELLO_FIRST = "hello_first"
UNKNOWN_SEQ = "unknown_seq"
NOT_ALLOWED_NOW = "not_allowed_now"
RATE_LIMITED = "rate_limited"
SERVER_BUSY = "server_busy"
# chat while the meeting has not started or has ended (a group channel: always)
NOT_LIVE = "not_live"
# session.start of a meeting that may be the wrong one (another day, not the group's current
# meeting, an earlier one still running): sent again with `confirm: true` it goes ahead
CONFIRM_NEEDED = "confirm_needed"
NOT_LIVE_DETAIL = _("Chatten kan alleen zolang de bijeenkomst bezig is.")
# voice commands in a room without a media server, or while it does not answer
MEDIA_OFF_DETAIL = _("In deze ruimte is geen spraak.")
MEDIA_BUSY_DETAIL = _("De spraakserver reageert niet. Probeer het opnieuw.")

LEADER_ONLY = frozenset(
    {
        "block.goto",
        "message.hide",
        "session.start",
        "session.end",
        "breakout.open",
        "breakout.close",
        "note.add",
        "homework.show",
        "media.mute",
        "media.mute_all",
        "media.floor",
        "breakout.visit",
        "breakout.leave",
        "timer.start",
        "timer.pause",
        "timer.resume",
        "timer.add",
        "timer.clear",
    }
)
ALL_TYPES = frozenset(
    {"hello", "ping", "chat.send", "hand.raise", "hand.lower", "answer.post", "media.state"}
    | LEADER_ONLY
)
ANSWER_BLOCKS = frozenset({"deepening", "reflection"})
# The leader's timer: `timer.start` with `minutes`, `timer.add` with `minutes` (default 5).
TIMER_MAX_MINUTES = 180
TIMER_ADD_MINUTES = 5


class ProtocolError(Exception):
    def __init__(self, code: str, detail: str, client_id: str | None = None):
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.client_id = client_id

    def as_event(self) -> dict:
        event = {"type": "error", "code": self.code, "detail": str(self.detail)}
        if self.client_id:
            event["id"] = self.client_id
        return event


@dataclass(frozen=True)
class Command:
    type: str
    id: str = ""
    fields: dict = field(default_factory=dict)


def _text(data: dict, name: str, client_id: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ProtocolError(
            BAD_FIELDS,
            gettext("'%(name)s' moet tekst zijn (1 tot %(max)s tekens).")
            % {"name": name, "max": MAX_TEXT},
            client_id,
        )
    if len(value) > MAX_TEXT:
        raise ProtocolError(
            BAD_FIELDS,
            gettext("'%(name)s' is langer dan %(max)s tekens.") % {"name": name, "max": MAX_TEXT},
            client_id,
        )
    return value.strip()


def parse(raw: str, *, is_leader: bool) -> Command:
    """One client frame → a Command, or a ProtocolError."""
    if len(raw.encode()) > MAX_FRAME_BYTES:
        raise ProtocolError(TOO_LARGE, gettext("Bericht is groter dan 16 KiB."))
    try:
        data = json.loads(raw)
    except (ValueError, TypeError) as exc:
        raise ProtocolError(INVALID_JSON, gettext("Bericht is geen geldige JSON.")) from exc
    if not isinstance(data, dict):
        raise ProtocolError(BAD_FIELDS, gettext("Bericht moet een JSON-object zijn."))
    client_id = data.get("id")
    if client_id is not None and (not isinstance(client_id, str) or not _is_uuid(client_id)):
        raise ProtocolError(BAD_FIELDS, gettext("'id' moet een UUID zijn."))
    client_id = client_id or ""
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in ALL_TYPES:
        raise ProtocolError(
            UNKNOWN_TYPE,
            gettext("Onbekend type: %(type)s.") % {"type": repr(str(kind)[:40])},
            client_id,
        )
    if kind in LEADER_ONLY and not is_leader:
        raise ProtocolError(FORBIDDEN, gettext("Alleen de leider kan dit doen."), client_id)
    if kind not in {"hello", "ping"} and not client_id:
        raise ProtocolError(BAD_FIELDS, gettext("'id' ontbreekt."))
    fields: dict = {}
    if kind == "hello":
        last_seq = data.get("last_seq", 0)
        if isinstance(last_seq, bool) or not isinstance(last_seq, int) or last_seq < 0:
            raise ProtocolError(
                BAD_FIELDS, gettext("'last_seq' moet een geheel getal ≥ 0 zijn."), client_id
            )
        fields["last_seq"] = last_seq
    elif kind == "chat.send":
        fields["text"] = _text(data, "text", client_id)
        room = data.get("room")
        if room is not None and (isinstance(room, bool) or not isinstance(room, int)):
            raise ProtocolError(BAD_FIELDS, gettext("'room' moet een nummer zijn."), client_id)
        fields["room"] = room
    elif kind == "answer.post":
        block = data.get("block")
        if not isinstance(block, str) or block not in ANSWER_BLOCKS:
            raise ProtocolError(
                BAD_FIELDS, gettext("'block' moet 'deepening' of 'reflection' zijn."), client_id
            )
        fields["block"] = block
        fields["text"] = _text(data, "text", client_id)
    elif kind == "block.goto":
        if not isinstance(data.get("block"), str) or data["block"] not in FIXED_BUILD:
            raise ProtocolError(BAD_FIELDS, gettext("Onbekend onderdeel."), client_id)
        fields["block"] = data["block"]
    elif kind == "message.hide":
        seq = data.get("seq")
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise ProtocolError(
                BAD_FIELDS, gettext("'seq' moet een positief geheel getal zijn."), client_id
            )
        fields["seq"] = seq
    elif kind == "hand.lower":
        user = data.get("user")
        if user is not None:
            if isinstance(user, bool) or not isinstance(user, int):
                raise ProtocolError(BAD_FIELDS, gettext("'user' moet een nummer zijn."), client_id)
            if not is_leader:
                raise ProtocolError(
                    FORBIDDEN,
                    gettext("Alleen de leider kan de hand van een ander laten zakken."),
                    client_id,
                )
        fields["user"] = user
    elif kind == "breakout.open":
        size = data.get("size", 2)
        if isinstance(size, bool) or not isinstance(size, int) or size not in (2, 3):
            raise ProtocolError(BAD_FIELDS, gettext("'size' moet 2 of 3 zijn."), client_id)
        fields["size"] = size
    elif kind == "session.start":
        confirm = data.get("confirm", False)
        if not isinstance(confirm, bool):
            raise ProtocolError(
                BAD_FIELDS, gettext("'confirm' moet true of false zijn."), client_id
            )
        fields["confirm"] = confirm
    elif kind == "breakout.visit":
        group = data.get("group")
        if isinstance(group, bool) or not isinstance(group, int) or group < 0:
            raise ProtocolError(
                BAD_FIELDS, gettext("'group' moet een nummer zijn (0 of meer)."), client_id
            )
        fields["group"] = group
    elif kind in ("media.mute", "media.floor"):
        user = data.get("user")
        if isinstance(user, bool) or not isinstance(user, int):
            raise ProtocolError(BAD_FIELDS, gettext("'user' moet een nummer zijn."), client_id)
        fields["user"] = user
    elif kind == "media.state":
        for name in ("audio", "video"):
            if not isinstance(data.get(name), bool):
                raise ProtocolError(
                    BAD_FIELDS,
                    gettext("'%(name)s' moet true of false zijn.") % {"name": name},
                    client_id,
                )
            fields[name] = data[name]
    elif kind == "note.add":
        fields["text"] = _text(data, "text", client_id)
    elif kind in ("timer.start", "timer.add"):
        default = None if kind == "timer.start" else TIMER_ADD_MINUTES
        minutes = data.get("minutes", default)
        if (
            isinstance(minutes, bool)
            or not isinstance(minutes, int)
            or not 1 <= minutes <= TIMER_MAX_MINUTES
        ):
            raise ProtocolError(
                BAD_FIELDS,
                gettext("'minutes' moet een geheel getal van 1 tot %(max)s zijn.")
                % {"max": TIMER_MAX_MINUTES},
                client_id,
            )
        fields["minutes"] = minutes
    elif kind == "homework.show":
        answer = data.get("answer")
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ProtocolError(BAD_FIELDS, gettext("'answer' moet een nummer zijn."), client_id)
        fields["answer"] = answer
    return Command(type=kind, id=client_id, fields=fields)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


class RateLimiter:
    """A token bucket per connection: `burst` messages at once, `rate` per second after that."""

    def __init__(self, *, rate: float = 4.0, burst: int = 20, clock=None):
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.clock = clock or time.monotonic
        self.updated = self.clock()

    def allow(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False
