"""Stable error codes of the JSON API (and the WebSocket protocol), shared with the tests."""

NOT_AUTHENTICATED = "not_authenticated"
FORBIDDEN = "forbidden"
NOT_FOUND = "not_found"
METHOD_NOT_ALLOWED = "method_not_allowed"
MALFORMED_JSON = "malformed_json"
VALIDATION_ERROR = "validation_error"
CHOICE_LIMIT = "choice_limit"  # an answer with more (or fewer) choices than the exercise allows
CSRF_FAILED = "csrf_failed"
RATE_LIMITED = "rate_limited"
SERVER_ERROR = "server_error"

# Refusals (422) that keep their own code instead of `validation_error`.
REFUSAL_CODES = frozenset({CHOICE_LIMIT})
