"""Open workshops (e.g. NetWerken, Walk&Talk): a location, or several together, publishes a
series of workshops on the JobGroup themes. Participants of those locations, and people a
coordinator invites, sign up up to the capacity; after that they are put on the waiting list,
and a cancellation gives the place to the first one waiting. The workshop runs in the same live
room as a JobGroup meeting (a `Meeting` of kind "workshop"), with its own blocks.

Models, services (writes) and reads in one module; the gate is `courses.network.access.workshop_for_viewer`
and `courses.network.access.meeting_for_member`. Services are keyword-only and atomic; a refusal raises
`ValidationError` with a clear Dutch message and changes nothing.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Location
from accounts.roles import Role
from accounts.sockets import sockets_recheck
from courses.groups.access import coordinated_locations
from courses.groups.models import Meeting
from courses.network.models import (
    DEFAULT_CAPACITY,
    MAX_CAPACITY,
    Workshop,
    WorkshopSeries,
    WorkshopSignup,
)
from courses.network.tasks import (
    notify_workshop_cancelled,
    notify_workshop_moved,
    notify_workshop_place,
    schedule_workshop_reminder,
)

# Hosts: volunteers and coordinators lead a workshop.
HOST_ROLES = {Role.LEADER, Role.BUDDY, Role.COORDINATOR}

# The room's blocks for a workshop: protocol block names (docs/live-protocol.md) with the
# workshop's own labels and planned minutes.
WORKSHOP_BLOCKS = (
    ("welcome", _("Keek op de week"), 15),
    ("group_talk", _("Thema"), 60),
    ("reflection", _("Wat neem je mee?"), 15),
)

# --- Messages --------------------------------------------------------------------------------------

SIGNED_UP = _("Je bent aangemeld. Je krijgt een dag van tevoren een herinnering.")
WAITING = _(
    "De workshop is vol. Je staat op de wachtlijst (plaats %(position)s). "
    "Komt er een plek vrij, dan krijg je een e-mail."
)
ALREADY = _("Je bent al aangemeld voor deze workshop.")
ALREADY_WAITING = _("Je staat al op de wachtlijst voor deze workshop.")
NOT_FOR_YOU = _("Deze workshop is niet voor jouw locatie. Vraag de coördinator om een uitnodiging.")
IN_THE_PAST = _("Deze workshop is al geweest.")
CANCELLED_WORKSHOP = _("Deze workshop gaat niet door.")
NOT_SIGNED_UP = _("Je bent niet aangemeld voor deze workshop.")
CAPACITY_RANGE = _("Kies een aantal plaatsen van 1 tot en met %(max)s.")
CAPACITY_BELOW_SIGNED_UP = _(
    "Er zijn al %(count)s mensen aangemeld. Kies minstens zoveel plaatsen."
)
LOCATIONS_MISSING = _("Kies minstens één locatie waar je coördinator bent.")
HOST_NOT_VOLUNTEER = _("%(name)s is geen vrijwilliger of coördinator en kan geen workshop leiden.")
STARTS_IN_PAST = _("Kies een moment in de toekomst.")
TITLE_MISSING = _("Vul een titel in.")
ALREADY_CANCELLED = _("Deze workshop was al afgezegd.")


# --- Reads -------------------------------------------------------------------------------------------


def workshops_open_to(*, user):
    """Planned workshops of published series at the user's locations (or to which they were
    invited), from today on."""

    locations = Location.objects.filter(memberships__user=user)
    today = timezone.now() - datetime.timedelta(hours=3)
    return (
        Workshop.objects.filter(starts_at__gte=today)
        .filter(
            models.Q(series__published=True, series__locations__in=locations)
            | models.Q(signups__user=user)
        )
        .distinct()
        .select_related("series")
        .order_by("starts_at", "pk")
    )


def may_sign_up(*, user, workshop: Workshop) -> bool:

    return (
        workshop.series.published
        and Location.objects.filter(
            memberships__user=user, workshop_series=workshop.series
        ).exists()
    )


def counts(workshop: Workshop) -> dict:
    rows = dict(workshop.signups.values_list("status").annotate(n=models.Count("pk")).order_by())
    confirmed = rows.get(WorkshopSignup.Status.CONFIRMED, 0)
    return {
        "confirmed": confirmed,
        "waiting": rows.get(WorkshopSignup.Status.WAITING, 0),
        "free": max(workshop.capacity - confirmed, 0),
    }


def waiting_position(signup: WorkshopSignup) -> int | None:
    if signup.status != WorkshopSignup.Status.WAITING:
        return None
    return (
        WorkshopSignup.objects.filter(
            workshop_id=signup.workshop_id, status=WorkshopSignup.Status.WAITING
        )
        .filter(
            models.Q(created_at__lt=signup.created_at)
            | models.Q(created_at=signup.created_at, pk__lt=signup.pk)
        )
        .count()
        + 1
    )


def signup_of(*, user, workshop: Workshop) -> WorkshopSignup | None:
    return WorkshopSignup.objects.filter(workshop=workshop, user=user).first()


# --- Services ----------------------------------------------------------------------------------------


def series_create(*, by, title: str, description: str = "", locations) -> WorkshopSeries:

    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": TITLE_MISSING})
    allowed = set(coordinated_locations(by).values_list("pk", flat=True))
    chosen = [loc for loc in locations if loc.pk in allowed]
    if not chosen or len(chosen) != len(list(locations)):
        raise ValidationError({"locations": LOCATIONS_MISSING})
    with transaction.atomic():
        series = WorkshopSeries.objects.create(
            title=title[:200], description=(description or "").strip(), created_by=by
        )
        series.locations.set(chosen)
    return series


def workshop_create(
    *,
    series: WorkshopSeries,
    title: str,
    starts_at: datetime.datetime,
    capacity: int = DEFAULT_CAPACITY,
    hosts=(),
    description: str = "",
    guest_speaker: str = "",
    duration_minutes: int = 90,
) -> Workshop:

    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": TITLE_MISSING})
    if not 1 <= int(capacity) <= MAX_CAPACITY:
        raise ValidationError({"capacity": CAPACITY_RANGE % {"max": MAX_CAPACITY}})
    if starts_at <= timezone.now():
        raise ValidationError({"starts_at": STARTS_IN_PAST})
    hosts = list(hosts)
    for host in hosts:
        if not host.role_assignments.filter(role__in=HOST_ROLES).exists():
            raise ValidationError({"hosts": HOST_NOT_VOLUNTEER % {"name": host.name}})
    with transaction.atomic():
        workshop = Workshop.objects.create(
            series=series,
            title=title[:200],
            description=(description or "").strip(),
            guest_speaker=(guest_speaker or "").strip()[:200],
            starts_at=starts_at,
            capacity=capacity,
            duration_minutes=duration_minutes,
        )
        workshop.hosts.set(hosts)
        Meeting.objects.create(
            kind=Meeting.Kind.WORKSHOP,
            workshop=workshop,
            starts_at=starts_at,
            duration_minutes=duration_minutes,
        )

    transaction.on_commit(lambda: schedule_workshop_reminder(workshop.pk))
    return workshop


def workshop_set_capacity(*, workshop: Workshop, capacity: int) -> list[WorkshopSignup]:
    """A new number of places. Raising it gives the new places to the waiting list in order;
    it cannot go below the number already signed up. Returns the promoted sign-ups."""
    if not 1 <= int(capacity) <= MAX_CAPACITY:
        raise ValidationError({"capacity": CAPACITY_RANGE % {"max": MAX_CAPACITY}})
    with transaction.atomic():
        workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
        confirmed = workshop.signups.filter(status=WorkshopSignup.Status.CONFIRMED).count()
        if capacity < confirmed:
            raise ValidationError({"capacity": CAPACITY_BELOW_SIGNED_UP % {"count": confirmed}})
        workshop.capacity = capacity
        workshop.save(update_fields=["capacity"])
        return _promote(workshop, places=capacity - confirmed)


def workshop_update(
    *,
    workshop: Workshop,
    title: str,
    description: str,
    starts_at: datetime.datetime,
    capacity: int,
) -> list[WorkshopSignup]:
    """Change a planned workshop's title, description, time and number of places. A new time
    moves its meeting and its reminder (the old reminder finds the time changed and sends
    nothing) and tells everyone with a place or on the waiting list by mail (through the
    worker, as calling off does); more places go to the waiting list in order, with the "er is een plek" mail.
    Returns the promoted sign-ups. A refusal changes nothing."""
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": TITLE_MISSING})
    if not 1 <= int(capacity) <= MAX_CAPACITY:
        raise ValidationError({"capacity": CAPACITY_RANGE % {"max": MAX_CAPACITY}})
    with transaction.atomic():
        workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
        if workshop.status == Workshop.Status.CANCELLED:
            raise ValidationError(CANCELLED_WORKSHOP)
        old_starts_at = workshop.starts_at
        moved = starts_at != old_starts_at
        if moved and starts_at <= timezone.now():
            raise ValidationError({"starts_at": STARTS_IN_PAST})
        confirmed = workshop.signups.filter(status=WorkshopSignup.Status.CONFIRMED).count()
        if capacity < confirmed:
            raise ValidationError({"capacity": CAPACITY_BELOW_SIGNED_UP % {"count": confirmed}})
        workshop.title = title[:200]
        workshop.description = (description or "").strip()
        workshop.starts_at = starts_at
        workshop.capacity = capacity
        workshop.save(update_fields=["title", "description", "starts_at", "capacity"])
        if moved:
            Meeting.objects.filter(workshop=workshop).update(starts_at=starts_at)
            transaction.on_commit(lambda: schedule_workshop_reminder(workshop.pk))
            told = list(
                workshop.signups.filter(
                    status__in=[WorkshopSignup.Status.CONFIRMED, WorkshopSignup.Status.WAITING]
                ).values_list("pk", flat=True)
            )
            times = (old_starts_at.isoformat(), starts_at.isoformat())
            transaction.on_commit(
                lambda: [notify_workshop_moved.enqueue(pk, *times) for pk in told]
            )
        return _promote(workshop, places=capacity - confirmed)


def workshop_cancel(*, workshop: Workshop) -> int:
    """Call a workshop off: it shows as cancelled, nobody can sign up or join its room any more
    (open sockets close), and everyone with a place or on the waiting list gets an e-mail through
    the worker. Returns how many are told."""
    with transaction.atomic():
        workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
        if workshop.status == Workshop.Status.CANCELLED:
            raise ValidationError(ALREADY_CANCELLED)
        workshop.status = Workshop.Status.CANCELLED
        workshop.save(update_fields=["status"])
        told = list(
            workshop.signups.filter(
                status__in=[WorkshopSignup.Status.CONFIRMED, WorkshopSignup.Status.WAITING]
            ).values_list("pk", "user_id")
        )
        signup_ids = [pk for pk, _user in told]
        user_ids = [user for _pk, user in told] + list(workshop.hosts.values_list("pk", flat=True))
        transaction.on_commit(lambda: [notify_workshop_cancelled.enqueue(pk) for pk in signup_ids])
        sockets_recheck(user_ids=user_ids)  # the room is closed: open sockets close (4403)
    return len(told)


def sign_up(*, user, workshop: Workshop, invited_by=None) -> WorkshopSignup:
    """A place if there is one, else the waiting list. Two people taking the last place at once:
    the lock on the workshop's row makes one of them wait, and that one finds it full."""
    with transaction.atomic():
        workshop = Workshop.objects.select_for_update().select_related("series").get(pk=workshop.pk)
        if workshop.status == Workshop.Status.CANCELLED:
            raise ValidationError(CANCELLED_WORKSHOP)
        if workshop.starts_at <= timezone.now():
            raise ValidationError(IN_THE_PAST)
        if invited_by is None and not may_sign_up(user=user, workshop=workshop):
            raise ValidationError(NOT_FOR_YOU)
        existing = WorkshopSignup.objects.filter(workshop=workshop, user=user).first()
        if existing and existing.status == WorkshopSignup.Status.CONFIRMED:
            raise ValidationError(ALREADY)
        if existing and existing.status == WorkshopSignup.Status.WAITING:
            raise ValidationError(ALREADY_WAITING)
        confirmed = workshop.signups.filter(status=WorkshopSignup.Status.CONFIRMED).count()
        status = (
            WorkshopSignup.Status.CONFIRMED
            if confirmed < workshop.capacity
            else WorkshopSignup.Status.WAITING
        )
        if existing:  # signed up again after cancelling: to the back of the line
            existing.status = status
            existing.created_at = timezone.now()
            existing.invited_by = invited_by or existing.invited_by
            existing.save()
            return existing
        return WorkshopSignup.objects.create(
            workshop=workshop, user=user, status=status, invited_by=invited_by
        )


