"""Who may see and do what in a group. The one gate for cohorts and answers.

Missing and forbidden look the same from outside (404), so nobody learns which groups exist.
"""

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, Subquery
from django.http import Http404

from accounts.models import Location, LocationMembership, User
from accounts.roles import Role

from .errors import PERSON_NOT_FOUND
from .models import Answer, Cohort, CohortMembership, ErasureRequest


class Access:
    """What one user may do in one cohort."""

    def __init__(self, *, cohort: Cohort, role: str | None, is_location_coordinator: bool):
        self.cohort = cohort
        self.role = role
        self.is_location_coordinator = is_location_coordinator

    @property
    def is_participant(self) -> bool:
        return self.role == CohortMembership.Role.PARTICIPANT

    @property
    def is_leader(self) -> bool:
        return self.role == CohortMembership.Role.LEADER

    @property
    def may_read_leader_notes(self) -> bool:
        return self.is_leader or self.is_location_coordinator

    @property
    def may_answer(self) -> bool:
        return self.is_participant


def cohort_for_member(*, user, cohort_id: int) -> Access:
    """Members of the group and the coordinators of its location get in; nobody else."""
    if not user.is_authenticated:
        raise Http404
    # One query: the group, the user's role in it and whether they coordinate its location.
    cohort = (
        Cohort.objects.select_related("edition__programme", "location")
        .annotate(
            _member_role=Subquery(
                CohortMembership.objects.filter(cohort_id=OuterRef("pk"), user=user).values("role")[
                    :1
                ]
            ),
            _coordinates=Exists(
                LocationMembership.objects.filter(
                    location_id=OuterRef("location_id"), user=user, is_coordinator=True
                )
            ),
        )
        .filter(pk=cohort_id)
        .first()
    )
    if cohort is None:
        raise Http404
    role, is_coordinator = cohort._member_role, cohort._coordinates
    if role is None and not is_coordinator:
        raise Http404
    return Access(cohort=cohort, role=role, is_location_coordinator=is_coordinator)


def answer_for_viewer(*, user, answer_id: int) -> Answer:
    """One answer, for its owner, or for whom the owner shared it with: "leaders" → the group's
    leaders; "group" → the group's leaders and participants. Private stays private, also for
    coordinators. Everything else is a 404."""
    if not user.is_authenticated:
        raise Http404
    answer = Answer.objects.select_related("cohort", "participant").filter(pk=answer_id).first()
    if answer is None:
        raise Http404
    if answer.participant_id == user.pk:
        return answer
    from .buddies import BuddyShare

    if BuddyShare.objects.filter(
        answer=answer,
        match__buddy=user,
        match__participant_id=answer.participant_id,
        match__ended_on__isnull=True,
    ).exists():
        return answer
    role = (
        CohortMembership.objects.filter(cohort_id=answer.cohort_id, user=user)
        .values_list("role", flat=True)
        .first()
    )
    if role is None:
        raise Http404
    if answer.sharing == Answer.Sharing.LEADERS and role == CohortMembership.Role.LEADER:
        return answer
    if answer.sharing == Answer.Sharing.GROUP:
        return answer
    raise Http404


