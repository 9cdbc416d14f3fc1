"""Timers computed from a monotonic clock (never by counting ticks), and session runs."""

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
