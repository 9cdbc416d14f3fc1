"""The lesson packs that were found; Enter reads one, or shows why it cannot be used."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from osteo_tui.core import counts
from osteo_tui.core.lessons import PackCatalog, PackEntry
from osteo_tui.core.lessons.labels import origin_label
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.screens.pack_browser import PackBrowserScreen
from osteo_tui.tui.screens.pack_problems import PackProblemsScreen

__all__ = ["PacksScreen"]


class PackList(OptionList):
    """The packs; Enter opens the highlighted one."""

    BINDINGS = [Binding("enter", "select", N_("Open"), show=True)]


def _pack_label(entry: PackEntry) -> str:
    pack = entry.pack
    if pack is None:
        unusable = _("cannot be used: {problems}").format(
            problems=counts.problems(len(entry.problems))
        )
        return f"[b]{entry.id}[/b]  [$error]{escape(unusable)}[/]\n  {entry.path}"
    about = " · ".join(
        (
            pack.id,
            pack.language,
            counts.sessions(len(pack.sessions)),
            counts.exercises(len(pack.exercises)),
            origin_label(entry.origin.value),
        )
    )
    return f"[b]{pack.title}[/b]\n  {about}"


class PacksScreen(Screen[None]):
    """Lesson packs to browse."""

    HELP_NAME = N_("Lesson packs")
    BINDINGS = [Binding("escape,q", "app.pop_screen", N_("Back"))]

    def __init__(self, catalog: PackCatalog) -> None:
        super().__init__()
        self.entries = list(catalog)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="pack-list"):
            yield Static(_("Lesson packs"), classes="section-title")
            if self.entries:
                yield PackList(
                    *[Option(_pack_label(entry), id=entry.id) for entry in self.entries],
                    id="packs",
                )
            else:
                yield Static(
                    _(
                        "No lesson packs were found. Reinstall osteo-tui, or add a pack folder "
                        "with --lessons DIR."
                    ),
                    classes="empty",
                )
            yield Static(
                _(
                    "Choose a pack with ↑ ↓ and press Enter to read its sessions, scripts and "
                    "exercises."
                ),
                classes="hint",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = _("Lesson packs")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option_index)

    def _open(self, index: int) -> None:
        entry = self.entries[index]
        if entry.pack is None:
            self.app.push_screen(PackProblemsScreen(entry))
        else:
            self.app.push_screen(PackBrowserScreen(entry.pack))
