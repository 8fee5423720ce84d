"""Reads of the courses app: a participant's workbook, answers and progress."""

import datetime
from dataclasses import dataclass, field

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from content.selectors import StepContent, edition_all_content, edition_step_content
from courses.groups.models import Cohort, CohortMembership, LeaderMessage, Meeting
from courses.groups.selectors import (
    Presence,
    check_in_is_open,
    cohort_attendance,
    cohorts_of_user,
    meeting_has_started,
    meeting_place,
)
from courses.workbook.answers_display import (  # noqa: F401  (re-exported for other rooms)
    LIVE_REFLECTION,
    LIVE_REFLECTION_LABEL,
    LIVE_REFLECTION_PROMPT,
    ReadableAnswer,
    answer_exercise,
    exercise_question,
    readable_answer,
    readable_for,
    readable_html,
    readable_text,
)
from courses.workbook.models import Answer, Feedback


@dataclass(frozen=True)
class StepProgress:
    number: int
    title: str
    answered: int
    answerable: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.answerable) if self.answerable else 100


def answers_by_block(*, cohort: Cohort, user) -> dict[str, Answer]:
    answers = (
        Answer.objects.filter(cohort=cohort, participant=user)
        .select_related("edition")
        .prefetch_related("feedback__author")
    )
    return {a.block_id: a for a in answers}


def step_answered_count(step: StepContent, answers: dict[str, Answer]) -> int:
    count = 0
    for exercise in step.answerable:
        answer = answers.get(exercise.id)
        if answer is None:
            continue
        if exercise.type == "upload":
            count += bool(answer.file)
        else:
            count += bool(exercise.block.is_answered(exercise.config, answer.value))
    return count


def workbook_progress(*, cohort: Cohort, user) -> list[StepProgress]:
    answers = answers_by_block(cohort=cohort, user=user)
    return [
        StepProgress(
            number=step.number,
            title=step.title,
            answered=step_answered_count(step, answers),
            answerable=len(step.answerable),
        )
        for step in edition_all_content(edition=cohort.edition)
    ]


def overall_percent(progress: list[StepProgress]) -> int:
    answerable = sum(p.answerable for p in progress)
    answered = sum(p.answered for p in progress)
    return round(100 * answered / answerable) if answerable else 0


@dataclass(frozen=True)
class FolderItem:
    """One answer in Mijn map: shown by what the exercise asked (`title`, `prompt`) under its
    step (`step_heading`), with the pictogram of its kind (`kind`), never by the kind's name."""

    answer: Answer
    prompt: str
    title: str
    kind: str  # the exercise's block type ("reflection", "list", …): its pictogram
    step_heading: str  # "Stap 2: Wat belemmert mij?"
    still_in_workbook: bool

    @property
    def exercise_label(self) -> str:  # the name other pages used before titles existed
        return self.title

    @property
    def new_feedback(self) -> bool:
        """A leader reacted and the participant has not seen it yet."""
        return any(f.seen_at is None for f in self.answer.feedback.all())


def _step_heading(number: int, step: StepContent | None) -> str:
    if step is None or not step.title:
        return str(_("Stap %(n)s") % {"n": number})
    return str(_("Stap %(n)s: %(title)s") % {"n": number, "title": step.title})


def my_folder(*, user) -> list[tuple[Cohort, list[FolderItem]]]:
    """Everything the participant made, per group, in step order, each by the question it
    answers. An exercise that is no longer in the workbook keeps its answer, shown with the
    title and prompt it had."""
    answers = (
        Answer.objects.filter(participant=user)
        .select_related("cohort__edition__programme", "edition")
        .prefetch_related("feedback__author")
        .order_by("cohort_id", "step_number", "created_at")
    )
    folders: dict[int, tuple[Cohort, list[FolderItem]]] = {}
    for answer in answers:
        step = edition_step_content(edition=answer.edition, number=answer.step_number)
        exercise = step.exercise(answer.block_id) if step else None
        if answer.edition_id == answer.cohort.edition_id:
            current = step
        else:
            current = edition_step_content(edition=answer.cohort.edition, number=answer.step_number)
        heading = _step_heading(answer.step_number, current or step)
        items = folders.setdefault(answer.cohort_id, (answer.cohort, []))[1]
        if answer.block_type == LIVE_REFLECTION:
            items.append(
                FolderItem(
                    answer=answer,
                    prompt=str(LIVE_REFLECTION_PROMPT),
                    title=str(LIVE_REFLECTION_LABEL),
                    kind="reflection",
                    step_heading=heading,
                    still_in_workbook=True,
                )
            )
            continue
        prompt = exercise_question(exercise) if exercise else ""
        title = exercise.title if exercise else answer.block_type
        items.append(
            FolderItem(
                answer=answer,
                prompt="" if prompt == title else prompt,
                title=title,
                kind=exercise.type if exercise else "",
                step_heading=heading,
                still_in_workbook=current is not None
                and current.exercise(answer.block_id) is not None,
            )
        )
    return list(folders.values())


