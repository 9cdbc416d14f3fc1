"""What is wrong with a pack that cannot be used, in the words of ``lessons check``."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from osteo_tui.core.lessons import PackEntry
from osteo_tui.core.translation import N_, ngettext

__all__ = ["PackProblemsScreen"]


class PackProblemsScreen(Screen[None]):
    HELP_NAME = N_("Pack problems")
    BINDINGS = [Binding("escape,q", "app.pop_screen", N_("Back"))]

    def __init__(self, entry: PackEntry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        yield Header()
        count = len(self.entry.problems)
        yield Static(
            ngettext(
                "The pack '{id}' cannot be used until {count} problem is fixed. Edit the files "
                "named below, then check again with:  osteo-tui lessons check {path}",
                "The pack '{id}' cannot be used until {count} problems are fixed. Edit the files "
                "named below, then check again with:  osteo-tui lessons check {path}",
                count,
            ).format(id=self.entry.id, count=count, path=self.entry.path),
            classes="section-title",
        )
        with VerticalScroll(id="problems"):
            for problem in self.entry.problems:
                yield Static(str(problem), markup=False, classes="problem")
        yield Footer()
