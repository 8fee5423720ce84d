"""Benchmark settings: production settings on loopback, plus a minimal view (the ceiling)."""

import os

from jobgroup_platform.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
LOGGING = {"version": 1, "disable_existing_loggers": False}

# `bench/pages.py --db-pool` (PostgreSQL): a psycopg connection pool per process instead of a new
# connection per request (needs the `psycopg[pool]` extra). Django's persistent connections
# (CONN_MAX_AGE) are no help under ASGI: every request runs in a thread of its own.
if os.environ.get("BENCH_DB_POOL"):
    DATABASES["default"]["OPTIONS"] = {"pool": {"min_size": 2, "max_size": 4}}  # noqa: F405
