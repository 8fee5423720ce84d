"""Local development (`make run`): DEBUG on unless DEBUG=0 is set."""

from .base import *  # noqa: F403
from .base import DEV_SECRET_KEY, MEDIA_SECRET, SECRET_KEY
from .env import env_bool, require_secret_key

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = require_secret_key(SECRET_KEY, debug=DEBUG, dev_key=DEV_SECRET_KEY)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# `make run` starts Janus with a configuration made from the same value (docs/operations.md).
MEDIA_SECRET = MEDIA_SECRET or "dev-only-media-secret"  # noqa: S105