def cancel(*, user, workshop: Workshop) -> WorkshopSignup | None:
    """Cancel one's place or waiting-list spot; a freed place goes to the first one waiting, who
    gets an e-mail. Returns the promoted sign-up, if any."""
    with transaction.atomic():
        workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
        signup = WorkshopSignup.objects.filter(
            workshop=workshop,
            user=user,
            status__in=[WorkshopSignup.Status.CONFIRMED, WorkshopSignup.Status.WAITING],
        ).first()
        if signup is None:
            raise ValidationError(NOT_SIGNED_UP)
        freed = signup.status == WorkshopSignup.Status.CONFIRMED
        signup.status = WorkshopSignup.Status.CANCELLED
        signup.save(update_fields=["status", "changed_at"])
        promoted = _promote(workshop, places=1) if freed else []
        sockets_recheck(user_ids=[user.pk])  # no place, no room: an open socket closes (4403)
    return promoted[0] if promoted else None


def _promote(workshop: Workshop, *, places: int) -> list[WorkshopSignup]:
    """Give `places` free places to the first ones waiting (inside the caller's lock)."""
    if places <= 0 or workshop.starts_at <= timezone.now():
        return []
    waiting = list(
        WorkshopSignup.objects.filter(
            workshop=workshop, status=WorkshopSignup.Status.WAITING
        ).order_by("created_at", "pk")[:places]
    )
    for signup in waiting:
        signup.status = WorkshopSignup.Status.CONFIRMED
        signup.save(update_fields=["status", "changed_at"])
    if waiting:
        ids = [signup.pk for signup in waiting]
        transaction.on_commit(lambda: [notify_workshop_place.enqueue(pk) for pk in ids])
    return waiting
