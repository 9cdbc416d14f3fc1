"""The interval timer of an exercise segment: work or rest, which exercise, what comes next,
and who needs the modified version."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from osteo_tui.core.lessons import Pack
from osteo_tui.core.records import Participant
from osteo_tui.core.timing import IntervalTimer, clock_text

__all__ = ["RunnerIntervals"]


class RunnerIntervals(Vertical):
    DEFAULT_CSS = """
    RunnerIntervals { height: auto; padding: 0 1; border: round $primary; }
    RunnerIntervals.rest { border: round $secondary; }
    RunnerIntervals.flash { background: $accent 40%; }
    RunnerIntervals #phase { text-style: bold; }
    RunnerIntervals #next { color: $text-muted; }
    RunnerIntervals #vertebral { color: $warning; }
    RunnerIntervals #next, RunnerIntervals #vertebral { display: none; }
    RunnerIntervals #next.-shown, RunnerIntervals #vertebral.-shown { display: block; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="phase")
        yield Digits("0:00", id="phase-remaining")
        yield Static(id="next")
        yield Static(id="vertebral")

    def show(self, pack: Pack, timer: IntervalTimer, people: list[Participant]) -> None:
        phase = timer.phase
        next_up = timer.plan.next_work(timer.index)
        if phase is None:
            self.query_one("#phase", Static).update("All exercises done. Well done, everyone!")
            self.query_one(Digits).display = False
            self._line("#next", "")
            self._line("#vertebral", "")
            self.set_class(False, "rest")
            return
        self.query_one(Digits).display = True
        exercise = pack.exercise(phase.exercise_id)
        if phase.kind == "work":
            count = f" · {phase.number} of {phase.of}" if phase.of > 1 else ""
            side = f" · {phase.side} side" if phase.side else ""
            label = f"WORK · {exercise.name}{count}{side}"
        else:
            label = "REST · breathe, drink some water"
        state = "" if timer.running else "  (paused)"
        self.query_one("#phase", Static).update(label + state)
        self.query_one(Digits).update(clock_text(timer.phase_remaining()))
        upcoming = next_up if phase.kind == "rest" else None
        if upcoming is not None:
            name = pack.exercise(upcoming.exercise_id).name
            side = f" ({upcoming.side} side)" if upcoming.side else ""
            self._line("#next", f"Next up: {name}{side}")
        else:
            self._line("#next", "")
        focus = pack.exercise(upcoming.exercise_id) if upcoming else exercise
        flagged = [p.name for p in people if p.vertebral_fracture]
        if focus.needs_vertebral_change and flagged:
            what = (
                "should avoid"
                if focus.vertebral_fracture == "avoid"
                else "use the modified version of"
            )
            note = f": {focus.vertebral_fracture_note}" if focus.vertebral_fracture_note else ""
            text = f"⚠ {', '.join(flagged)} {what} {focus.name}{note}"
        else:
            text = ""
        self._line("#vertebral", text)
        self.set_class(phase.kind == "rest", "rest")

    def _line(self, selector: str, text: str) -> None:
        line = self.query_one(selector, Static)
        line.update(text)
        line.set_class(bool(text), "-shown")
