"""What a lesson pack holds, as immutable values. Built only by ``loader``; never invalid."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "CATEGORIES",
    "SEGMENT_KINDS",
    "VERTEBRAL_ADVICE",
    "LIBRARY_DOSAGE",
    "Dosage",
    "Exercise",
    "ExerciseUse",
    "Pack",
    "Segment",
    "Session",
    "Source",
]

CATEGORIES = ("strength", "balance", "posture", "impact", "mobility", "functional")
SEGMENT_KINDS = (
    "talk",
    "discussion",
    "exercise",
    "practical",
    "goal-setting",
    "goal-review",
    "measurement",
    "break",
)
VERTEBRAL_ADVICE = ("ok", "modify", "avoid")

SECONDS_PER_REP = 4
REST_BETWEEN_SETS = 30


@dataclass(frozen=True)
class Dosage:
    """How much of an exercise: any sensible combination of the fields (see the format doc)."""

    sets: int | None = None
    reps: int | None = None
    hold: int | None = None
    work: int | None = None
    rest: int | None = None
    rounds: int | None = None
    sides: bool = False
    minutes: int | None = None
    note: str | None = None

    def describe(self) -> str:
        """A short human text such as ``2 × 10``, ``3 × hold 10 s, each side`` or ``10 min``."""
        parts: list[str] = []
        if self.work is not None:
            rounds = self.rounds or 1
            rest = f" / {self.rest} s rest" if self.rest else ""
            parts.append(f"{rounds} × {self.work} s work{rest}")
        elif self.reps is not None:
            reps = f"{self.sets} × {self.reps}" if self.sets else f"{self.reps}"
            hold = f", hold {self.hold} s" if self.hold else ""
            parts.append(f"{reps}{hold}")
        elif self.hold is not None:
            times = f"{self.sets} × " if self.sets else ""
            parts.append(f"{times}hold {self.hold} s")
        if self.minutes is not None:
            parts.append(f"{self.minutes} min")
        if self.sides:
            parts.append("each side")
        if self.note:
            parts.append(self.note)
        return ", ".join(parts)

    def planned_seconds(self) -> int:
        """Time the runner plans for this dosage, both sides included."""
        if self.minutes is not None and self.work is None and self.reps is None:
            return self.minutes * 60
        if self.work is not None:
            rounds = self.rounds or 1
            one_side = rounds * self.work + (rounds - 1) * (self.rest or 0)
        else:
            sets = self.sets or 1
            per_set = (self.reps or 1) * (SECONDS_PER_REP + (self.hold or 0))
            if self.reps is None:
                per_set = self.hold or 0
            rest = self.rest if self.rest is not None else REST_BETWEEN_SETS
            one_side = sets * per_set + (sets - 1) * rest
        return one_side * (2 if self.sides else 1)


LIBRARY_DOSAGE = Dosage()
"""Marks an exercise use without its own dosage; the loader puts the library's default there."""


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    url: str | None = None


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    category: str
    start: str
    steps: tuple[str, ...]
    dosage: Dosage
    cues: tuple[str, ...]
    easier: str
    harder: str
    precautions: tuple[str, ...]
    vertebral_fracture: str
    vertebral_fracture_note: str | None = None
    equipment: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def needs_vertebral_change(self) -> bool:
        """True when people with a vertebral fracture must modify or avoid this exercise."""
        return self.vertebral_fracture != "ok"


@dataclass(frozen=True)
class ExerciseUse:
    """An exercise as a session uses it: the library entry's id and this session's dosage."""

    exercise_id: str
    dosage: Dosage
    line: int = 0


@dataclass(frozen=True)
class Segment:
    title: str
    kind: str
    minutes: int
    script: str
    key_messages: tuple[str, ...] = ()
    exercises: tuple[ExerciseUse, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Session:
    number: int
    title: str
    minutes: int
    aims: tuple[str, ...]
    segments: tuple[Segment, ...]
    preparation: str = ""
    path: Path | None = None

    @property
    def key_messages(self) -> tuple[str, ...]:
        return tuple(message for segment in self.segments for message in segment.key_messages)


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    language: str
    audience: str
    version: str
    session_count: int
    sources: tuple[Source, ...]
    exercises: tuple[Exercise, ...]
    sessions: tuple[Session, ...]
    description: str = ""
    path: Path | None = None
    _exercise_index: dict[str, Exercise] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._exercise_index.update({exercise.id: exercise for exercise in self.exercises})

    def exercise(self, exercise_id: str) -> Exercise:
        return self._exercise_index[exercise_id]

    def session(self, number: int) -> Session:
        for session in self.sessions:
            if session.number == number:
                return session
        raise KeyError(number)
