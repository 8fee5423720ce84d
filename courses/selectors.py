"""Reads of the courses app: a participant's workbook, answers and progress."""

from dataclasses import dataclass

from content.selectors import StepContent, edition_all_content, edition_step_content

from .models import Answer, Cohort, CohortMembership


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
    return {a.block_id: a for a in Answer.objects.filter(cohort=cohort, participant=user)}


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


def cohorts_of_user(*, user) -> list[CohortMembership]:
    return list(
        CohortMembership.objects.filter(user=user)
        .select_related("cohort__edition__programme", "cohort__location")
        .order_by("-cohort__start_date")
    )


@dataclass(frozen=True)
class FolderItem:
    answer: Answer
    prompt: str
    exercise_label: str
    still_in_workbook: bool


def my_folder(*, user) -> list[tuple[Cohort, list[FolderItem]]]:
    """Everything the participant made, per group, in step order. An exercise that is no longer
    in the workbook keeps its answer, shown with the prompt it had."""
    answers = (
        Answer.objects.filter(participant=user)
        .select_related("cohort__edition__programme", "edition")
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
        prompt = ""
        if exercise is not None:
            prompt = exercise.config.get("prompt") or exercise.config.get("title") or ""
        folders.setdefault(answer.cohort_id, (answer.cohort, []))[1].append(
            FolderItem(
                answer=answer,
                prompt=prompt,
                exercise_label=exercise.label if exercise else answer.block_type,
                still_in_workbook=current is not None
                and current.exercise(answer.block_id) is not None,
            )
        )
    return list(folders.values())
