"""Base settings: safe by default (DEBUG off). Every environment variable is read here."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_json, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "jobgroup_platform"

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
DEV_SECRET_KEY = "dev-only-key-jobgroup-not-for-production-0123456789abcdefghijklmnop"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS",
    ["http://localhost:8000", "http://127.0.0.1:8000"],
)
PORT = env_int("PORT", 8000)

INSTALLED_APPS = [
    "accounts",
    "content",
    "courses",
    "live_sessions",
    "jobgroup_platform",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "channels",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "jobgroup_platform.middleware.ContentSecurityPolicyMiddleware",
    "jobgroup_platform.middleware.ApiJsonErrorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "courses.network.middleware.GuestOnlyMiddleware",
    "jobgroup_platform.middleware.NotPermittedMiddleware",
    "jobgroup_platform.middleware.PrivateNoStoreMiddleware",
    "accounts.middleware.LanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "jobgroup_platform.middleware.NotPermittedMiddleware",
]

ROOT_URLCONF = "jobgroup_platform.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.admin_link",
            ],
        },
    },
]

ASGI_APPLICATION = "jobgroup_platform.asgi.application"
WSGI_APPLICATION = "jobgroup_platform.wsgi.application"

# Database: SQLite in the project folder unless DATABASE_URL is set (PostgreSQL via psycopg 3).
DATABASE_URL = env_str("DATABASE_URL")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=0,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes may share the file (tests, a worker): wait for locks instead of failing,
    # take the write lock when a transaction starts, and let readers work during writes (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A connection pool per process (psycopg_pool): under ASGI every sync call, and the live
    # room makes many, would otherwise open and close a PostgreSQL connection of its own.
    # DATABASE_POOL_MAX_SIZE=0 turns it off (e.g. behind PgBouncer in transaction mode).
    _pool_max = env_int("DATABASE_POOL_MAX_SIZE", 10)
    if _pool_max > 0:
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": 1,
            "max_size": _pool_max,
            "timeout": env_int("DATABASE_POOL_TIMEOUT_SECONDS", 3),
        }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Channel layer and cache: Redis when REDIS_URL is set, in-process otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    # Faults and recovery (docs/operations.md): memberships of a socket expire after
    # CHANNEL_GROUP_EXPIRY_SECONDS unless its heartbeat renews them (a killed process leaves none
    # behind for long); at most CHANNEL_LAYER_MAX_CONNECTIONS Redis connections per process, the
    # rest wait; CHANNEL_LAYER_CAPACITY messages queued per process before doorbells are dropped
    # (consumers then catch up from the database).
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "jobgroup_platform.channel_layers.RedisChannelLayer",
            "CONFIG": {
                "hosts": [REDIS_URL],
                "capacity": env_int("CHANNEL_LAYER_CAPACITY", 1500),
                "expiry": 30,
                "group_expiry": env_int("CHANNEL_GROUP_EXPIRY_SECONDS", 120),
                "max_connections": env_int("CHANNEL_LAYER_MAX_CONNECTIONS", 100),
                "pool_timeout": 10,
            },
        }
    }
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "jobgroup",
        }
    }
else:
    CHANNEL_LAYERS = {
        "default": {"BACKEND": "jobgroup_platform.channel_layers.ThrottledInMemoryChannelLayer"}
    }
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
# Every password check goes through the login throttle (accounts/backends.py). ModelBackend
# stays listed only so that sessions started with it (an accepted invitation, and sessions from
# before the throttle) stay valid: the throttled backend's refusal is final, so ModelBackend
# never checks a password itself.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ThrottledModelBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day

# Login attempts (accounts/backends.py): at most this many passwords checked per window, per
# account and per client address (a shared address, a library, gets four times as many). The
# Wagtail admin login and its password change go through the same throttle.
LOGIN_MAX_FAILURES = env_int("LOGIN_MAX_FAILURES", 5)
LOGIN_MAX_FAILURES_PER_CLIENT = env_int("LOGIN_MAX_FAILURES_PER_CLIENT", LOGIN_MAX_FAILURES * 4)
LOGIN_FAILURE_WINDOW_SECONDS = env_int("LOGIN_FAILURE_WINDOW_SECONDS", 15 * 60)
# Card sign-ins that send no card id (the code typed, no QR scanned) search across all cards:
# one count for the whole site, not per address (an IPv6 /64 has endless addresses).
CARD_LOGIN_MAX_WITHOUT_CARD_ID = env_int("CARD_LOGIN_MAX_WITHOUT_CARD_ID", 200)
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.forms.AdminPasswordResetForm"  # noqa: S105
# Wagtail's own password panel is replaced by a throttled one (accounts/wagtail_hooks.py).
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# No shared passwords on pages or document collections: they would be checked without the throttle.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# Login-link and password-reset mails: at most this many per window, per address asked for and
# per client address; beyond that the page answers the same but no mail is sent.
LOGIN_MAIL_MAX_PER_ADDRESS = env_int("LOGIN_MAIL_MAX_PER_ADDRESS", 3)
LOGIN_MAIL_MAX_PER_CLIENT = env_int("LOGIN_MAIL_MAX_PER_CLIENT", 10)
LOGIN_MAIL_WINDOW_SECONDS = env_int("LOGIN_MAIL_WINDOW_SECONDS", 60 * 60)

# Sessions in the database. `cached_db` was tried (one query less per page) and taken back: the
# live room loads the session per socket in its own async context, where Django's cache opens a
# Redis connection per socket (200 sockets: 206 connections), and a Redis restart broke the
# reconnects (tests/live_sessions/test_fault_recovery.py). docs/decisions.md.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the page's own JavaScript reads it for API calls

# Internationalisation: Dutch first (B1), English available.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
# Participants' uploads (CVs, letters): outside MEDIA_ROOT, served only after an access check.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Background tasks. Wagtail's own small tasks run at once ("default"); the platform's scheduled
# work (reminders) is stored in the database and run by `manage.py db_worker --backend
# background` (the Procfile's `worker`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Groups, invitations, privacy.
INVITATION_VALID_DAYS = env_int("INVITATION_VALID_DAYS", 14)
LOGIN_LINK_VALID_MINUTES = env_int("LOGIN_LINK_VALID_MINUTES", 30)
ANSWER_RETENTION_DAYS = env_int("ANSWER_RETENTION_DAYS", 365)

# The `scheduler` process: the hour (local time, 0-23) the daily jobs start, and how often it looks.
DAILY_JOBS_HOUR = env_int("DAILY_JOBS_HOUR", 6)
SCHEDULER_INTERVAL_SECONDS = env_int("SCHEDULER_INTERVAL_SECONDS", 60)

# Live meetings: heartbeat interval and per-connection message rate.
LIVE_HEARTBEAT_SECONDS = env_int("LIVE_HEARTBEAT_SECONDS", 15)
# On PostgreSQL the heartbeat's "anything new?" check and the batched "seen" write run on an async
# psycopg connection of each process, not on Django's single sync thread (live_sessions/fastdb.py,
# docs/performance.md "Async hot path"). LIVE_ASYNC_DB=0 turns it off; SQLite never uses it.
LIVE_ASYNC_DB = env_bool("LIVE_ASYNC_DB", True)
# The room's catch-up on that async connection too: off by default, because measured at 100
# meetings on one process it fell seconds behind where the sync thread kept up (performance.md).
LIVE_ASYNC_CATCH_UP = env_bool("LIVE_ASYNC_CATCH_UP", False)
# Every this many heartbeats an open socket asks its gate again (and on the next beat after a
# recheck message may have been lost); `accounts.sockets.sockets_recheck` closes it at once.
LIVE_RECHECK_EVERY_BEATS = env_int("LIVE_RECHECK_EVERY_BEATS", 4)
LIVE_RATE_PER_SECOND = 4
LIVE_RATE_BURST = 20
# Per person per meeting, across all their sockets and processes (live_sessions/limits.py):
# at most this many sockets, and this many stored commands per window.
LIVE_SOCKETS_PER_PERSON = env_int("LIVE_SOCKETS_PER_PERSON", 3)
LIVE_PERSON_RATE_LIMIT = 20
LIVE_PERSON_RATE_WINDOW_SECONDS = 5

# Voice and video (docs/operations.md "Media server", live_sessions/media.py): the Janus media
# server. Unset MEDIA_SERVER_URL: no media, the room says voice is not available.
# MEDIA_SERVER_URL is the address the browser uses (Janus' WebSocket transport, ws:// or wss://);
# MEDIA_ADMIN_URL the Janus HTTP API the web process uses to manage rooms (never given to a
# browser). Several servers: comma-separated, in the same order in both; a meeting always goes to
# the same one (its id modulo the number of servers).
MEDIA_SERVER_URLS = env_list("MEDIA_SERVER_URL", [])
MEDIA_SERVER_URL = MEDIA_SERVER_URLS[0] if MEDIA_SERVER_URLS else ""
MEDIA_ADMIN_URLS = env_list("MEDIA_ADMIN_URL", ["http://127.0.0.1:8088/janus"])
# One secret from which the Janus API secret, the token signing secret, the plugins' admin key
# and every room's secret are derived (live_sessions/media.py); `media_config` writes the same.
MEDIA_SECRET = env_str("MEDIA_SECRET")
# STUN/TURN servers for the browser, as JSON in RTCIceServer form, e.g.
# [{"urls": "turn:turn.example.nl:3478", "username": "...", "credential": "..."}]. With
# MEDIA_TURN_SECRET set, a time-limited coturn credential is made per person instead
# (coturn `use-auth-secret`): then the "turn:" entries need no username or credential.
MEDIA_ICE_SERVERS = env_json("MEDIA_ICE_SERVERS", [])
MEDIA_TURN_SECRET = env_str("MEDIA_TURN_SECRET")
# How long a person's media token is good for (it is renewed on every `hello`).
MEDIA_TOKEN_SECONDS = env_int("MEDIA_TOKEN_SECONDS", 4 * 60 * 60)
# Video rooms beside the audio bridge (off: voice only).
MEDIA_VIDEO = env_bool("MEDIA_VIDEO", True)
# Janus configuration (`python manage.py media_config DEST`): UDP ports for media, the interfaces
# or address prefixes ICE may use (empty: all but loopback), a public address behind 1:1 NAT,
# and the WebSocket port of MEDIA_SERVER_URL when it does not name one.
MEDIA_RTP_PORTS = env_str("MEDIA_RTP_PORTS", "20000-20999")
MEDIA_ICE_ENFORCE = env_str("MEDIA_ICE_ENFORCE")
MEDIA_NAT_1_1 = env_str("MEDIA_NAT_1_1")
MEDIA_STUN_SERVER = env_str("MEDIA_STUN_SERVER")
# Added to every meeting id before it becomes a room number: two platforms (say staging and
# production) can share one Janus with different bases.
MEDIA_ROOM_BASE = env_int("MEDIA_ROOM_BASE", 0)
# Seconds for one call to Janus' HTTP API before the room carries on without it.
MEDIA_TIMEOUT_SECONDS = 3

# E-mail: printed to the console unless EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# Text messages (reminders for people without e-mail): a dotted path like EMAIL_BACKEND. The
# default logs the message and sends nothing (toolkit/sms.py).
SMS_BACKEND = env_str("SMS_BACKEND") or "toolkit.sms.ConsoleBackend"
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Digitale JobGroup <noreply@jobgroup.nl>")

# Wagtail
WAGTAIL_SITE_NAME = "Digitale JobGroup"
WAGTAILADMIN_BASE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILUSERS_PASSWORD_ENABLED = True

# Logging: one line per record to stderr; the platform's own loggers at INFO.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # Tokens in addresses (guest links, login links, invitations) never reach a log line.
    "filters": {"redact_secrets": {"()": "toolkit.log_redaction.RedactSecrets"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact_secrets"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        **{
            name: {"handlers": ["console"], "level": "INFO", "propagate": False}
            for name in ("accounts", "content", "courses", "live_sessions", "jobgroup_platform")
        },
        # uvicorn's access log ("GET /gast/<token>/ 302"), through the same filter
        "uvicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
CSRF_FAILURE_VIEW = "jobgroup_platform.views.csrf_failure"

# Content-Security-Policy, in every environment (jobgroup_platform.middleware, docs/security.md
# "Escaping and CSP"): script only from the platform's own static files, no inline script or
# handlers, no eval. The live room's socket (ws:// or wss:// of the page's host) is added per
# request. Hook for voice and video later (WebRTC, a TURN server's API, recordings elsewhere):
# extra sources through CSP_CONNECT_SRC and CSP_MEDIA_SRC, e.g. "https://turn.example.nl".
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:", *env_list("CSP_MEDIA_SRC", [])],
    "connect-src": ["'self'", *MEDIA_SERVER_URLS, *env_list("CSP_CONNECT_SRC", [])],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],  # no page uses <base>; ASVS 5.0 V3.4.3 asks for 'none'
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}
# Where browsers report what the policy blocked (ASVS 5.0 V3.4.7), e.g. a collector of the host.
CSP_REPORT_URI = env_str("CSP_REPORT_URI")
if CSP_REPORT_URI:
    CONTENT_SECURITY_POLICY["report-uri"] = [CSP_REPORT_URI]
# Wagtail's admin still writes inline scripts and styles and its bundles use `new Function`
# (wagtail/wagtail#1288, #7053), and shows previews in a frame of its own page: below this
# prefix these directives replace the ones above. Only editors and coordinators log in there.
CONTENT_SECURITY_POLICY_ADMIN_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "frame-ancestors": ["'self'"],
}
# No avatars from gravatar.com in the admin: it would send a hash of every user's e-mail address
# to a third party, and the policy above allows images from the platform only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
