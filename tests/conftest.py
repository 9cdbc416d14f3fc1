"""Shared fixtures: every test gets its own data folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import DATA_ENV, builtin_lessons_dir


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point OSTEO_TUI_DATA at a fresh folder so no test reads or writes real data."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_ENV, str(folder))
    return folder


@pytest.fixture
def builtin_catalog() -> PackCatalog:
    return PackCatalog.discover([(builtin_lessons_dir(), PackOrigin.BUILTIN)])
