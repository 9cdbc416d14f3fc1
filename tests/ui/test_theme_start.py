"""The saved theme is there from the first frame, and the stylesheets are parsed once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.css.stylesheet import Stylesheet

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.settings import Settings, save_settings
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.themes import THEME_NAMES


def _looks(app: OsteoApp) -> tuple[Any, ...]:
    """What a theme decides: its name, the app's theme classes, its colour variables, the
    colours of the home screen and its table, and the ANSI colour filter's palette."""
    table = app.screen.query_one("#courses")
    filters = [getattr(f, "_terminal_theme", None) for f in app._filters]
    return (
        app.theme,
        sorted(cls for cls in app.classes if cls.startswith("-")),
        app.get_css_variables(),
        app.screen.styles.background,
        table.styles.background,
        table.styles.color,
        filters,
    )


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_the_saved_theme_is_as_if_chosen_while_running_with_one_parse(
    theme: str,
    builtin_catalog: PackCatalog,
    private_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_settings(private_data_dir, Settings(theme=theme))
    reparses: list[int] = []
    original = Stylesheet.reparse

    def counting(self: Stylesheet) -> None:
        reparses.append(1)
        original(self)

    monkeypatch.setattr(Stylesheet, "reparse", counting)
    started = create_app(builtin_catalog, private_data_dir)
    async with started.run_test() as pilot:
        await pilot.pause()
        assert reparses == []  # the first parse already had this theme's colours
        looks_started = _looks(started)

    other = THEME_NAMES[(THEME_NAMES.index(theme) + 1) % len(THEME_NAMES)]
    save_settings(private_data_dir, Settings(theme=other))
    switched = create_app(builtin_catalog, private_data_dir)
    async with switched.run_test() as pilot:
        await pilot.pause()
        switched.theme = theme  # the way Textual sets a theme while running
        await pilot.pause()
        assert reparses  # which does parse again
        assert _looks(switched) == looks_started
