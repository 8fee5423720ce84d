"""Dutch mobile numbers: checked and written one way (E.164, `+316` and eight digits)."""

import re
import unicodedata

from django.core.exceptions import ValidationError

from .errors import PHONE_INVALID


def ascii_digits(text: str) -> str:
    """Full-width letters and digits as plain ones (NFKC), and every other digit (Arabic-Indic
    `٤`, Persian `۴`, ...) as 0-9: keyboards in many languages type these."""
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


# What people type between the digits: spaces, dashes, dots, brackets.
SEPARATORS = re.compile(r"[\s\-.()/]")
FORMS = (
    re.compile(r"^06(\d{8})$", re.ASCII),
    re.compile(r"^\+316(\d{8})$", re.ASCII),
    re.compile(r"^00316(\d{8})$", re.ASCII),
    re.compile(r"^\+31\(?0\)?6(\d{8})$", re.ASCII),
)


def phone_normalise(value: str) -> str:
    """`06-12345678`, `06 1234 5678`, `+31 6 12345678` or `0031612345678` become
    `+31612345678`; an empty value stays empty; anything else raises PHONE_INVALID."""
    raw = ascii_digits(value).strip()
    if not raw:
        return ""
    compact = SEPARATORS.sub("", raw)
    for form in FORMS:
        match = form.match(compact)
        if match:
            return f"+316{match.group(1)}"
    raise ValidationError(PHONE_INVALID, code="phone_invalid")
