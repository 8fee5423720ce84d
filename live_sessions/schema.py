"""One schema per server event type (Zulip's event_schema idea): the fields each event carries.
A test checks every event the consumer emits against it; docs/live-protocol.md lists the same."""

COMMON = {"type": str, "seq": int, "at": str, "actor": dict}

EVENTS: dict[str, dict[str, type]] = {
    "presence.joined": {},
    "presence.left": {},
    "chat.message": {"html": str, "client_id": str},
    "hand.raised": {"user": int, "hands": list},
    "hand.lowered": {"user": int, "hands": list},
    "answer.posted": {"block": str, "html": str},
    "block.changed": {"block": str, "started_at": str, "minutes": int},
    "message.hidden": {"hidden_seq": int},  # its own `seq`, and the chat message's
    "session.started": {"block": str, "started_at": str, "minutes": int},
    "session.ended": {},
    "breakout.opened": {"rooms": list},
    "breakout.closed": {},
    # a leader (`user`) stepped into breakout group `group` (hears and speaks with it), or left
    # the group `group` again for the meeting's own room
    "breakout.visited": {"group": int, "user": int},
    "breakout.left": {"group": int, "user": int},
    "note.added": {"note": int, "html": str},
    # The leader's timer (`timer.*` commands): what was done (`start`, `pause`, `resume`, `add`,
    # `clear`) and the state after it (TIMER below).
    "timer.changed": {
        "action": str,
        "running": bool,
        "ends_at": (str, type(None)),
        "remaining_seconds": (int, type(None)),
    },
    "homework.shown": {"answer": int, "participant": str, "step": int, "html": str},
    # Voice (live_sessions.media): the leader switched someone's microphone off in the media
    # server; everyone's but the leaders'; gave the word to `user` (their hand is lowered,
    # they are asked to unmute); a person's own microphone and camera.
    "media.muted": {"user": int},
    "media.all_muted": {"users": list},
    "media.floor_given": {"user": int, "hands": list},
    "media.state_changed": {"user": int, "audio": bool, "video": bool},
    # An event erased for privacy (a person's erasure, the retention period): it keeps its `seq`
    # so replay stays gap-free, and carries nothing else (live_sessions.personal_data).
    "event.erased": {},
}
# Not stored, no seq.
UNSTORED = {
    "welcome": {
        "status": str,
        "block": str,
        "present": list,
        "hands": list,
        "events": list,
        "you": dict,
        "last_seq": int,
        "media": (dict, type(None)),
        # true when the room should have voice but the media server did not answer just now: a
        # `media.changed` follows once it does
        "media_wait": bool,
        "visits": list,
        "timer": (dict, type(None)),
        "now": str,
    },
    "error": {"code": str, "detail": str},
    # the person's media room changed (a breakout opened or closed, the meeting ended): the
    # `media` object of the room they are in now, or null
    "media.changed": {"media": (dict, type(None)), "media_wait": bool},
    "pong": {},
    "heartbeat": {},
}
# The `media` object of `welcome` and `media.changed` (null without a media server).
MEDIA = {
    "url": str,
    "room": int,
    "token": str,
    "ice_servers": list,
    "plugin": str,
    "video_plugin": (str, type(None)),
    "user_id": int,
    "display": str,
    "group": (int, type(None)),
    "recorded": bool,
}


# The `timer` object of `welcome` (null when there is no timer): running until `ends_at`, or
# paused with `remaining_seconds` left (when running: the seconds left at the server's `now`).
TIMER = {"running": bool, "ends_at": (str, type(None)), "remaining_seconds": int}


def check(event: dict) -> list[str]:
    """Problems with one event (empty when it matches its schema)."""
    kind = event.get("type")
    if kind in UNSTORED:
        fields = UNSTORED[kind]
    elif kind in EVENTS:
        fields = {**COMMON, **EVENTS[kind]}
        actor = event.get("actor") or {}
        if set(actor) != {"id", "name", "role"}:
            return [f"{kind}: actor must have id, name, role"]
    else:
        return [f"unknown event type {kind!r}"]
    if isinstance(event.get("media"), dict):
        problems = _fields("media", MEDIA, event["media"])
        if problems:
            return problems
    if kind == "welcome" and isinstance(event.get("timer"), dict):
        problems = _fields("timer", TIMER, event["timer"])
        if problems:
            return problems
    return _fields(kind, fields, event)


def _fields(kind: str, fields: dict, event: dict) -> list[str]:
    return [
        f"{kind}: {name} should be {_name(expected)}"
        for name, expected in fields.items()
        if name not in event
        or not isinstance(event[name], expected)
        or isinstance(event[name], bool)
        and expected is int
    ]


def _name(expected) -> str:
    if isinstance(expected, tuple):
        return " or ".join(t.__name__ for t in expected)
    return expected.__name__
