from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.forms.auth import PasswordChangeForm as WagtailPasswordChangeForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from . import services
from .backends import client_ip, is_throttled, password_check_throttled
from .cards import pictures_valid
from .errors import CARD_PICTURES_COUNT, INVALID_LOGIN, TOO_MANY_ATTEMPTS
from .pictures import picture_choices


class ThrottleMessageMixin:
    """A login form whose failed `authenticate()` was stopped by the throttle says so (and only
    that: the same words whether or not the account exists)."""

    rate_limited = False

    def clean(self):
        try:
            return super().clean()
        except forms.ValidationError:
            if is_throttled(self.request):
                self.rate_limited = True
                raise forms.ValidationError(TOO_MANY_ATTEMPTS, code="rate_limited") from None
            raise


class EmailAuthenticationForm(ThrottleMessageMixin, AuthenticationForm):
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
    }


class AdminLoginForm(ThrottleMessageMixin, WagtailLoginForm):
    """The Wagtail admin login (WAGTAILADMIN_USER_LOGIN_FORM), under the same throttle."""


class ThrottledPasswordChangeForm(WagtailPasswordChangeForm):
    """The Wagtail account page's password change: the old password is checked under the login
    throttle, so a borrowed session cannot guess it."""

    def __init__(self, user, *args, request=None, **kwargs):
        self.request = request
        super().__init__(user, *args, **kwargs)

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if password_check_throttled(request=self.request, user=self.user, password=old_password):
            return old_password
        if is_throttled(self.request):
            raise forms.ValidationError(TOO_MANY_ATTEMPTS, code="rate_limited")
        raise forms.ValidationError(
            self.error_messages["password_incorrect"], code="password_incorrect"
        )


class MailLimitMixin:
    """A password-reset form that sends nothing once the address asked for, or the client, has
    asked too often. The page answers the same either way."""

    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data["email"]
        if not services.login_mail_reserve(
            kind="password-reset", email=email, client_ip=client_ip(request)
        ):
            return None
        return super().save(*args, request=request, **kwargs)


class LimitedPasswordResetForm(MailLimitMixin, PasswordResetForm):
    pass


class AdminPasswordResetForm(MailLimitMixin, WagtailPasswordResetForm):
    """The Wagtail admin's password reset (WAGTAILADMIN_USER_PASSWORD_RESET_FORM)."""


class LoginLinkForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class PictureChoiceField(forms.MultipleChoiceField):
    """The picture grid: big checkboxes with a picture and its Dutch name."""

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", picture_choices)
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(**kwargs)


class CardLoginForm(forms.Form):
    """The card login: the code from the card (the card id comes from the QR code) and the three
    pictures, left empty at the very first sign-in."""

    kaart = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    code = forms.CharField(
        label=_("Code van je kaart"),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "inputmode": "text",
                "class": "card-code",
            }
        ),
    )
    pictures = PictureChoiceField(label=_("Je 3 plaatjes"), required=False)


class PicturesChooseForm(forms.Form):
    pictures = PictureChoiceField(label=_("Kies 3 plaatjes"))

    def clean_pictures(self):
        pictures = self.cleaned_data["pictures"]
        if not pictures_valid(pictures):
            raise forms.ValidationError(CARD_PICTURES_COUNT, code="pictures_count")
        return pictures
