from django import forms
from django.utils.translation import gettext_lazy as _


class FeedbackForm(forms.Form):
    text = forms.CharField(
        label=_("Je reactie"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
