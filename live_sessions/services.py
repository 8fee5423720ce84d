"""Writes of the live room. Every change is stored with the next gap-free `seq` (under a lock on
the meeting's LiveState row) *before* anyone is told; the channel layer only rings the doorbell
after the commit. A lost doorbell costs a catch-up from the database, never an event."""

import contextvars
import datetime
import json
import logging
import random
import threading
import time
import zoneinfo

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.groups.access import Access
from courses.models import Attendance, CohortMembership, Meeting
from courses.network.channel import active_membership
from courses.network.intervision import NAMES_A_PARTICIPANT, names_a_participant, protected_names
from courses.volunteers.buddies import buddy_meeting_contact_record
from courses.workbook.selectors import answer_shared_with_group, readable_for, readable_html
from courses.workbook.services import save_live_answer
from toolkit.sanitize import user_markdown_to_html

from . import formats, media, protocol
from .events import serialize
from .models import GroupNote, LiveState, MeetingEvent

logger = logging.getLogger(__name__)

PRESENCE_TIMEOUT = datetime.timedelta(seconds=75)


def role_of(access: Access) -> str:
    if access.is_leader:
        return "leader"
    if access.is_participant:
        return "participant"
    if access.is_guest:
        return "guest"  # a guest of this one meeting (courses.network.guests)
    return "coordinator"


# While set (the live consumer, `defer_doorbells`), doorbells are collected here instead of rung
# from the sync thread: the consumer rings them on its event loop once the call has returned (the
# events are committed by then), so the sync thread does not wait for the channel layer.
_deferred_doorbells: contextvars.ContextVar[list | None] = contextvars.ContextVar(
    "deferred_doorbells", default=None
)


def doorbell_message(seq: int, event: dict | None = None, audience=None) -> dict:
    """The channel-layer message for stored event `seq`. The event rides along serialised to the
    wire text once per meeting (`text`), so no consumer serialises it again; `head` (its type and
    `user`) is what a consumer needs to decide on a media move."""
    message = {"type": "meeting.event", "seq": seq}
    if event is not None:
        message["text"] = json.dumps(event, ensure_ascii=False)
        message["head"] = {"type": event.get("type"), "user": event.get("user")}
        message["audience"] = list(audience or [])
    return message


def ring_doorbell(meeting: Meeting, seq: int, event: dict | None = None, audience=None) -> None:
    """Tell every consumer of the meeting that event `seq` is stored. The serialised event rides
    along (serialised once per meeting, not once per socket), so a consumer that is up to date
    sends it without touching the database; one that missed something catches up from the
    database. Failures are logged: consumers also catch up on their heartbeat."""
    message = doorbell_message(seq, event, audience)
    deferred = _deferred_doorbells.get()
    if deferred is not None:
        deferred.append((meeting.group_name, message))
        return
    try:
        async_to_sync(get_channel_layer().group_send)(meeting.group_name, message)
    except Exception as exc:  # Redis down, a full channel: the event is already stored
        logger.warning("doorbell for meeting %s seq %s failed: %r", meeting.pk, seq, exc)


def defer_doorbells(function, /, *args, **kwargs):
    """Call `function`; return (its result, the doorbells it rang after its commits). For a
    caller on an event loop (the consumer) that rings them itself, with `ring_deferred`."""
    token = _deferred_doorbells.set([])
    try:
        result = function(*args, **kwargs)
        return result, _deferred_doorbells.get()
    finally:
        _deferred_doorbells.reset(token)


async def ring_deferred(doorbells) -> None:
    layer = get_channel_layer()
    for group, message in doorbells:
        try:
            await layer.group_send(group, message)
        except Exception as exc:  # as in ring_doorbell: the events are stored
            logger.warning("doorbell %s seq %s failed: %r", group, message.get("seq"), exc)


def _state(meeting: Meeting, *, lock: bool) -> LiveState:
    states = LiveState.objects.select_for_update() if lock else LiveState.objects
    try:  # one query on the hot path: the row exists from the first event on
        state = states.get(meeting=meeting)
    except LiveState.DoesNotExist:
        try:
            with transaction.atomic():  # a savepoint: two first messages may race here
                LiveState.objects.create(meeting=meeting)
        except IntegrityError:
            pass
        state = states.get(meeting=meeting)
    state.meeting = meeting  # the caller's: `_append` needs it, without reading it again
    return state


