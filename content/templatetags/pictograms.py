"""One pictogram per part of a meeting and per exercise kind, inlined as SVG.

`{% pictogram "part" part.name %}` or `{% pictogram "exercise" exercise.type %}`. The drawings are
the symbols of one static sprite, `img/pictograms.svg`; the tag inlines the one asked for, so a
page needs no extra request and the drawing takes the text colour. Next to visible text it is
hidden from screen readers; where it stands alone, give it a `label` (it then has a `<title>`).

An unknown key is an error (`UnknownPictogram`), never an empty space: every part and every
exercise kind has its drawing (tests/content/test_pictograms.py).
"""

import re
from functools import lru_cache

from django import template
from django.contrib.staticfiles import finders
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from content.blocks import ExercisesBlock
from content.parts import FIXED_BUILD

register = template.Library()

SPRITE = "img/pictograms.svg"
GROUPS = {
    "part": tuple(FIXED_BUILD),
    "exercise": tuple(ExercisesBlock.base_blocks),
}
# The drawing's pen: fill none, the text colour, round ends (on the element, so it holds without CSS).
PEN = (
    'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
    'stroke-linejoin="round"'
)
SYMBOL = re.compile(
    r'<symbol id="(?P<key>[a-z_-]+)" viewBox="(?P<box>[0-9 .]+)">(?P<body>.*?)</symbol>', re.S
)


class UnknownPictogram(KeyError):
    """A pictogram key that is not a part of a meeting or an exercise kind, or has no drawing."""


def pictogram_keys() -> list[str]:
    return [f"{group}-{name}" for group, names in GROUPS.items() for name in names]


@lru_cache(maxsize=1)
def _symbols() -> dict[str, tuple[str, str]]:
    path = finders.find(SPRITE)
    if not path:  # pragma: no cover - the sprite ships with the project
        raise UnknownPictogram(f"{SPRITE} not found")
    with open(path, encoding="utf-8") as file:
        sprite = file.read()
    return {m["key"]: (m["box"], m["body"]) for m in SYMBOL.finditer(sprite)}


def pictogram_svg(group: str, name: str, label: str = "") -> str:
    key = f"{group}-{name}"
    if name not in GROUPS.get(group, ()) or key not in _symbols():
        raise UnknownPictogram(f"no pictogram {key!r}")
    box, body = _symbols()[key]
    if label:
        start = format_html(
            '<svg class="pictogram pictogram-{}" viewBox="{}" {} role="img" focusable="false">'
            "<title>{}</title>",
            key,
            box,
            mark_safe(PEN),  # noqa: S308 - a constant
            label,
        )
    else:
        start = format_html(
            '<svg class="pictogram pictogram-{}" viewBox="{}" {} aria-hidden="true" '
            'focusable="false">',
            key,
            box,
            mark_safe(PEN),  # noqa: S308 - a constant
        )
    # The body is the project's own drawing (the static sprite), not anyone's input.
    return mark_safe(f"{start}{body}</svg>")  # noqa: S308


@register.simple_tag
def pictogram(group, name, label=""):
    """`{% pictogram "part" "welcome" %}`; `label=` for a pictogram without text beside it."""
    return pictogram_svg(str(group), str(name), str(label or ""))
