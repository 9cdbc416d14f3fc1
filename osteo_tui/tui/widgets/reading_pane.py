"""A focusable, scrollable pane of Markdown: scripts, session plans, exercises.

Building a document is slow: Textual's ``Markdown`` makes a widget of every paragraph, list
item and heading, and a long session script took 130–470 ms to mount, style and lay out,
with the screen frozen meanwhile. So the pane keeps the documents it has built, hidden when
not shown: showing one again only swaps which is displayed, and ``prepare`` builds one in
advance (the runner prepares the next segment's script while the trainer talks), so that
pressing ``n`` costs a layout, not a build (docs/performance.md). It keeps only ``KEEP``
(the one on view, the next, the previous and one more): each is thousands of objects for
the garbage collector to walk.
"""

from __future__ import annotations

from typing import Any

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

    KEEP = 4
    """How many documents stay built, the shown one included."""

    def __init__(self, *children: Any, **kwargs: Any) -> None:
        super().__init__(*children, **kwargs)
        self._documents: dict[str, Markdown] = {}  # by text, the most recently used last
        self._shown = ""

    def compose(self) -> ComposeResult:
        self._documents[""] = document = Markdown()
        yield document

    @property
    def shown(self) -> Markdown:
        """The document on view (always the first child, so ``query_one(Markdown)`` finds it)."""
        return self._documents[self._shown]

    def show(self, text: str) -> None:
        if text != self._shown:
            document = self._document(text)
            self.shown.display = False
            document.display = True
            self._shown = text
            if self.children and self.children[0] is not document:
                self.move_child(document, before=0)
        self.scroll_home(animate=False)

    def prepare(self, text: str) -> None:
        """Build ``text``'s document now, hidden, so that ``show(text)`` only swaps."""
        self._document(text)

    def _document(self, text: str) -> Markdown:
        document = self._documents.pop(text, None)
        if document is None:
            document = Markdown(text)
            document.display = False
            self.mount(document)
        self._documents[text] = document
        for old in list(self._documents)[: max(0, len(self._documents) - self.KEEP)]:
            if old not in (text, self._shown):
                self._documents.pop(old).remove()
        return document
