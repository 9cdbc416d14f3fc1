"""Apps for snapshot tests (snap_compare takes an App instance)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import builtin_lessons_dir
from osteo_tui.tui.app import OsteoApp, create_app

TODAY = date(2026, 3, 2)  # fixed, so that "next session" and other dates never move


def builtin_catalog() -> PackCatalog:
    return PackCatalog.discover([(builtin_lessons_dir(), PackOrigin.BUILTIN)])


def builtin_app(data_dir: Path) -> OsteoApp:
    return create_app(catalog=builtin_catalog(), data_dir=data_dir, today=lambda: TODAY)