def may_manage_cohort(*, user, cohort: Cohort) -> bool:
    """Coordinators of the group's location (and admins) manage groups, invitations, schedules."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return LocationMembership.objects.filter(
        location_id=cohort.location_id, user=user, is_coordinator=True
    ).exists()


def may_coordinate(*, user) -> bool:
    """Superusers, and users who coordinate at least one location, use the group screens."""
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or LocationMembership.objects.filter(user=user, is_coordinator=True).exists()
    )


def coordinated_locations(user):
    from accounts.models import Location

    if user.is_superuser:
        return Location.objects.all()
    return Location.objects.filter(
        memberships__user=user, memberships__is_coordinator=True
    ).distinct()


def cohorts_managed_by(*, user):
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(
        location__memberships__user=user, location__memberships__is_coordinator=True
    )


def meeting_for_member(*, user, meeting_id: int):
    """The one gate for a live room. A group's meeting: who may see the group. A workshop: its
    hosts (leading), those with a place, and the coordinators of its locations. Intervision: the
    circle's members only, and after the meeting only those who were there. A group channel: its
    members who have not left. Everyone else: 404."""
    from .models import Meeting

    if not user.is_authenticated:
        raise Http404
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise Http404
    if meeting.kind == Meeting.Kind.JOBGROUP:
        access = cohort_for_member(user=user, cohort_id=meeting.cohort_id)
        meeting.cohort = access.cohort
        return access, meeting
    gate = {
        Meeting.Kind.WORKSHOP: _workshop_room_role,
        Meeting.Kind.INTERVISION: _intervision_room_role,
        Meeting.Kind.NETWORK: _network_room_role,
    }[meeting.kind]
    role, is_coordinator = gate(user=user, meeting=meeting)
    if role is None and not is_coordinator:
        raise Http404
    cohort = meeting.network_of if meeting.kind == Meeting.Kind.NETWORK else None
    return Access(cohort=cohort, role=role, is_location_coordinator=is_coordinator), meeting


def _workshop_room_role(*, user, meeting):
    from .workshops import WorkshopSignup

    workshop = meeting.workshop
    if is_workshop_host(user=user, workshop=workshop):
        return CohortMembership.Role.LEADER, False
    if WorkshopSignup.objects.filter(
        workshop=workshop, user=user, status=WorkshopSignup.Status.CONFIRMED
    ).exists():
        return CohortMembership.Role.PARTICIPANT, False
    is_coordinator = LocationMembership.objects.filter(
        user=user, is_coordinator=True, location__workshop_series=workshop.series_id
    ).exists()
    return None, is_coordinator


def _intervision_room_role(*, user, meeting):
    from .intervision import IntervisionMembership
    from .models import Attendance, Meeting

    membership = IntervisionMembership.objects.filter(
        circle_id=meeting.circle_id, user=user
    ).first()
    if membership is None:
        return None, False
    if (
        meeting.status == Meeting.Status.ENDED
        and not Attendance.objects.filter(meeting=meeting, user=user).exists()
    ):
        return None, False  # what was said stays among those present
    # in the room, members take part like participants; the facilitator leads
    role = (
        CohortMembership.Role.LEADER
        if membership.is_facilitator
        else CohortMembership.Role.PARTICIPANT
    )
    return role, False


def _network_room_role(*, user, meeting):
    from .network import active_membership

    membership = active_membership(meeting=meeting, user=user)
    if membership is None:
        return None, False
    role = (
        CohortMembership.Role.LEADER if membership.is_leader else CohortMembership.Role.PARTICIPANT
    )
    return role, False


def workshop_for_viewer(*, user, workshop_id: int):
    """A workshop page: for whom it is open (its locations), who signed up or was invited, its
    hosts, and the coordinators of its locations."""
    from .workshops import Workshop, may_sign_up

    if not user.is_authenticated:
        raise Http404
    workshop = Workshop.objects.select_related("series").filter(pk=workshop_id).first()
    if workshop is None:
        raise Http404
    if (
        may_sign_up(user=user, workshop=workshop)
        or workshop.signups.filter(user=user).exists()
        or is_workshop_host(user=user, workshop=workshop)
        or may_manage_workshops(user=user, series=workshop.series)
    ):
        return workshop
    raise Http404


def is_workshop_host(*, user, workshop) -> bool:
    return user.is_authenticated and workshop.hosts.filter(pk=user.pk).exists()


def may_manage_workshops(*, user, series) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return LocationMembership.objects.filter(
        user=user, is_coordinator=True, location__in=series.locations.all()
    ).exists()


def intake_for_viewer(*, user, intake_id: int):
    """An intake and whether `user` may decide on it. The person it is about and the coordinators
    of its location may see it; anyone else (leaders, buddies, other coordinators) gets a 404."""
    from .models import Intake

    if not user.is_authenticated:
        raise Http404
    intake = Intake.objects.select_related("location", "person").filter(pk=intake_id).first()
    if intake is None:
        raise Http404
    is_coordinator = coordinated_locations(user).filter(pk=intake.location_id).exists()
    if not is_coordinator and intake.person_id != user.pk:
        raise Http404
    return intake, is_coordinator


def circle_for_viewer(*, user, circle_id: int):
    """An intervision circle's page, and whether `user` may plan its meetings and add members:
    members see it (the facilitator plans), and the coordinator who set it up manages it.
    Anyone else, participants above all, gets a 404."""
    from .intervision import IntervisionCircle, IntervisionMembership

    if not user.is_authenticated:
        raise Http404
    circle = IntervisionCircle.objects.filter(pk=circle_id).first()
    if circle is None:
        raise Http404
    membership = IntervisionMembership.objects.filter(circle=circle, user=user).first()
    is_creator = circle.created_by_id == user.pk
    if membership is None and not is_creator:
        raise Http404
    return circle, is_creator or membership.is_facilitator


# --- Looking up a person by id or e-mail address -------------------------------------------------
# A coordinator types an address or picks an id; it is resolved only among the people of the
# locations they coordinate. Unknown and "someone else's" give the same neutral refusal, which
# never names anyone (docs/security.md, "Scoped lookups" lists every field and its scope).


def people_of_locations(*, locations):
    """Active, not anonymised people who belong to one of `locations`: members of the location,
    or participants of one of its groups."""
    return (
        User.objects.filter(is_active=True, anonymised_at__isnull=True)
        .filter(
            Q(location_memberships__location__in=locations)
            | Q(cohort_memberships__cohort__location__in=locations)
        )
        .distinct()
    )


def people_managed_by(*, user, locations=None):
    """The people `user` may look up: those of the locations they coordinate (superusers: all
    locations), narrowed to `locations` when given."""
    scope = coordinated_locations(user)
    if locations is not None:
        scope = scope.filter(pk__in=[location.pk for location in locations])
    return people_of_locations(locations=scope)


def person_for_coordinator(*, user, email: str | None = None, person_id=None, people=None):
    """One person by e-mail address or id, within `people` (default: `people_managed_by`).
    Not found and not yours raise the same ValidationError, naming nobody."""
    people = people_managed_by(user=user) if people is None else people
    if email is not None:
        person = people.filter(email__iexact=(email or "").strip()).first() if email else None
    else:
        pk = str(person_id or "").strip()
        person = people.filter(pk=int(pk)).first() if pk.isdigit() else None
    if person is None:
        raise ValidationError(PERSON_NOT_FOUND, code="person_not_found")
    return person


def volunteers_managed_by(*, user, roles=(Role.LEADER, Role.BUDDY, Role.COORDINATOR)):
    """Volunteers (and coordinators) of the locations `user` coordinates: whom they may add to
    an intervision circle."""
    return (
        User.objects.filter(
            location_memberships__location__in=coordinated_locations(user),
            role_assignments__role__in=list(roles),
            is_active=True,
            anonymised_at__isnull=True,
        )
        .distinct()
        .order_by("display_name")
    )


def workshop_hosts_for(*, user, series):
    """Who may host a workshop of `series`: volunteers and coordinators of the series' locations
    that `user` coordinates."""
    from .workshops import HOST_ROLES

    locations = coordinated_locations(user).filter(workshop_series=series)
    return (
        User.objects.filter(
            location_memberships__location__in=locations,
            role_assignments__role__in=list(HOST_ROLES),
            is_active=True,
            anonymised_at__isnull=True,
        )
        .distinct()
        .order_by("display_name")
    )


def workshop_invitees_for(*, user, series):
    """Whom `user` may sign up for a workshop of `series` they manage: the people of the
    locations `user` coordinates (an invitation may bring someone of another of their locations
    to this series; never someone of a location they do not run)."""
    if not may_manage_workshops(user=user, series=series):
        return User.objects.none()
    return people_managed_by(user=user)


# --- Erasure requests ----------------------------------------------------------------------------


def erasure_locations(*, person):
    """Where a person's erasure is decided: the locations of their groups, of their intakes (for
    someone who only had an intake so far) and those they are a member of."""
    return Location.objects.filter(
        Q(cohorts__memberships__user=person)
        | Q(intakes__person=person)
        | Q(memberships__user=person)
    ).distinct()


def may_confirm_erasure(*, coordinator, person) -> bool:
    """Admins, and coordinators of one of the person's locations (`erasure_locations`)."""
    if not coordinator.is_authenticated:
        return False
    if coordinator.is_superuser:
        return True
    return (
        coordinated_locations(coordinator)
        .filter(pk__in=erasure_locations(person=person).values("pk"))
        .exists()
    )


def erasures_for_coordinator(*, user):
    """Open erasure requests this user may see and confirm (the same rule as
    `may_confirm_erasure`, as one query for the list)."""
    requests = ErasureRequest.objects.filter(
        confirmed_at__isnull=True, user__anonymised_at__isnull=True
    ).select_related("user")
    if user.is_superuser:
        return requests
    locations = coordinated_locations(user)
    return requests.filter(
        Q(user__cohort_memberships__cohort__location__in=locations)
        | Q(user__intakes__location__in=locations)
        | Q(user__location_memberships__location__in=locations)
    ).distinct()
