"""The clock every timer reads. Real runs use ``time.monotonic``; tests use ``FakeClock``."""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["Clock", "FakeClock", "monotonic"]

Clock = Callable[[], float]
monotonic: Clock = time.monotonic


class FakeClock:
    """A clock that moves only when told to: tests never sleep."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self.now += seconds
