"""UI fixtures: the app built by the same factory as the CLI, over the built-in packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.tui.app import OsteoApp, create_app
from tests.ui.course_fixtures import TODAY


@pytest.fixture
def app(builtin_catalog: PackCatalog, private_data_dir: Path) -> OsteoApp:
    """The app on an empty data folder; "today" is fixed (a Monday) so dates are stable."""
    return create_app(catalog=builtin_catalog, data_dir=private_data_dir, today=lambda: TODAY)
