"""Reads of the live room: the state for `welcome` and the events a user may receive."""

from django.utils import timezone

from accounts.models import User
from courses.models import Meeting

from .events import serialize
from .formats import room_names
from .models import GroupNote, LiveState, MeetingEvent
from .services import present_user_ids, timer_state, visits

REPLAY_LIMIT = 2000


def visible_to(audience, user_id: int, is_leader: bool) -> bool:
    """May this user receive an event with this audience (empty: everyone in the meeting)?"""
    return not audience or is_leader or user_id in audience


def _names(user_ids, meeting: Meeting) -> dict[int, str]:
    return room_names(meeting, list(User.objects.filter(pk__in=set(user_ids))))


# What a guest of the meeting (courses.network.guests) never receives: a participant's homework
# the leader shows. Kept out of the guest's welcome, replay and live events alike.
GUEST_HIDDEN_TYPES = frozenset({"homework.shown", "note.added"})


def hidden_types(access) -> frozenset:
    """The event types this person's access keeps from them (none, except for a guest)."""
    return GUEST_HIDDEN_TYPES if getattr(access, "is_guest", False) else frozenset()


def events_after(
    *, meeting: Meeting, after: int, user, is_leader: bool, hidden: frozenset = frozenset()
) -> tuple[list[dict], int]:
    """Events with seq > after that this user may receive (none of the `hidden` types), and the
    highest seq looked at."""
    events = list(
        MeetingEvent.objects.filter(meeting=meeting, seq__gt=after)
        .select_related("actor")  # the names in the same query
        .order_by("seq")[:REPLAY_LIMIT]
    )
    if not events:
        return [], after
    names = room_names(meeting, list({e.actor_id: e.actor for e in events if e.actor_id}.values()))
    visible = [
        serialize(e, names)
        for e in events
        if visible_to(e.audience, user.pk, is_leader) and e.type not in hidden
    ]
    return visible, events[-1].seq


def _roles(user_ids, meeting: Meeting) -> dict[int, str]:
    """Each person's role in the room (`leader`, `participant`, `coordinator`), as they last
    joined it: shown next to every name, so a display name cannot pass for a leader's."""
    rows = (
        MeetingEvent.objects.filter(
            meeting=meeting, type="presence.joined", actor_id__in=set(user_ids)
        )
        .order_by("seq")
        .values_list("actor_id", "actor_role")
    )
    return dict(rows)  # the last join wins


def welcome_state(*, meeting: Meeting, state: LiveState | None = None, present=None) -> dict:
    """The meeting's state for `welcome`. `state` and `present` (user ids): as the caller just
    read them (`services.live_join_state`), else read here."""
    if state is None:
        state, _ = LiveState.objects.get_or_create(meeting=meeting)
    now = timezone.now()
    if present is None:
        present = present_user_ids(meeting)
    names = _names([*present, *state.hands], meeting)
    roles = _roles([*present, *state.hands], meeting)

    def person(uid: int) -> dict:
        return {"id": uid, "name": names.get(uid, ""), "role": roles.get(uid, "")}

    return {
        "status": state.status,
        "block": state.block,
        "block_started_at": state.block_started_at.isoformat() if state.block_started_at else None,
        "present": [person(uid) for uid in present],
        "hands": [person(uid) for uid in state.hands],
        "breakout": state.breakout,
        # leaders who stepped into a breakout group: [{user, group}]
        "visits": [{"user": uid, "group": g} for uid, g in visits(meeting, state).items()],
        "last_seq": state.last_seq,
        # the leader's timer (null: none), and the server's clock for the client's countdown
        "timer": timer_state(state, now),
        "now": now.isoformat(),
    }


def group_memory(*, meeting: Meeting) -> list[GroupNote]:
    """Agreements and notes of the group's earlier meetings (and this one)."""
    if meeting.kind != Meeting.Kind.JOBGROUP:
        return []
    return list(
        GroupNote.objects.filter(cohort_id=meeting.cohort_id).select_related("author", "meeting")
    )