def _append(
    state: LiveState,
    *,
    type: str,
    user,
    role: str,
    payload: dict,
    client_id: str = "",
    audience=None,
) -> MeetingEvent:
    state.last_seq += 1
    event = MeetingEvent.objects.create(
        meeting_id=state.meeting_id,
        seq=state.last_seq,
        type=type,
        actor=user,
        actor_role=role,
        client_id=client_id,
        payload=payload,
        audience=audience or [],
    )
    state.save()
    seq = event.seq
    meeting = state.meeting
    wire = serialize(event, formats.room_names(meeting, [user]) if user is not None else {})
    event.wire = wire  # the sender's consumer sends it without reading it back
    transaction.on_commit(lambda: ring_doorbell(meeting, seq, wire, event.audience))
    return event


# --- Presence and attendance -------------------------------------------------------------------


def present_user_ids(meeting: Meeting) -> list[int]:
    return [user_id for user_id, _ in _present(meeting)]


def _present(meeting: Meeting) -> list[tuple[int, datetime.datetime]]:
    """(user id, joined_at) of the open, recently seen attendances, oldest first."""
    since = timezone.now() - PRESENCE_TIMEOUT
    return list(
        Attendance.objects.filter(meeting=meeting, left_at__isnull=True, last_seen_at__gte=since)
        .order_by("joined_at")
        .values_list("user_id", "joined_at")
        .distinct()
    )


def live_join(*, access: Access, meeting: Meeting, user) -> int:
    """A connection said hello: the person's attendance opens, and the others hear about it.
    One attendance row per person per meeting: a second tab or a reconnect reopens the same row
    (the first `joined_at` stays), so reconnects do not add rows."""
    return live_join_state(access=access, meeting=meeting, user=user)[0]


@transaction.atomic
def live_join_state(*, access: Access, meeting: Meeting, user) -> tuple[int, LiveState, list[int]]:
    """`live_join`, also returning what `welcome` needs without reading it again: the meeting's
    state as committed by the join, and who is present now (`present_user_ids` after the join,
    computed from the list read before it: the person's reopened attendance added)."""
    state = _state(meeting, lock=True)  # also serialises two sockets of one person saying hello
    present = _present(meeting)
    already = any(user_id == user.pk for user_id, _ in present)
    now = timezone.now()
    attendance = Attendance.objects.filter(meeting=meeting, user=user).order_by("joined_at").first()
    if attendance is None:
        attendance = Attendance.objects.create(
            meeting=meeting, user=user, joined_at=now, last_seen_at=now
        )
    else:
        attendance.left_at = None
        attendance.last_seen_at = now
        attendance.save(update_fields=["left_at", "last_seen_at"])
    if not already:
        _append(state, type="presence.joined", user=user, role=role_of(access), payload={})
    if (user.pk, attendance.joined_at) not in present:  # open and seen now
        present.append((user.pk, attendance.joined_at))
        present.sort(key=lambda row: row[1])  # stable: ties keep the database's order
    return attendance.pk, state, [user_id for user_id, _ in present]


@transaction.atomic
def live_leave(*, access: Access, meeting: Meeting, user, attendance_id: int) -> None:
    """The person's last socket in this meeting closed (the consumer knows, `limits`)."""
    state = _state(meeting, lock=True)
    closed = Attendance.objects.filter(pk=attendance_id, left_at__isnull=True).update(
        left_at=timezone.now()
    )
    if closed and user.pk not in present_user_ids(meeting):
        if user.pk in state.hands:
            state.hands = [uid for uid in state.hands if uid != user.pk]
            _append(
                state,
                type="hand.lowered",
                user=user,
                role=role_of(access),
                payload={"user": user.pk, "hands": state.hands},
            )
        _append(state, type="presence.left", user=user, role=role_of(access), payload={})


# Heartbeats of all sockets of this process are written together: one UPDATE per
# SEEN_FLUSH_SECONDS instead of one write per socket per heartbeat (at 6,500 sockets and a 15 s
# heartbeat that was over 400 writes a second, the largest cost of an idle room). A socket's
# last_seen_at is then at most SEEN_FLUSH_SECONDS + one heartbeat late, well inside
# PRESENCE_TIMEOUT.
SEEN_FLUSH_SECONDS = 5.0
_seen_pending: set[int] = set()
_seen_lock = threading.Lock()
_seen_flushed_at = 0.0


def seen_due(attendance_id: int) -> list[int] | None:
    """Mark an attendance seen (pending); the ids to write now when a flush is due, else None."""
    global _seen_flushed_at
    with _seen_lock:
        _seen_pending.add(attendance_id)
        now = time.monotonic()
        if now - _seen_flushed_at < SEEN_FLUSH_SECONDS:
            return None
        ids = list(_seen_pending)
        _seen_pending.clear()
        _seen_flushed_at = now
    return ids


def seen_not_written(ids) -> None:
    """A flush failed: the ids go with the next one."""
    with _seen_lock:
        _seen_pending.update(ids)


