"""Timer drift: how far the runner's clocks get from the time that really passed.

The timers store moments (start, pause) and compute ``remaining = duration - (now - start)``,
so drift could only come from their bookkeeping: pausing, skipping between segments, saving
and restoring a run (the snapshot rounds to milliseconds). Both benchmarks keep their own
reference of the running time and compare, at every tick, the session's elapsed time and the
current segment's countdown with it; the figure is the largest difference seen.

* Fake clock: session 1 of the built-in English pack (120 planned minutes) run to the end with
  ``SessionRun`` and a ``FakeClock``: ticks 0.2–0.3 s apart, now and then a stall of 2–6 s,
  segments overrunning or cut short, a pause, a minute added, an autosave snapshot every
  10 s and, every 15 minutes, leaving the runner and resuming it from the saved state.
* Real clock: the app itself (headless ``run_test``), the runner screen ticking on
  ``time.monotonic``, with a pause, a change of segment and a leave-and-resume through the
  course file, for 5 minutes (``--quick``: 5 s).

Baseline for both: a timer that counts its ticks (0.25 s each, as a naive runner would) over
the same run: the drift the design avoids.

    python bench/drift.py [--quick]
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import BenchData, builtin_catalog
from bench.rows import Row, row
from osteo_tui.core.lessons import Session
from osteo_tui.core.timing import FakeClock, SessionRun

__all__ = ["GOAL_MS", "Reference", "fake_clock_drift", "real_clock_drift", "run"]

GOAL_MS = 100.0
TICK = 0.25


class Reference:
    """The running time as the benchmark itself counts it, independently of the timers."""

    def __init__(self) -> None:
        self.banked = 0.0
        self.segment_banked = 0.0
        self.since: float | None = None

    def start(self, now: float) -> None:
        self.since = now

    def stop(self, now: float) -> None:
        if self.since is not None:
            self.banked += now - self.since
            self.segment_banked += now - self.since
            self.since = None

    def elapsed(self, now: float) -> float:
        return self.banked + (now - self.since if self.since is not None else 0.0)

    def segment_elapsed(self, now: float) -> float:
        return self.segment_banked + (now - self.since if self.since is not None else 0.0)

    def new_segment(self, now: float, spent_before: float = 0.0) -> None:
        """The runner moved to a segment that had ``spent_before`` seconds already."""
        running = self.since is not None
        self.stop(now)
        self.segment_banked = spent_before
        if running:
            self.start(now)


def _error(run: SessionRun, reference: Reference, now: float) -> float:
    """The larger of the session's and the segment countdown's difference from the reference."""
    session = abs(run.session_elapsed() - reference.elapsed(now))
    segment = abs(run.countdown.elapsed() - reference.segment_elapsed(now))
    return max(session, segment)


def fake_clock_drift(session: Session, seed: int = 8) -> tuple[float, float, float]:
    """(largest drift, naive tick-counter drift, simulated seconds) over the whole session."""
    chance = random.Random(seed)
    clock = FakeClock(start=10_000.0)
    run = SessionRun(session, clock)
    reference = Reference()
    run.toggle()
    reference.start(clock())
    worst = 0.0
    naive = 0.0  # what a tick counter would show
    autosave = clock()
    resume_every, last_resume = 15 * 60.0, clock()
    paused_once = added_once = False
    # each segment runs its plan, give or take up to a minute
    target = run.planned(0) + chance.uniform(-60, 60)
    while True:
        stall = chance.random() < 0.001  # a few seconds' freeze every few minutes
        step = chance.uniform(2, 6) if stall else chance.uniform(0.2, 0.3)
        clock.advance(step)
        naive += TICK if run.running else 0.0  # one tick delivered, late ones dropped
        now = clock()
        worst = max(worst, _error(run, reference, now))
        if now - autosave >= 10:
            run.snapshot()
            autosave = now
        if not paused_once and reference.elapsed(now) > 40 * 60:
            run.toggle()  # a three-minute pause
            reference.stop(now)
            clock.advance(180)
            run.toggle()
            reference.start(clock())
            paused_once = True
        if not added_once and reference.elapsed(now) > 70 * 60:
            run.add_minute()
            target += 60
            added_once = True
        if now - last_resume >= resume_every:  # leave the runner and come back to it
            run.pause()
            reference.stop(now)
            state = run.snapshot()
            clock.advance(chance.uniform(5, 30))
            run = SessionRun(session, clock, state)
            run.toggle()
            reference.start(clock())
            last_resume = clock()
        if reference.segment_elapsed(clock()) >= target:
            if not run.next():
                reference.stop(clock())
                break
            reference.new_segment(clock())
            target = run.planned(run.index) + chance.uniform(-60, 60)
        worst = max(worst, _error(run, reference, clock()))
    total = reference.elapsed(clock())
    worst = max(worst, abs(run.session_elapsed() - total))
    return worst, abs(naive - total), total


async def _real_clock_drift(seconds: float, data_dir: Path, course_id: str) -> tuple[float, float]:
    from osteo_tui.tui.app import create_app
    from osteo_tui.tui.screens.session_runner import SessionRunnerScreen

    app = create_app(builtin_catalog(), data_dir)  # the real monotonic clock
    samples: list[float] = []
    ticks = [0]
    async with app.run_test(size=(120, 40)) as pilot:
        store = app.repository.open(course_id)
        pack = app.catalog.get(store.course.pack_id).load()  # type: ignore[union-attr]
        reference = Reference()
        screens: list[Any] = []

        def open_runner(state: Any) -> Any:
            screen = SessionRunnerScreen(store, pack, 1, app.clock, state)
            original = screen.tick

            def tick() -> None:
                original()
                samples.append(_error(screen.run, reference, time.monotonic()))

            screen.tick = tick  # type: ignore[method-assign]
            screens.append(screen)
            return screen

        screen = open_runner(None)
        await app.push_screen(screen)
        await pilot.pause()

        def count_tick() -> None:  # the baseline: a timer that counts its ticks
            if screens[-1].run.running:
                ticks[0] += 1

        app.set_interval(TICK, count_tick)
        reference.start(time.monotonic())  # before the action: it ticks (and samples) at once
        screen.action_toggle()
        plan = [(0.3, "pause"), (0.5, "next"), (0.7, "leave")]
        started = time.monotonic()
        for fraction, what in plan:
            await asyncio.sleep(max(0.0, started + fraction * seconds - time.monotonic()))
            if what == "pause":
                reference.stop(time.monotonic())
                screen.action_toggle()
                await asyncio.sleep(min(3.0, seconds * 0.05))
                reference.start(time.monotonic())
                screen.action_toggle()
            elif what == "next":
                reference.new_segment(time.monotonic())
                screen.action_next()
            else:  # pause, leave (it saves), then resume from the course file
                reference.stop(time.monotonic())
                screen.action_toggle()
                screen.action_leave()
                await pilot.pause()
                screen = open_runner(store.run_state(1))
                await app.push_screen(screen)
                await pilot.pause()
                reference.start(time.monotonic())
                screen.action_toggle()
        await asyncio.sleep(max(0.0, started + seconds - time.monotonic()))
        now = time.monotonic()
        final = abs(screen.run.session_elapsed() - reference.elapsed(now))
        naive = abs(ticks[0] * TICK - reference.elapsed(now))
        reference.stop(time.monotonic())
        screen.action_toggle()
        screen.action_leave()
        await pilot.pause()
        store.close()
    return max([final, *samples]), naive


def real_clock_drift(seconds: float, data_dir: Path, course_id: str) -> tuple[float, float]:
    """(largest drift, naive tick-counter drift) of the runner screen over ``seconds``."""
    return asyncio.run(_real_clock_drift(seconds, data_dir, course_id))


def run(quick: bool = False, data: BenchData | None = None) -> list[Row]:
    own = data is None
    data = data or BenchData()
    try:
        session = builtin_catalog().get("luustokurssi-en").load().session(1)  # type: ignore[union-attr]
        worst, naive, simulated = fake_clock_drift(session)
        seconds = 5.0 if quick else 300.0
        folder, ids = data.fresh_copy(1, "drift")
        real_worst, real_naive = real_clock_drift(seconds, folder, ids[0])
        span = "5 s (--quick)" if quick else "5 min"
        goal = f"< {GOAL_MS:.0f} ms"
        return [
            row(
                f"timer drift, fake clock, {simulated / 3600:.1f} h session",
                worst * 1000,
                "ms",
                goal,
                None,
                worst * 1000 < GOAL_MS,
            ),
            row("timer drift baseline: counting ticks, fake clock", naive * 1000, "ms"),
            row(
                f"timer drift, real clock, runner screen, {span}",
                real_worst * 1000,
                "ms",
                goal,
                None,
                real_worst * 1000 < GOAL_MS,
            ),
            row(
                f"timer drift baseline: counting ticks, real clock, {span}", real_naive * 1000, "ms"
            ),
        ]
    finally:
        if own:
            data.cleanup()


if __name__ == "__main__":
    from bench.rows import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
