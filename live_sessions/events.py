"""How a stored event looks on the wire (docs/live-protocol.md)."""

from .models import MeetingEvent


def serialize(event: MeetingEvent, names: dict[int, str]) -> dict:
    data = {
        "type": event.type,
        "seq": event.seq,
        "at": event.created_at.isoformat(),
        "actor": {
            "id": event.actor_id,
            "name": names.get(event.actor_id, ""),
            "role": event.actor_role,
        },
        **event.payload,
    }
    if event.type == "chat.message" and event.hidden:
        data["html"] = ""
        data["hidden"] = True
    return data
