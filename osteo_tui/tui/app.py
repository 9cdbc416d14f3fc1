"""The app factory, used by the CLI and by the tests alike."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from osteo_tui import __version__
from osteo_tui.core.lessons import PackCatalog
from osteo_tui.tui.screens.home import HomeScreen

__all__ = ["OsteoApp", "create_app"]


class OsteoApp(App[None]):
    """osteo-tui: the trainer's companion for a group osteoporosis course."""

    CSS_PATH = "app.tcss"
    TITLE = "osteo-tui"
    SUB_TITLE = f"osteoporosis courses · {__version__}"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, priority=True)]

    def __init__(self, catalog: PackCatalog, data_dir: Path) -> None:
        super().__init__()
        self.catalog = catalog
        self.data_dir = data_dir

    def on_mount(self) -> None:
        self.push_screen(HomeScreen(self.catalog))


def create_app(catalog: PackCatalog, data_dir: Path) -> OsteoApp:
    """Build the app around a pack catalog and a data folder."""
    return OsteoApp(catalog=catalog, data_dir=data_dir)
