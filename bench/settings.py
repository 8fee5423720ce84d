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

# PostgreSQL: the project pools connections per process (settings/base.py, as in production).
# `bench/pages.py --db-pool` keeps that; without it the pool is off, to measure the difference
# (a new connection per request: Django's persistent connections are no help under ASGI, where
# every request runs in a thread of its own).
if not os.environ.get("BENCH_DB_POOL"):
    DATABASES["default"].get("OPTIONS", {}).pop("pool", None)  # noqa: F405
