"""WebSocket close codes of the live protocol (docs/live-protocol.md)."""

NOT_AUTHENTICATED = 4401
FORBIDDEN = 4403
UNKNOWN_MEETING = 4404
# The person already has LIVE_SOCKETS_PER_PERSON sockets open in this meeting.
TOO_MANY_SOCKETS = 4429
