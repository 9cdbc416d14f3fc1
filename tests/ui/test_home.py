"""The home screen: the courses first, a friendly first run, damaged files explained."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.app import App
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.home import HomeScreen
from osteo_tui.tui.screens.packs import PacksScreen
from osteo_tui.tui.widgets.course_table import CourseTable
from tests.ui.course_fixtures import PEOPLE, TODAY, make_course


def _cells(table: CourseTable, course_id: str) -> list[str]:
    return [str(cell) for cell in table.get_row(course_id)]


async def test_first_run_shows_how_to_begin(app: OsteoApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        hint = app.screen.query_one("#first-run", Static)
        assert hint.display
        assert "No courses yet. Press n to create your first course." in str(hint.render())
        assert not app.screen.query_one(CourseTable).display
        keys = [key.description for key in app.screen.query(FooterKey)]
        assert "New course" in keys and "Open course" not in keys  # nothing to open yet


async def test_courses_show_status_next_session_people_and_attendance(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    running = make_course(private_data_dir, builtin_catalog, "Spring course")
    later = make_course(
        private_data_dir,
        builtin_catalog,
        "Syksy",
        (),
        TODAY + timedelta(days=30),
        "luustokurssi-fi",
    )
    with CourseRepository(private_data_dir).open(running) as store:
        store.mark_attendance(1, PEOPLE[0].id, "present")
        store.mark_attendance(1, PEOPLE[1].id, "present")
        store.mark_attendance(1, PEOPLE[2].id, "absent")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(CourseTable)
        assert table.display and not app.screen.query_one("#first-run").display
        assert _cells(table, running) == [
            "Spring course",
            "planned",
            "2: TODAY 10:00",
            "3",
            "67% (2/3)",
        ]
        assert _cells(table, later) == ["Syksy", "planned", "1: Wed 2026-04-01 10:00", "0", "—"]


async def test_a_damaged_file_is_listed_with_its_reason(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    make_course(private_data_dir, builtin_catalog)
    (private_data_dir / "courses" / "0badf11e.json").write_text('{"meta": ', encoding="utf-8")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(CourseTable)
        assert table.row_count == 2
        assert _cells(table, "0badf11e")[:2] == ["⚠ 0badf11e.json", "damaged"]
        notice = str(app.screen.query_one("#damaged", Static).render())
        assert "0badf11e.json: it is not valid JSON" in notice


async def test_p_opens_the_lesson_packs_and_escape_comes_back(app: OsteoApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PacksScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_q_quits_from_home(app: OsteoApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_the_first_frame_already_shows_the_courses(
    app: OsteoApp,
    builtin_catalog: PackCatalog,
    private_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The home screen is the first screen painted, with its rows on view: not an empty
    screen first, nor a table that is filled in one frame later (docs/performance.md)."""
    for title in ("Spring course", "Autumn course", "Winter course"):
        make_course(private_data_dir, builtin_catalog, title, ())
    frames: list[tuple[str, int]] = []
    original = App._display

    def _display(self: App[None], screen: Screen[None], renderable: object) -> None:
        if renderable is not None and not frames:
            tables = screen.query(CourseTable)
            frames.append((type(screen).__name__, tables.first().region.height if tables else 0))
        original(self, screen, renderable)  # type: ignore[arg-type]

    monkeypatch.setattr(App, "_display", _display)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
    assert frames == [("HomeScreen", 4)]  # the heading and three rows
