"""Interval plans for exercise segments: work and rest phases, sides, and what comes next.

An ``IntervalTimer`` is one ``Countdown`` over the whole plan; the current phase is found from
the elapsed time, so skipping, pausing and late screen refreshes never lose a second.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from osteo_tui.core.lessons.model import Dosage, ExerciseUse
from osteo_tui.core.timing.clock import Clock
from osteo_tui.core.timing.countdown import Countdown

__all__ = ["CHANGE_OVER", "IntervalPlan", "IntervalTimer", "Phase", "plan_segment"]

CHANGE_OVER = 20  # seconds to get ready between exercises
WORK, REST = "work", "rest"


@dataclass(frozen=True)
class Phase:
    """One stretch of work or rest. ``exercise_id`` is the exercise worked (or, in a rest, the
    one just finished); ``number``/``of`` count sets or rounds; ``side`` is left/right/None."""

    kind: str
    seconds: int
    exercise_id: str
    number: int = 1
    of: int = 1
    side: str | None = None


def _exercise_phases(use: ExerciseUse) -> list[Phase]:
    dosage: Dosage = use.dosage
    sides: tuple[str | None, ...] = ("left", "right") if dosage.sides else (None,)
    if dosage.work is not None:
        count, work, rest = dosage.rounds or 1, dosage.work, dosage.rest or 0
    elif dosage.reps is None and dosage.hold is None:
        count, work, rest = 1, (dosage.minutes or 1) * 60, 0
    else:
        count = dosage.sets or 1
        work = dosage.reps * (4 + (dosage.hold or 0)) if dosage.reps else dosage.hold or 0
        rest = dosage.rest if dosage.rest is not None else 30
    phases: list[Phase] = []
    for number in range(1, count + 1):
        for side in sides:
            phases.append(Phase(WORK, work, use.exercise_id, number, count, side))
        if number < count and rest:
            phases.append(Phase(REST, rest, use.exercise_id, number, count))
    return phases


def plan_segment(uses: Sequence[ExerciseUse], change_over: int = CHANGE_OVER) -> IntervalPlan:
    phases: list[Phase] = []
    for index, use in enumerate(uses):
        if index and change_over:
            phases.append(Phase(REST, change_over, uses[index - 1].exercise_id))
        phases.extend(_exercise_phases(use))
    return IntervalPlan(tuple(phases))


@dataclass(frozen=True)
class IntervalPlan:
    phases: tuple[Phase, ...]

    @property
    def starts(self) -> list[int]:
        return [0, *accumulate(phase.seconds for phase in self.phases)][:-1]

    @property
    def total(self) -> int:
        return sum(phase.seconds for phase in self.phases)

    def index_at(self, elapsed: float) -> int:
        """The phase running at ``elapsed`` seconds; ``len(phases)`` once all are done."""
        if elapsed >= self.total:
            return len(self.phases)
        return bisect.bisect_right(self.starts, elapsed) - 1

    def next_work(self, index: int) -> Phase | None:
        """The next work phase after ``index`` (the "next up" preview during a rest)."""
        return next((p for p in self.phases[index + 1 :] if p.kind == WORK), None)


class IntervalTimer:
    def __init__(self, plan: IntervalPlan, clock: Clock, elapsed: float = 0.0) -> None:
        self.plan = plan
        self.countdown = Countdown(plan.total, clock, elapsed)

    @property
    def running(self) -> bool:
        return self.countdown.running

    def toggle(self) -> bool:
        return self.countdown.toggle()

    def pause(self) -> None:
        self.countdown.pause()

    @property
    def index(self) -> int:
        return self.plan.index_at(self.countdown.elapsed())

    @property
    def done(self) -> bool:
        return self.index >= len(self.plan.phases)

    @property
    def phase(self) -> Phase | None:
        index = self.index
        return self.plan.phases[index] if index < len(self.plan.phases) else None

    def phase_remaining(self) -> float:
        index = self.index
        if index >= len(self.plan.phases):
            return 0.0
        end = self.plan.starts[index] + self.plan.phases[index].seconds
        return end - self.countdown.elapsed()

    def skip(self) -> None:
        """Jump to the start of the next phase."""
        index = self.index
        if index < len(self.plan.phases):
            self.countdown.set_elapsed(self.plan.starts[index] + self.plan.phases[index].seconds)

    def back(self) -> None:
        """Back to the start of this phase, or of the previous one when near its start."""
        index = min(self.index, len(self.plan.phases) - 1)
        if index < 0:
            return
        start = self.plan.starts[index]
        if self.countdown.elapsed() - start < 2 and index > 0:
            start = self.plan.starts[index - 1]
        self.countdown.set_elapsed(start)

    def snapshot(self) -> dict[str, Any]:
        return {"elapsed": round(self.countdown.elapsed(), 3)}
