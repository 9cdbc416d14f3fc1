"""Stopwatches for the physical tests read the clock, stop at their limit, and never round up."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.timing import FakeClock
from osteo_tui.core.timing.stopwatch import (
    COUNTDOWN,
    STOPWATCH,
    Stopwatch,
    floor_to,
    stopwatch_text,
    timer_for,
)


def test_counts_up_while_running_and_keeps_its_time_when_stopped() -> None:
    clock = FakeClock()
    watch = Stopwatch(clock)
    assert watch.elapsed() == 0 and not watch.running and not watch.started
    watch.start()
    clock.advance(11.234)
    assert watch.running and abs(watch.elapsed() - 11.234) < 1e-9
    watch.stop()
    clock.advance(500)  # the trainer types; the time stays what it was
    assert not watch.running and watch.started
    assert watch.reading(2) == 11.23


def test_toggle_starts_and_stops_and_reset_clears() -> None:
    clock = FakeClock()
    watch = Stopwatch(clock)
    assert watch.toggle() is True
    clock.advance(3)
    assert watch.toggle() is False
    watch.toggle()
    clock.advance(2)
    assert watch.elapsed() == 5  # a second run adds on, as on a real stopwatch
    watch.reset()
    assert watch.elapsed() == 0 and not watch.running and not watch.started


def test_a_limit_stops_it_by_itself() -> None:
    """A balance stage is held for 10 seconds at most: at 10 s it stops and says so."""
    clock = FakeClock()
    watch = Stopwatch(clock, limit=10)
    watch.start()
    clock.advance(9.96)
    assert watch.running and not watch.reached and watch.reading(1) == 9.9
    clock.advance(5)  # nobody looked for 5 s: still exactly 10
    assert watch.reached and not watch.running and watch.elapsed() == 10
    watch.start()  # cannot count on past its limit
    clock.advance(3)
    assert watch.elapsed() == 10
    watch.stop()
    assert watch.reading(1) == 10


def test_stopped_before_the_limit_has_not_reached_it() -> None:
    clock = FakeClock()
    watch = Stopwatch(clock, limit=10)
    watch.start()
    clock.advance(6.45)
    watch.stop()
    clock.advance(30)
    assert not watch.reached and watch.reading(1) == 6.4


def test_floor_never_rounds_up_to_a_threshold() -> None:
    assert floor_to(11.996, 2) == 11.99  # not 12.00: TUG 12 s flags fall risk
    assert floor_to(9.99, 1) == 9.9  # not 10: the stage was not held for 10 s
    assert floor_to(11.23, 2) == 11.23  # floating point must not cut a hundredth off
    assert floor_to(7.0, 0) == 7


def test_stopwatch_text() -> None:
    assert stopwatch_text(0) == "0.0 s"
    assert stopwatch_text(7.39) == "7.3 s"
    assert stopwatch_text(62.45) == "1:02.4"
    assert stopwatch_text(11.996, 2) == "11.99 s"
    assert stopwatch_text(-1) == "0.0 s"


def test_which_timer_a_kind_of_measure_wants() -> None:
    assert timer_for("seconds") == STOPWATCH  # Timed Up and Go
    assert timer_for("stages") == STOPWATCH  # the 4-stage balance test
    assert timer_for("count") == COUNTDOWN  # the 30-second chair stand
    assert timer_for("kg") is None and timer_for("self-rating") is None


@given(st.lists(st.floats(0, 120, allow_nan=False), max_size=40), st.sampled_from([None, 10.0]))
def test_elapsed_is_the_running_time_up_to_the_limit(steps: list[float], limit) -> None:
    clock = FakeClock()
    watch = Stopwatch(clock, limit=limit)
    running_time = 0.0
    for index, seconds in enumerate(steps):
        running = index % 2 == 0
        if running:
            watch.start()
        else:
            watch.stop()
        clock.advance(seconds)
        if running:
            running_time += seconds
    expected = running_time if limit is None else min(running_time, limit)
    assert abs(watch.elapsed() - expected) < 1e-6
    assert 0 <= watch.reading(2) <= watch.elapsed() + 1e-9
