"""Accepting an invitation: name, and a password or a login link."""

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.names import clean_name

NAME_EMPTY = _("Vul je naam in.")


class AcceptInvitationForm(forms.Form):
    HOW_PASSWORD = "password"  # noqa: S105  (a choice value, not a password)
    HOW_LINK = "link"

    display_name = forms.CharField(
        label=_("Je naam"),
        max_length=150,
        help_text=_("Zo zien de anderen in de groep je. Je voornaam is genoeg."),
    )
    how = forms.ChoiceField(
        label=_("Hoe wil je inloggen?"),
        choices=[
            (HOW_PASSWORD, _("Met een wachtwoord dat ik zelf kies")),
            (HOW_LINK, _("Zonder wachtwoord: ik krijg steeds een inloglink in mijn e-mail")),
        ],
        widget=forms.RadioSelect,
        initial=HOW_PASSWORD,
    )
    password1 = forms.CharField(
        label=_("Kies een wachtwoord"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens 8 tekens. Niet alleen cijfers."),
    )
    password2 = forms.CharField(
        label=_("Typ het wachtwoord nog een keer"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_display_name(self):
        name = clean_name(self.cleaned_data.get("display_name"))
        if not name:
            raise forms.ValidationError(NAME_EMPTY)
        return name

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("how") == self.HOW_PASSWORD:
            p1, p2 = cleaned.get("password1"), cleaned.get("password2")
            if not p1:
                self.add_error(
                    "password1", _("Kies een wachtwoord, of kies inloggen met een link.")
                )
            elif p1 != p2:
                self.add_error("password2", _("De twee wachtwoorden zijn niet hetzelfde."))
            else:
                try:
                    password_validation.validate_password(p1, User(email=self.email))
                except forms.ValidationError as exc:
                    self.add_error("password1", exc)
        return cleaned
