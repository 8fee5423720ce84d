"""Tokens in addresses never reach the logs (toolkit/log_redaction.py)."""

import logging

import pytest

from toolkit.log_redaction import RedactSecrets, redact


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Forbidden: /gast/AbC123-_xyz/", "Forbidden: /gast/…/"),
        ("Not Found: /inloggen-met-link/tok.en/", "Not Found: /inloggen-met-link/…/"),
        ("GET /uitnodiging/secret/?x=1", "GET /uitnodiging/…/?x=1"),
        ("/wachtwoord-nieuw/MQ/abc-123/", "/wachtwoord-nieuw/…/"),
        ("/wachtwoord-nieuw/klaar/", "/wachtwoord-nieuw/klaar/"),
        ("/groepen/12/werkboek/stap/3/", "/groepen/12/werkboek/stap/3/"),
    ],
)
def test_secret_paths_are_redacted(line, shown):
    assert redact(line) == shown


def test_django_and_uvicorn_log_records_lose_the_token(caplog):
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        "",
        0,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/gast/SECRET123/", "1.1", 302),
        None,
    )
    RedactSecrets().filter(record)
    assert "SECRET123" not in record.getMessage() and "/gast/…/" in record.getMessage()


def test_the_settings_attach_the_filter_to_the_console_and_uvicorn_access(settings):
    console = settings.LOGGING["handlers"]["console"]
    assert "redact_secrets" in console["filters"]
    assert settings.LOGGING["loggers"]["uvicorn.access"]["handlers"] == ["console"]
    handlers = logging.getLogger("django.request").handlers or logging.getLogger().handlers
    assert any(isinstance(f, RedactSecrets) for handler in handlers for f in handler.filters)
