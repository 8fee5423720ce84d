"""The group's vacancy board: list, add, delete (thin views; rules in courses.groups.vacancies)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.groups import vacancies
from courses.groups.access import (
    cohort_for_member,
    may_post_vacancy,
    may_remove_any_vacancy,
    vacancy_for_delete,
)
from toolkit.permissions import NotPermitted


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_board(request, cohort_id: int):
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    may_post = may_post_vacancy(access)
    values = {"title": "", "link": "", "for_whom": "", "note": ""}
    error = None
    if request.method == "POST":
        if not may_post:
            raise NotPermitted(code="forbidden")
        values = {key: request.POST.get(key, "") for key in values}
        try:
            vacancies.vacancy_add(cohort=access.cohort, author=request.user, **values)
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            messages.success(request, _("Dank je! De vacature staat nu op het bord van de groep."))
            return redirect("vacancy_board", access.cohort.pk)
    posts = vacancies.vacancies_of(cohort=access.cohort)
    return render(
        request,
        "courses/vacancies/board.html",
        {
            "cohort": access.cohort,
            "posts": posts,
            "may_post": may_post,
            "is_leader": access.is_leader,
            "may_remove_any": may_remove_any_vacancy(access),
            "values": values,
            "error": error,
            "limits": {
                "title": vacancies.TITLE_MAX,
                "for_whom": vacancies.FOR_WHOM_MAX,
                "note": vacancies.NOTE_MAX,
                "link": vacancies.LINK_MAX,
            },
        },
        status=400 if error else 200,
    )


@login_required
@require_POST
def vacancy_delete(request, cohort_id: int, post_id: int):
    post = vacancy_for_delete(user=request.user, cohort_id=cohort_id, post_id=post_id)
    vacancies.vacancy_delete(post=post)
    messages.success(request, _("De vacature is weg."))
    return redirect("vacancy_board", cohort_id)
