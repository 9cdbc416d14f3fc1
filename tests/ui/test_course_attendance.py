"""The attendance matrix: one keystroke a cell, saved at once, read back from the file."""

from __future__ import annotations

from pathlib import Path

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import AttendanceStatus
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.widgets.attendance_matrix import AttendanceMatrix
from osteo_tui.tui.widgets.course_table import CourseTable
from tests.ui.course_fixtures import make_course, open_from_home, reopen

PRESENT, ABSENT, EXCUSED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)


def _column(matrix: AttendanceMatrix, session: int) -> list[str]:
    return [str(cell) for cell in matrix.get_column(str(session))]


async def test_mark_attendance_in_the_matrix(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("2")
        await pilot.pause()
        matrix = app.screen.query_one(AttendanceMatrix)
        assert app.focused is matrix
        headers = [str(column.label) for column in matrix.columns.values()]
        assert headers[1:3] == ["1\n23 Feb", "2\n02 Mar"]
        # Aino, Liisa, Pekka (by name) under session 1: each mark moves down a row
        await pilot.press("p", "e", "a")
        # session 2: Aino present
        await pilot.press("up", "up", "right", "p")
        await pilot.pause()
        assert _column(matrix, 1) == ["✓", "E", "✗", "33%"]
        assert _column(matrix, 2) == ["✓", "·", "·", "33%"]
        assert _column(matrix, 3) == ["·", "·", "·", "—"]
        await pilot.press("left", "left")  # onto the names: marks need a session column
        await pilot.press("p")
        await pilot.pause()

    with reopen(private_data_dir, course_id) as store:
        marks = {
            (m.session, store.participant(m.participant_id).name): m.status
            for m in store.attendance()
        }
    assert marks == {
        (1, "Aino Virtanen"): PRESENT,
        (1, "Liisa Korhonen"): EXCUSED,
        (1, "Pekka Mäkinen"): ABSENT,
        (2, "Aino Virtanen"): PRESENT,
    }


async def test_home_shows_the_attendance_after_leaving_the_course(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("2", "p", "p", "a")
        await pilot.press("escape")
        await pilot.pause()
        table = app.screen.query_one(CourseTable)
        assert str(table.get_row(course_id)[4]) == "67% (2/3)"
