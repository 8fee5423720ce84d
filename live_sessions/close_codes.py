"""WebSocket close codes of the live protocol (docs/live-protocol.md)."""

NOT_AUTHENTICATED = 4401
FORBIDDEN = 4403
UNKNOWN_MEETING = 4404
