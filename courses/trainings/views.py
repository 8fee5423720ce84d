"""A participant rates a training they took part in (once, after it)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from courses.trainings import services
from courses.trainings.access import rating_period_closed, training_for_rater, training_is_over
from courses.trainings.models import HIGHEST_SCORE, LOWEST_SCORE, REMARK_MAX_LENGTH, TrainingRating

THANKS = _("Dank je wel voor je cijfers!")
SCORES = [(str(n), str(n)) for n in range(LOWEST_SCORE, HIGHEST_SCORE + 1)]


class RatingForm(forms.Form):
    # Checked by the service (the same messages for the page and anything else that rates).
    content = forms.CharField(
        label=_("Welk cijfer geef je de inhoud van de training?"),
        help_text=_("1 is heel slecht, 10 is heel goed."),
        widget=forms.RadioSelect(attrs={"class": "score-choice"}, choices=SCORES),
        required=False,
    )
    trainers = forms.CharField(
        label=_("Welk cijfer geef je de trainers?"),
        help_text=_("1 is heel slecht, 10 is heel goed."),
        widget=forms.RadioSelect(attrs={"class": "score-choice"}, choices=SCORES),
        required=False,
    )
    remark = forms.CharField(
        label=_("Wil je nog iets zeggen? (niet verplicht)"),
        help_text=_("Het landelijk bureau leest dit zonder je naam."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=REMARK_MAX_LENGTH,
        required=False,
    )

    def clean(self):
        # The raw values go to the service, so "elf" or 0 get its one clear message.
        return {key: self.data.get(key, "") for key in ("content", "trainers", "remark")}


@login_required
@require_http_methods(["GET", "POST"])
def training_rating(request, cohort_id: int):
    cohort = training_for_rater(user=request.user, cohort_id=cohort_id)
    rating = TrainingRating.objects.filter(cohort=cohort, user=request.user).first()
    is_over = training_is_over(cohort)
    form = RatingForm(request.POST or None)
    is_closed = rating is None and rating_period_closed(cohort)
    if request.method == "POST" and rating is None and form.is_valid():
        try:
            services.training_rate(user=request.user, cohort=cohort, **form.cleaned_data)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for name, problems in exc.error_dict.items():
                    form.add_error(name, problems)
            else:
                form.add_error(None, exc)
        else:
            messages.success(request, str(THANKS))
            return redirect("training_rating", cohort_id=cohort.pk)
    status = 400 if request.method == "POST" and form.errors else 200
    return render(
        request,
        "courses/trainings/rating.html",
        {
            "cohort": cohort,
            "form": form,
            "rating": rating,
            "is_over": is_over,
            "is_closed": is_closed,
        },
        status=status,
    )
