from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from . import services
from .errors import INVALID_LOGIN, TOO_MANY_ATTEMPTS


def client_ip(request) -> str:
    # Behind a proxy REMOTE_ADDR is the proxy; the ASGI server (uvicorn --proxy-headers) already
    # replaces it with the forwarded client address it trusts.
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


class EmailAuthenticationForm(AuthenticationForm):
    """Django's login form; the `username` field takes the e-mail address."""

    username = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": INVALID_LOGIN,
        "inactive": INVALID_LOGIN,
        "rate_limited": TOO_MANY_ATTEMPTS,
    }

    rate_limited = False

    def clean(self):
        email = self.cleaned_data.get("username", "")
        ip = client_ip(self.request)
        if services.login_is_blocked(email=email, client_ip=ip):
            self.rate_limited = True
            raise forms.ValidationError(self.error_messages["rate_limited"], code="rate_limited")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            services.login_failure_record(email=email, client_ip=ip)
            raise
        services.login_failures_clear(email=email)
        return cleaned


class LoginLinkForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
