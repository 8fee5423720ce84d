"""The participant's self-assessment page: four questions, big choices, read aloud.

Only the participant themself gets in (`access.window_for_participant`); everyone else gets a
404. Answering again while the moment is open changes the answers."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from courses.impact import services
from courses.impact.access import window_for_participant
from courses.impact.models import HIGHEST_MARK, LOWEST_MARK, Alone, Moment
from courses.impact.selectors import answer_for

THANKS = _("Dank je wel! Je antwoorden zijn opgeslagen.")
MARKS = [(str(n), str(n)) for n in range(LOWEST_MARK, HIGHEST_MARK + 1)]
MARK_HELP = _("1 is heel laag, 10 is heel hoog.")
FIELDS = ("self_image", "alone", "knows_what_i_want", "network")
INTROS = {
    Moment.START: _(
        "Je groep is net begonnen. Hoe sta je er nu voor? Er zijn geen goede of foute "
        "antwoorden. Aan het einde van de groep vragen we het nog een keer."
    ),
    Moment.END: _(
        "Je groep is bijna klaar. Hoe sta je er nu voor? Er zijn geen goede of foute antwoorden."
    ),
    Moment.AFTERCARE: _(
        "Je nazorg is bijna klaar. Hoe sta je er nu voor? Er zijn geen goede of foute antwoorden."
    ),
}


class SelfAssessmentForm(forms.Form):
    # The raw values go to the service, so "elf" or 0 get its one clear message.
    self_image = forms.CharField(
        label=_("Welk cijfer geef je jezelf? Hoe tevreden ben je over jezelf?"),
        help_text=MARK_HELP,
        widget=forms.RadioSelect(attrs={"class": "mark-choice"}, choices=MARKS),
        required=False,
    )
    alone = forms.CharField(
        label=_("Voel je je alleen bij het zoeken naar werk?"),
        widget=forms.RadioSelect(attrs={"class": "mark-choice"}, choices=Alone.choices),
        required=False,
    )
    knows_what_i_want = forms.CharField(
        label=_("Weet je wat voor werk je wilt? Geef een cijfer."),
        help_text=MARK_HELP,
        widget=forms.RadioSelect(attrs={"class": "mark-choice"}, choices=MARKS),
        required=False,
    )
    network = forms.CharField(
        label=_("Heb je mensen om je heen die je helpen bij het zoeken? Geef een cijfer."),
        help_text=MARK_HELP,
        widget=forms.RadioSelect(attrs={"class": "mark-choice"}, choices=MARKS),
        required=False,
    )

    def clean(self):
        return {key: self.data.get(key, "") for key in FIELDS}


def _page(request, *, moment: str, owner_id: int):
    window = window_for_participant(user=request.user, moment=moment, owner_id=owner_id)
    answer = answer_for(user=request.user, window=window)
    initial = {name: str(getattr(answer, name)) for name in FIELDS} if answer else None
    form = SelfAssessmentForm(request.POST or None, initial=initial)
    is_open = window.is_open()
    if request.method == "POST" and form.is_valid():
        try:
            services.self_assessment_save(user=request.user, window=window, **form.cleaned_data)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for name, problems in exc.error_dict.items():
                    form.add_error(name, problems)
            else:
                form.add_error(None, exc)
        else:
            messages.success(request, str(THANKS))
            return redirect(request.path)
    status = 400 if request.method == "POST" and form.errors else 200
    return render(
        request,
        "courses/impact/self_assessment.html",
        {
            "window": window,
            "answer": answer,
            "form": form,
            "is_open": is_open,
            "is_upcoming": timezone.now() < window.opens_at,
            "intro": INTROS[window.moment],
            "group": window.cohort,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def group_self_assessment(request, cohort_id: int, moment: str):
    return _page(request, moment=moment, owner_id=cohort_id)


@login_required
@require_http_methods(["GET", "POST"])
def aftercare_self_assessment(request, trajectory_id: int):
    return _page(request, moment=Moment.AFTERCARE, owner_id=trajectory_id)
