"""The one place that reads the process environment for settings."""

import json
import os

from django.core.exceptions import ImproperlyConfigured

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}."
    )


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from exc


def env_json(name: str, default):
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be JSON; got {raw[:80]!r}: {exc}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


NO_SIGNING_KEY_HELP = (
    "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random value, "
    "for example the output of: python -c 'import secrets; print(secrets.token_urlsafe(50))'. "
    "Only with DEBUG=1 (local development) is a built-in development key used."
)


def require_secret_key(secret_key: str, *, debug: bool, dev_key: str) -> str:
    """Return the key to use; refuse to start without one when DEBUG is off."""
    if secret_key:
        return secret_key
    if debug:
        return dev_key
    raise ImproperlyConfigured(NO_SIGNING_KEY_HELP)


DEV_KEY_IN_PRODUCTION_HELP = (
    "SECRET_KEY is not set, or it is the development key. Production settings never use the "
    "development key, whatever DEBUG says: set the SECRET_KEY environment variable to a long "
    "random value, for example the output of: "
    "python -c 'import secrets; print(secrets.token_urlsafe(50))'."
)
MIN_PRODUCTION_KEY_LENGTH = 32


def require_production_secret_key(secret_key: str, *, dev_key: str) -> str:
    """Production: a real key or nothing. No key, the development key, a key starting with
    Django's "django-insecure-" or a short key all refuse to start, even with DEBUG=1."""
    if (
        not secret_key
        or secret_key == dev_key
        or secret_key.startswith("django-insecure-")
        or len(secret_key) < MIN_PRODUCTION_KEY_LENGTH
    ):
        raise ImproperlyConfigured(DEV_KEY_IN_PRODUCTION_HELP)
    return secret_key
