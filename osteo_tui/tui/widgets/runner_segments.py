"""The session plan beside the runner: done, current and next segments with time spent."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from osteo_tui.core.timing import SessionRun, clock_text
from osteo_tui.tui.widgets.text_refresh import show_text

__all__ = ["RunnerSegments"]

_GLYPH = {"done": "✓", "current": "▶", "next": "·"}


class RunnerSegments(Static):
    DEFAULT_CSS = """
    RunnerSegments { width: 100%; height: auto; padding: 0 1; }
    """

    def show(self, run: SessionRun) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        width = max(self.size.width, 20)  # the content width: padding is already taken off
        for index, segment in enumerate(run.session.segments):
            state = run.state_of(index)
            spent = run.spent(index)
            spent_text = clock_text(spent) if spent >= 1 else ""
            head = f"{_GLYPH[state]} {segment.minutes:>2}′ "
            room = max(width - len(head) - 6, 6)  # the time spent: " 12:34"
            title = segment.title if len(segment.title) <= room else segment.title[: room - 1] + "…"
            line = f"{head}{title:<{room}} {spent_text:>5}"
            style = {"current": "bold reverse", "done": "dim", "next": ""}[state]
            if state == "done" and spent > run.planned(index) + 59:
                style = "dim yellow"
            text.append(line + "\n", style=style)
        show_text(self, text)  # every tick: only the current time changes
