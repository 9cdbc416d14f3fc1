"""The sessions tab: run a session, resume one left half-way, or start it over."""

from __future__ import annotations

from pathlib import Path

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import RunState
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.timing import FakeClock, clock_text
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.session_runner import SessionRunnerScreen
from osteo_tui.tui.widgets.session_table import SessionTable
from tests.ui.course_fixtures import TODAY, make_course, notifications, open_from_home


def _app(catalog: PackCatalog, data_dir: Path) -> OsteoApp:
    return create_app(catalog, data_dir, clock=FakeClock(), today=lambda: TODAY)


def _half_run(data_dir: Path, course_id: str) -> RunState:
    state = RunState(session=1, segment=2, spent={"0": 900.0, "1": 1200.0, "2": 65.0})
    with CourseRepository(data_dir).open(course_id) as store:
        store.save_run_state(state)
    return state


async def test_sessions_show_their_dates_and_runs(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    _half_run(private_data_dir, course_id)
    app = _app(builtin_catalog, private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one(SessionTable)
        first, second = ([str(c) for c in table.get_row(key)] for key in ("1", "2"))
        assert first[2:] == ["Mon 2026-02-23 10:00", "in progress: 3 of 9"]
        assert second[2:] == ["Mon 2026-03-02 10:00", "not started"]


async def test_resume_a_session_where_it_was_left(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    state = _half_run(private_data_dir, course_id)
    app = _app(builtin_catalog, private_data_dir)
    pack = builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    segment = pack.session(1).segments[2]
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("4", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        paused_at = clock_text(segment.minutes * 60 - 65)
        assert app.screen.question == (
            f"Resume session 1 at '{segment.title}' (timer paused at {paused_at})?"
        )
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)
        assert app.screen.run.index == state.segment
        assert app.screen.run.spent(2) == 65.0


async def test_starting_over_is_asked_twice(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    _half_run(private_data_dir, course_id)
    app = _app(builtin_catalog, private_data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("4", "r")
        await pilot.pause()
        await pilot.press("n")  # not resume ...
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Start session 1 over" in app.screen.question
        await pilot.press("n")  # ... and not start over either: nothing happens
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        await pilot.press("r", "n")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)
        assert app.screen.run.index == 0 and app.screen.run.spent(2) == 0.0
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)  # the course screen again, refreshed
        row = app.screen.query_one(SessionTable).get_row("1")
        assert str(row[3]) == "in progress: 1 of 9"


async def test_a_read_only_course_does_not_run_sessions(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    app = _app(builtin_catalog, private_data_dir)
    with CourseRepository(private_data_dir).open(course_id):
        async with app.run_test(size=(80, 24)) as pilot:
            shown = notifications(app)
            await open_from_home(pilot, app, course_id)
            await pilot.press("y")
            await pilot.pause()
            await pilot.press("4", "r")
            await pilot.pause()
            assert isinstance(app.screen, CourseScreen)
            assert any("open read-only" in said for said in shown)
