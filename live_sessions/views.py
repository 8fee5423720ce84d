from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from courses.models import Answer, Meeting
from courses.network.access import meeting_for_member
from courses.workbook.selectors import answer_exercise

from . import formats
from .routing import meeting_socket_path
from .selectors import group_memory
from .services import start_check


def role_labels(meeting: Meeting) -> dict:
    """What the room writes next to the names of people who are not participants. Workshops and
    intervision are led by a host or facilitator ("begeleider"); a volunteer training by its
    trainer (the leader membership of the training group, `formats.is_training`); a group by its
    leader. The protocol's role stays `leader`: only the label differs."""
    guided = meeting.kind in (Meeting.Kind.WORKSHOP, Meeting.Kind.INTERVISION)
    if meeting.kind == Meeting.Kind.BUDDY:
        leader = _("maatje")
    elif guided:
        leader = _("begeleider")
    elif formats.is_training(meeting):
        leader = _("trainer")
    else:
        leader = _("leider")
    return {
        "leader": leader,
        "coordinator": _("coördinator"),
        "guest": _("gast"),
    }


def room_text(meeting: Meeting | None = None) -> dict:
    """Texts the room's JavaScript shows, translated on the server."""
    return {
        "roles": role_labels(meeting) if meeting is not None else {},
        "connected": _("Verbonden"),
        "reconnecting": _("Verbinding weg. We proberen het opnieuw…"),
        "offline": _("Geen internet. Wat je schrijft, gaat weg zodra er weer verbinding is."),
        "noAccess": _(
            "Je bent niet (meer) bij deze bijeenkomst. Log in of laad de pagina opnieuw."
        ),
        "waiting": _("Nog niet begonnen"),
        "started": _("Bezig"),
        "ended": _("Afgelopen"),
        "raise": _("Hand opsteken"),
        "lower": _("Hand laten zakken"),
        "lowerOther": _("Laat zakken"),
        "hide": _("Verberg"),
        "hidden": _("Dit bericht is verborgen door de leider."),
        "minutesLeft": _("Nog %(n)s minuten voor dit onderdeel"),
        "overtime": _("De tijd voor dit onderdeel is om"),
        "you": _("jij"),
        "groupWith": _("Je praat nu in een groepje met: %(names)s"),
        "deepening": _("Jouw antwoord bij de verdieping"),
        "reflection": _("Wat neem jij mee van vandaag?"),
        "error": _("Niet gelukt:"),
        "sending": _("wordt verstuurd"),
        "notSent": _("niet verstuurd:"),
        "again": _("Opnieuw"),
        "discard": _("Weghalen"),
        "openFile": _("Open het bestand %(name)s"),
        "unreadOne": _("1 nieuw bericht"),
        "unreadMany": _("%(n)s nieuwe berichten"),
        # shown to a breakout group the leader stepped into (room-leader.js)
        "visitNotice": _visit_notice(meeting),
        # the leader's timer (room-timer.js): shown to everyone, announced only when it changes
        "timer": {
            "label": _("Tijd"),
            "paused": _("staat stil"),
            "up": _("De tijd is om"),
            "started": _("De tijd loopt: %(n)s minuten."),
            "startedOne": _("De tijd loopt: 1 minuut."),
            "pausedSay": _("De tijd staat stil."),
            "resumed": _("De tijd loopt weer."),
            "added": _("Er is tijd bij: nog %(n)s minuten."),
            "cleared": _("De tijd is weggehaald."),
            "oneLeft": _("Nog 1 minuut."),
            "pause": _("Pauze"),
            "resume": _("Verder"),
            "badMinutes": _("Kies 1 tot 180 minuten."),
        },
    }


def _visit_notice(meeting: Meeting | None) -> str:
    if meeting is not None and formats.is_training(meeting):
        return _("De trainer is bij jullie groepje.")
    if meeting is not None and meeting.kind in (Meeting.Kind.WORKSHOP, Meeting.Kind.INTERVISION):
        return _("De begeleider is bij jullie groepje.")
    return _("De leider is bij jullie groepje.")


@login_required
def meeting_room(request, meeting_id: int):
    """The live room: agenda, current block, people, hands, chat, controls. The same room for a
    group's meeting, an open workshop, intervision and a group channel (`formats.room_plan`)."""
    access, meeting = meeting_for_member(user=request.user, meeting_id=meeting_id)
    plan = formats.room_plan(meeting)
    shared_homework = []
    if access.is_leader and plan.offers(formats.HOMEWORK):
        shared_homework = list(
            Answer.objects.filter(
                cohort=access.cohort,
                sharing=Answer.Sharing.GROUP,
                step_number__lt=meeting.step_number,
            )
            .select_related("participant")
            .order_by("-step_number", "participant__display_name")
        )
        for answer in shared_homework:  # the leader picks by person, step and exercise
            answer.exercise_title = answer_exercise(answer)[1]
    # A guest takes part in this meeting only: not the group's memory of earlier meetings.
    notes = [] if access.is_guest else group_memory(meeting=meeting)
    start_refusal = start_question = None
    if access.is_leader and not plan.offers(formats.ASYNC):
        start_refusal, start_question = start_check(meeting)
    return render(
        request,
        "live_sessions/room.html",
        {
            "access": access,
            "cohort": meeting.cohort,
            "meeting": meeting,
            "plan": plan,
            "step": plan,
            "is_channel": plan.offers(formats.ASYNC),
            # a buddy's one-to-one meeting: no group parts (video link, homework, memory)
            "is_buddy": meeting.kind == Meeting.Kind.BUDDY,
            "offers_breakout": plan.offers(formats.BREAKOUT),
            "offers_notes": plan.offers(formats.NOTES) and not access.is_guest,
            "guards_names": plan.offers(formats.NAME_GUARD),
            "notes": notes,
            # the group's memory from earlier meetings, shown up front (welcome) at the next one
            "earlier_notes": [n for n in notes if n.meeting_id != meeting.pk],
            "shared_homework": shared_homework,
            "websocket_path": meeting_socket_path(meeting.pk),
            "room_text": room_text(meeting),
            # the leader's controls (_leader_controls.html, room-leader.js)
            "is_training": formats.is_training(meeting),
            "start_refusal": start_refusal,
            "start_question": start_question,
        },
    )