def live_seen(*, attendance_id: int) -> None:
    """A heartbeat of a connection that said hello: its attendance is still current."""
    ids = seen_due(attendance_id)
    if ids is None:
        return
    try:
        Attendance.objects.filter(pk__in=ids).update(last_seen_at=timezone.now())
    except Exception:
        seen_not_written(ids)  # try again with the next heartbeat
        raise


# --- Commands ----------------------------------------------------------------------------------


def _existing(meeting: Meeting, user, client_id: str) -> MeetingEvent | None:
    if not client_id:
        return None
    return MeetingEvent.objects.filter(meeting=meeting, actor=user, client_id=client_id).first()


def live_apply(*, access: Access, meeting: Meeting, user, command: protocol.Command):
    """Apply one command. Returns (event, duplicate). A retried client id returns the event
    stored the first time and changes nothing."""
    if meeting.kind != Meeting.Kind.JOBGROUP or formats.is_training(meeting):
        # A training day's agenda may hold fewer than the seven slots: other blocks are refused.
        _check_room_allows(meeting, command, user)
    extra = {}
    if command.type in _MEDIA_FIRST:
        # Janus is called before the lock on the meeting's row is taken (its HTTP calls must
        # not hold up every other message of the meeting); the event is stored after it.
        existing = _existing(meeting, user, command.id)
        if existing is not None:
            return existing, True
        extra["done"] = _MEDIA_FIRST[command.type](
            access=access, meeting=meeting, user=user, command=command
        )
    # The retry check runs once, under the lock (a fresh message, the usual case, costs one
    # query less than checking before and after taking the lock).
    try:
        with transaction.atomic():
            state = _state(meeting, lock=True)
            existing = _existing(meeting, user, command.id)
            if existing is not None:
                return existing, True
            event = _HANDLERS[command.type](
                state=state, access=access, meeting=meeting, user=user, command=command, **extra
            )
            return event, False
    except IntegrityError:  # the same client id raced in on another connection
        existing = _existing(meeting, user, command.id)
        if existing is None:
            raise
        return existing, True


# Commands that need a tool of the room (live_sessions.formats); a JobGroup meeting has them all.
_NEEDS_TOOL = {
    "note.add": formats.NOTES,
    "homework.show": formats.HOMEWORK,
    "breakout.open": formats.BREAKOUT,
    "breakout.close": formats.BREAKOUT,
    "breakout.visit": formats.BREAKOUT,
    "breakout.leave": formats.BREAKOUT,
}
_NOT_IN_A_CHANNEL = {
    "session.start",
    "session.end",
    "block.goto",
    "answer.post",
    "media.mute",
    "media.mute_all",
    "media.floor",
    "media.state",
    "timer.start",
    "timer.pause",
    "timer.resume",
    "timer.add",
    "timer.clear",
    "hand.raise",  # a channel has no floor to ask for: no raise-hand button either
    "hand.lower",
}


def _check_room_allows(meeting: Meeting, command: protocol.Command, user) -> None:
    """Workshops, intervision, group channels and training days: only the commands their room
    offers, blocks of their own agenda, (intervision) no participant named in full, and (group channel) only
    from members who have not left, also on a socket opened before they left."""
    plan = formats.room_plan(meeting)
    if plan.offers(formats.ASYNC) and active_membership(meeting=meeting, user=user) is None:
        raise protocol.ProtocolError(
            protocol.FORBIDDEN, _("Je bent uit het groepskanaal gestapt."), command.id
        )
    tool = _NEEDS_TOOL.get(command.type)
    if (tool and not plan.offers(tool)) or (
        plan.offers(formats.ASYNC) and command.type in _NOT_IN_A_CHANNEL
    ):
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW, _("Dat kan niet in deze ruimte."), command.id
        )
    if command.type in ("block.goto", "answer.post") and command.fields["block"] not in plan.blocks:
        raise protocol.ProtocolError(
            protocol.BAD_FIELDS, _("Dit onderdeel hoort niet bij deze bijeenkomst."), command.id
        )
    if (
        command.type == "chat.send"
        and plan.offers(formats.NAME_GUARD)
        and names_a_participant(command.fields["text"], protected_names(meeting.circle))
    ):
        raise protocol.ProtocolError(protocol.BAD_FIELDS, str(NAMES_A_PARTICIPANT), command.id)


def _args(state, user, access, command):
    return {"user": user, "role": role_of(access), "client_id": command.id}


