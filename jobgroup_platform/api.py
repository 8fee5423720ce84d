"""The JSON API under /api/v1/. Every error is JSON: {"code": <stable code>, "detail": <text>}."""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.parser import Parser
from ninja.security import SessionAuth

from accounts.api import router as accounts_router
from content.api import router as content_router
from courses.api import router as courses_router
from toolkit import error_codes as errors
from toolkit.permissions import NotPermitted


class SessionAuthCSRF(SessionAuth):
    """The browser's session cookie; CSRF checked on unsafe methods."""

    csrf = True


class ObjectJSONParser(Parser):
    """Request bodies are JSON objects; anything else is malformed input (400)."""

    def parse_body(self, request):
        data = super().parse_body(request)
        if not isinstance(data, dict):
            raise ValueError("the request body must be a JSON object")
        return data


api = NinjaAPI(
    parser=ObjectJSONParser(),
    title="Digitale JobGroup API",
    version="1",
    urls_namespace="api-v1",
    auth=SessionAuthCSRF(),
    docs_url=None,
)


def error_response(request, status: int, code: str, detail, **extra):
    return api.create_response(
        request, {"code": code, "detail": str(detail), **extra}, status=status
    )


@api.exception_handler(AuthenticationError)
def on_authentication_error(request, exc):
    return error_response(request, 401, errors.NOT_AUTHENTICATED, "Log eerst in.")


@api.exception_handler(ValidationError)
def on_validation_error(request, exc):
    body_unparsable = any(
        err.get("type") in {"json_invalid", "value_error.jsondecode"} for err in exc.errors
    )
    if body_unparsable:
        return error_response(
            request, 400, errors.MALFORMED_JSON, "De gegevens zijn geen geldige JSON."
        )
    return error_response(
        request,
        422,
        errors.VALIDATION_ERROR,
        "Niet alle gegevens kloppen.",
        errors=[
            {"loc": [str(part) for part in err.get("loc", [])], "msg": err.get("msg", "")}
            for err in exc.errors
        ],
    )


@api.exception_handler(Http404)
def on_not_found(request, exc):
    return error_response(request, 404, errors.NOT_FOUND, "Niet gevonden.")


@api.exception_handler(NotPermitted)
def on_not_permitted(request, exc):
    """The domain's permission error (an app's `access.py`): 404 "not found" by default (missing
    and forbidden look the same); 403 when the check says so (`code="forbidden"`)."""
    if exc.code == errors.FORBIDDEN:
        return error_response(request, 403, errors.FORBIDDEN, "Dit mag u niet.")
    return error_response(request, 404, errors.NOT_FOUND, "Niet gevonden.")


@api.exception_handler(DjangoValidationError)
def on_refused(request, exc):
    messages = [str(m) for m in exc.messages]
    # A refusal with its own stable code (e.g. too many choices) keeps it; others are generic.
    code = getattr(exc, "code", None)
    code = code if code in errors.REFUSAL_CODES else errors.VALIDATION_ERROR
    return error_response(request, 422, code, " ".join(messages))


@api.exception_handler(PermissionDenied)
def on_forbidden(request, exc):
    return error_response(request, 403, errors.FORBIDDEN, str(exc) or "Dit mag u niet.")


@api.exception_handler(HttpError)
def on_http_error(request, exc):
    if exc.status_code == 400:
        return error_response(
            request, 400, errors.MALFORMED_JSON, "De gegevens zijn geen geldig JSON-object."
        )
    code = {
        401: errors.NOT_AUTHENTICATED,
        403: errors.CSRF_FAILED if "CSRF" in str(exc) else errors.FORBIDDEN,
        404: errors.NOT_FOUND,
        405: errors.METHOD_NOT_ALLOWED,
        429: errors.RATE_LIMITED,
    }.get(exc.status_code, errors.VALIDATION_ERROR)
    return error_response(request, exc.status_code, code, str(exc))


api.add_router("/", accounts_router)
api.add_router("/", content_router)
api.add_router("/", courses_router)
