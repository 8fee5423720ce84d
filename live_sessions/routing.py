from django.urls import path

from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

from .consumers import MeetingConsumer

# The room's socket (fixed by the live protocol spec); `meeting_socket_path` writes it for a page.
websocket_urlpatterns = [
    path("ws/meetings/<id:meeting_id>/", MeetingConsumer.as_asgi()),
]


def meeting_socket_path(meeting_id: int) -> str:
    return f"/ws/meetings/{int(meeting_id)}/"
