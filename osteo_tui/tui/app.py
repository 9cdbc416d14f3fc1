"""The app factory, used by the CLI and by the tests alike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from osteo_tui import __version__
from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.settings import Settings, load_settings, save_settings
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.timing import Clock, monotonic
from osteo_tui.core.translation import N_, _, activate
from osteo_tui.tui.screens.home import HomeScreen
from osteo_tui.tui.themes import THEME_LABELS, THEME_NAMES, THEMES
from osteo_tui.tui.translated_bindings import translate_bindings, translated_screen

__all__ = ["OsteoApp", "create_app"]

_STYLES = Path(__file__).parent / "styles"


class OsteoApp(App[None]):
    """osteo-tui: the trainer's companion for a group osteoporosis course."""

    # Absolute paths, so that subclasses (tests, tools) defined elsewhere find them too.
    CSS_PATH = [_STYLES.parent / "app.tcss", *sorted(_STYLES.glob("*.tcss"))]
    TITLE = "osteo-tui"
    SUB_TITLE = N_("osteoporosis courses · {version}")
    BINDINGS = [
        Binding("ctrl+q", "quit", N_("Quit"), show=False, priority=True),
        Binding("question_mark", "help", N_("Help"), key_display="?"),
        Binding("f2", "next_theme", N_("Theme: dark, light, high contrast"), show=False),
    ]

    def __init__(
        self,
        catalog: PackCatalog,
        data_dir: Path,
        clock: Clock = monotonic,
        today: Callable[[], date] = date.today,
        language: str | None = None,
    ) -> None:
        if language is not None:
            activate(language)
        translate_bindings()
        super().__init__()
        self.sub_title = _(self.SUB_TITLE).format(version=__version__)
        self.catalog = catalog
        self.data_dir = data_dir
        self.repository = CourseRepository(data_dir)
        self.clock = clock
        self.today = today
        self.settings: Settings = load_settings(data_dir)
        for theme in THEMES:
            self.register_theme(theme)
        self._start_in_theme(
            self.settings.theme if self.settings.theme in THEME_NAMES else THEME_NAMES[0]
        )

    def _start_in_theme(self, name: str) -> None:
        """``self.theme = name`` before the app runs, without parsing every stylesheet twice.

        Setting ``theme`` makes Textual queue a full re-parse for after the first parse, which
        would use the default theme's colours: about 10 ms of start-up (docs/performance.md).
        Here the first parse gets this theme's colours, and the rest of what the theme watcher
        does (the theme classes, the ANSI colour filter) is done in place.
        """
        self.set_reactive(App.theme, name)
        theme = self.current_theme
        self.remove_class(*(cls for cls in self.classes if cls.startswith("-theme-")))
        self.add_class(f"-theme-{name}")
        self.set_class(theme.dark, "-dark-mode")
        self.set_class(not theme.dark, "-light-mode")
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())

    def get_default_screen(self) -> Screen:
        """The home screen is the bottom of the stack: no empty screen is built and painted
        under it first (docs/performance.md, start-up)."""
        return translated_screen(HomeScreen(self.catalog, self.repository))

    def push_screen(self, screen: Screen | str, *args: Any, **kwargs: Any) -> Any:
        """Every screen shows its keys in the active language (see translated_bindings)."""
        if isinstance(screen, Screen):
            translated_screen(screen)
        return super().push_screen(screen, *args, **kwargs)

    def switch_screen(self, screen: Screen | str) -> Any:
        if isinstance(screen, Screen):
            translated_screen(screen)
        return super().switch_screen(screen)

    def action_help(self) -> None:
        from textual.screen import ModalScreen

        from osteo_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, ModalScreen):
            self.push_screen(HelpScreen(self.screen, list(self.BINDINGS)))

    def action_next_theme(self) -> None:
        """Dark → light → high contrast, remembered for next time."""
        current = THEME_NAMES.index(self.theme) if self.theme in THEME_NAMES else -1
        self.theme = THEME_NAMES[(current + 1) % len(THEME_NAMES)]
        self.settings = self.settings.with_(theme=self.theme)
        try:
            save_settings(self.data_dir, self.settings)
        except OSError as error:
            self.notify(
                _("The theme could not be saved: {reason}").format(reason=os_reason(error)),
                severity="warning",
            )
        self.notify(_("Theme: {name}").format(name=_(THEME_LABELS[self.theme])), timeout=2)


def create_app(
    catalog: PackCatalog,
    data_dir: Path,
    clock: Clock = monotonic,
    today: Callable[[], date] = date.today,
    language: str | None = None,
) -> OsteoApp:
    """Build the app around a pack catalog and a data folder (and, for tests, a clock).

    ``language`` (en, fi, da) is spoken from then on; ``None`` keeps the active language."""
    return OsteoApp(
        catalog=catalog, data_dir=data_dir, clock=clock, today=today, language=language
    )
