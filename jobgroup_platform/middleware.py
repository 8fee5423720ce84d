from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.exception import response_for_exception
from django.http import Http404, JsonResponse

from toolkit import error_codes as errors
from toolkit.permissions import NotPermitted

_CODES = {
    400: errors.MALFORMED_JSON,
    401: errors.NOT_AUTHENTICATED,
    403: errors.FORBIDDEN,
    404: errors.NOT_FOUND,
    405: errors.METHOD_NOT_ALLOWED,
    429: errors.RATE_LIMITED,
}
_DETAILS = {
    405: "Deze methode kan hier niet.",
    413: "De gegevens zijn te groot.",
}


class ApiJsonErrorsMiddleware:
    """Under /api/ every error is JSON with a stable code, also those Django makes itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            status = response.status_code
            json_response = JsonResponse(
                {
                    "code": _CODES.get(status, errors.SERVER_ERROR if status >= 500 else "error"),
                    "detail": _DETAILS.get(status, "Er ging iets mis."),
                },
                status=status,
                json_dumps_params={"ensure_ascii": False},
            )
            if response.has_header("Allow"):
                json_response["Allow"] = response["Allow"]
            return json_response
        return response


def content_security_policy(request) -> str:
    """The policy for this request: `CONTENT_SECURITY_POLICY`, with the directives of
    `CONTENT_SECURITY_POLICY_ADMIN` instead below Wagtail's admin, and the live room's socket
    (ws:// or wss:// of the host the page came from) added to `connect-src`."""
    policy = {name: list(sources) for name, sources in settings.CONTENT_SECURITY_POLICY.items()}
    if request.path.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIX):
        policy.update(settings.CONTENT_SECURITY_POLICY_ADMIN)
    try:
        host = request.get_host()
    except DisallowedHost:
        host = None
    if host and "connect-src" in policy:
        policy["connect-src"].append(f"{'wss' if request.is_secure() else 'ws'}://{host}")
    return "; ".join(" ".join([name, *sources]) for name, sources in policy.items())


class ContentSecurityPolicyMiddleware:
    """Sends the Content-Security-Policy (docs/security.md, "Escaping and CSP") on every
    response that does not set its own. Not on Django's own debug pages (DEBUG only), which
    need inline script and styles."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Content-Security-Policy"):
            return response
        if settings.DEBUG and response.status_code in (404, 500):
            return response
        response["Content-Security-Policy"] = content_security_policy(request)
        return response


class PrivateNoStoreMiddleware:
    """Personal pages are never kept by a browser or a proxy (shared library computers): every
    answer to a signed-in person, and every answer under /api/, gets `Cache-Control: private,
    no-store`. Static files (WhiteNoise answers them before this) and public pages for visitors
    who are not signed in keep their own caching. Must sit after AuthenticationMiddleware."""

    HEADER = "private, no-store"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in or request.path.startswith("/api/"):
            response["Cache-Control"] = self.HEADER
            if response.has_header("Expires"):
                del response["Expires"]
        return response


class NotPermittedMiddleware:
    """Pages: an access check that raises `toolkit.permissions.NotPermitted` answers with the
    project's normal 404 page (through Django's own 404 handling, so it looks like every 404 and
    says nothing about whether the thing exists). The API maps it itself (`jobgroup_platform.api`),
    the room's socket too (`live_sessions.consumers`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, NotPermitted):
            return response_for_exception(request, Http404(str(exception)))
        return None
