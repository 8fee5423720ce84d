from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import services as account_services
from accounts.models import AuditEntry
from content.models import Variant
from content.selectors import edition_all_content, edition_step_content
from courses.groups.access import cohort_for_member
from courses.groups.selectors import vacancy_step_of
from courses.groups.services import leader_message_post
from courses.workbook import selectors, services
from courses.workbook.access import answer_for_viewer
from courses.workbook.api import answer_url_prefix
from courses.workbook.forms import FeedbackForm, LeaderMessageForm
from courses.workbook.models import Answer
from courses.workbook.selectors import (
    answers_by_block,
    leader_overview,
    overall_percent,
    workbook_progress,
)
from courses.workbook.step_body import BodyView, step_body_html
from toolkit.permissions import NotPermitted


@login_required
def workbook(request, cohort_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    progress = workbook_progress(cohort=access.cohort, user=request.user)
    return render(
        request,
        "courses/workbook.html",
        {
            "access": access,
            "cohort": access.cohort,
            "progress": progress,
            "overall": overall_percent(progress),
            # the group's vacancy board, linked from the group's workbook (JobGroups only)
            "vacancy_step": vacancy_step_of(cohort=access.cohort),
        },
    )


@login_required
def workbook_step(request, cohort_id: int, number: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    step = edition_step_content(edition=access.cohort.edition, number=number)
    if step is None:
        raise NotPermitted
    answers = (
        answers_by_block(cohort=access.cohort, user=request.user) if access.is_participant else {}
    )
    # The step's page shows the reactions beside the answers: from now on they are seen.
    services.feedback_mark_seen(
        user=request.user,
        feedback_ids=[
            feedback.pk
            for answer in answers.values()
            if answer.step_number == number
            for feedback in answer.feedback.all()
            if feedback.seen_at is None
        ],
    )
    total = access.cohort.edition.programme.number_of_steps
    view = BodyView(
        editable=access.may_answer,
        show_answer=access.is_participant,
        show_leader_notes=access.may_read_leader_notes,
        english_terms=access.cohort.edition.programme.variant == Variant.IWIN,
    )
    return render(
        request,
        "courses/workbook_step.html",
        {
            "access": access,
            "cohort": access.cohort,
            "step": step,
            "body": step_body_html(
                step=step,
                view=view,
                answers=answers,
                save_url=answer_url_prefix(cohort_id=cohort_id, number=number),
                user_id=request.user.pk,
            ),
            "total_steps": total,
            "previous_number": number - 1 if number > 1 else None,
            "next_number": number + 1 if number < total else None,
            # the step where participants look for vacancies, also for each other: a card to
            # the group's vacancy board
            "is_vacancy_step": vacancy_step_of(cohort=access.cohort) == number,
        },
    )


@login_required
def workbook_print(request, cohort_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    with_answers = request.GET.get("antwoorden") == "1" and access.is_participant
    answers = answers_by_block(cohort=access.cohort, user=request.user) if with_answers else {}
    view = BodyView(
        editable=False,
        show_answer=with_answers,
        show_leader_notes=access.may_read_leader_notes,
        english_terms=access.cohort.edition.programme.variant == Variant.IWIN,
    )
    steps = [
        (step, step_body_html(step=step, view=view, answers=answers))
        for step in edition_all_content(edition=access.cohort.edition)
    ]
    return render(
        request,
        "courses/workbook_print.html",
        {
            "access": access,
            "cohort": access.cohort,
            "steps": steps,
            "with_answers": with_answers,
        },
    )


@login_required
def my_folder(request):
    response = render(
        request, "courses/my_folder.html", {"folders": selectors.my_folder(user=request.user)}
    )
    # Shown with their "nieuw" marker this once; from now on they are seen.
    services.feedback_mark_seen(user=request.user)
    return response


@login_required
def answer_file(request, answer_id: int):
    answer: Answer = answer_for_viewer(user=request.user, answer_id=answer_id)
    if not answer.file:
        raise NotPermitted
    if answer.participant_id != request.user.pk:
        account_services.audit_record(
            actor=request.user,
            subject=answer.participant,
            action=AuditEntry.Action.READ_ANSWER,
            detail=f"bestand bij stap {answer.step_number} ({answer.cohort.name})",
        )
    return FileResponse(
        answer.file.open("rb"), as_attachment=True, filename=answer.file_name or "bestand"
    )


# --- Invitations --------------------------------------------------------------------------------


# --- Leaders ------------------------------------------------------------------------------------


@login_required
def leader_view(request, cohort_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    if not access.is_leader:
        raise NotPermitted
    overview = leader_overview(cohort=access.cohort)
    # Leaders read answers participants shared with them: that is written to the privacy log.
    account_services.audit_record_many(
        actor=request.user,
        subjects={a.participant for a in overview.shared},
        action=AuditEntry.Action.READ_ANSWER,
        detail=f"gedeelde antwoorden in het leidersoverzicht van {access.cohort.name}",
    )
    return render(
        request,
        "courses/leader_view.html",
        {
            "access": access,
            "cohort": access.cohort,
            "overview": overview,
            "feedback_form": FeedbackForm(),
            "message_form": LeaderMessageForm(),
        },
    )


@login_required
@require_POST
def feedback_add(request, cohort_id: int, answer_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    form = FeedbackForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors["text"][0])
        services.feedback_add(
            access=access, user=request.user, answer_id=answer_id, text=form.cleaned_data["text"]
        )
    except PermissionDenied as exc:
        raise NotPermitted from exc
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, _("Je reactie is geplaatst."))
    return redirect(reverse("leader_view", args=[cohort_id]) + f"#antwoord-{answer_id}")


@login_required
@require_POST
def leader_message(request, cohort_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    form = LeaderMessageForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors["text"][0])
        leader_message_post(access=access, user=request.user, text=form.cleaned_data["text"])
    except PermissionDenied as exc:
        raise NotPermitted from exc
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, _("Je bericht staat op de startpagina van de deelnemers."))
    return redirect("leader_view", cohort_id)


# --- My data ------------------------------------------------------------------------------------
