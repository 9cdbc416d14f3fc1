"""Mistakes a trainer can make, and a disk that fails: each one is a clear message in the UI,
nothing typed is lost, nothing wrong is stored, and the app carries on.

(Bad course dates and empty or duplicate course titles: test_new_course.py; a duplicate
participant: test_course_roster.py; damaged and locked course files: test_course_opening.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, RadioSet, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import Goal
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.goal_review import GoalReviewScreen
from osteo_tui.tui.screens.goal_setting import GoalSettingScreen
from osteo_tui.tui.screens.participant_form import ParticipantFormScreen
from osteo_tui.tui.screens.quick_note import QuickNoteScreen
from osteo_tui.tui.screens.session_runner import SessionRunnerScreen
from osteo_tui.tui.widgets.form_row import FormRow
from tests.ui.course_fixtures import make_course, notifications, open_from_home
from tests.ui.runner_fixtures import make_course as make_runner_course
from tests.ui.runner_fixtures import open_runner, runner_app

SIZE = (80, 24)  # the smallest supported window: the messages must show there too


@pytest.fixture
def course_id(builtin_catalog: PackCatalog, private_data_dir: Path) -> str:
    pack = builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    course_id = make_runner_course(private_data_dir, pack)
    with CourseRepository(private_data_dir).open(course_id) as store:
        store.mark_all_present(1)
        store.mark_all_present(2)
    return course_id


def _said(app: OsteoApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.render()) if widget.display else ""


async def test_an_empty_participant_name_is_explained_beside_the_field(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog, people=())
    async with app.run_test(size=SIZE) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("   ", "tab", *"1950", "ctrl+s")  # only spaces as a name
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormScreen)
        rows = {row.field_name: row for row in app.screen.query(FormRow)}
        assert rows["name"].has_class("-invalid")
        assert "The name cannot be empty" in str(rows["name"].query_one(".form-error").render())
        assert app.focused is app.screen.query_one("#name", Input)
        assert app.screen.query_one("#born", Input).value == "1950"  # nothing typed is lost
        await pilot.press(*"Aino Virtanen", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        assert [(p.name, p.born) for p in store.participants()] == [("Aino Virtanen", 1950)]


async def test_a_bad_goal_date_is_explained_and_the_goal_is_kept(
    builtin_catalog: PackCatalog, private_data_dir: Path, course_id: str
) -> None:
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalSettingScreen)
        await pilot.press(*"Walk to the shop", "tab", *"diary", "tab", *"2026-02-30", "ctrl+s")
        await pilot.pause()
        assert "'2026-02-30' is not a date" in _said(app, "#goal-target-error")
        assert "Aino Virtanen (1 of 3)" in _said(app, "#goal-title")  # still the same person
        assert app.screen.query_one("#goal-text", Input).value == "Walk to the shop"
        assert app.screen.query_one("#goal-measure", Input).value == "diary"
        with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
            assert store.goals() == []
        target = app.screen.query_one("#goal-target", Input)
        target.focus()
        await pilot.press(*["backspace"] * 2, *"28", "ctrl+s")
        await pilot.pause()
        assert "(2 of 3)" in _said(app, "#goal-title")
    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        (goal,) = store.goals()
    assert (goal.text, str(goal.target)) == ("Walk to the shop", "2026-02-28")


async def test_an_empty_note_is_refused_and_the_dialog_stays_open(
    builtin_catalog: PackCatalog, private_data_dir: Path, course_id: str
) -> None:
    app, _ = runner_app(builtin_catalog, private_data_dir)
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("o", "2", "enter")  # Liisa, and no text
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        assert any("cannot be empty" in said for said in shown)
        await pilot.press(*"Knee sore", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)
    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        assert [n.text for n in store.notes()] == ["Knee sore"]


async def test_a_review_level_is_never_carried_over_to_the_next_goal(
    builtin_catalog: PackCatalog, private_data_dir: Path, course_id: str
) -> None:
    with CourseRepository(private_data_dir).open(course_id) as store:
        for person in store.participants()[:2]:
            store.add_goal(Goal.new(person.id, f"Goal of {person.name}"))
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        open_runner(app, course_id, 2)
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalReviewScreen)
        await pilot.press("down", "down", "down", "enter", "ctrl+s")  # +1 for the first goal
        await pilot.pause()
        assert "(2 of 2)" in _said(app, "#review-title")
        assert app.screen.query_one(RadioSet).pressed_index == -1  # nothing chosen yet
        await pilot.press("ctrl+s")  # so saving asks for a level instead of copying +1
        await pilot.pause()
        assert "Choose a level" in _said(app, "#review-level-error")
    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        levels = [[r.level for r in g.reviews] for g in store.goals()]
    assert levels == [[1], []]


async def test_a_save_that_fails_mid_session_is_said_once_and_the_class_goes_on(
    builtin_catalog: PackCatalog, private_data_dir: Path, course_id: str
) -> None:
    app, clock = runner_app(builtin_catalog, private_data_dir)
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 1)
        await pilot.pause()

        def disk_full(*_: object) -> None:
            raise OSError(28, "No space left on device")

        screen.store.save_run_state = disk_full  # type: ignore[method-assign]
        await pilot.press("space")
        clock.advance(30)
        await pilot.press("n", "n")
        await pilot.pause()
        failures = [said for said in shown if "could not be saved" in said]
        assert len(failures) == 1 and "No space left on device" in failures[0]
        assert isinstance(app.screen, SessionRunnerScreen)
        assert screen.run.index == 2 and screen.run.running  # the timer goes on regardless
