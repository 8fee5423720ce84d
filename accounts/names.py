"""People's names as others see them: no invisible control or direction characters.

A right-to-left override (U+202E) or an isolate (U+2066-U+2069) in a name turns the text after
it around, so "Lotte‮redieL" reads as "Lotte Leider" to others. Every name is cleaned when it is
written (services, forms, the invitation, an intake), and `User.name` cleans what was stored
before this rule existed.
"""

import unicodedata

# Cc: control characters (tab, newline, NUL, ...); Cf: format characters, among them every bidi
# embedding, override, isolate and mark (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C)
# and zero-width characters. Zl/Zp: line and paragraph separators. All become nothing or a space.
_REMOVED = {"Cc", "Cf", "Zl", "Zp"}


def clean_name(value: str | None) -> str:
    """The name without control and format characters, with single spaces, trimmed."""
    if not value:
        return ""
    kept = []
    for char in str(value):
        category = unicodedata.category(char)
        if category in _REMOVED:
            # A tab or a line break between two words keeps them apart.
            kept.append(" " if char in "\t\n\r\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029" else "")
        else:
            kept.append(char)
    return " ".join("".join(kept).split())
