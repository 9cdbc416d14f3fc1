"""Apps for snapshot tests (snap_compare takes an App instance)."""

from __future__ import annotations

from pathlib import Path

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import builtin_lessons_dir
from osteo_tui.tui.app import OsteoApp, create_app


def builtin_app(data_dir: Path) -> OsteoApp:
    catalog = PackCatalog.discover([(builtin_lessons_dir(), PackOrigin.BUILTIN)])
    return create_app(catalog=catalog, data_dir=data_dir)
