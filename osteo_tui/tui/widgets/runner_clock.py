"""The big segment countdown, readable across a room, with the session's own clock beside it.

On a laptop the countdown is Textual's three-row ``Digits``; on a projector-sized screen
(the runner screen has the class ``projector``; see runner.tcss) it is ``BigDigits``.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Static

from osteo_tui.core.timing import SessionRun, clock_text
from osteo_tui.core.translation import _
from osteo_tui.tui.widgets.runner_big_digits import BigDigits
from osteo_tui.tui.widgets.text_refresh import show_text

__all__ = ["RunnerClock", "plan_text"]


def plan_text(behind_seconds: float) -> str:
    """How the session stands against its plan, in whole minutes."""
    minutes = round(behind_seconds / 60)
    if not minutes:
        return _("on time")
    if minutes > 0:
        return _("{minutes} min behind").format(minutes=minutes)
    return _("{minutes} min ahead").format(minutes=-minutes)


class RunnerClock(Vertical):
    DEFAULT_CSS = """
    RunnerClock { height: auto; padding: 0 1; }
    RunnerClock #clock-row { height: auto; }
    RunnerClock Digits { width: auto; margin-right: 2; }
    RunnerClock BigDigits { display: none; margin: 1 4 1 0; }
    RunnerClock #clock-facts { width: 1fr; height: auto; }
    RunnerClock .over Digits, RunnerClock Digits.over, RunnerClock BigDigits.over {
        color: $error;
    }
    RunnerClock #run-state { text-style: bold; }
    RunnerClock #session-time, RunnerClock #plan-state { color: $text-muted; }
    RunnerClock #over-warning { color: $error; text-style: bold; display: none; }
    RunnerClock.over #over-warning { display: block; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(id="clock-row"):
            yield Digits("0:00", id="segment-remaining")
            yield BigDigits("0:00", scale=2, id="segment-big")
            with Vertical(id="clock-facts"):
                yield Static(id="run-state")
                yield Static(id="session-time")
                yield Static(id="plan-state")
        yield Static(id="over-warning")

    def show(self, run: SessionRun) -> None:
        remaining = run.countdown.remaining()
        for digits in (self.query_one(Digits), self.query_one(BigDigits)):
            digits.update(clock_text(remaining))
            digits.set_class(remaining < 0, "over")
        if run.finished:
            state = "✓ " + _("Session finished")
        elif run.running:
            state = "▶ " + _("Running · space pauses")
        else:
            state = "⏸ " + _("Paused · space starts")
        show_text(self.query_one("#run-state", Static), state)
        show_text(
            self.query_one("#session-time", Static),
            _("Session {elapsed} of {planned}").format(
                elapsed=clock_text(run.session_elapsed()), planned=clock_text(run.session_planned)
            ),
        )
        show_text(
            self.query_one("#plan-state", Static),
            _("Segment {number}/{count} · {plan}").format(
                number=run.index + 1,
                count=len(run.session.segments),
                plan=plan_text(run.behind_plan()),
            ),
        )
        self.set_class(run.over_time, "over")
        if run.countdown.over:
            over_by = clock_text(-remaining)
            warning = _("Over time by {time}: n for the next segment, + adds a minute").format(
                time=over_by
            )
        else:
            warning = _("The session is over its planned time.")
        show_text(self.query_one("#over-warning", Static), warning)
