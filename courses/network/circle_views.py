"""Pages of intervision circles (courses.network.intervision) and of a finished group's own channel
(courses.network.channel). The rooms themselves are the live room (live_sessions)."""

import datetime
import zoneinfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from courses.groups.access import (
    cohort_for_member,
    may_coordinate,
    may_manage_cohort,
    person_for_coordinator,
    volunteers_managed_by,
)
from courses.network import channel as network
from courses.network import intervision
from courses.network.access import circle_for_viewer
from toolkit.permissions import NotPermitted

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
CIRCLE_MADE = _("De intervisiegroep is gemaakt.")
MEETING_PLANNED = _("De bijeenkomst is gepland.")
MEMBER_ADDED = _("%(name)s is toegevoegd.")
BAD_DATE = _("Vul een datum en tijd in, bijvoorbeeld 2026-12-03 en 19:30.")
SETTINGS_SAVED = _("Je keuzes zijn opgeslagen.")


@login_required
@require_http_methods(["GET", "POST"])
def circle_list(request):
    coordinates = may_coordinate(user=request.user)
    errors = {}
    if request.method == "POST":
        if not coordinates:
            raise NotPermitted
        members = _volunteers_of(request.user).filter(pk__in=request.POST.getlist("members"))
        try:
            circle = intervision.circle_create(
                by=request.user,
                name=request.POST.get("name", ""),
                audience=request.POST.get("audience", ""),
                members=list(members),
            )
        except ValidationError as error:
            errors = {"__all__": error.messages}
        else:
            messages.success(request, CIRCLE_MADE)
            return redirect("circle_detail", circle.pk)
    circles = intervision.IntervisionCircle.objects.filter(
        memberships__user=request.user
    ) | intervision.IntervisionCircle.objects.filter(created_by=request.user)
    return render(
        request,
        "courses/intervision/list.html",
        {
            "circles": circles.distinct(),
            "coordinates": coordinates,
            "audiences": intervision.IntervisionCircle.Audience.choices,
            "volunteers": _volunteers_of(request.user) if coordinates else [],
            "errors": errors,
        },
        status=422 if errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def circle_detail(request, circle_id: int):
    circle, may_plan = circle_for_viewer(user=request.user, circle_id=circle_id)
    if request.method == "POST":
        if not may_plan:
            raise NotPermitted
        try:
            if request.POST.get("action") == "plan":
                try:
                    day = datetime.date.fromisoformat(request.POST.get("date", ""))
                    time = datetime.time.fromisoformat(request.POST.get("time", ""))
                except ValueError as exc:
                    raise ValidationError(BAD_DATE) from exc
                intervision.meeting_plan(
                    circle=circle,
                    starts_at=datetime.datetime.combine(day, time, tzinfo=AMSTERDAM),
                )
                messages.success(request, MEETING_PLANNED)
            elif request.POST.get("action") == "add":
                person = person_for_coordinator(
                    user=request.user,
                    person_id=request.POST.get("member"),
                    people=volunteers_managed_by(user=request.user),
                )
                intervision.circle_add_member(circle=circle, user=person)
                messages.success(request, MEMBER_ADDED % {"name": person.name})
            else:
                raise NotPermitted
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        return redirect("circle_detail", circle.pk)
    is_member = circle.memberships.filter(user=request.user).exists()
    return render(
        request,
        "courses/intervision/detail.html",
        {
            "circle": circle,
            "memberships": circle.memberships.select_related("user").order_by(
                "-is_facilitator", "user__display_name"
            ),
            "meetings": circle.meetings.order_by("-starts_at"),
            "is_member": is_member,
            "may_plan": may_plan,
            "candidates": _volunteers_of(request.user).exclude(
                pk__in=circle.memberships.values("user_id")
            )
            if may_plan and may_coordinate(user=request.user)
            else [],
        },
    )


def _volunteers_of(user):
    """Volunteers and coordinators of the locations `user` coordinates."""
    return volunteers_managed_by(user=user)


@login_required
@require_http_methods(["GET", "POST"])
def group_channel(request, cohort_id: int):
    """A finished group's channel: open it (leaders, coordinators), join the room, choose to
    hide one's last name or the e-mail digest, or leave with one click."""
    access = cohort_for_member(user=request.user, cohort_id=cohort_id)
    cohort = access.cohort
    channel = network.channel_of(cohort)
    may_open = access.is_leader or may_manage_cohort(user=request.user, cohort=cohort)
    membership = network.active_membership(meeting=channel, user=request.user) if channel else None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "open" and may_open:
                network.channel_open(cohort=cohort)
                messages.success(request, network.OPENED)
            elif action == "leave" and channel is not None:
                network.channel_leave(meeting=channel, user=request.user)
                messages.success(request, network.LEFT)
            elif action == "settings" and channel is not None:
                network.membership_set(
                    meeting=channel,
                    user=request.user,
                    hide_last_name=request.POST.get("hide_last_name") == "on",
                    digest=request.POST.get("digest") == "on",
                )
                messages.success(request, SETTINGS_SAVED)
            else:
                raise NotPermitted
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        return redirect("group_channel", cohort.pk)
    return render(
        request,
        "courses/network/channel.html",
        {
            "cohort": cohort,
            "channel": channel,
            "membership": membership,
            "may_open": may_open and channel is None,
            "finished": cohort.status == cohort.Status.FINISHED,
            "left": channel is not None
            and membership is None
            and channel.network_memberships.filter(user=request.user).exists(),
        },
    )
