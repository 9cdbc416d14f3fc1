"""A footer that fits an 80-column window: every key up to "? Help" stays visible."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

__all__ = ["FittingFooter"]

NARROW = 100  # columns


class FittingFooter(Footer):
    """Below ``NARROW`` columns the keys sit closer together and the command palette hint
    (ctrl+p, also on the help screen) is left out, so that the keys that matter fit."""

    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < NARROW
        self.compact = narrow
        if self.show_command_palette == narrow:
            self.show_command_palette = not narrow
            self.refresh(recompose=True)
