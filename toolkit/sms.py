"""The one way the platform sends a text message (sms), through a pluggable backend.

`SMS_BACKEND` (a dotted path, like Django's EMAIL_BACKEND) names a class with
`send_messages(messages) -> int`. Shipped: `ConsoleBackend` (the default and the demo: it logs
the message and sends nothing) and `LocmemBackend` (for tests: kept in `toolkit.sms.outbox`).
A real provider is one more class with the same method, configured by its own settings.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# What the locmem backend "sent", oldest first (tests empty it).
outbox: list["TextMessage"] = []


@dataclass(frozen=True)
class TextMessage:
    to: str  # E.164, e.g. +31612345678
    body: str


class ConsoleBackend:
    """Logs each message (logger `toolkit.sms`) instead of sending it."""

    def send_messages(self, messages) -> int:
        for message in messages:
            logger.info("sms to %s: %s", message.to, message.body)
        return len(messages)


class LocmemBackend:
    def send_messages(self, messages) -> int:
        outbox.extend(messages)
        return len(messages)


def get_backend():
    return import_string(settings.SMS_BACKEND)()


def send_sms(to: str, body: str) -> int:
    """Send one text message; returns the number sent (0 when there is no number)."""
    if not to:
        return 0
    body = " ".join(body.split())
    return get_backend().send_messages([TextMessage(to=to, body=body)])
