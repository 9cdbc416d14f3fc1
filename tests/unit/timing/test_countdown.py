"""Countdowns are exact whatever happens to the screen: they read the clock, not ticks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.timing import Countdown, FakeClock


def test_runs_pauses_and_resumes_exactly() -> None:
    clock = FakeClock()
    countdown = Countdown(600, clock)
    assert countdown.remaining() == 600 and not countdown.running
    countdown.start()
    clock.advance(100)
    assert countdown.remaining() == 500
    countdown.pause()
    clock.advance(1000)  # paused: the laptop may even sleep
    assert countdown.remaining() == 500
    countdown.toggle()
    clock.advance(550)
    assert countdown.remaining() == -50 and countdown.over


def test_adding_a_minute_and_skipping_are_exact() -> None:
    clock = FakeClock()
    countdown = Countdown(60, clock)
    countdown.start()
    clock.advance(30)
    countdown.add(60)
    assert countdown.remaining() == 90
    countdown.set_elapsed(100)
    clock.advance(5)
    assert countdown.elapsed() == 105 and countdown.running


def test_a_late_reader_sees_the_right_time() -> None:
    """Textual drops timer ticks when the loop is blocked; we never count ticks."""
    clock = FakeClock()
    countdown = Countdown(10, clock)
    countdown.start()
    clock.advance(10.6)  # no reads at all for 10.6 s, as in a blocked event loop
    assert abs(countdown.remaining() - (-0.6)) < 1e-9


def test_snapshot_restores_paused_at_the_same_point() -> None:
    clock = FakeClock()
    countdown = Countdown(300, clock)
    countdown.start()
    clock.advance(42.5)
    restored = Countdown.restore(countdown.snapshot(), FakeClock(5.0))
    assert restored.elapsed() == 42.5 and not restored.running and restored.duration == 300


@given(st.lists(st.tuples(st.booleans(), st.floats(0, 900, allow_nan=False)), max_size=200))
def test_elapsed_equals_the_running_time_for_any_pattern_of_pauses(steps) -> None:
    clock = FakeClock()
    countdown = Countdown(7200, clock)
    running_time = 0.0
    for toggle, wait in steps:
        if toggle:
            countdown.toggle()
        clock.advance(wait)
        if countdown.running:
            running_time += wait
    assert abs(countdown.elapsed() - running_time) < 1e-6
