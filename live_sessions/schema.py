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
    "note.added": {"note": int, "html": str},
    "homework.shown": {"answer": int, "participant": str, "step": int, "html": str},
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
    },
    "error": {"code": str, "detail": str},
    "pong": {},
    "heartbeat": {},
}


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
    return [
        f"{kind}: {name} should be {expected.__name__}"
        for name, expected in fields.items()
        if not isinstance(event.get(name), expected)
        or isinstance(event.get(name), bool)
        and expected is int
    ]
