from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render

from content.selectors import edition_all_content, edition_step_content

from . import selectors
from .access import answer_file_for_owner, cohort_for_member
from .api import answer_url_prefix
from .models import Answer


@login_required
def workbook(request, cohort_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    progress = selectors.workbook_progress(cohort=access.cohort, user=request.user)
    return render(
        request,
        "courses/workbook.html",
        {
            "access": access,
            "cohort": access.cohort,
            "progress": progress,
            "overall": selectors.overall_percent(progress),
        },
    )


@login_required
def workbook_step(request, cohort_id: int, number: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    step = edition_step_content(edition=access.cohort.edition, number=number)
    if step is None:
        raise Http404
    answers = (
        selectors.answers_by_block(cohort=access.cohort, user=request.user)
        if access.is_participant
        else {}
    )
    total = access.cohort.edition.programme.number_of_steps
    return render(
        request,
        "courses/workbook_step.html",
        {
            "access": access,
            "cohort": access.cohort,
            "step": step,
            "answers": answers,
            "total_steps": total,
            "previous_number": number - 1 if number > 1 else None,
            "next_number": number + 1 if number < total else None,
            "save_url": answer_url_prefix(cohort_id=cohort_id, number=number),
        },
    )


@login_required
def workbook_print(request, cohort_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    with_answers = request.GET.get("antwoorden") == "1" and access.is_participant
    answers = (
        selectors.answers_by_block(cohort=access.cohort, user=request.user) if with_answers else {}
    )
    return render(
        request,
        "courses/workbook_print.html",
        {
            "access": access,
            "cohort": access.cohort,
            "steps": edition_all_content(edition=access.cohort.edition),
            "answers": answers,
            "with_answers": with_answers,
        },
    )


@login_required
def my_folder(request):
    return render(
        request, "courses/my_folder.html", {"folders": selectors.my_folder(user=request.user)}
    )


@login_required
def answer_file(request, answer_id: int):
    answer: Answer = answer_file_for_owner(user=request.user, answer_id=answer_id)
    return FileResponse(
        answer.file.open("rb"), as_attachment=True, filename=answer.file_name or "bestand"
    )
