"""Test settings: fast hasher, local-memory cache, e-mail kept in memory.

The database and channel layer follow DATABASE_URL / REDIS_URL like everywhere else, so the
same suite runs on the embedded defaults and on PostgreSQL + Redis.
"""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, MEDIA_SECRET, REDIS_URL

DEBUG = False
SECRET_KEY = "test-only-key-jobgroup-0123456789abcdefghijklmnopqrstuvwxyz"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / ".test-media" / "public"
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-media" / "private"
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Browser tests run the real ASGI server in a separate process, which must open the same test
# database: for SQLite that means a file rather than memory.
# One file per test process, so that two test runs side by side do not share it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"jobgroup-test-{os.getpid()}.sqlite3")
    }

# The media tests start their own Janus with a configuration made from this value.
MEDIA_SECRET = MEDIA_SECRET or "test-only-media-secret"  # noqa: S105
