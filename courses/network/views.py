"""Pages of the open workshops (courses.network.workshops): the list for a participant, a workshop with
sign-up, waiting list, cancellation and the way into the live room; and for coordinators a
series with its workshops, sign-ups, attendance and invitations."""

import datetime
import zoneinfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from courses.errors import PERSON_NOT_FOUND
from courses.groups.access import coordinated_locations, may_coordinate, person_for_coordinator
from courses.groups.models import Attendance
from courses.network import workshops
from courses.network.access import (
    is_workshop_host,
    may_manage_workshops,
    workshop_for_viewer,
    workshop_hosts_for,
    workshop_invitees_for,
)
from toolkit.permissions import NotPermitted

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
CANCELLED = _("Je bent afgemeld.")
CANCELLED_AND_PASSED_ON = _("Je bent afgemeld. Je plek is naar de wachtlijst gegaan.")
SERIES_MADE = _("De reeks is gemaakt. Voeg nu workshops toe en publiceer de reeks.")
PUBLISHED = _("De reeks is gepubliceerd: deelnemers van de locaties kunnen zich aanmelden.")
WORKSHOP_MADE = _("De workshop is toegevoegd.")
INVITED = _("%(name)s is aangemeld.")
WORKSHOP_SAVED = _("De workshop is opgeslagen.")
WORKSHOP_SAVED_PROMOTED = _(
    "De workshop is opgeslagen. %(count)s mensen van de wachtlijst hebben nu een plek en krijgen "
    "een e-mail."
)
WORKSHOP_CANCELLED = _("De workshop gaat niet door. %(count)s mensen krijgen daarover een e-mail.")
CONFIRM_CANCEL = _("Vink aan dat de workshop echt niet doorgaat.")
BAD_DATE = _("Vul een datum en tijd in, bijvoorbeeld 2026-12-03 en 19:30.")
# The room opens this long before the start.
ROOM_OPENS_BEFORE = datetime.timedelta(minutes=30)


