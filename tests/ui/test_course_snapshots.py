"""How home (with courses) and a course look, at 80×24 and 120×40, on a fixed day."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from osteo_tui.core.store import CourseRepository
from tests.ui.course_fixtures import PEOPLE, TODAY, make_course
from tests.ui.snapshot_apps import builtin_app, builtin_catalog

SIZES = [(80, 24), (120, 40)]


def _two_courses(data_dir: Path) -> None:
    catalog = builtin_catalog()
    running = make_course(data_dir, catalog, "Spring 2026, Monday group at the community hall")
    with CourseRepository(data_dir).open(running) as store:
        for person, status in zip(PEOPLE, ("present", "present", "excused"), strict=True):
            store.mark_attendance(1, person.id, status)
    make_course(data_dir, catalog, "Syksy 2026", (), TODAY + timedelta(days=28), "luustokurssi-fi")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_with_two_courses(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    _two_courses(tmp_path)
    assert snap_compare(builtin_app(tmp_path), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_course_roster(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    _two_courses(tmp_path)
    assert snap_compare(builtin_app(tmp_path), press=["enter"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_course_attendance(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    _two_courses(tmp_path)
    assert snap_compare(builtin_app(tmp_path), press=["enter", "2"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_participant_form(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    _two_courses(tmp_path)
    keys = ["enter", "enter", "tab", *"1800", "ctrl+s"]  # edit Aino; a year that cannot be
    assert snap_compare(builtin_app(tmp_path), press=keys, terminal_size=size)