# --- Homework, home page and the leader view ---------------------------------------------------


@dataclass(frozen=True)
class HomeworkStatus:
    step_number: int
    total: int
    done: int
    open_titles: list[str]
    # (kind, title) of each exercise still to do: the home page shows each with its pictogram
    open_exercises: list[tuple[str, str]] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.done >= self.total


def _homework_exercises(step: StepContent):
    return [e for e in step.answerable if e.part == "homework"]


def _is_done(exercise, answer) -> bool:
    if answer is None:
        return False
    if exercise.type == "upload":
        return bool(answer.file)
    return bool(exercise.block.is_answered(exercise.config, answer.value))


def homework_status(*, cohort: Cohort, user, step_number: int, answers=None) -> HomeworkStatus:
    step = edition_step_content(edition=cohort.edition, number=step_number)
    exercises = _homework_exercises(step) if step else []
    if answers is None:
        answers = answers_by_block(cohort=cohort, user=user)
    still_open = [(e.type, e.title) for e in exercises if not _is_done(e, answers.get(e.id))]
    open_titles = [title for _kind, title in still_open]
    return HomeworkStatus(
        step_number, len(exercises), len(exercises) - len(open_titles), open_titles, still_open
    )


@dataclass(frozen=True)
class FeedbackNotice:
    """ "Je leider heeft gereageerd op …": an answer with a reaction the participant has not
    seen yet (`at`: the newest such reaction)."""

    answer: Answer
    exercise: str  # the exercise's name
    at: datetime.datetime


def _with_new_feedback(answers):
    """Answers annotated with `new_feedback_at`: when the newest reaction the participant has not
    seen was written (None: nothing new). One query with the answers themselves."""
    unseen = Feedback.objects.filter(answer=OuterRef("pk"), seen_at__isnull=True)
    return answers.annotate(
        new_feedback_at=Subquery(unseen.order_by("-created_at").values("created_at")[:1])
    )


@dataclass
class CohortHome:
    membership: CohortMembership
    next_meeting: object
    current_step: int
    homework: HomeworkStatus | None
    progress: list[StepProgress]
    overall: int
    messages: list
    place: str = ""  # where an on-site or hybrid group meets next
    check_in_open: bool = False  # the next meeting's self check-in is open now
    feedback: list[FeedbackNotice] = field(default_factory=list)


def participant_home(*, user) -> list[CohortHome]:
    """Per group of the user: next meeting, current step, homework due, progress, messages."""

    now = timezone.now()
    memberships = cohorts_of_user(user=user)
    cohort_ids = [m.cohort_id for m in memberships]
    meetings: dict[int, list] = {}
    for meeting in Meeting.objects.filter(cohort_id__in=cohort_ids).order_by("starts_at"):
        meetings.setdefault(meeting.cohort_id, []).append(meeting)
    messages: dict[int, list] = {}
    for message in LeaderMessage.objects.filter(cohort_id__in=cohort_ids).select_related("author")[
        :50
    ]:
        messages.setdefault(message.cohort_id, []).append(message)
    notices: dict[int, list] = {}
    all_answers: dict[int, dict] = {}
    answers = _with_new_feedback(
        Answer.objects.filter(cohort_id__in=cohort_ids, participant=user).select_related("edition")
    )
    for answer in answers:
        all_answers.setdefault(answer.cohort_id, {})[answer.block_id] = answer
        if answer.new_feedback_at is not None:
            exercise = answer_exercise(answer)[1]
            notices.setdefault(answer.cohort_id, []).append(
                FeedbackNotice(answer, exercise, answer.new_feedback_at)
            )
    for items in notices.values():
        items.sort(key=lambda notice: notice.at, reverse=True)
    homes = []
    for membership in memberships:
        cohort = membership.cohort
        upcoming = [
            m
            for m in meetings.get(cohort.pk, [])
            if m.status != "ended"
            and m.starts_at + datetime.timedelta(minutes=m.duration_minutes) > now
        ]
        next_meeting = upcoming[0] if upcoming else None
        steps = cohort.edition.programme.number_of_steps
        current = next_meeting.step_number if next_meeting else steps
        answers = all_answers.get(cohort.pk, {})
        is_participant = membership.role == CohortMembership.Role.PARTICIPANT
        homework = None
        progress: list[StepProgress] = []
        if is_participant:
            # a finished group asks for no homework any more
            if current > 1 and cohort.status != Cohort.Status.FINISHED:
                homework = homework_status(
                    cohort=cohort, user=user, step_number=current - 1, answers=answers
                )
            progress = [
                StepProgress(s.number, s.title, step_answered_count(s, answers), len(s.answerable))
                for s in edition_all_content(edition=cohort.edition)
            ]
        homes.append(
            CohortHome(
                membership=membership,
                next_meeting=next_meeting,
                current_step=current,
                homework=homework,
                progress=progress,
                overall=overall_percent(progress) if progress else 0,
                messages=messages.get(cohort.pk, [])[:3],
                place=meeting_place(next_meeting, location=cohort.location) if next_meeting else "",
                check_in_open=bool(
                    next_meeting
                    and is_participant
                    and cohort.mode != Cohort.Mode.ONLINE
                    and check_in_is_open(next_meeting, now=now)
                ),
                feedback=notices.get(cohort.pk, []) if is_participant else [],
            )
        )
    return homes