@login_required
@require_GET
def workshop_list(request):
    rows = []
    for workshop in workshops.workshops_open_to(user=request.user):
        signup = workshops.signup_of(user=request.user, workshop=workshop)
        rows.append(
            {
                "workshop": workshop,
                "signup": signup,
                "position": workshops.waiting_position(signup) if signup else None,
                "counts": workshops.counts(workshop),
            }
        )
    return render(
        request,
        "courses/workshops/list.html",
        {"rows": rows, "may_coordinate": may_coordinate(user=request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def workshop_detail(request, workshop_id: int):
    workshop = workshop_for_viewer(user=request.user, workshop_id=workshop_id)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "sign_up":
                signup = workshops.sign_up(user=request.user, workshop=workshop)
                if signup.status == workshops.WorkshopSignup.Status.CONFIRMED:
                    messages.success(request, workshops.SIGNED_UP)
                else:
                    messages.warning(
                        request,
                        workshops.WAITING % {"position": workshops.waiting_position(signup)},
                    )
            elif action == "cancel":
                was_confirmed = (
                    getattr(workshops.signup_of(user=request.user, workshop=workshop), "status", "")
                    == workshops.WorkshopSignup.Status.CONFIRMED
                )
                promoted = workshops.cancel(user=request.user, workshop=workshop)
                messages.success(
                    request, CANCELLED_AND_PASSED_ON if promoted and was_confirmed else CANCELLED
                )
            else:
                raise NotPermitted
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        return redirect("workshop_detail", workshop.pk)

    signup = workshops.signup_of(user=request.user, workshop=workshop)
    is_host = is_workshop_host(user=request.user, workshop=workshop)
    manages = may_manage_workshops(user=request.user, series=workshop.series)
    has_place = signup is not None and signup.status == workshops.WorkshopSignup.Status.CONFIRMED
    room_open = timezone.now() >= workshop.starts_at - ROOM_OPENS_BEFORE
    context = {
        "workshop": workshop,
        "signup": signup,
        "position": workshops.waiting_position(signup) if signup else None,
        "counts": workshops.counts(workshop),
        "is_host": is_host,
        "manages": manages,
        "may_enter": (has_place and room_open) or is_host or manages,
        "has_place": has_place,
        "may_sign_up": workshops.may_sign_up(user=request.user, workshop=workshop),
    }
    if is_host or manages:
        context["signups"] = workshop.signups.select_related("user").order_by(
            "status", "created_at"
        )
        context["present"] = set(
            Attendance.objects.filter(meeting=workshop.meeting).values_list("user_id", flat=True)
        )
    return render(request, "courses/workshops/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def series_manage(request, series_id: int | None = None):
    """New series (no id) or one series with its workshops: add workshops, invite, publish."""
    if not may_coordinate(user=request.user):
        raise NotPermitted
    series = None
    if series_id is not None:
        series = get_object_or_404(workshops.WorkshopSeries, pk=series_id)
        if not may_manage_workshops(user=request.user, series=series):
            raise NotPermitted
    locations = list(coordinated_locations(request.user).order_by("name"))
    errors, status = {}, 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if series is None:
                chosen = [
                    loc for loc in locations if str(loc.pk) in request.POST.getlist("locations")
                ]
                series = workshops.series_create(
                    by=request.user,
                    title=request.POST.get("title", ""),
                    description=request.POST.get("description", ""),
                    locations=chosen,
                )
                messages.success(request, SERIES_MADE)
                return redirect("workshop_series", series.pk)
            if action == "publish":
                series.published = True
                series.save(update_fields=["published"])
                messages.success(request, PUBLISHED)
            elif action == "add":
                _add_workshop(request, series)
                messages.success(request, WORKSHOP_MADE)
            elif action == "invite":
                _invite(request, series)
            else:
                raise NotPermitted
            return redirect("workshop_series", series.pk)
        except ValidationError as error:
            errors = getattr(error, "message_dict", None) or {"__all__": error.messages}
            status = 422
    return render(
        request,
        "courses/workshops/series.html",
        {
            "series": series,
            "locations": locations,
            "errors": errors,
            "form": request.POST if errors else {},
            "rows": [
                {"workshop": w, "counts": workshops.counts(w)}
                for w in (series.workshops.all() if series else [])
            ],
            "volunteers": workshop_hosts_for(user=request.user, series=series) if series else [],
            "all_series": workshops.WorkshopSeries.objects.filter(
                locations__in=locations
            ).distinct(),
        },
        status=status,
    )


def _add_workshop(request, series):
    starts_at = _starts_at(request.POST)
    capacity = _capacity(request.POST)
    host_ids = set(request.POST.getlist("hosts"))
    hosts = list(
        workshop_hosts_for(user=request.user, series=series).filter(
            pk__in=[int(h) for h in host_ids if h.isdigit()]
        )
    )
    if len(hosts) != len(host_ids):  # an id that is unknown, or of someone elsewhere
        raise ValidationError({"hosts": PERSON_NOT_FOUND})
    workshops.workshop_create(
        series=series,
        title=request.POST.get("title", ""),
        description=request.POST.get("description", ""),
        guest_speaker=request.POST.get("guest_speaker", ""),
        starts_at=starts_at,
        capacity=capacity,
        hosts=hosts,
    )


def _invite(request, series):
    workshop = get_object_or_404(series.workshops, pk=request.POST.get("workshop") or 0)
    try:
        person = person_for_coordinator(
            user=request.user,
            email=request.POST.get("email") or "",
            people=workshop_invitees_for(user=request.user, series=series),
        )
    except ValidationError as exc:
        raise ValidationError({"email": exc.messages}) from exc
    workshops.sign_up(user=person, workshop=workshop, invited_by=request.user)
    messages.success(request, INVITED % {"name": person.name})


@login_required
@require_http_methods(["GET", "POST"])
def workshop_manage(request, workshop_id: int):
    """For who manages the series: change a workshop (title, time, places, description) or call
    it off. More places go to the waiting list in order; calling off tells everyone by e-mail."""
    workshop = get_object_or_404(
        workshops.Workshop.objects.select_related("series", "meeting"), pk=workshop_id
    )
    if not may_manage_workshops(user=request.user, series=workshop.series):
        raise NotPermitted
    errors, status, form = {}, 200, {}
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "save":
                form = request.POST
                promoted = workshops.workshop_update(
                    workshop=workshop,
                    title=request.POST.get("title", ""),
                    description=request.POST.get("description", ""),
                    starts_at=_starts_at(request.POST),
                    capacity=_capacity(request.POST),
                )
                if promoted:
                    messages.success(request, WORKSHOP_SAVED_PROMOTED % {"count": len(promoted)})
                else:
                    messages.success(request, WORKSHOP_SAVED)
            elif action == "cancel_workshop":
                if request.POST.get("confirm") != "yes":
                    raise ValidationError({"confirm": CONFIRM_CANCEL})
                told = workshops.workshop_cancel(workshop=workshop)
                messages.success(request, WORKSHOP_CANCELLED % {"count": told})
            else:
                raise NotPermitted
            return redirect("workshop_detail", workshop.pk)
        except ValidationError as error:
            errors = getattr(error, "message_dict", None) or {"__all__": error.messages}
            status = 422
    local = timezone.localtime(workshop.starts_at, AMSTERDAM)
    if not form:
        form = {
            "title": workshop.title,
            "description": workshop.description,
            "date": local.date().isoformat(),
            "time": local.strftime("%H:%M"),
            "capacity": workshop.capacity,
        }
    return render(
        request,
        "courses/workshops/manage.html",
        {
            "workshop": workshop,
            "form": form,
            "errors": errors,
            "counts": workshops.counts(workshop),
            "max_capacity": workshops.MAX_CAPACITY,
        },
        status=status,
    )


def _starts_at(data) -> datetime.datetime:
    try:
        day = datetime.date.fromisoformat(data.get("date", ""))
        time = datetime.time.fromisoformat(data.get("time", ""))
    except ValueError as exc:
        raise ValidationError({"starts_at": BAD_DATE}) from exc
    return datetime.datetime.combine(day, time, tzinfo=AMSTERDAM)


def _capacity(data) -> int:
    try:
        return int(data.get("capacity") or workshops.DEFAULT_CAPACITY)
    except ValueError as exc:
        raise ValidationError(
            {"capacity": workshops.CAPACITY_RANGE % {"max": workshops.MAX_CAPACITY}}
        ) from exc
