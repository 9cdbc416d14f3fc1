"""One course's results without names: what the course summary, the yearly results and the
anonymised bundle are built from.

Each participant becomes a row of numbers: whether they set a goal, their GAS T-score, and
each outcome's value at start, end and follow-up (plus whether the result was in a flagged
band). No name, no id, no contact, no age, no free text. The rows are put in an order that
does not follow the names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from osteo_tui.core.measures.bands import interpret_for
from osteo_tui.core.measures.definitions import MeasureSet
from osteo_tui.core.measures.gas import participant_t_score
from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.measures.scoring import outcome_value, outcomes, score
from osteo_tui.core.records import Course, Goal, Participant
from osteo_tui.core.store.snapshot import CourseSnapshot

__all__ = ["CourseResults", "OutcomeInfo", "ParticipantResult", "course_key", "course_results"]


@dataclass(frozen=True)
class OutcomeInfo:
    """What an outcome is, carried with the numbers so bundles can be read without the pack."""

    key: str
    measure: str
    item: str
    """The item's name for an item outcome (a self-rating, an evaluation question), else ''."""
    better: str | None
    unit: str = ""
    evaluation: bool = False

    @property
    def name(self) -> str:
        return f"{self.measure}: {self.item}" if self.item else self.measure


@dataclass(frozen=True)
class ParticipantResult:
    goal_set: bool
    gas: float | None
    values: dict[str, dict[str, float]] = field(default_factory=dict)
    """By outcome key, then by time point (start, end, follow-up)."""
    flags: dict[str, dict[str, bool]] = field(default_factory=dict)
    """By measure id, then by time point: whether the result was in a flagged band."""


@dataclass(frozen=True)
class CourseResults:
    key: str
    """A stable random id: the same course from two laptops has the same key."""
    pack_id: str
    year: int
    updated: str
    """The newest change in the course's records, to pick the newer of two copies."""
    outcomes: tuple[OutcomeInfo, ...]
    participants: tuple[ParticipantResult, ...]
    comments: tuple[str, ...] = ()
    """Free-text evaluation answers: for the course's own report only, never in a bundle."""
    missing_pack: bool = False
    """The course's pack is not installed, so its measurements could not be read."""


def course_key(course: Course) -> str:
    digest = hashlib.sha256(f"osteo-tui results:{course.id}:{course.start_date}".encode())
    return digest.hexdigest()[:16]


def _order(person: Participant) -> str:
    return hashlib.sha256(f"order:{person.id}".encode()).hexdigest()


def _updated(snapshot: CourseSnapshot) -> str:
    stamps = [record.recorded_at for record in snapshot.measurements]
    stamps += [goal.created_at for goal in snapshot.goals]
    stamps += [review.day.isoformat() for goal in snapshot.goals for review in goal.reviews]
    stamps += [mark.marked_at for mark in snapshot.attendance]
    return max((stamp for stamp in stamps if stamp), default=snapshot.course.start_date.isoformat())


def _participant(
    person: Participant,
    goals: list[Goal],
    records: Iterable[MeasurementRecord],
    measures: MeasureSet,
) -> ParticipantResult:
    values: dict[str, dict[str, float]] = {}
    flags: dict[str, dict[str, bool]] = {}
    for record in records:
        measure = measures.get(record.measure_id)
        if measure is None:
            continue
        for outcome in outcomes(measure):
            value = outcome_value(outcome, record.values)
            if value is not None:
                values.setdefault(outcome.key, {})[record.when] = value
        if measure.bands:
            band = interpret_for(measure, score(measure, record.values).total, person, record.day)
            if band.band is not None:
                flags.setdefault(measure.id, {})[record.when] = band.flag
    return ParticipantResult(bool(goals), participant_t_score(goals), values, flags)


def course_results(snapshot: CourseSnapshot, measures: MeasureSet | None) -> CourseResults:
    """The course's results; ``measures`` is ``None`` when its pack is not installed."""
    course = snapshot.course
    known = measures or MeasureSet()
    infos = tuple(
        OutcomeInfo(
            outcome.key,
            outcome.measure.name,
            outcome.item.name if outcome.item else "",
            outcome.better,
            outcome.measure.unit,
            outcome.measure.kind == "evaluation",
        )
        for measure in known.measures
        for outcome in outcomes(measure)
    )
    rows = [
        _participant(
            person, snapshot.goals_of(person.id), snapshot.measurements_of(person.id), known
        )
        for person in sorted(snapshot.participants, key=_order)
    ]
    comments = tuple(
        text
        for record in snapshot.measurements
        if (measure := known.get(record.measure_id)) is not None
        for text in score(measure, record.values).texts.values()
    )
    return CourseResults(
        key=course_key(course),
        pack_id=course.pack_id,
        year=course.start_date.year,
        updated=_updated(snapshot),
        outcomes=infos,
        participants=tuple(rows),
        comments=comments,
        missing_pack=measures is None,
    )
