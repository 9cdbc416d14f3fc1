"""Names and goals typed by people are shown as typed, square brackets and all: the dialogs
of the runner never read them as markup (``[Pete]`` or an erased ``[erased]`` would vanish)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import Course, Goal, Participant
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import create_app
from osteo_tui.tui.screens.attendance import AttendanceScreen
from osteo_tui.tui.screens.goal_review import GoalReviewScreen
from osteo_tui.tui.screens.goal_setting import GoalSettingScreen
from osteo_tui.tui.screens.quick_note import QuickNoteScreen
from tests.ui.course_fixtures import TODAY

NAME = "Pekka [Pete] Mäkinen"
GOAL = "Walk [erased] to the shop"


def _course(data_dir: Path, catalog: PackCatalog) -> str:
    pack = catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    course = Course.new("Spring", pack.id, pack.version, len(pack.sessions), TODAY)
    with CourseRepository(data_dir).create(course) as store:
        person = store.add_participant(Participant.new(NAME))
        store.add_goal(Goal.new(person.id, GOAL, "[diary]", None))
    return course.id


def _shown(screen: object) -> str:
    return "\n".join(str(static.render()) for static in screen.query(Static))  # type: ignore[attr-defined]


async def test_the_runner_dialogs_show_brackets_as_typed(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = _course(private_data_dir, builtin_catalog)
    app = create_app(builtin_catalog, private_data_dir, today=lambda: TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        store = app.repository.open(course_id)
        people = store.participants()

        app.push_screen(QuickNoteScreen(store, 1, people))
        await pilot.pause()
        assert f"1  {NAME}" in _shown(app.screen)
        await pilot.press("1")
        await pilot.pause()
        assert f"Note about {NAME} (session 1)" in _shown(app.screen)
        await pilot.press("escape")

        app.push_screen(AttendanceScreen(store, 1))
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert str(table.get_row_at(0)[1]) == NAME
        await pilot.press("escape")

        app.push_screen(GoalSettingScreen(store, 1, people))
        await pilot.pause()
        shown = _shown(app.screen)
        assert f"Goal setting · {NAME} (1 of 1)" in shown and f"• {GOAL}" in shown
        await pilot.press("escape")

        app.push_screen(GoalReviewScreen(store, 1, people))
        await pilot.pause()
        shown = _shown(app.screen)
        assert NAME in shown and GOAL in shown and "Measured by: [diary]" in shown
        await pilot.press("escape")
        store.close()
