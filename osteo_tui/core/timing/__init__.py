"""Timers computed from a monotonic clock (never by counting ticks), and session runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from osteo_tui.core.lazy_names import first_use

if TYPE_CHECKING:
    from osteo_tui.core.timing.clock import Clock, FakeClock, monotonic
    from osteo_tui.core.timing.countdown import Countdown
    from osteo_tui.core.timing.display import clock_text
    from osteo_tui.core.timing.intervals import IntervalPlan, IntervalTimer, Phase, plan_segment
    from osteo_tui.core.timing.session_run import SessionRun

__all__ = [
    "Clock",
    "Countdown",
    "clock_text",
    "FakeClock",
    "IntervalPlan",
    "IntervalTimer",
    "Phase",
    "SessionRun",
    "monotonic",
    "plan_segment",
]

# Imported on first use: the app's start needs only the clock (docs/performance.md, start-up).
_MODULES = {
    "Clock": "clock",
    "FakeClock": "clock",
    "monotonic": "clock",
    "Countdown": "countdown",
    "clock_text": "display",
    "IntervalPlan": "intervals",
    "IntervalTimer": "intervals",
    "Phase": "intervals",
    "plan_segment": "intervals",
    "SessionRun": "session_run",
}


__getattr__ = first_use(__name__, _MODULES)
