"""Interval plans for exercise segments and the timer that walks through them."""

from __future__ import annotations

from osteo_tui.core.lessons import Dosage, ExerciseUse
from osteo_tui.core.timing import FakeClock, IntervalTimer, plan_segment
from osteo_tui.core.timing.intervals import CHANGE_OVER


def use(exercise_id: str, **dosage) -> ExerciseUse:
    return ExerciseUse(exercise_id, Dosage(**dosage))


def test_work_rest_rounds_with_sides() -> None:
    plan = plan_segment([use("march", work=30, rest=15, rounds=2, sides=True)])
    assert [(p.kind, p.seconds, p.number, p.side) for p in plan.phases] == [
        ("work", 30, 1, "left"),
        ("work", 30, 1, "right"),
        ("rest", 15, 1, None),
        ("work", 30, 2, "left"),
        ("work", 30, 2, "right"),
    ]
    assert plan.total == 135


def test_sets_of_reps_get_time_per_rep_and_rest_between_sets() -> None:
    plan = plan_segment([use("sit-to-stand", sets=2, reps=10), use("walk", minutes=5)])
    kinds = [(p.kind, p.seconds, p.exercise_id) for p in plan.phases]
    assert kinds == [
        ("work", 40, "sit-to-stand"),
        ("rest", 30, "sit-to-stand"),
        ("work", 40, "sit-to-stand"),
        ("rest", CHANGE_OVER, "sit-to-stand"),
        ("work", 300, "walk"),
    ]
    assert plan.next_work(3).exercise_id == "walk"  # the "next up" preview during the rest


def test_timer_follows_the_clock_and_skips_exactly() -> None:
    clock = FakeClock()
    timer = IntervalTimer(plan_segment([use("a", work=30, rest=10, rounds=2)]), clock)
    timer.toggle()
    clock.advance(29)
    assert timer.index == 0 and timer.phase_remaining() == 1
    clock.advance(1)
    assert timer.index == 1 and timer.phase.kind == "rest"
    timer.skip()
    assert timer.index == 2 and timer.phase_remaining() == 30
    timer.back()  # at the very start of a phase, back goes to the previous one
    assert timer.index == 1
    clock.advance(100)
    assert timer.done and timer.phase is None


def test_pausing_holds_the_phase() -> None:
    clock = FakeClock()
    timer = IntervalTimer(plan_segment([use("a", sets=1, hold=10, sides=True)]), clock)
    timer.toggle()
    clock.advance(5)
    timer.pause()
    clock.advance(60)
    assert timer.index == 0 and timer.phase.side == "left" and timer.phase_remaining() == 5
