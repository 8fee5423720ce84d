"""Ids from requests, bounded to what the database holds (1 .. 2**63 - 1).

A bigger number in a path or form (`/bijeenkomsten/99999999999999999999/...`) would raise
OverflowError on SQLite instead of "not found". Three ways in, one bound:
- `bounded_id(value)`: an id from form or query data (str or int), or None;
- the `<id:name>` path converter (registered when this module is imported: the urls modules that
  use it import it): a number outside the bound does not match, so the page is a 404;
- `Id` for django-ninja path and body parameters: outside the bound is a 422.
"""

from typing import Annotated

from django.urls import register_converter
from django.urls.converters import get_converters
from pydantic import Field

MAX_ID = 2**63 - 1

Id = Annotated[int, Field(gt=0, le=MAX_ID)]


def bounded_id(value) -> int | None:
    """`value` as an id (a whole number 1 .. MAX_ID, given as int or digits), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 19:
        number = int(value.strip())
    else:
        return None
    return number if 0 < number <= MAX_ID else None


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = bounded_id(value)
        if number is None:
            raise ValueError(value)  # no match: 404
        return number

    def to_url(self, value) -> str:
        return str(value)


if "id" not in get_converters():
    register_converter(IdConverter, "id")
