from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


def language_for(request) -> str:
    """Dutch unless the person chose otherwise: their language cookie, then their account.

    The browser's Accept-Language is not used: groups work in Dutch, and English is a choice the
    participant makes (docs/decisions.md).
    """
    return language_chosen(cookies=request.COOKIES, user=getattr(request, "user", None))


def language_chosen(*, cookies, user) -> str:
    """`language_for` from the parts a page and a socket both have (the room's consumer uses it
    with the socket's cookies and user, so the protocol's texts speak the page's language)."""
    supported = dict(settings.LANGUAGES)
    chosen = cookies.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen in supported:
        return chosen
    if user is not None and user.is_authenticated and user.preferred_language in supported:
        return user.preferred_language
    return settings.LANGUAGE_CODE


class LanguageMiddleware:
    """Takes the place of Django's LocaleMiddleware; runs after authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_for(request)
        request.LANGUAGE_CODE = language
        # Active for this request only: the next request (or test) starts from the default again.
        with translation.override(language):
            response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response
