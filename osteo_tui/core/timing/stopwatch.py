"""Stopwatches for the physical tests (Timed Up and Go, the balance stages), and which timer
each kind of measure wants.

Like ``Countdown``, a stopwatch stores only the moments it was started and stopped and reads
the clock whenever it is asked, so a late screen refresh never makes it wrong. A stopwatch
with a ``limit`` (a balance stage: 10 seconds) stops counting at the limit by itself.
"""

from __future__ import annotations

import math

from osteo_tui.core.timing.clock import Clock

__all__ = [
    "CHAIR_STAND_SECONDS",
    "COUNTDOWN",
    "STOPWATCH",
    "Stopwatch",
    "floor_to",
    "stopwatch_text",
    "timer_for",
]

STOPWATCH, COUNTDOWN = "stopwatch", "countdown"
CHAIR_STAND_SECONDS = 30.0
"""A ``count`` measure (the 30-second chair stand) counts what is done in this many seconds."""

_TIMERS = {"seconds": STOPWATCH, "stages": STOPWATCH, "count": COUNTDOWN}


def timer_for(kind: str) -> str | None:
    """``stopwatch`` for timed measures (seconds, balance stages), ``countdown`` for a count
    in a fixed time (the chair stand), ``None`` for the rest."""
    return _TIMERS.get(kind)


def floor_to(seconds: float, decimals: int) -> float:
    """``seconds`` cut down to ``decimals`` places, as a stopwatch shows it: 11.996 s reads
    11.99, never 12.00, and 9.96 s of a balance stage is not yet 10."""
    scale = 10**decimals
    return math.floor(seconds * scale + 1e-6) / scale


def stopwatch_text(seconds: float, decimals: int = 1) -> str:
    """``7.3 s`` under a minute, ``1:02.4`` from a minute on (cut down, never rounded up)."""
    shown = floor_to(max(0.0, seconds), decimals)
    minutes, rest = divmod(shown, 60)
    fraction = f"{rest:0{3 + decimals if decimals else 2}.{decimals}f}"
    if minutes:
        return f"{int(minutes)}:{fraction}"
    return f"{rest:.{decimals}f} s"


class Stopwatch:
    """Counts up from 0 while running; with a ``limit`` it stops there by itself."""

    def __init__(self, clock: Clock, limit: float | None = None) -> None:
        self.clock = clock
        self.limit = limit
        self._banked = 0.0  # time counted before the current run
        self._since: float | None = None  # clock reading when the current run began

    def _raw(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + (self.clock() - self._since)

    def elapsed(self) -> float:
        raw = self._raw()
        return raw if self.limit is None else min(raw, self.limit)

    @property
    def reached(self) -> bool:
        """The limit has been reached (the stage was held for the full time)."""
        return self.limit is not None and self._raw() >= self.limit

    @property
    def running(self) -> bool:
        return self._since is not None and not self.reached

    @property
    def started(self) -> bool:
        """It has counted something (running now, or stopped with a time)."""
        return self._since is not None or self._banked > 0

    def start(self) -> None:
        if self._since is None and not self.reached:
            self._since = self.clock()

    def stop(self) -> None:
        if self._since is not None:
            self._banked = self.elapsed()
            self._since = None

    def toggle(self) -> bool:
        """Start or stop; returns whether it is now running."""
        if self.running:
            self.stop()
        else:
            self.start()
        return self.running

    def reset(self) -> None:
        self._banked = 0.0
        self._since = None

    def reading(self, decimals: int) -> float:
        """The time to write down, cut to ``decimals`` places."""
        return floor_to(self.elapsed(), decimals)
