"""Dutch mobile numbers: checked and written one way (E.164, `+316` and eight digits)."""

import re

from django.core.exceptions import ValidationError

from .errors import PHONE_INVALID

# What people type between the digits: spaces, dashes, dots, brackets.
SEPARATORS = re.compile(r"[\s\-.()/]")
FORMS = (
    re.compile(r"^06(\d{8})$"),
    re.compile(r"^\+316(\d{8})$"),
    re.compile(r"^00316(\d{8})$"),
    re.compile(r"^\+31\(?0\)?6(\d{8})$"),
)


def phone_normalise(value: str) -> str:
    """`06-12345678`, `06 1234 5678`, `+31 6 12345678` or `0031612345678` become
    `+31612345678`; an empty value stays empty; anything else raises PHONE_INVALID."""
    raw = (value or "").strip()
    if not raw:
        return ""
    compact = SEPARATORS.sub("", raw)
    for form in FORMS:
        match = form.match(compact)
        if match:
            return f"+316{match.group(1)}"
    raise ValidationError(PHONE_INVALID, code="phone_invalid")
