"""Reads of trainings: the national office's overview of ratings, per training, per programme
and per trainer, as the organisation reports them ("de laagste waardering was een zeven").

Small numbers: a training with fewer than `MIN_RATINGS_SHOWN` ratings shows only its count;
its scores and remarks are not shown and do not enter the averages per programme and per trainer
either, so they cannot be worked out by subtraction. Names of raters are never shown."""

from collections import defaultdict
from dataclasses import dataclass, field

from accounts.models import User
from accounts.roles import Role
from courses.groups.models import Cohort, CohortMembership
from courses.trainings.models import TrainingRating

MIN_RATINGS_SHOWN = 5  # as the outcome report (courses.trajectories.reports): below it "<5"


@dataclass
class Figures:
    """Counted scores of a set of ratings."""

    count: int = 0
    content: list[int] = field(default_factory=list)
    trainers: list[int] = field(default_factory=list)

    def add(self, rating) -> None:
        self.count += 1
        self.content.append(rating.content_score)
        self.trainers.append(rating.trainer_score)

    def extend(self, other: "Figures") -> None:
        self.count += other.count
        self.content += other.content
        self.trainers += other.trainers

    @property
    def shown(self) -> bool:
        return self.count >= MIN_RATINGS_SHOWN

    @staticmethod
    def _average(scores: list[int]) -> float | None:
        return round(sum(scores) / len(scores), 1) if scores else None

    @property
    def content_average(self) -> float | None:
        return self._average(self.content) if self.shown else None

    @property
    def trainer_average(self) -> float | None:
        return self._average(self.trainers) if self.shown else None

    @property
    def lowest(self) -> int | None:
        return min(self.content + self.trainers) if self.shown else None

    @property
    def highest(self) -> int | None:
        return max(self.content + self.trainers) if self.shown else None


@dataclass
class TrainingRow:
    cohort: Cohort
    trainers: list[str]
    figures: Figures
    remarks: list[str] = field(default_factory=list)


@dataclass
class GroupRow:
    name: str
    figures: Figures
    trainings: int = 0


@dataclass
class RatingsOverview:
    trainings: list[TrainingRow]
    programmes: list[GroupRow]
    trainers: list[GroupRow]
    min_shown: int = MIN_RATINGS_SHOWN


def ratings_overview() -> RatingsOverview:
    """Every training with at least one rating. The caller has checked the national office."""
    ratings = TrainingRating.objects.select_related(
        "cohort__programme", "cohort__location"
    ).order_by("cohort__start_date", "cohort_id", "pk")
    per_cohort: dict[int, Figures] = defaultdict(Figures)
    remarks: dict[int, list[str]] = defaultdict(list)
    cohorts: dict[int, Cohort] = {}
    for rating in ratings:
        per_cohort[rating.cohort_id].add(rating)
        cohorts[rating.cohort_id] = rating.cohort
        if rating.remark:
            remarks[rating.cohort_id].append(rating.remark)
    leaders: dict[int, list[User]] = defaultdict(list)
    for membership in CohortMembership.objects.filter(
        cohort_id__in=list(cohorts), role=CohortMembership.Role.LEADER
    ).select_related("user"):
        leaders[membership.cohort_id].append(membership.user)

    rows, programmes, trainers = [], {}, {}
    for cohort_id, cohort in cohorts.items():
        figures = per_cohort[cohort_id]
        rows.append(
            TrainingRow(
                cohort=cohort,
                trainers=sorted(user.name for user in leaders[cohort_id]),
                figures=figures,
                # Sorted, so the order does not tell who wrote which.
                remarks=sorted(remarks[cohort_id]) if figures.shown else [],
            )
        )
        if not figures.shown:
            continue
        programme = programmes.setdefault(
            cohort.programme_id, GroupRow(name=cohort.programme.title, figures=Figures())
        )
        programme.figures.extend(figures)
        programme.trainings += 1
        for user in leaders[cohort_id]:
            trainer = trainers.setdefault(user.pk, GroupRow(name=user.name, figures=Figures()))
            trainer.figures.extend(figures)
            trainer.trainings += 1
    return RatingsOverview(
        trainings=rows,
        programmes=sorted(programmes.values(), key=lambda row: row.name),
        trainers=sorted(trainers.values(), key=lambda row: row.name),
    )


def trainers_list():
    """Everyone holding the trainer role, for the national office's screen."""
    return (
        User.objects.filter(role_assignments__role=Role.TRAINER)
        .prefetch_related("location_memberships__location")
        .order_by("display_name", "email")
    )
