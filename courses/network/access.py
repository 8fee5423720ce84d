"""Gates of the rooms beyond the group, and `meeting_for_member`: who may enter the live room of
any meeting (a group's step, a workshop, intervision, a group channel)."""

from accounts.models import LocationMembership, User
from courses.groups.access import (
    GUEST_ROLE,
    Access,
    cohort_for_member,
    coordinated_locations,
    people_managed_by,
)
from courses.groups.models import Attendance, CohortMembership, Meeting
from courses.network.channel import active_membership
from courses.network.guests import guest_invite_of_user, guest_window_open
from courses.network.models import (
    IntervisionCircle,
    IntervisionMembership,
    Workshop,
    WorkshopSignup,
)
from courses.network.workshops import HOST_ROLES, may_sign_up
from courses.volunteers.models import BuddyMatch
from toolkit.permissions import NotPermitted


def meeting_for_member(*, user, meeting_id: int):
    """The one gate for a live room. A group's meeting: who may see the group. A workshop: its
    hosts (leading), those with a place, and the coordinators of its locations. Intervision: the
    circle's members only, and after the meeting only those who were there. A group channel: its
    members who have not left. A buddy meeting: the match's buddy (leading) and its participant,
    only while the match is open; not the coordinator (a one-to-one talk is private). Everyone
    else: 404."""

    if not user.is_authenticated:
        raise NotPermitted
    if user.is_guest:
        return _guest_room(user=user, meeting_id=meeting_id)
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise NotPermitted
    if meeting.kind == Meeting.Kind.JOBGROUP:
        access = cohort_for_member(user=user, cohort_id=meeting.cohort_id)
        meeting.cohort = access.cohort
        return access, meeting
    gate = {
        Meeting.Kind.WORKSHOP: _workshop_room_role,
        Meeting.Kind.INTERVISION: _intervision_room_role,
        Meeting.Kind.NETWORK: _network_room_role,
        Meeting.Kind.BUDDY: _buddy_room_role,
    }[meeting.kind]
    role, is_coordinator = gate(user=user, meeting=meeting)
    if role is None and not is_coordinator:
        raise NotPermitted
    cohort = meeting.network_of if meeting.kind == Meeting.Kind.NETWORK else None
    return Access(cohort=cohort, role=role, is_location_coordinator=is_coordinator), meeting


def _guest_room(*, user, meeting_id):
    """A guest gets into the one meeting of their invitation, only while its link works (not
    revoked, in the window of `guests.guest_window_open`); never into anything else."""
    invite = guest_invite_of_user(user=user, meeting_id=meeting_id)
    if invite is None or not guest_window_open(invite.meeting):
        raise NotPermitted
    meeting = invite.meeting
    return Access(cohort=meeting.cohort, role=GUEST_ROLE, is_location_coordinator=False), meeting


def _workshop_room_role(*, user, meeting):

    workshop = meeting.workshop
    if workshop.status == workshop.Status.CANCELLED:
        return None, False  # called off: nobody joins its room any more
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

    membership = active_membership(meeting=meeting, user=user)
    if membership is None:
        return None, False
    role = (
        CohortMembership.Role.LEADER if membership.is_leader else CohortMembership.Role.PARTICIPANT
    )
    return role, False


def _buddy_room_role(*, user, meeting):

    match = (
        BuddyMatch.objects.filter(pk=meeting.buddy_match_id, ended_on__isnull=True)
        .only("buddy_id", "participant_id")
        .first()
    )
    if match is None:
        return None, False  # the match ended: the room is closed to both
    if user.pk == match.buddy_id:
        return CohortMembership.Role.LEADER, False
    if user.pk == match.participant_id:
        return CohortMembership.Role.PARTICIPANT, False
    return None, False  # coordinators too: what the two say stays between them


def workshop_for_viewer(*, user, workshop_id: int):
    """A workshop page: for whom it is open (its locations), who signed up or was invited, its
    hosts, and the coordinators of its locations."""

    if not user.is_authenticated:
        raise NotPermitted
    workshop = Workshop.objects.select_related("series").filter(pk=workshop_id).first()
    if workshop is None:
        raise NotPermitted
    if (
        may_sign_up(user=user, workshop=workshop)
        or workshop.signups.filter(user=user).exists()
        or is_workshop_host(user=user, workshop=workshop)
        or may_manage_workshops(user=user, series=workshop.series)
    ):
        return workshop
    raise NotPermitted


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


def circle_for_viewer(*, user, circle_id: int):
    """An intervision circle's page, and whether `user` may plan its meetings and add members:
    members see it (the facilitator plans), and the coordinator who set it up manages it.
    Anyone else, participants above all, gets a 404."""

    if not user.is_authenticated:
        raise NotPermitted
    circle = IntervisionCircle.objects.filter(pk=circle_id).first()
    if circle is None:
        raise NotPermitted
    membership = IntervisionMembership.objects.filter(circle=circle, user=user).first()
    is_creator = circle.created_by_id == user.pk
    if membership is None and not is_creator:
        raise NotPermitted
    return circle, is_creator or membership.is_facilitator


def workshop_hosts_for(*, user, series):
    """Who may host a workshop of `series`: volunteers and coordinators of the series' locations
    that `user` coordinates."""

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
