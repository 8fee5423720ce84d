"""WSGI entry point (HTTP only; the Procfile uses ASGI for HTTP and WebSocket)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobgroup_platform.settings.production")

application = get_wsgi_application()
