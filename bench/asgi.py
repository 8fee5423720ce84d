"""The same ASGI application as the Procfile's, with the benchmark settings."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

from jobgroup_platform.asgi import application  # noqa: E402,F401
