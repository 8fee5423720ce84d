"""What a room holds, per kind of meeting: its agenda (blocks, using the protocol's block names),
the texts per block, and which tools it offers.

A JobGroup meeting follows the step of its group's edition (the seven fixed parts); a training
day follows the step's own agenda when the editors gave one, item n in the protocol's slot n. An open
workshop, an intervision meeting and a group channel reuse the same room with their own
agenda: the block names stay those of the protocol (docs/live-protocol.md), only the labels,
minutes and texts differ, so clients and the wire format do not change.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.models import ProgrammeKind
from content.selectors import edition_step_content
from courses.models import Meeting
from courses.network.channel import shown_name
from courses.network.models import INTERVISION_BLOCKS, NetworkMembership
from courses.network.workshops import WORKSHOP_BLOCKS
from toolkit.sanitize import plain_text_to_html

# Tools a room may offer.
HOMEWORK = "homework"  # the leader shows shared homework; reflections go to Mijn map
NOTES = "notes"  # the group's memory: agreements and notes across meetings
BREAKOUT = "breakout"  # pairs and threes
NAME_GUARD = "name_guard"  # chat naming a participant in full is refused (intervision)
ASYNC = "async"  # no agenda, no start or end: a channel people read and write at any time

# A buddy's online meeting with their participant: three short parts (protocol block names).
BUDDY_BLOCKS = (
    ("welcome", gettext_lazy("Hoe gaat het?"), 10),
    ("group_talk", gettext_lazy("Waar werk je aan?"), 20),
    ("reflection", gettext_lazy("Afspraken"), 10),
)


@dataclass
class RoomPart:
    name: str
    label: str
    minutes: int
    text_html: str = ""
    leader_notes_html: str = ""


@dataclass
class RoomPlan:
    kind: str
    heading: str
    eyebrow: str
    parts: list = field(default_factory=list)
    tools: frozenset = frozenset()

    def offers(self, tool: str) -> bool:
        return tool in self.tools

    @property
    def blocks(self) -> set[str]:
        return {part.name for part in self.parts}

    @property
    def minutes(self) -> dict[str, int]:
        return {part.name: part.minutes for part in self.parts}


def room_plan(meeting: Meeting) -> RoomPlan:
    if meeting.kind == Meeting.Kind.JOBGROUP:
        cohort = meeting.cohort
        step = edition_step_content(edition=cohort.edition, number=meeting.step_number)
        title = step.title if step else ""
        if step is None:
            parts = []
        elif is_training(meeting):
            # A training day follows its own agenda where the editors gave one (frozen in the
            # edition with the rest of the step); its items run in the protocol's slots.
            parts = step.meeting_parts
        else:
            parts = list(step.parts)
        heading = (
            _("Trainingsdag %(n)s: %(title)s")
            if is_training(meeting)
            else _("Stap %(n)s: %(title)s")
        )
        return RoomPlan(
            kind=meeting.kind,
            heading=heading % {"n": meeting.step_number, "title": title},
            eyebrow=cohort.name,
            parts=parts,
            tools=frozenset({HOMEWORK, NOTES, BREAKOUT}),
        )
    if meeting.kind == Meeting.Kind.WORKSHOP:
        workshop = meeting.workshop
        # Written by a coordinator: plain text, escaped (docs/security.md, "Escaping and CSP").
        theme = workshop.description.strip()
        if workshop.guest_speaker:
            speaker = f"{_('Gastspreker')}: {workshop.guest_speaker}"
            theme = f"{theme}\n\n{speaker}" if theme else speaker
        texts = {
            "welcome": plain_text_to_html(_("Hoe was je week? Wat ging goed, wat was lastig?")),
            "group_talk": plain_text_to_html(theme),
            "reflection": plain_text_to_html(_("Wat neem je mee van vandaag? Schrijf het op.")),
        }
        return RoomPlan(
            kind=meeting.kind,
            heading=_("Workshop: %(title)s") % {"title": workshop.title},
            eyebrow=workshop.series.title,
            parts=[
                RoomPart(name, str(label), minutes, texts.get(name, ""))
                for name, label, minutes in WORKSHOP_BLOCKS
            ],
            tools=frozenset({BREAKOUT}),
        )
    if meeting.kind == Meeting.Kind.INTERVISION:
        texts = {
            "welcome": _(
                "Eén persoon brengt een casus in: wat gebeurde er, en wat is je vraag? "
                "Noem geen namen van deelnemers."
            ),
            "group_talk": _(
                "De anderen stellen alleen vragen om de casus beter te begrijpen. Nog geen advies."
            ),
            "deepening": _("Ieder geeft om de beurt een advies. De inbrenger luistert."),
            "reflection": _("De inbrenger vertelt wat hij of zij meeneemt. Wat neem jij mee?"),
        }
        return RoomPlan(
            kind=meeting.kind,
            heading=_("Intervisie: %(name)s") % {"name": meeting.circle.name},
            eyebrow=_("Wat hier gezegd wordt, blijft tussen de aanwezigen."),
            parts=[
                RoomPart(name, str(label), minutes, plain_text_to_html(texts.get(name, "")))
                for name, label, minutes in INTERVISION_BLOCKS
            ],
            tools=frozenset({BREAKOUT, NAME_GUARD}),
        )
    if meeting.kind == Meeting.Kind.BUDDY:
        texts = {
            "welcome": _("Hoe gaat het met je? Wat is er gebeurd sinds de vorige keer?"),
            "group_talk": _("Waar werk je nu aan? Waar kan je maatje je bij helpen?"),
            "reflection": _("Wat spreken jullie af voor de komende tijd?"),
        }
        return RoomPlan(
            kind=meeting.kind,
            heading=_("Gesprek met je maatje"),
            eyebrow=_("Alleen jullie tweeën zijn in deze ruimte."),
            parts=[
                RoomPart(name, str(label), minutes, plain_text_to_html(texts[name]))
                for name, label, minutes in BUDDY_BLOCKS
            ],
            tools=frozenset(),
        )
    return RoomPlan(
        kind=meeting.kind,
        heading=_("Groepskanaal van %(name)s") % {"name": meeting.network_of.name},
        eyebrow=_("Deel vacatures en help elkaar. Je kunt hier altijd iets schrijven."),
        tools=frozenset({ASYNC}),
    )


def is_training(meeting: Meeting) -> bool:
    """A meeting of a volunteer training (a group of a volunteer-course programme). Its trainer
    is the group's leader membership, who passed the trainer gate (`Role.TRAINER`): the room
    calls them "trainer" (the protocol's role stays `leader`)."""
    return (
        meeting.kind == Meeting.Kind.JOBGROUP
        and meeting.cohort is not None
        # the edition's programme is the cohort's, and comes with the room's gate in one query
        and meeting.cohort.edition.programme.kind == ProgrammeKind.VOLUNTEER_COURSE
    )


def room_names(meeting: Meeting, users) -> dict[int, str]:
    """How people are named in this room: their name, or in a group channel only their first
    name when they chose to hide their last name."""
    names = {user.pk: user.name for user in users}
    if meeting.kind == Meeting.Kind.NETWORK and names:
        hidden = set(
            NetworkMembership.objects.filter(
                meeting=meeting, hide_last_name=True, user_id__in=list(names)
            ).values_list("user_id", flat=True)
        )
        for user in users:
            if user.pk in hidden:
                names[user.pk] = shown_name(user, hide_last_name=True)
    return names