@dataclass
class ParticipantRow:
    user: object
    # per meeting: who was there (courses.groups.selectors.Presence), None while still to come
    attended: list[Presence | None]
    homework: list[HomeworkStatus]
    check_in_reasons: list[str]


@dataclass(frozen=True)
class SharedAnswer:
    """An answer shared with the leaders, for their overview: the question it answers, and
    whether it is new to them: no leader has reacted since it was last saved or shared."""

    answer: Answer
    exercise: str
    question: str

    @property
    def is_new(self) -> bool:
        return not any(f.created_at >= self.answer.updated_at for f in self.answer.feedback.all())

    # The overview's template and the privacy log read these as on the answer itself.
    @property
    def pk(self) -> int:
        return self.answer.pk

    @property
    def participant(self):
        return self.answer.participant


@dataclass
class LeaderOverview:
    cohort: Cohort
    meetings: list
    rows: list[ParticipantRow]
    shared: list[SharedAnswer]

    @property
    def new_count(self) -> int:
        return sum(1 for item in self.shared if item.is_new)

    @property
    def check_in(self) -> list[ParticipantRow]:
        return [row for row in self.rows if row.check_in_reasons]

    @property
    def next_register(self):
        """The meeting whose register the leaders fill in now: the last one that has started
        (or starts within the hour), else None."""
        soon = timezone.now() + datetime.timedelta(hours=1)
        started = [m for m in self.meetings if m.starts_at <= soon]
        return started[-1] if started else None


def leader_overview(*, cohort: Cohort) -> LeaderOverview:
    """Who came, who finished which homework, what was shared with the leaders, who to call."""

    now = timezone.now()
    meetings = list(Meeting.objects.filter(cohort=cohort).order_by("step_number"))
    participants = [
        m.user
        for m in cohort.memberships.filter(role=CohortMembership.Role.PARTICIPANT)
        .select_related("user")
        .order_by("user__display_name")
    ]
    presence = cohort_attendance(meetings=meetings, users=participants)
    answers: dict[int, dict] = {}
    for answer in Answer.objects.filter(cohort=cohort):
        answers.setdefault(answer.participant_id, {})[answer.block_id] = answer
    steps = edition_all_content(edition=cohort.edition)
    # Homework of step n is due at the meeting of step n + 1.
    due_steps = {m.step_number - 1 for m in meetings if m.starts_at <= now and m.step_number > 1}
    rows = []
    for user in participants:
        own = answers.get(user.pk, {})
        attended = [
            presence[(m.pk, user.pk)] if meeting_has_started(m, now=now) else None for m in meetings
        ]
        homework = [
            HomeworkStatus(
                s.number,
                len(_homework_exercises(s)),
                sum(_is_done(e, own.get(e.id)) for e in _homework_exercises(s)),
                [],
            )
            for s in steps
        ]
        reasons = []
        missed = sum(1 for a in attended if a is not None and a.is_missed)
        if missed >= 2:
            reasons.append(_("was %(n)s keer niet bij een bijeenkomst") % {"n": missed})
        open_due = sum(
            1 for h in homework if h.step_number in due_steps and h.total and not h.finished
        )
        if open_due >= 2:
            reasons.append(_("heeft %(n)s keer het huiswerk niet af") % {"n": open_due})
        rows.append(ParticipantRow(user, attended, homework, reasons))
    # Newest first: what changed last is what the leaders have not read yet.
    shared = []
    for answer in (
        Answer.objects.filter(
            cohort=cohort, sharing__in=[Answer.Sharing.LEADERS, Answer.Sharing.GROUP]
        )
        .select_related("participant", "edition")
        .prefetch_related("feedback__author")
        .order_by("-updated_at", "-pk")
    ):
        question, exercise, _config = answer_exercise(answer)
        shared.append(SharedAnswer(answer, exercise, question))
    return LeaderOverview(cohort=cohort, meetings=meetings, rows=rows, shared=shared)


def answer_shared_with_group(*, cohort: Cohort, answer_id) -> Answer | None:
    """An answer its participant shared with the group (to show in the live room), or None."""
    return (
        Answer.objects.select_related("participant")
        .filter(pk=answer_id, cohort=cohort, sharing=Answer.Sharing.GROUP)
        .first()
    )
