"""Summing up results, for one course (its report) or many (the year, a merged bundle):
n, mean and median change per outcome, % improved, % who set a goal, GAS, evaluation."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from osteo_tui.core.results.course_results import CourseResults, OutcomeInfo

__all__ = ["ChangeSummary", "EvaluationSummary", "Summary", "summarise"]


@dataclass(frozen=True)
class ChangeSummary:
    """One outcome from ``before`` to ``after`` over the participants measured at both.
    ``flagged_before``/``after`` count those in a flagged band (fall risk, high concern),
    among the participants whose band was known at both time points."""

    info: OutcomeInfo
    before: str
    after: str
    n: int
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    median_change: float | None
    improved: int
    flagged_before: int | None = None
    flagged_after: int | None = None
    flag_n: int = 0

    @property
    def percent_improved(self) -> float | None:
        if not self.n or self.info.better is None:
            return None
        return 100 * self.improved / self.n


@dataclass(frozen=True)
class EvaluationSummary:
    info: OutcomeInfo
    n: int
    mean: float | None
    median: float | None


@dataclass(frozen=True)
class Summary:
    courses: int
    participants: int
    goal_set: int
    gas_n: int
    gas_mean: float | None
    gas_median: float | None
    gas_met: int
    """Participants with a T-score of 50 or more: goals met as expected or better."""
    changes: tuple[ChangeSummary, ...]
    """Start to end, then start to follow-up."""
    evaluation: tuple[EvaluationSummary, ...]
    comments: int
    missing_packs: int = 0

    @property
    def percent_goal_set(self) -> float | None:
        return 100 * self.goal_set / self.participants if self.participants else None

    @property
    def percent_gas_met(self) -> float | None:
        return 100 * self.gas_met / self.gas_n if self.gas_n else None


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def _improved(info: OutcomeInfo, change: float) -> bool:
    return change > 0 if info.better == "higher" else change < 0 if info.better else False


def _infos(courses: Sequence[CourseResults]) -> list[OutcomeInfo]:
    found: dict[str, OutcomeInfo] = {}
    for course in courses:
        for info in course.outcomes:
            found.setdefault(info.key, info)
    return list(found.values())


def _change(
    info: OutcomeInfo, courses: Sequence[CourseResults], before: str, after: str
) -> ChangeSummary | None:
    pairs: list[tuple[float, float]] = []
    flag_pairs: list[tuple[bool, bool]] = []
    measure_id = info.key.split(".")[0]
    for course in courses:
        for row in course.participants:
            times = row.values.get(info.key, {})
            if before in times and after in times:
                pairs.append((times[before], times[after]))
                flags = row.flags.get(measure_id, {}) if "." not in info.key else {}
                if before in flags and after in flags:
                    flag_pairs.append((flags[before], flags[after]))
    if not pairs:
        return None
    changes = [later - earlier for earlier, later in pairs]
    return ChangeSummary(
        info=info,
        before=before,
        after=after,
        n=len(pairs),
        mean_before=_mean([earlier for earlier, _ in pairs]),
        mean_after=_mean([later for _, later in pairs]),
        mean_change=_mean(changes),
        median_change=_median(changes),
        improved=sum(1 for change in changes if _improved(info, change)),
        flagged_before=sum(1 for flag, _ in flag_pairs if flag) if flag_pairs else None,
        flagged_after=sum(1 for _, flag in flag_pairs if flag) if flag_pairs else None,
        flag_n=len(flag_pairs),
    )


def summarise(courses: Sequence[CourseResults]) -> Summary:
    rows = [row for course in courses for row in course.participants]
    scores = [row.gas for row in rows if row.gas is not None]
    infos = _infos(courses)
    changes = [
        change
        for before, after in (("start", "end"), ("start", "follow-up"))
        for info in infos
        if not info.evaluation and (change := _change(info, courses, before, after))
    ]
    evaluation = []
    for info in infos:
        if not info.evaluation:
            continue
        answers = [value for row in rows for value in row.values.get(info.key, {}).values()]
        if answers:
            evaluation.append(
                EvaluationSummary(info, len(answers), _mean(answers), _median(answers))
            )
    return Summary(
        courses=len(courses),
        participants=len(rows),
        goal_set=sum(1 for row in rows if row.goal_set),
        gas_n=len(scores),
        gas_mean=_mean(scores),
        gas_median=_median(scores),
        gas_met=sum(1 for score in scores if score >= 50 - 1e-9),
        changes=tuple(changes),
        evaluation=tuple(evaluation),
        comments=sum(len(course.comments) for course in courses),
        missing_packs=sum(1 for course in courses if course.missing_pack),
    )
