"""Opening a course: locked (read-only offer), damaged (explained, untouched), pack missing;
and the lock is given back when the course screen closes or the app quits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.course_problem import CourseProblemScreen
from osteo_tui.tui.screens.home import HomeScreen
from osteo_tui.tui.widgets.roster_table import RosterTable
from tests.ui.course_fixtures import TODAY, make_course, notifications, open_from_home


def _problem_text(app: OsteoApp) -> str:
    return str(app.screen.query_one("#problem-message", Static).render())


async def test_a_locked_course_can_be_opened_read_only(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    other = CourseRepository(private_data_dir).open(course_id)  # "another osteo-tui"
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            shown = notifications(app)
            await open_from_home(pilot, app, course_id)
            assert isinstance(app.screen, ConfirmScreen)
            assert "is open in osteo-tui process" in app.screen.question
            assert "Open it read-only?" in app.screen.question
            await pilot.press("y")
            await pilot.pause()
            assert isinstance(app.screen, CourseScreen)
            assert app.screen.store.read_only
            assert "READ-ONLY" in str(app.screen.query_one("#read-only-banner", Static).render())
            assert app.screen.query_one(RosterTable).row_count == 3  # everything can be seen
            await pilot.press("a")  # but not changed
            await pilot.pause()
            assert isinstance(app.screen, CourseScreen)
            assert any("open read-only" in said for said in shown)
            await pilot.press("2", "p")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
        assert other.attendance() == []
    finally:
        other.close()


async def test_declining_the_read_only_offer_stays_home(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    with CourseRepository(private_data_dir).open(course_id):
        async with app.run_test(size=(80, 24)) as pilot:
            await open_from_home(pilot, app, course_id)
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)


@pytest.mark.parametrize("backups", [False, True], ids=["no-backup", "with-backups"])
async def test_a_damaged_course_is_explained_and_left_byte_for_byte(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path, backups: bool
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)  # adding people made backups
    if not backups:
        shutil.rmtree(private_data_dir / "backups" / course_id)
    path = private_data_dir / "courses" / f"{course_id}.json"
    damaged = path.read_bytes()[:-40]  # cut short, as by a full disk
    path.write_bytes(damaged)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        assert isinstance(app.screen, CourseProblemScreen)
        text = _problem_text(app)
        assert str(path) in text
        assert "it is not valid JSON" in text
        assert "Nothing has been written to the file" in text
        if backups:
            assert f"osteo-tui backup restore {course_id} " in text
        else:
            assert "There is no backup of this course" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert path.read_bytes() == damaged


async def test_a_missing_lesson_pack_is_explained(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    app = create_app(PackCatalog([]), private_data_dir, today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        assert isinstance(app.screen, CourseProblemScreen)
        assert "'luustokurssi-en', which is not installed" in _problem_text(app)
    CourseRepository(private_data_dir).open(course_id).close()  # the lock was given back


async def test_the_lock_is_released_when_the_course_closes_and_when_the_app_quits(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    owner = private_data_dir / "courses" / f"{course_id}.owner"
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        assert isinstance(app.screen, CourseScreen) and owner.exists()
        await pilot.press("q")
        await pilot.pause()
        assert not owner.exists()
        CourseRepository(private_data_dir).open(course_id).close()
        await open_from_home(pilot, app, course_id)
        assert isinstance(app.screen, CourseScreen) and owner.exists()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not owner.exists()
    CourseRepository(private_data_dir).open(course_id).close()