def _chat(*, state, access, meeting, user, command):
    # chat while the meeting is on; a group channel (no start or end) always
    if state.status != LiveState.Status.STARTED and meeting.kind != Meeting.Kind.NETWORK:
        raise protocol.ProtocolError(protocol.NOT_LIVE, str(protocol.NOT_LIVE_DETAIL), command.id)
    room = command.fields.get("room")
    audience = []
    if room is not None:
        rooms = state.breakout or []
        if not (0 <= room < len(rooms)) or (user.pk not in rooms[room] and not access.is_leader):
            raise protocol.ProtocolError(
                protocol.NOT_ALLOWED_NOW, _("Je zit niet in dit groepje."), command.id
            )
        audience = list(rooms[room])
    payload = {"html": user_markdown_to_html(command.fields["text"]), "client_id": command.id}
    if room is not None:
        payload["room"] = room
    return _append(
        state,
        type="chat.message",
        payload=payload,
        audience=audience,
        **_args(state, user, access, command),
    )


def _hand_raise(*, state, access, meeting, user, command):
    if user.pk not in state.hands:
        state.hands = [*state.hands, user.pk]
    return _append(
        state,
        type="hand.raised",
        payload={"user": user.pk, "hands": state.hands},
        **_args(state, user, access, command),
    )


def _hand_lower(*, state, access, meeting, user, command):
    target = command.fields.get("user") or user.pk
    state.hands = [uid for uid in state.hands if uid != target]
    return _append(
        state,
        type="hand.lowered",
        payload={"user": target, "hands": state.hands},
        **_args(state, user, access, command),
    )


def _answer(*, state, access, meeting, user, command):
    block = command.fields["block"]
    html = user_markdown_to_html(command.fields["text"])
    event = _append(
        state,
        type="answer.posted",
        payload={"block": block, "html": html},
        **_args(state, user, access, command),
    )
    if block == "reflection" and access.is_participant and meeting.kind == Meeting.Kind.JOBGROUP:
        # "Wat neem ik mee?" also lands in the participant's own Mijn map.
        save_live_answer(
            access=access,
            user=user,
            meeting=meeting,
            key=str(event.seq),
            text=command.fields["text"],
        )
    return event


def _block_goto(*, state, access, meeting, user, command):
    state.block = command.fields["block"]
    state.block_started_at = timezone.now()
    minutes = _planned_minutes(access, meeting).get(state.block, 0)
    return _append(
        state,
        type="block.changed",
        payload={
            "block": state.block,
            "started_at": state.block_started_at.isoformat(),
            "minutes": minutes,
        },
        **_args(state, user, access, command),
    )


def _planned_minutes(access: Access, meeting: Meeting) -> dict:
    return formats.room_plan(meeting).minutes


def _message_hide(*, state, access, meeting, user, command):
    target = MeetingEvent.objects.filter(
        meeting=meeting, seq=command.fields["seq"], type="chat.message"
    ).first()
    if target is None:
        raise protocol.ProtocolError(
            protocol.UNKNOWN_SEQ, _("Er is geen chatbericht met dit nummer."), command.id
        )
    target.hidden = True
    target.save(update_fields=["hidden"])
    return _append(
        state,
        type="message.hidden",
        payload={"hidden_seq": target.seq},
        **_args(state, user, access, command),
    )


START_EARLY = datetime.timedelta(minutes=60)  # earlier than this before its time: confirm
START_LATE = datetime.timedelta(hours=12)  # later than this after its time: confirm
AMSTERDAM = "Europe/Amsterdam"


def _local(moment):
    return timezone.localtime(moment, zoneinfo.ZoneInfo(AMSTERDAM))


def _planned_on(meeting: Meeting) -> str:
    """ "dinsdag 8 december (stap 3)": when a meeting is planned, as the leader reads it."""
    when = date_format(_local(meeting.starts_at), "l j F")
    if meeting.kind == Meeting.Kind.JOBGROUP and meeting.step_number:
        return _("%(date)s (stap %(step)s)") % {"date": when, "step": meeting.step_number}
    return when


def start_check(meeting: Meeting, now=None) -> tuple[str | None, str | None]:
    """May the leader start this meeting now? (refusal, question): a refusal when it cannot be
    started at all (it ended on another day); a question when it may be the wrong meeting (it is
    planned more than an hour from now or long ago, the group has a meeting nearer to now, or an
    earlier meeting of the group is still running): then only with `confirm`."""
    now = now or timezone.now()
    state = LiveState.objects.filter(meeting=meeting).first()
    ended = meeting.status == Meeting.Status.ENDED or (
        state is not None and state.status == LiveState.Status.ENDED
    )
    if ended and _local(meeting.starts_at).date() != _local(now).date():
        return _("Deze bijeenkomst is al afgelopen. Je kunt hem niet opnieuw beginnen."), None
    planned = _("Deze bijeenkomst staat gepland op %(when)s.") % {"when": _planned_on(meeting)}
    sure = _("Weet je zeker dat je nu wilt beginnen?")
    if ended:
        return None, " ".join([_("Deze bijeenkomst is vandaag al afgesloten."), sure])
    if meeting.kind == Meeting.Kind.JOBGROUP:
        others = Meeting.objects.filter(cohort_id=meeting.cohort_id, kind=meeting.kind).exclude(
            pk=meeting.pk
        )
        running = others.filter(status=Meeting.Status.LIVE).order_by("starts_at").first()
        if running is not None:
            busy = _("Stap %(step)s van deze groep is nog bezig.") % {"step": running.step_number}
            return None, " ".join([busy, planned, sure])
        distance = abs(meeting.starts_at - now)
        nearer = [
            m
            for m in others.exclude(status=Meeting.Status.ENDED).only("starts_at")
            if abs(m.starts_at - now) < distance
        ]
        if nearer:
            return None, " ".join([planned, sure])
    if meeting.starts_at - now > START_EARLY or now - meeting.starts_at > START_LATE:
        return None, " ".join([planned, sure])
    return None, None


