"""The interval timer of an exercise segment: work or rest, which exercise, what comes next,
and who needs the modified version."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from osteo_tui.core.lessons import Pack
from osteo_tui.core.records import Participant
from osteo_tui.core.timing import IntervalTimer, clock_text
from osteo_tui.core.translation import _
from osteo_tui.tui.widgets.runner_big_digits import BigDigits
from osteo_tui.tui.widgets.text_refresh import show_text

__all__ = ["RunnerIntervals"]


def _side(side: str) -> str:
    """``left side``, ``right side`` in the active language."""
    words = {"left": _("left side"), "right": _("right side")}
    return words.get(side, side)


class RunnerIntervals(Vertical):
    DEFAULT_CSS = """
    RunnerIntervals { height: auto; padding: 0 1; border: round $primary; }
    RunnerIntervals.rest { border: round $secondary; }
    RunnerIntervals.flash { background: $accent 40%; }
    RunnerIntervals #phase { text-style: bold; }
    RunnerIntervals #next { color: $text-muted; }
    RunnerIntervals #vertebral, RunnerIntervals #vertebral-note { color: $warning; }
    RunnerIntervals #vertebral-hint { color: $text-muted; }
    RunnerIntervals #next, RunnerIntervals #vertebral, RunnerIntervals #vertebral-note,
    RunnerIntervals #vertebral-hint { display: none; }
    RunnerIntervals #next.-shown, RunnerIntervals #vertebral.-shown,
    RunnerIntervals #vertebral-note.-shown { display: block; }
    RunnerIntervals BigDigits { display: none; }
    RunnerIntervals.-done Digits, RunnerIntervals.-done BigDigits { display: none; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="phase")
        yield Digits("0:00", id="phase-remaining")
        yield BigDigits("0:00", scale=2, id="phase-big")
        yield Static(id="next")
        yield Static(id="vertebral")
        yield Static(id="vertebral-note")
        yield Static(id="vertebral-hint")

    def show(
        self, pack: Pack, timer: IntervalTimer, people: list[Participant], track: str = ""
    ) -> None:
        """``track``: the title of the track the timer follows on a segment split by track."""
        phase = timer.phase
        next_up = timer.plan.next_work(timer.index)
        if phase is None:
            self.query_one("#phase", Static).update(_("All exercises done. Well done, everyone!"))
            self.set_class(True, "-done")
            for line in ("#next", "#vertebral", "#vertebral-note", "#vertebral-hint"):
                self._line(line, "")
            self.set_class(False, "rest")
            return
        self.set_class(False, "-done")
        exercise = pack.exercise(phase.exercise_id)
        if phase.kind == "work":
            label = _("WORK · {exercise}").format(exercise=exercise.name)
            if phase.of > 1:
                label += " · " + _("{number} of {count}").format(
                    number=phase.number, count=phase.of
                )
            if phase.side:
                label += " · " + _side(phase.side)
        else:
            label = _("REST · breathe, drink some water")
        state = "" if timer.running else "  " + _("(paused)")
        if track:
            label += f" · {track}"
        show_text(self.query_one("#phase", Static), label + state)
        self.query_one(Digits).update(clock_text(timer.phase_remaining()))
        self.query_one(BigDigits).update(clock_text(timer.phase_remaining()))
        upcoming = next_up if phase.kind == "rest" else None
        if upcoming is not None:
            name = pack.exercise(upcoming.exercise_id).name
            side = f" ({_side(upcoming.side)})" if upcoming.side else ""
            self._line("#next", _("Next up: {exercise}").format(exercise=name) + side)
        else:
            self._line("#next", "")
        focus = pack.exercise(upcoming.exercise_id) if upcoming else exercise
        flagged = [p.name for p in people if p.vertebral_fracture]
        if focus.needs_vertebral_change and flagged:
            names = ", ".join(flagged)
            what = (
                _("{names} should avoid {exercise}")
                if focus.vertebral_fracture == "avoid"
                else _("{names}: do the modified version of {exercise}")
            )
            text = "⚠ " + what.format(names=names, exercise=focus.name)
            note = focus.vertebral_fracture_note
        else:
            text = note = ""
        self._line("#vertebral", text)
        self._line("#vertebral-note", note)  # a narrow screen hides it: the card has it too
        self._line("#vertebral-hint", _("How: see its card in the script below.") if note else "")
        self.set_class(phase.kind == "rest", "rest")

    def _line(self, selector: str, text: str) -> None:
        line = self.query_one(selector, Static)
        show_text(line, text)
        line.set_class(bool(text), "-shown")
