"""The person's preferences on "Mijn gegevens"."""

from django import forms
from django.utils.translation import gettext_lazy as _


class PreferencesForm(forms.Form):
    reminders_enabled = forms.BooleanField(
        label=_("Stuur mij herinneringen per e-mail"), required=False
    )
