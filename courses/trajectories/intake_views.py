"""Pages of the intake advice (courses.trajectories.intake): a participant's own intake, a coordinator's list
and new intake for a candidate, the intake itself (draft form or the advice), and the decision.

Thin views: a gate from `courses.trajectories.access`, a service or read from `courses.trajectories.intake`, a render.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.models import Location
from courses.groups.access import coordinated_locations, may_coordinate
from courses.groups.services import READ_INTAKE, sensitive_read_record
from courses.trajectories import intake as intakes
from courses.trajectories.access import intake_for_viewer
from toolkit.permissions import NotPermitted

SAVED = _("Je antwoorden zijn bewaard. Je kunt later verder gaan.")
SENT = _("De intake is verstuurd. De coördinator bespreekt het advies met je.")
DECIDED = _("Het besluit is opgeslagen.")
NO_LOCATION = _(
    "Je bent nog niet aangemeld bij een locatie. Vraag de coördinator om je aan te melden."
)


@login_required
@require_http_methods(["GET", "POST"])
def my_intake(request):
    """The participant's own intake: continue the latest one, or start one at their location."""
    own = intakes.Intake.objects.filter(person=request.user).order_by("-created_at").first()
    if own is not None:
        return redirect("intake_detail", own.pk)
    location = Location.objects.filter(memberships__user=request.user).order_by("pk").first()
    if request.method == "POST":
        if location is None:
            messages.error(request, NO_LOCATION)
            return redirect("my_intake")
        intake = intakes.start_intake(by=request.user, location=location, person=request.user)
        return redirect("intake_detail", intake.pk)
    return render(request, "courses/intake/start.html", {"location": location})


@login_required
@require_GET
def intake_list(request):
    if not may_coordinate(user=request.user):
        raise NotPermitted
    return render(
        request,
        "courses/intake/list.html",
        {"intakes": intakes.intakes_for_coordinator(user=request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def intake_new(request):
    if not may_coordinate(user=request.user):
        raise NotPermitted
    locations = list(coordinated_locations(request.user).order_by("name"))
    errors, name, location_id = {}, "", ""
    if request.method == "POST":
        name = request.POST.get("person_name", "").strip()
        location_id = request.POST.get("location", "")
        location = next((loc for loc in locations if str(loc.pk) == location_id), None)
        try:
            if location is None:
                raise ValidationError({"location": intakes.LOCATION_NOT_YOURS})
            intake = intakes.start_intake(by=request.user, location=location, person_name=name)
        except ValidationError as error:
            errors = {field: messages_[0] for field, messages_ in error.message_dict.items()}
        else:
            return redirect("intake_detail", intake.pk)
    return render(
        request,
        "courses/intake/new.html",
        {
            "locations": locations,
            "errors": errors,
            "name": name,
            "location_id": location_id,
        },
        status=422 if errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def intake_detail(request, intake_id: int):
    intake, is_coordinator = intake_for_viewer(user=request.user, intake_id=intake_id)
    if intake.person_id != request.user.pk:
        sensitive_read_record(
            reader=request.user, subject=intake.person, record=READ_INTAKE, pk=intake.pk
        )
    check = intakes.language_check_of(intake)
    problems: dict = {}
    answers = intake.answers
    if request.method == "POST":
        if intake.status != intakes.Intake.Status.DRAFT:
            messages.error(request, intakes.ALREADY_SENT)
            return redirect("intake_detail", intake.pk)
        send = request.POST.get("action") == "send"
        raw = {key: request.POST.getlist(key) for key in request.POST}
        problems = intakes.save_intake(intake=intake, raw=raw, send=send)
        if not problems:
            messages.success(request, SENT if send else SAVED)
            return redirect("intake_detail", intake.pk)
        intake.refresh_from_db()
        answers = intake.answers
    return render(
        request,
        "courses/intake/detail.html",
        {
            "intake": intake,
            "is_coordinator": is_coordinator,
            "check": check,
            "answers": answers,
            "problems": problems,
            "problem_summary": intakes.INCOMPLETE if problems else "",
            "situation_questions": _choice_questions(
                intakes.SITUATION_QUESTIONS, answers, problems, multi=False
            ),
            "multi_questions": _choice_questions(
                intakes.MULTI_QUESTIONS, answers, problems, multi=True
            ),
            "text_questions": [
                {
                    "name": name,
                    "label": label,
                    "required": required,
                    "value": answers.get(name, ""),
                    "error": problems.get(name),
                }
                for name, (label, required) in intakes.TEXT_QUESTIONS.items()
            ],
            "check_questions": _check_questions(check, answers, problems),
            "advice_choices": intakes.Advice.choices,
        },
        status=422 if problems else 200,
    )


@login_required
@require_POST
def intake_decide(request, intake_id: int):
    intake, is_coordinator = intake_for_viewer(user=request.user, intake_id=intake_id)
    if not is_coordinator:
        raise NotPermitted
    try:
        intakes.decide_intake(
            intake=intake,
            by=request.user,
            decision=request.POST.get("decision", ""),
            note=request.POST.get("decision_note", ""),
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, DECIDED)
    return redirect("intake_detail", intake.pk)


def _choice_questions(questions, answers, problems, *, multi):
    rows = []
    for name, (label, choices) in questions.items():
        chosen = answers.get(name) or ([] if multi else "")
        rows.append(
            {
                "name": name,
                "label": label,
                "multi": multi,
                "error": problems.get(name),
                # the labels of what was chosen, for reading a sent intake as text
                "chosen": [
                    str(text)
                    for value, text in choices
                    if (value in chosen if multi else value == chosen)
                ],
                "options": [
                    {
                        "value": value,
                        "label": text,
                        "checked": value in chosen if multi else value == chosen,
                    }
                    for value, text in choices
                ],
            }
        )
    return rows


def _check_questions(check, answers, problems):
    if check is None:
        return []
    chosen = answers.get("check") or []
    rows = []
    for question in check.questions:
        n = question["number"]
        picked = chosen[n] if n < len(chosen) else None
        rows.append(
            {
                "name": f"check_{n}",
                "label": question["text"],
                "error": problems.get(f"check_{n}"),
                "options": [
                    {"value": index, "label": text, "checked": picked == index}
                    for index, text in enumerate(question["options"])
                ],
            }
        )
    return rows
