"""A whole session run with a fake clock: segments, overrun, resume after a crash."""

from __future__ import annotations

import random

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import RunState
from osteo_tui.core.timing import FakeClock, SessionRun


def session_one(catalog: PackCatalog):
    return catalog.get("luustokurssi-en").load().session(1)  # type: ignore[union-attr]


def test_segments_advance_and_time_spent_is_recorded(builtin_catalog: PackCatalog) -> None:
    clock = FakeClock()
    run = SessionRun(session_one(builtin_catalog), clock)
    assert run.index == 0 and run.state_of(0) == "current" and run.state_of(1) == "next"
    run.toggle()
    clock.advance(9 * 60)
    run.next()  # a running clock keeps running into the next segment
    assert run.running and run.index == 1
    clock.advance(60)
    assert run.spent(0) == 540 and run.spent(1) == 60
    assert run.state_of(0) == "done"
    assert run.behind_plan() == -60  # one minute ahead of plan


def test_overrun_and_adding_a_minute(builtin_catalog: PackCatalog) -> None:
    clock = FakeClock()
    run = SessionRun(session_one(builtin_catalog), clock)
    planned = run.segment.minutes * 60
    run.toggle()
    clock.advance(planned + 30)
    assert run.over_time and run.countdown.remaining() == -30
    run.add_minute()
    assert not run.countdown.over and run.countdown.remaining() == 30
    assert run.behind_plan() == 0


def test_exercise_segment_has_an_interval_timer_that_runs_with_the_segment(builtin_catalog) -> None:
    clock = FakeClock()
    session = session_one(builtin_catalog)
    index = next(i for i, s in enumerate(session.segments) if s.kind == "exercise")
    run = SessionRun(session, clock)
    run.goto(index)
    assert run.intervals is not None and not run.intervals.running
    run.toggle()
    assert run.intervals.running
    clock.advance(15)
    run.toggle()
    assert not run.intervals.running and run.intervals.countdown.elapsed() == 15


def test_snapshot_resumes_at_the_same_segment_paused(builtin_catalog: PackCatalog) -> None:
    clock = FakeClock()
    session = session_one(builtin_catalog)
    run = SessionRun(session, clock)
    run.toggle()
    clock.advance(300)
    run.next()
    clock.advance(125.5)
    run.add_minute()
    state = RunState.from_dict(run.snapshot().to_dict())  # through storage's dict form
    resumed = SessionRun(session, FakeClock(5.0), state)
    assert resumed.index == 1 and not resumed.running
    assert resumed.spent(0) == 300 and resumed.spent(1) == 125.5
    assert resumed.planned(1) == session.segments[1].minutes * 60 + 60


def test_a_two_hour_session_does_not_drift(builtin_catalog: PackCatalog) -> None:
    clock = FakeClock()
    session = session_one(builtin_catalog)
    run = SessionRun(session, clock)
    rng = random.Random(7)
    running_time = 0.0
    run.toggle()
    while running_time < 2 * 3600:
        step = rng.uniform(0.01, 20)
        clock.advance(step)
        if run.running:
            running_time += step
        action = rng.random()
        if action < 0.05:
            run.toggle()
        elif action < 0.08:
            run.next() if run.index + 1 < len(session.segments) else run.goto(0)
        elif action < 0.1:
            run.previous()
        elif action < 0.12:
            run = SessionRun(session, clock, run.snapshot())  # a crash and resume, paused
    assert abs(run.session_elapsed() - running_time) < 0.1  # rounding in snapshots only
