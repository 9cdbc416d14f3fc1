"""A footer that fits an 80-column window: every key up to "? Help" stays visible."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

__all__ = ["FittingFooter", "fitted_descriptions"]

NARROW = 100  # columns
SHORTEST = 4  # a description is never cut shorter than this (with its "…")


def fitted_descriptions(keys: Sequence[tuple[str, str]], width: int) -> list[str]:
    """The descriptions of ``keys`` (key shown, description), the longest ones cut with "…"
    one character at a time until the compact footer fits ``width`` columns. Each key takes
    its key, a space and its description, and a space after it (but the last)."""
    descriptions = [description for _key, description in keys]

    def total() -> int:
        return -1 + sum(
            cell_len(key) + (1 + cell_len(text) if text else 0) + 1
            for (key, _text), text in zip(keys, descriptions, strict=True)
        )

    cuttable = set(range(len(descriptions)))
    while total() > width and cuttable:
        longest = max(cuttable, key=lambda i: cell_len(descriptions[i]))
        text = descriptions[longest]
        kept = text[:-2] if text.endswith("…") else text[:-1]
        kept = kept.rstrip() + "…" if cell_len(kept.rstrip()) >= SHORTEST - 1 else kept + "…"
        if cell_len(kept) < SHORTEST:
            cuttable.discard(longest)  # as short as it may get; the footer clips the rest
        else:
            descriptions[longest] = kept
    return descriptions


class FittingFooter(Footer):
    """Below ``NARROW`` columns the keys sit closer together and the command palette hint
    (ctrl+p, also on the help screen) is left out, so that the keys that matter fit. When
    they still do not fit (longer words in Finnish and Danish), the longest descriptions are
    cut with "…" so that the last key, "? Help", is never pushed off the screen; the help
    screen has every description in full."""

    _fitted_for: int | None = None  # the width the keys were last fitted to

    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < NARROW
        self.compact = narrow
        if self.show_command_palette == narrow:
            self.show_command_palette = not narrow
            self.refresh(recompose=True)
        elif self.compact and event.size.width != self._fitted_for:
            self.refresh(recompose=True)

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        width = self.size.width
        self._fitted_for = width
        keys = [
            widget
            for widget in widgets
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette")
        ]
        if self.compact and width and keys:
            shown = [(key.key_display, key.description) for key in keys]
            for key, text in zip(keys, fitted_descriptions(shown, width), strict=True):
                if text != key.description:
                    key.tooltip = key.tooltip or key.description
                    key.description = text
        yield from widgets
