"""What the live room holds about a person, registered with `accounts.personal_data`. Imported
once by `LiveSessionsConfig.ready()`; erasure and retention run these before the courses app's
own, so the answers an event copies can still be found.

The room's log is replayed to every member (`hello last_seq=0`), so an erased or expired event is
not deleted: it becomes a tombstone. It keeps its `seq` (replay stays gap-free) and its meeting;
its type becomes `event.erased`, and it carries no actor, no text and no audience. The schema
(`live_sessions.schema`) and the browser room know the type and skip it.
"""

from html import unescape

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, Retention, register, scrub_names
from courses.models import Answer, Meeting
from courses.privacy.personal_data import cohorts_of, cohorts_past_retention

from .models import GroupNote, LiveState, MeetingEvent
from .services import media_withdraw_on_commit

TOMBSTONE = "event.erased"
# Events that carry words or a name: the person's own, or quoting a person (homework.shown).
WITH_TEXT = ("chat.message", "answer.posted", "homework.shown", "note.added")
WRITTEN = ("chat.message", "answer.posted", "note.added")


def events_tombstone(events) -> int:
    """Turn these stored events into tombstones: same meeting and `seq`, nothing else."""
    return events.update(
        type=TOMBSTONE, payload={}, actor=None, actor_role="", client_id="", audience=[]
    )


def _meetings_of(user):
    """Every room the person was in or belonged to."""
    return Meeting.objects.filter(
        Q(cohort_id__in=cohorts_of(user))
        | Q(attendance__user=user)
        | Q(network_memberships__user=user)
        | Q(circle__memberships__user=user)
        | Q(buddy_match__buddy=user)
        | Q(buddy_match__participant=user)
        | Q(guest_invites__user=user)  # a guest of one meeting (courses.network.guests)
    ).values("pk")


def _plain(html: str) -> str:
    return unescape(strip_tags(html or "")).strip()


# --- The room's log ----------------------------------------------------------------------------


def _export_events(user) -> list[dict]:
    events = (
        MeetingEvent.objects.filter(actor=user, type__in=("chat.message", "answer.posted"))
        .select_related(
            "meeting__cohort", "meeting__workshop", "meeting__circle", "meeting__network_of"
        )
        .order_by("created_at")
    )
    return [
        {
            "meeting": str(event.meeting),
            "at": event.created_at.isoformat(),
            "type": event.type,
            "what": str(_("chatbericht") if event.type == "chat.message" else _("antwoord")),
            "text": _plain(event.payload.get("html", "")),
        }
        for event in events
    ]


def _erase_events(erasure: Erasure) -> None:
    user = erasure.user
    events_tombstone(MeetingEvent.objects.filter(actor=user, type__in=WRITTEN))
    meetings = _meetings_of(user)
    answer_ids = set(Answer.objects.filter(participant=user).values_list("pk", flat=True))
    names = {name.casefold() for name in erasure.names}
    about_them, others = [], []
    for event in MeetingEvent.objects.filter(meeting__in=meetings, type__in=WITH_TEXT):
        shown = event.type == "homework.shown"
        if shown and (
            event.payload.get("answer") in answer_ids
            or str(event.payload.get("participant", "")).casefold() in names
        ):
            about_them.append(event.pk)
        else:
            others.append(event)
    events_tombstone(MeetingEvent.objects.filter(pk__in=about_them))
    for event in others:  # what others wrote keeps its words, not the person's name
        payload = dict(event.payload)
        if "html" in payload:
            payload["html"] = scrub_names(payload["html"], erasure.names, html=True)
        if payload != event.payload:
            MeetingEvent.objects.filter(pk=event.pk).update(payload=payload)


def _purge_events(retention: Retention) -> int:
    expired = Meeting.objects.filter(
        Q(kind=Meeting.Kind.JOBGROUP, cohort__in=cohorts_past_retention(retention=retention))
        # a buddy's online meetings: once their match ended before the cutoff
        | Q(kind=Meeting.Kind.BUDDY, buddy_match__ended_on__lt=retention.cutoff)
    )
    return events_tombstone(MeetingEvent.objects.filter(meeting__in=expired, type__in=WITH_TEXT))


# --- The group's memory and the room's state ------------------------------------------------------


def _erase_notes(erasure: Erasure) -> None:
    GroupNote.objects.filter(author=erasure.user).delete()
    for note in GroupNote.objects.filter(cohort_id__in=cohorts_of(erasure.user)):
        text = scrub_names(note.text, erasure.names)
        html = scrub_names(note.html, erasure.names, html=True)
        if (text, html) != (note.text, note.html):
            GroupNote.objects.filter(pk=note.pk).update(text=text, html=html)


def _erase_state(erasure: Erasure) -> None:
    """Out of the raised hands and the breakout rooms of every room, and (once this commits)
    out of their media rooms, the token withdrawn."""
    pk = erasure.user.pk
    media_withdraw_on_commit(meetings=_meetings_of(erasure.user), user_id=pk)
    for state in LiveState.objects.filter(meeting__in=_meetings_of(erasure.user)):
        hands = [uid for uid in state.hands if uid != pk]
        breakout = [[uid for uid in room if uid != pk] for room in state.breakout]
        if hands != state.hands or breakout != state.breakout:
            LiveState.objects.filter(pk=state.pk).update(hands=hands, breakout=breakout)


register(
    LiveState,
    erase=_erase_state,
)
register(
    GroupNote,
    key="group_notes_written",
    title=_("Afspraken en notities die jij in een bijeenkomst schreef"),
    labels={"group": _("Groep"), "text": _("Notitie"), "at": _("Wanneer")},
    export=lambda user: [
        {"group": note.cohort.name, "text": note.text, "at": note.created_at.isoformat()}
        for note in GroupNote.objects.filter(author=user).select_related("cohort")
    ],
    erase=_erase_notes,
    purge=lambda retention: GroupNote.objects.filter(
        cohort__in=cohorts_past_retention(retention=retention)
    ).delete()[0],
    kept="Notities van anderen blijven, zonder de naam van de persoon.",
)
register(
    MeetingEvent,
    key="live_messages",
    title=_("Wat je schreef in online bijeenkomsten"),
    labels={
        "meeting": _("Bijeenkomst"),
        "at": _("Wanneer"),
        "what": _("Soort"),
        "text": _("Tekst"),
    },
    export=_export_events,
    erase=_erase_events,
    purge=_purge_events,
    kept="Komen, gaan en hand opsteken blijven in het logboek, van 'Oud-deelnemer'.",
)
