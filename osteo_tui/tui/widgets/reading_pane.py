"""A focusable, scrollable pane of Markdown: scripts, session plans, exercises."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

__all__ = ["ReadingPane"]


class ReadingPane(VerticalScroll, can_focus=True):
    """Scroll with ↑ ↓ PgUp PgDn Home End once focused."""

    DEFAULT_CSS = """
    ReadingPane { padding: 0 1; }
    ReadingPane > Markdown { margin: 0; }
    """

    def compose(self) -> ComposeResult:
        yield Markdown()

    def show(self, text: str) -> None:
        self.query_one(Markdown).update(text)
        self.scroll_home(animate=False)
