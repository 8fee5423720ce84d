from django import forms
from django.utils.translation import gettext_lazy as _


class ReleaseForm(forms.Form):
    release_notes = forms.CharField(
        label=_("Wat is er veranderd?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Groepen die al lopen, houden hun editie. Nieuwe groepen krijgen deze editie."),
    )


class DiffForm(forms.Form):
    old = forms.ModelChoiceField(queryset=None, label=_("Van editie"))
    new = forms.ModelChoiceField(queryset=None, label=_("Naar editie"))

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        editions = programme.editions.order_by("number")
        self.fields["old"].queryset = editions
        self.fields["new"].queryset = editions
        self.fields["old"].label_from_instance = lambda e: f"{_('editie')} {e.number}"
        self.fields["new"].label_from_instance = lambda e: f"{_('editie')} {e.number}"
