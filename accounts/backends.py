"""The one way a password is checked: Django's ModelBackend behind the login throttle.

Every form that checks a password goes through `authenticate()` and so through this backend: the
site login, the Wagtail admin login; the Wagtail password change checks the old password through
`password_check_throttled` below. An attempt first takes its place in the counts per account and
per client address (`services.login_attempt_reserve`); past the limit the password is not
checked at all and `request.login_throttled` is set, so the form can say so.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from . import services

THROTTLED_ATTRIBUTE = "login_throttled"


def client_ip(request) -> str:
    """The client's address as the ASGI server hands it over. Behind the proxy, uvicorn
    (`--proxy-headers`) puts the forwarded address here, but only for a proxy listed in
    FORWARDED_ALLOW_IPS. The platform never reads X-Forwarded-For itself."""
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def is_throttled(request) -> bool:
    return bool(getattr(request, THROTTLED_ATTRIBUTE, False))


class LoginThrottled(PermissionDenied):
    """Too many attempts: `authenticate()` stops at once and returns None."""


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        ip = client_ip(request)
        if not services.login_attempt_reserve(email=username, client_ip=ip):
            if request is not None:
                setattr(request, THROTTLED_ATTRIBUTE, True)
            raise LoginThrottled
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            # Final: no other backend (ModelBackend stays listed only for sessions that name
            # it) may check the same password again without the throttle.
            raise PermissionDenied
        services.login_attempt_succeeded(email=username, client_ip=ip)
        return user


def password_check_throttled(*, request, user, password: str) -> bool:
    """Check a signed-in user's password (e.g. the old one when changing it) under the same
    throttle as logging in."""
    ip = client_ip(request)
    if not services.login_attempt_reserve(email=user.get_username(), client_ip=ip):
        if request is not None:
            setattr(request, THROTTLED_ATTRIBUTE, True)
        return False
    if not user.check_password(password):
        return False
    services.login_attempt_succeeded(email=user.get_username(), client_ip=ip)
    return True
