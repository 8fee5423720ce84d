"""Forms of the workbook pages: feedback and the leaders' message."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.workbook.models import Answer


class FeedbackForm(forms.Form):
    text = forms.CharField(
        label=_("Je reactie"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


class LeaderMessageForm(forms.Form):
    text = forms.CharField(
        label=_("Bericht aan de groep"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


SHARING_CHOICES = Answer.Sharing.choices
