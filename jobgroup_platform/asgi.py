"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobgroup_platform.settings.production")

# Set up Django (apps, settings) before importing anything that touches models.
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.sessions import SessionMiddlewareStack  # noqa: E402

from jobgroup_platform.websocket_origin import SameOriginValidator  # noqa: E402
from live_sessions.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # the Origin must be this site itself: scheme, host and port (websocket_origin.py); the
        # session comes from the cookie, the person is read by the room itself with its gate
        # (live_sessions.consumers._open_room), in the same trip to the sync thread
        "websocket": SameOriginValidator(SessionMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
