"""Production: DEBUG off, a real SECRET_KEY required, HTTPS behind a proxy, static via WhiteNoise."""

import logging

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEV_SECRET_KEY, MEDIA_SECRET, MEDIA_SERVER_URLS, SECRET_KEY, SMS_BACKEND
from .env import env_bool, env_int, require_production_secret_key

# Never the development key here, whatever DEBUG says (DEBUG=1 on a server is a mistake, not a
# reason to sign sessions with a key that is in the source code).
SECRET_KEY = require_production_secret_key(SECRET_KEY, dev_key=DEV_SECRET_KEY)
if MEDIA_SERVER_URLS and len(MEDIA_SECRET) < 32:
    raise ImproperlyConfigured(
        "MEDIA_SERVER_URL is set but MEDIA_SECRET is not (or shorter than 32 characters): set "
        "it to a long random value, the same for the web process and `media_config`."
    )
# The console backend sends nothing, and in production its log lines are not kept either: say so
# at every start, so nobody thinks text-message reminders go out.
if SMS_BACKEND == "toolkit.sms.ConsoleBackend":
    logging.getLogger("jobgroup_platform.settings").warning(
        "SMS_BACKEND is toolkit.sms.ConsoleBackend: text-message reminders are NOT sent. Set "
        "SMS_BACKEND to a provider's backend (docs/decisions.md, 'Text messages')."
    )

# TLS is terminated by the platform's router, which tells us the original scheme.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
X_FRAME_OPTIONS = "DENY"
