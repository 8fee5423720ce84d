"""The error responses of the JSON API, declared in its OpenAPI document.

Every error is JSON: {"code": <stable code>, "detail": <text>} (422 adds the fields that were
wrong). The routers declare, per operation, which of these it can answer; `jobgroup_platform.api`
turns exceptions into them.
"""

from typing import Literal

from ninja import Schema

from . import error_codes as errors

ErrorCode = Literal[
    errors.NOT_AUTHENTICATED,
    errors.FORBIDDEN,
    errors.NOT_FOUND,
    errors.METHOD_NOT_ALLOWED,
    errors.MALFORMED_JSON,
    errors.VALIDATION_ERROR,
    errors.CHOICE_LIMIT,
    errors.CSRF_FAILED,
    errors.RATE_LIMITED,
    errors.SERVER_ERROR,
]


class FieldErrorOut(Schema):
    loc: list[str]
    msg: str


class ErrorOut(Schema):
    code: ErrorCode
    detail: str
    errors: list[FieldErrorOut] | None = None


# Signed in? Every operation needs a session.
READ = (401,)
# Operations with ids in the path: unknown or not yours is 404; an id that is no number is 422.
READ_ONE = (401, 404, 422)
# Unsafe methods: CSRF (403), a body that is no JSON object (400), data that does not fit (422).
WRITE = (400, 401, 403, 422)
WRITE_ONE = (400, 401, 403, 404, 422)


def responses(ok, codes) -> dict:
    """The `response=` of an operation: `ok` for 200, ErrorOut for each error status."""
    return {200: ok, **dict.fromkeys(codes, ErrorOut)}