def _session_start(*, state, access, meeting, user, command):
    if state.status == LiveState.Status.STARTED:
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW, _("De bijeenkomst is al begonnen."), command.id
        )
    refusal, question = start_check(meeting)
    if refusal:
        raise protocol.ProtocolError(protocol.NOT_ALLOWED_NOW, refusal, command.id)
    if question and not command.fields.get("confirm"):
        raise protocol.ProtocolError(protocol.CONFIRM_NEEDED, question, command.id)
    state.status = LiveState.Status.STARTED
    state.block = "welcome"
    state.block_started_at = timezone.now()
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.LIVE)
    minutes = _planned_minutes(access, meeting).get("welcome", 0)
    return _append(
        state,
        type="session.started",
        payload={
            "block": "welcome",
            "started_at": state.block_started_at.isoformat(),
            "minutes": minutes,
        },
        **_args(state, user, access, command),
    )


def _session_end(*, state, access, meeting, user, command):
    if state.status == LiveState.Status.ENDED:
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW, _("De bijeenkomst is al afgelopen."), command.id
        )
    state.status = LiveState.Status.ENDED
    state.timer_ends_at = state.timer_remaining = None  # the timer ends with the meeting
    groups = _media_groups(state)
    transaction.on_commit(lambda: _media_rooms_destroy(meeting, groups))
    state.breakout = []
    state.hands = []
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.ENDED)
    if meeting.kind == Meeting.Kind.BUDDY:
        # both were there: one "online" contact in the buddy's log (idempotent)
        transaction.on_commit(lambda: buddy_meeting_contact_record(meeting=meeting))
    return _append(state, type="session.ended", payload={}, **_args(state, user, access, command))


def _breakout_open(*, state, access, meeting, user, command):
    participants = list(
        CohortMembership.objects.filter(
            cohort=access.cohort,
            role=CohortMembership.Role.PARTICIPANT,
            user_id__in=present_user_ids(meeting),
        ).values_list("user_id", flat=True)
    )
    if len(participants) < 2:
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW,
            _("Er zijn te weinig deelnemers om groepjes te maken."),
            command.id,
        )
    random.Random(f"{meeting.pk}-{state.last_seq}").shuffle(participants)  # noqa: S311
    size = command.fields["size"]
    rooms = [participants[i : i + size] for i in range(0, len(participants), size)]
    if len(rooms) > 1 and len(rooms[-1]) == 1:  # nobody alone: the last one joins the group before
        rooms[-2].extend(rooms.pop())
    state.breakout = rooms
    return _append(
        state,
        type="breakout.opened",
        payload={"rooms": rooms},
        **_args(state, user, access, command),
    )


def _breakout_close(*, state, access, meeting, user, command):
    if not state.breakout:
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW, _("Er zijn geen groepjes open."), command.id
        )
    groups = _media_groups(state)[1:]
    transaction.on_commit(lambda: _media_rooms_destroy(meeting, groups))
    state.breakout = []
    return _append(state, type="breakout.closed", payload={}, **_args(state, user, access, command))


def visits(meeting: Meeting, state: LiveState | None = None) -> dict[int, int]:
    """The breakout groups leaders stepped into (`breakout.visit`) and have not left: {leader's
    user id: group}, read from the events since the groups opened."""
    state = state or LiveState.objects.filter(meeting=meeting).first()
    if state is None or not state.breakout:
        return {}
    opened = (
        MeetingEvent.objects.filter(meeting=meeting, type="breakout.opened")
        .order_by("-seq")
        .values_list("seq", flat=True)
        .first()
    ) or 0
    found: dict[int, int] = {}
    for kind, actor, payload in (
        MeetingEvent.objects.filter(
            meeting=meeting, seq__gt=opened, type__in=("breakout.visited", "breakout.left")
        )
        .order_by("seq")
        .values_list("type", "actor_id", "payload")
    ):
        group = payload.get("group")
        if kind == "breakout.visited" and isinstance(group, int):
            found[actor] = group
        else:
            found.pop(actor, None)
    return {uid: g for uid, g in found.items() if 0 <= g < len(state.breakout)}


