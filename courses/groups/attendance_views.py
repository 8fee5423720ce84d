"""The register of a meeting (phone first), the check-in code the leader shows, and a
participant's own check-in. Forms work without JavaScript."""

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.groups import attendance
from courses.groups.access import meeting_for_check_in, meeting_for_register
from courses.groups.models import AttendanceRecord, CohortMembership
from toolkit.ids import bounded_id


def _register_context(meeting, *, user, error=None):
    return {
        # the leader's own links: who shadowed, guests (courses.groups.access.meeting_for_leader)
        "leads": meeting.cohort.memberships.filter(
            user=user, role=CohortMembership.Role.LEADER
        ).exists(),
        "meeting": meeting,
        "cohort": meeting.cohort,
        "rows": attendance.meeting_attendance(meeting=meeting),
        "statuses": AttendanceRecord.Status.choices,
        "check_in_open": attendance.check_in_is_open(meeting),
        "register_open": attendance.register_is_open(meeting),
        "error": error,
    }


@login_required
@require_http_methods(["GET", "POST"])
def meeting_register(request, meeting_id: int):
    meeting = meeting_for_register(user=request.user, meeting_id=meeting_id)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "all_present":
                attendance.register_all_present(meeting=meeting, by=request.user)
                messages.success(request, _("Wie nog niet was ingevuld, staat nu op aanwezig."))
            else:
                presence = attendance.register_set(
                    meeting=meeting,
                    user_id=bounded_id(request.POST.get("user")),
                    status=request.POST.get("status", ""),
                    reason=request.POST.get("reason", ""),
                    by=request.user,
                )
                messages.success(
                    request,
                    _("%(name)s: %(status)s.")
                    % {
                        "name": presence.user.name,
                        "status": AttendanceRecord.Status(presence.status).label,
                    },
                )
        except ValidationError as exc:
            return render(
                request,
                "courses/attendance/register.html",
                _register_context(meeting, user=request.user, error=exc.messages[0]),
                status=400,
            )
        return redirect(reverse("meeting_register", args=[meeting.pk]))
    return render(
        request, "courses/attendance/register.html", _register_context(meeting, user=request.user)
    )


@login_required
def meeting_check_in_code(request, meeting_id: int):
    """The code and QR code the leader shows at the meeting (on a screen or a phone)."""
    meeting = meeting_for_register(user=request.user, meeting_id=meeting_id)
    code = attendance.check_in_code(meeting=meeting)
    url = request.build_absolute_uri(reverse("meeting_check_in", args=[meeting.pk]))
    link = f"{url}?code={code}"
    # The SVG is made by segno from our own URL and a code of our own alphabet: no user data.
    qr_svg = mark_safe(  # noqa: S308
        segno.make(link, error="m").svg_inline(
            scale=6, title=_("QR-code om in te checken"), svgclass="qr-code", omitsize=True
        )
    )
    opens, closes = attendance.check_in_window(meeting)
    return render(
        request,
        "courses/attendance/check_in_code.html",
        {
            "meeting": meeting,
            "cohort": meeting.cohort,
            "code": code,
            "link": link,
            "qr_svg": qr_svg,
            "opens": opens,
            "closes": closes,
            "is_open": attendance.check_in_is_open(meeting),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_check_in(request, meeting_id: int):
    meeting = meeting_for_check_in(user=request.user, meeting_id=meeting_id)
    code = request.POST.get("code") if request.method == "POST" else request.GET.get("code")
    error = None
    status = 200
    if request.method == "POST":
        try:
            attendance.check_in(meeting=meeting, user=request.user, code=code or "")
        except ValidationError as exc:
            error = exc.messages[0]
            status = 429 if exc.code == "rate_limited" else 400
        else:
            messages.success(request, _("Je bent ingecheckt. Fijn dat je er bent!"))
            return redirect(reverse("meeting_check_in", args=[meeting.pk]))
    presence = attendance.meeting_presence(meeting=meeting, user=request.user)
    return render(
        request,
        "courses/attendance/check_in.html",
        {
            "meeting": meeting,
            "cohort": meeting.cohort,
            "code": attendance.normalise_code(code or ""),
            "error": error,
            "checked_in": presence.checked_in,
            "is_open": attendance.check_in_is_open(meeting),
            "place": attendance.meeting_place(meeting),
            "is_training": meeting.cohort.is_training,
        },
        status=status,
    )
