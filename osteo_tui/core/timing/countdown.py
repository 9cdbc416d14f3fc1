"""A pausable countdown: remaining = duration − running time, read from the clock.

Only the moments of start and pause are stored, so a blocked event loop, dropped timer ticks
or a sleeping laptop cannot make it wrong: whenever it is read, it is exact.
"""

from __future__ import annotations

from typing import Any

from osteo_tui.core.timing.clock import Clock

__all__ = ["Countdown"]


class Countdown:
    def __init__(self, seconds: float, clock: Clock, elapsed: float = 0.0) -> None:
        self.clock = clock
        self.duration = float(seconds)
        self._banked = float(elapsed)  # running time before the current run
        self._since: float | None = None  # clock reading when the current run began

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self.clock()

    def pause(self) -> None:
        if self._since is not None:
            self._banked += self.clock() - self._since
            self._since = None

    def toggle(self) -> bool:
        """Start or pause; returns whether it is now running."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + (self.clock() - self._since)

    def remaining(self) -> float:
        """Seconds left; negative when running over."""
        return self.duration - self.elapsed()

    @property
    def over(self) -> bool:
        return self.remaining() < 0

    def add(self, seconds: float) -> None:
        self.duration = max(0.0, self.duration + seconds)

    def set_elapsed(self, seconds: float) -> None:
        """Jump to a moment (used to skip ahead), keeping running or paused as it was."""
        self._banked = max(0.0, seconds)
        if self._since is not None:
            self._since = self.clock()

    def snapshot(self) -> dict[str, Any]:
        """What to save; a restored countdown is paused where this one was."""
        return {"duration": self.duration, "elapsed": round(self.elapsed(), 3)}

    @classmethod
    def restore(cls, data: dict[str, Any], clock: Clock) -> Countdown:
        return cls(float(data["duration"]), clock, float(data.get("elapsed", 0.0)))