def visiting(meeting: Meeting, user_id: int, state: LiveState | None = None) -> int | None:
    """The breakout group this leader stepped into and has not left, or None."""
    return visits(meeting, state).get(user_id)


def _breakout_visit(*, state, access, meeting, user, command):
    """The leader steps into one group: hears and speaks with it (their `media` moves to the
    group's room), and the group sees that the leader is with them."""
    if not state.breakout:
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW, _("Er zijn geen groepjes open."), command.id
        )
    group = command.fields["group"]
    if group >= len(state.breakout):
        raise protocol.ProtocolError(
            protocol.BAD_FIELDS, _("Dit groepje bestaat niet."), command.id
        )
    return _append(
        state,
        type="breakout.visited",
        payload={"group": group, "user": user.pk},
        **_args(state, user, access, command),
    )


def _breakout_leave(*, state, access, meeting, user, command):
    """Back from a group to the meeting's own room."""
    group = visiting(meeting, user.pk, state)
    if group is None:
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW, _("Je bent niet bij een groepje."), command.id
        )
    return _append(
        state,
        type="breakout.left",
        payload={"group": group, "user": user.pk},
        **_args(state, user, access, command),
    )


def _note_add(*, state, access, meeting, user, command):
    html = user_markdown_to_html(command.fields["text"])
    note = GroupNote.objects.create(
        cohort=access.cohort, meeting=meeting, author=user, text=command.fields["text"], html=html
    )
    return _append(
        state,
        type="note.added",
        payload={"note": note.pk, "html": html},
        **_args(state, user, access, command),
    )


def _homework_show(*, state, access, meeting, user, command):
    answer = answer_shared_with_group(cohort=access.cohort, answer_id=command.fields["answer"])
    if answer is None:
        raise protocol.ProtocolError(
            protocol.BAD_FIELDS, _("Dit antwoord is niet met de groep gedeeld."), command.id
        )
    # Every kind of answer in its readable form (the same one as Mijn map and the download),
    # with the question. An upload shows its name; the room's page links it for the group's
    # members (`file_url`), who may open what was shared with the group (answer_for_viewer).
    readable = readable_for(answer)
    return _append(
        state,
        type="homework.shown",
        payload={
            "answer": answer.pk,
            "participant": answer.participant.name,
            "step": answer.step_number,
            "html": str(readable_html(readable, with_question=True)),
            "title": readable.title,
            "block_type": answer.block_type,
            "file_name": readable.file_name,
            "file_url": reverse("answer_file", args=[answer.pk]) if readable.file_name else "",
        },
        **_args(state, user, access, command),
    )


# --- Voice (live_sessions.media) -------------------------------------------------------------------


def media_offered(meeting: Meeting) -> bool:
    """Whether this room has voice: a media server is configured and the room is a meeting (a
    group channel, read and written at any time, has none)."""
    return media.media_enabled() and meeting.kind != Meeting.Kind.NETWORK


def _media_groups(state: LiveState) -> tuple:
    """The meeting's media rooms now: the main one (None) and one per open breakout group."""
    return (None, *range(len(state.breakout or [])))


def _media_rooms_destroy(meeting: Meeting, groups) -> None:
    if not media_offered(meeting) or not groups:
        return
    try:
        media.media_room_destroy(meeting_id=meeting.pk, groups=groups)
    except media.MediaError as exc:  # Janus away: its rooms went with it, or time out unused
        logger.warning("media rooms of meeting %s not destroyed: %r", meeting.pk, exc)


def media_for(*, meeting: Meeting, user, display: str) -> dict | None:
    """The `media` object for a person the room's gate let in (`welcome`, `media.changed`): their
    media room (the breakout group they are in, else the meeting's) lets their token in. None
    without a media server, after the meeting ended, or when Janus does not answer."""
    return media_state(meeting=meeting, user=user, display=display)[0]


