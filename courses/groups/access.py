"""Who may see and do what in a group. The one gate for cohorts and answers.

Missing and forbidden look the same from outside (404), so nobody learns which groups exist.
"""

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, Subquery

from accounts.models import Location, LocationMembership, User
from accounts.roles import Role
from courses.errors import PERSON_NOT_FOUND
from courses.groups.models import Cohort, CohortMembership, Meeting, VacancyPost
from toolkit.permissions import NotPermitted

# The room role of a guest of one meeting (courses.network.guests): takes part like a
# participant in the room (talk, chat, hand), sees nothing else of the group.
GUEST_ROLE = "guest"


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
    def is_guest(self) -> bool:
        return self.role == GUEST_ROLE

    @property
    def may_read_leader_notes(self) -> bool:
        return self.is_leader or self.is_location_coordinator

    @property
    def may_answer(self) -> bool:
        return self.is_participant


def cohort_for_member(*, user, cohort_id: int) -> Access:
    """Members of the group and the coordinators of its location get in; nobody else."""
    if not user.is_authenticated:
        raise NotPermitted
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
        raise NotPermitted
    role, is_coordinator = cohort._member_role, cohort._coordinates
    if role is None and not is_coordinator:
        raise NotPermitted
    return Access(cohort=cohort, role=role, is_location_coordinator=is_coordinator)


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


# --- Erasure requests ----------------------------------------------------------------------------


# --- The register of a meeting -------------------------------------------------------------------


def meeting_for_register(*, user, meeting_id) -> Meeting:
    """The group meeting whose register `user` keeps: its group's leaders (in a volunteer course,
    the trainers) and the coordinators of its location (and superusers). A member of the group
    who does not keep the register is refused with "forbidden" (403); anyone else, a meeting of
    another kind (workshop, intervision, group channel) and a missing meeting look the same
    (404)."""
    if not user.is_authenticated:
        raise NotPermitted
    meeting = (
        Meeting.objects.select_related("cohort__location", "cohort__edition__programme")
        .filter(pk=meeting_id, kind=Meeting.Kind.JOBGROUP)
        .first()
    )
    if meeting is None:
        raise NotPermitted
    if user.is_superuser or may_manage_cohort(user=user, cohort=meeting.cohort):
        return meeting
    role = (
        CohortMembership.objects.filter(cohort_id=meeting.cohort_id, user=user)
        .values_list("role", flat=True)
        .first()
    )
    if role == CohortMembership.Role.LEADER:
        return meeting
    if role is not None:
        raise NotPermitted(code="forbidden")
    raise NotPermitted


def meeting_for_check_in(*, user, meeting_id) -> Meeting:
    """A group meeting the user is a participant of (only participants check themselves in)."""
    if not user.is_authenticated:
        raise NotPermitted
    meeting = (
        Meeting.objects.select_related("cohort__location")
        .filter(
            pk=meeting_id,
            kind=Meeting.Kind.JOBGROUP,
            cohort__memberships__user=user,
            cohort__memberships__role=CohortMembership.Role.PARTICIPANT,
        )
        .first()
    )
    if meeting is None:
        raise NotPermitted
    return meeting


# --- The group's vacancy board -------------------------------------------------------------------


def may_post_vacancy(access: Access) -> bool:
    """Participants and leaders share vacancies; the location's coordinator only reads."""
    return access.is_participant or access.is_leader


def may_remove_any_vacancy(access: Access) -> bool:
    """The group's leaders and its location's coordinators remove any post (a harmful post must
    go also when the leader is away); everyone else only their own."""
    return access.is_leader or access.is_location_coordinator


def vacancy_for_delete(*, user, cohort_id, post_id):
    """A post on the group's board that `user` may delete: their own, or any post when they lead
    the group or coordinate its location (a harmful post must go also when the leader is away).
    Anyone else (also other members) gets the same 404 as for a missing post."""
    access = cohort_for_member(user=user, cohort_id=cohort_id)
    post = VacancyPost.objects.filter(pk=post_id, cohort=access.cohort).first()
    if post is None:
        raise NotPermitted
    if post.author_id != user.pk and not may_remove_any_vacancy(access):
        raise NotPermitted
    return post


def meeting_for_leader(*, user, meeting_id) -> Meeting:
    """A group meeting (JobGroup kind) of a group `user` leads: for what only its leaders do
    (record who shadowed, invite a guest). A coordinator or a participant of the group, anyone
    else, another kind of meeting and a missing meeting all look the same (404)."""
    if not user.is_authenticated:
        raise NotPermitted
    meeting = (
        Meeting.objects.select_related("cohort__location", "cohort__edition__programme")
        .filter(
            pk=meeting_id,
            kind=Meeting.Kind.JOBGROUP,
            cohort__memberships__user=user,
            cohort__memberships__role=CohortMembership.Role.LEADER,
        )
        .first()
    )
    if meeting is None:
        raise NotPermitted
    return meeting
