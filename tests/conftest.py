"""Shared fixtures: every test gets its own data folder, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from osteo_tui.core.language_choice import LANGUAGE_ENV, LOCALE_VARIABLES
from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import DATA_ENV, builtin_lessons_dir
from osteo_tui.core.translation import activate


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point OSTEO_TUI_DATA at a fresh folder so no test reads or writes real data."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale, and leaves English behind
    (a test that speaks Finnish asks for it). LANG stays a UTF-8 locale for tmux."""
    for variable in (LANGUAGE_ENV, *LOCALE_VARIABLES):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    activate("en")
    yield
    activate("en")


@pytest.fixture
def builtin_catalog() -> PackCatalog:
    return PackCatalog.discover([(builtin_lessons_dir(), PackOrigin.BUILTIN)])