def media_state(*, meeting: Meeting, user, display: str) -> tuple[dict | None, bool]:
    """`(media, wait)`: the `media` object as `media_for`, and whether the room should have voice
    but Janus did not answer just now (`media_wait`: the socket asks again and sends
    `media.changed` once it does, so a moment of a busy media server does not silence a person
    for the rest of the meeting)."""
    if not media_offered(meeting):
        return None, False
    state = LiveState.objects.filter(meeting=meeting).first()
    if state is not None and state.status == LiveState.Status.ENDED:
        return None, False
    group = None
    for index, members in enumerate(state.breakout if state is not None else []):
        if user.pk in members:
            group = index
    if group is None and state is not None and state.breakout:
        group = visiting(meeting, user.pk, state)  # a leader who stepped into a group
    try:
        return (
            media.media_grant(meeting_id=meeting.pk, user_id=user.pk, display=display, group=group),
            False,
        )
    except media.MediaError as exc:
        logger.warning("no media for person %s in meeting %s: %r", user.pk, meeting.pk, exc)
        return None, True


def media_withdraw(*, meeting: Meeting, user_id: int, janus_ids=None) -> None:
    """Out of the meeting's media rooms: with `janus_ids`, only those connections (one socket
    whose session ended); without, the person's token is taken off every room and all their
    connections are kicked (they lost access)."""
    if not media_offered(meeting):
        return
    state = LiveState.objects.filter(meeting=meeting).first()
    groups = _media_groups(state) if state is not None else (None,)
    try:
        if janus_ids is None:
            media.media_revoke(meeting_id=meeting.pk, user_id=user_id, groups=groups)
        else:
            media.media_kick(meeting_id=meeting.pk, janus_ids=set(janus_ids), groups=groups)
    except media.MediaError as exc:
        logger.warning(
            "media of person %s in meeting %s not withdrawn: %r", user_id, meeting.pk, exc
        )


def media_withdraw_on_commit(*, meetings, user_id: int) -> None:
    """After the current transaction commits: the person is out of these meetings' media rooms
    (removal from a group, erasure), also when no socket of theirs is open to notice."""
    if not media.media_enabled():
        return
    meetings = [
        m
        for m in Meeting.objects.filter(pk__in=meetings).exclude(status=Meeting.Status.ENDED)
        if media_offered(m)
    ]
    if meetings:
        transaction.on_commit(
            lambda: [media_withdraw(meeting=m, user_id=user_id) for m in meetings]
        )


def _media_call(command: protocol.Command, call, **kwargs):
    try:
        return call(**kwargs)
    except media.MediaError as exc:
        logger.warning("media %s failed: %r", command.type, exc)
        raise protocol.ProtocolError(
            protocol.SERVER_BUSY, str(protocol.MEDIA_BUSY_DETAIL), command.id
        ) from exc


def _media_check(meeting: Meeting, command: protocol.Command) -> None:
    if not media_offered(meeting):
        raise protocol.ProtocolError(
            protocol.NOT_ALLOWED_NOW, str(protocol.MEDIA_OFF_DETAIL), command.id
        )


def _leaders_of(access: Access, user) -> set[int]:
    leaders = {user.pk}
    if access.cohort is not None:
        leaders |= set(
            CohortMembership.objects.filter(
                cohort=access.cohort, role=CohortMembership.Role.LEADER
            ).values_list("user_id", flat=True)
        )
    return leaders


def _mute_in_janus(*, access, meeting, user, command) -> list[int]:
    """Janus mutes first (the event then tells the truth: only they can unmute themselves).
    Runs before the meeting's row is locked: the rooms are read without the lock (a breakout
    opening at the same moment is at worst muted by the next press)."""
    _media_check(meeting, command)
    groups = _media_groups(_state(meeting, lock=False))
    if command.type == "media.mute":
        _media_call(
            command,
            media.media_mute,
            meeting_id=meeting.pk,
            user_ids={command.fields["user"]},
            groups=groups,
        )
        return [command.fields["user"]]
    return _media_call(
        command,
        media.media_mute,
        meeting_id=meeting.pk,
        user_ids=None,
        keep=_leaders_of(access, user),
        groups=groups,
    )


# Commands whose media-server call is made before the lock (`live_apply`); the handler gets
# its result as `done`.
_MEDIA_FIRST = {"media.mute": _mute_in_janus, "media.mute_all": _mute_in_janus}


def _media_mute(*, state, access, meeting, user, command, done=None):
    target = command.fields["user"]
    return _append(
        state, type="media.muted", payload={"user": target}, **_args(state, user, access, command)
    )


def _media_mute_all(*, state, access, meeting, user, command, done=None):
    return _append(
        state,
        type="media.all_muted",
        payload={"users": list(done or [])},
        **_args(state, user, access, command),
    )


def _media_floor(*, state, access, meeting, user, command):
    """Give the word: the hand goes down, the person is asked (by their room) to unmute."""
    target = command.fields["user"]
    state.hands = [uid for uid in state.hands if uid != target]
    return _append(
        state,
        type="media.floor_given",
        payload={"user": target, "hands": state.hands},
        **_args(state, user, access, command),
    )


