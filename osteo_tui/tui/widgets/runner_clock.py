"""The big segment countdown, readable across a room, with the session's own clock."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from osteo_tui.core.timing import SessionRun, clock_text

__all__ = ["RunnerClock"]


class RunnerClock(Vertical):
    DEFAULT_CSS = """
    RunnerClock { height: auto; padding: 0 1; }
    RunnerClock Digits { width: auto; }
    RunnerClock .over Digits, RunnerClock Digits.over { color: $error; }
    RunnerClock #session-time { color: $text-muted; }
    RunnerClock #over-warning { color: $error; text-style: bold; display: none; }
    RunnerClock.over #over-warning { display: block; }
    """

    def compose(self) -> ComposeResult:
        yield Digits("0:00", id="segment-remaining")
        yield Static(id="session-time")
        yield Static(id="over-warning")

    def show(self, run: SessionRun) -> None:
        remaining = run.countdown.remaining()
        digits = self.query_one(Digits)
        digits.update(clock_text(remaining))
        digits.set_class(remaining < 0, "over")
        state = "running" if run.running else "paused (space)"
        if run.finished:
            state = "session finished"
        behind = round(run.behind_plan() / 60)
        plan = f" · {abs(behind)} min {'behind' if behind > 0 else 'ahead'}" if behind else ""
        self.query_one("#session-time", Static).update(
            f"Session {clock_text(run.session_elapsed())} / {clock_text(run.session_planned)}"
            f"{plan} · {state}"
        )
        self.set_class(run.over_time, "over")
        if run.countdown.over:
            over_by = clock_text(-remaining)
            warning = f"Over time by {over_by}: n for the next segment, + adds a minute"
        else:
            warning = "The session is over its planned time."
        self.query_one("#over-warning", Static).update(warning)
