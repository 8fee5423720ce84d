"""The WebSocket origin check: scheme, host and port (docs/security.md, "Live sockets follow access").

A browser sends the cookie of this site with a WebSocket opened from any other site, so the
`Origin` header is what stops a foreign page from using a signed-in person's socket (cross-site
WebSocket hijacking). Channels' `AllowedHostsOriginValidator` compares the host only: a page on
another port or over plain `http` of the same host passed. Here the origin must be exactly the
request's own, as Django's CSRF check does for forms: the same scheme (`wss` ↔ `https`, `ws` ↔
`http`, taken from the proxy's `X-Forwarded-Proto` through uvicorn's `--proxy-headers`), the same
host (which must be in `ALLOWED_HOSTS`) and the same port (the default port of the scheme when
none is written) — or one of `CSRF_TRUSTED_ORIGINS`, compared the same way.

A handshake without `Origin` is refused: every browser sends one, and the platform has no other
WebSocket clients.
"""

from urllib.parse import urlsplit

from channels.security.websocket import WebsocketDenier
from django.conf import settings
from django.http.request import split_domain_port, validate_host

DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin_tuple(value: str) -> tuple[str, str, int] | None:
    """("https", "example.org", 443) for "https://example.org"; None when it is not an origin."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname or parts.path not in ("", "/"):
        return None
    return scheme, parts.hostname.lower(), port or DEFAULT_PORTS[scheme]


def _header(scope, name: bytes) -> str | None:
    values = [v for k, v in scope.get("headers") or [] if k.lower() == name]
    if len(values) != 1:  # missing, or sent twice: nothing to trust
        return None
    try:
        return values[0].decode("latin1")
    except UnicodeDecodeError:
        return None


def _allowed_hosts() -> list[str]:
    hosts = settings.ALLOWED_HOSTS
    if settings.DEBUG and not hosts:  # as Django's own request.get_host()
        hosts = [".localhost", "127.0.0.1", "[::1]"]
    return hosts


def own_origin(scope) -> tuple[str, str, int] | None:
    """The origin of this request itself: its scheme, and host and port from `Host`."""
    host = _header(scope, b"host")
    if host is None and scope.get("server"):
        server_host, server_port = scope["server"][:2]
        host = f"{server_host}:{server_port}"
    if not host:
        return None
    domain, _port = split_domain_port(host)
    if not domain or not validate_host(domain, _allowed_hosts()):
        return None
    scheme = "https" if scope.get("scheme", "ws") in ("wss", "https") else "http"
    return _origin_tuple(f"{scheme}://{host}")


def origin_allowed(scope) -> bool:
    origin = _header(scope, b"origin")
    if origin is None:
        return False
    parsed = _origin_tuple(origin)
    if parsed is None:
        return False
    if parsed == own_origin(scope):
        return True
    return any(parsed == _origin_tuple(trusted) for trusted in settings.CSRF_TRUSTED_ORIGINS)


class SameOriginValidator:
    """ASGI middleware for WebSocket routes: refuses the handshake (HTTP 403) unless
    `origin_allowed`."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        if scope["type"] != "websocket":
            raise ValueError("SameOriginValidator only guards WebSocket connections.")
        if origin_allowed(scope):
            return await self.application(scope, receive, send)
        return await WebsocketDenier()(scope, receive, send)