def _media_state(*, state, access, meeting, user, command):
    _media_check(meeting, command)
    return _append(
        state,
        type="media.state_changed",
        payload={
            "user": user.pk,
            "audio": command.fields["audio"],
            "video": command.fields["video"],
        },
        **_args(state, user, access, command),
    )


# --- The leader's timer ------------------------------------------------------------------------


def _seconds_left(ends_at: datetime.datetime, now: datetime.datetime) -> int:
    """Whole seconds until `ends_at` (rounded up, never below 0)."""
    left = (ends_at - now).total_seconds()
    return max(0, int(left) + (1 if left > int(left) else 0))


def timer_state(state: LiveState, now: datetime.datetime | None = None) -> dict | None:
    """The timer as `welcome` carries it: None without a timer; else `running`, `ends_at` (ISO
    8601, when running) and `remaining_seconds` (when paused: frozen; when running: at `now`)."""
    now = now or timezone.now()
    if state.timer_ends_at is not None:
        return {
            "running": True,
            "ends_at": state.timer_ends_at.isoformat(),
            "remaining_seconds": _seconds_left(state.timer_ends_at, now),
        }
    if state.timer_remaining is not None:
        return {"running": False, "ends_at": None, "remaining_seconds": state.timer_remaining}
    return None


def _timer_refuse(command, message):
    raise protocol.ProtocolError(protocol.NOT_ALLOWED_NOW, message, command.id)


def _timer(*, state, access, meeting, user, command):
    """`timer.start` / `pause` / `resume` / `add` / `clear`: the leader's countdown, kept on the
    meeting's state (so `welcome` carries it) and told to everyone as `timer.changed`."""
    if state.status == LiveState.Status.ENDED:
        _timer_refuse(command, _("De bijeenkomst is afgelopen."))
    now = timezone.now()
    action = command.type.removeprefix("timer.")
    limit = protocol.TIMER_MAX_MINUTES * 60
    too_long = _("De tijd kan niet langer zijn dan %(max)s minuten.") % {
        "max": protocol.TIMER_MAX_MINUTES
    }
    running = state.timer_ends_at is not None
    paused = state.timer_remaining is not None
    if action == "start":
        state.timer_ends_at = now + datetime.timedelta(minutes=command.fields["minutes"])
        state.timer_remaining = None
    elif action == "pause":
        if not running:
            _timer_refuse(command, _("De tijd loopt niet."))
        left = _seconds_left(state.timer_ends_at, now)
        if left == 0:
            _timer_refuse(command, _("De tijd is al om."))
        state.timer_ends_at, state.timer_remaining = None, left
    elif action == "resume":
        if not paused:
            _timer_refuse(command, _("De tijd staat niet op pauze."))
        state.timer_ends_at = now + datetime.timedelta(seconds=state.timer_remaining)
        state.timer_remaining = None
    elif action == "add":
        extra = command.fields["minutes"] * 60
        if running:  # time that is already up counts again from now
            left = _seconds_left(state.timer_ends_at, now)
            if left + extra > limit:
                _timer_refuse(command, too_long)
            state.timer_ends_at = max(state.timer_ends_at, now) + datetime.timedelta(seconds=extra)
        elif paused:
            if state.timer_remaining + extra > limit:
                _timer_refuse(command, too_long)
            state.timer_remaining += extra
        else:
            _timer_refuse(command, _("Er is geen tijd om bij te zetten. Start eerst de tijd."))
    else:  # clear
        if not running and not paused:
            _timer_refuse(command, _("Er loopt geen tijd."))
        state.timer_ends_at = state.timer_remaining = None
    current = timer_state(state, now) or {"running": False, "ends_at": None}
    return _append(
        state,
        type="timer.changed",
        payload={
            "action": action,
            "running": current["running"],
            "ends_at": current["ends_at"],
            "remaining_seconds": current.get("remaining_seconds"),
        },
        **_args(state, user, access, command),
    )


_HANDLERS = {
    "chat.send": _chat,
    "hand.raise": _hand_raise,
    "hand.lower": _hand_lower,
    "answer.post": _answer,
    "block.goto": _block_goto,
    "message.hide": _message_hide,
    "session.start": _session_start,
    "session.end": _session_end,
    "breakout.open": _breakout_open,
    "breakout.close": _breakout_close,
    "breakout.visit": _breakout_visit,
    "breakout.leave": _breakout_leave,
    "note.add": _note_add,
    "homework.show": _homework_show,
    "media.mute": _media_mute,
    "media.mute_all": _media_mute_all,
    "media.floor": _media_floor,
    "media.state": _media_state,
    "timer.start": _timer,
    "timer.pause": _timer,
    "timer.resume": _timer,
    "timer.add": _timer,
    "timer.clear": _timer,
}
