"""The leader's page of a meeting for "X heeft meegedraaid" (courses.volunteers.shadowing)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.groups.access import meeting_for_leader
from courses.volunteers import shadowing
from toolkit.ids import bounded_id


@login_required
@require_http_methods(["GET", "POST"])
def meeting_shadowing(request, meeting_id: int):
    meeting = meeting_for_leader(user=request.user, meeting_id=meeting_id)
    error = None
    if request.method == "POST":
        try:
            record = shadowing.shadowing_record(
                meeting=meeting,
                by=request.user,
                user_id=bounded_id(request.POST.get("user")),
                email=request.POST.get("email", "")[:254],
            )
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            messages.success(
                request, _("%(name)s heeft meegedraaid.") % {"name": record.volunteer.name}
            )
            return redirect(reverse("meeting_shadowing", args=[meeting.pk]))
    return render(
        request,
        "courses/certificates/shadowing.html",
        {
            "meeting": meeting,
            "cohort": meeting.cohort,
            "started": shadowing.meeting_has_started(meeting),
            "candidates": shadowing.shadowing_candidates(meeting=meeting),
            "recorded": shadowing.shadowings_of_meeting(meeting=meeting),
            "error": error,
        },
        status=400 if error else 200,
    )
