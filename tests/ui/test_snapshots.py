"""How the screens look, at the smallest supported size and a comfortable one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.snapshot_apps import builtin_app

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_first_run(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    assert snap_compare(builtin_app(tmp_path), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_pack_browser_segment(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    keys = ["p", "enter", "down", "right", "down", "down", "down"]  # "What is osteoporosis?"
    assert snap_compare(builtin_app(tmp_path), press=keys, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_pack_browser_exercise(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    keys = ["p", "enter", "l", "down", "right", "down"]
    assert snap_compare(builtin_app(tmp_path), press=keys, terminal_size=size)
