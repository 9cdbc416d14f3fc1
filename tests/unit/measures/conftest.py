"""The measures of the two built-in packs: the numbers under test are the packs' own."""

from __future__ import annotations

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.measures import MeasureSet


@pytest.fixture
def en(builtin_catalog: PackCatalog) -> MeasureSet:
    return builtin_catalog.get("luustokurssi-en").load().measures  # type: ignore[union-attr]


@pytest.fixture
def fi(builtin_catalog: PackCatalog) -> MeasureSet:
    return builtin_catalog.get("luustokurssi-fi").load().measures  # type: ignore[union-attr]
