"""The stopwatch or the countdown beside one field of the measure form.

The time always comes from the core timers (``Stopwatch``, ``Countdown``) and the app's
clock; this widget only shows it and says what happened since it last looked.
"""

from __future__ import annotations

from textual.widgets import Static

from osteo_tui.core.measures.definitions import format_number
from osteo_tui.core.timing import Clock, Countdown, clock_text
from osteo_tui.core.timing.stopwatch import (
    CHAIR_STAND_SECONDS,
    COUNTDOWN,
    Stopwatch,
    stopwatch_text,
)
from osteo_tui.core.translation import _

__all__ = ["LIMIT_REACHED", "TIME_UP", "MeasureTimer"]

LIMIT_REACHED, TIME_UP = "limit reached", "time up"


class MeasureTimer(Static):
    """``kind`` is ``stopwatch`` (up to ``limit`` seconds) or ``countdown`` (30 seconds)."""

    def __init__(
        self, kind: str, clock: Clock, limit: float | None, decimals: int, mark: str = "."
    ) -> None:
        super().__init__(classes="measure-timer")
        self.kind = kind
        self.clock = clock
        self.limit = limit
        self.decimals = decimals
        self.mark = mark
        self.stopwatch = Stopwatch(clock, limit)
        self.countdown = Countdown(CHAIR_STAND_SECONDS, clock)
        self._was_running = False

    def on_mount(self) -> None:
        self.show()

    @property
    def time_up(self) -> bool:
        """The countdown was started and has reached 0:00."""
        return self.countdown.running and self.countdown.remaining() <= 0

    @property
    def running(self) -> bool:
        if self.kind == COUNTDOWN:
            return self.countdown.running and not self.time_up
        return self.stopwatch.running

    def toggle(self) -> bool:
        """Start from zero (or from 30 seconds), or stop. Returns whether it now runs."""
        if self.kind == COUNTDOWN:
            running = self.running
            self.countdown = Countdown(CHAIR_STAND_SECONDS, self.clock)
            if not running:
                self.countdown.start()
        elif self.running:
            self.stopwatch.stop()
        else:
            self.stopwatch.reset()  # a new try is timed from zero
            self.stopwatch.start()
        self._was_running = self.running
        self.show()
        return self.running

    def cancel(self) -> None:
        """Back to the start, nothing counted (another person, or the field was emptied)."""
        self.stopwatch.reset()
        self.countdown = Countdown(CHAIR_STAND_SECONDS, self.clock)
        self._was_running = False
        self.show()

    def value_text(self) -> str:
        """The stopwatch's time as the field takes it (``11.23``, or ``10`` for a stage held)."""
        return format_number(self.stopwatch.reading(self.decimals), self.decimals, self.mark)

    def tick(self) -> str | None:
        """Refresh; returns ``LIMIT_REACHED`` or ``TIME_UP`` once, when that has just happened."""
        was_running, self._was_running = self._was_running, self.running
        self.show()
        if not was_running or self.running:
            return None
        if self.kind == COUNTDOWN and self.time_up:
            return TIME_UP
        if self.stopwatch.reached:
            return LIMIT_REACHED
        return None

    def show(self) -> None:
        self.set_class(self.running, "-running")
        if self.kind == COUNTDOWN:
            if self.running:
                text = _("{time} left · space stops").format(
                    time=clock_text(self.countdown.remaining())
                )
            elif self.time_up:
                text = _("Time is up: type the count")
            else:
                text = _("space: {time} countdown").format(time=clock_text(CHAIR_STAND_SECONDS))
            self.update(text)
            return
        watch = self.stopwatch
        shown = stopwatch_text(watch.elapsed(), 1).replace(".", self.mark)
        if watch.running:
            text = _("Timing {time} · space stops").format(time=shown)
        elif watch.reached:
            held = format_number(self.limit or 0, mark=self.mark)
            text = _("Held for {seconds} s").format(seconds=held)
        elif watch.started:
            text = _("Stopped: {time} · space: again").format(time=shown)
        else:
            text = _("space: stopwatch")
        self.update(text)
