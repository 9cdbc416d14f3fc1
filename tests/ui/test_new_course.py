"""Creating a course through the form, with messages beside the fields and nothing lost."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from textual.widgets import Input, Select

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.home import HomeScreen
from osteo_tui.tui.screens.new_course import NewCourseScreen, next_monday
from osteo_tui.tui.widgets.form_row import FormRow
from tests.ui.course_fixtures import make_course, type_into


def _message(app: OsteoApp, name: str) -> str:
    rows = {row.field_name: row for row in app.screen.query(FormRow)}
    row = rows[name]
    return str(row.query_one(".form-error").render()) if row.has_class("-invalid") else ""


def test_next_monday_is_always_a_later_monday() -> None:
    assert next_monday(date(2026, 3, 2)) == date(2026, 3, 9)  # a Monday: a week on
    assert next_monday(date(2026, 3, 4)) == date(2026, 3, 9)
    assert next_monday(date(2026, 3, 8)) == date(2026, 3, 9)


async def test_create_a_course_fixing_a_bad_date_beside_its_field(
    app: OsteoApp, private_data_dir: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewCourseScreen)
        assert app.screen.query_one("#start", Input).value == "2026-03-09"
        assert app.screen.query_one("#pack", Select).value == "luustokurssi-en"
        await pilot.press(*"Spring course")
        await type_into(pilot, app, "start", "2026-13-01")
        await type_into(pilot, app, "time", "10:00")
        await type_into(pilot, app, "place", "Community hall")
        await type_into(pilot, app, "trainers", "Maija, Olli")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NewCourseScreen)  # not saved
        assert "'2026-13-01' is not a date; write it as YYYY-MM-DD" in _message(app, "start")
        assert _message(app, "title") == ""
        assert app.focused is app.screen.query_one("#start")
        assert app.screen.query_one("#place", Input).value == "Community hall"  # nothing lost
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        assert _message(app, "start") == ""  # typing takes the message away
        await pilot.press(*"03-09")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        course = app.screen.store.course
    (course_id,) = CourseRepository(private_data_dir).course_ids()
    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        saved = store.course
    assert saved == course
    assert (saved.title, saved.pack_id, saved.place) == (
        "Spring course",
        "luustokurssi-en",
        "Community hall",
    )
    assert saved.trainers == ("Maija", "Olli")
    assert [p.day for p in saved.sessions][:2] == [date(2026, 3, 9), date(2026, 3, 16)]
    assert saved.sessions[0].start == time(10, 0)


async def test_empty_and_duplicate_titles_are_errors_on_the_title_field(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    make_course(private_data_dir, builtin_catalog, "Spring course")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "The course title cannot be empty" in _message(app, "title")
        await pilot.press(*"spring COURSE")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NewCourseScreen)
        assert "There is already a course called 'spring COURSE'" in _message(app, "title")
        assert app.screen.query_one("#title", Input).value == "spring COURSE"
    assert len(CourseRepository(private_data_dir).course_ids()) == 1


async def test_escape_asks_before_throwing_typed_text_away(app: OsteoApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Autumn")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#title", Input).value == "Autumn"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("n")  # an untouched form closes at once
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_finnish_trainer_plans_a_course_with_finnish_dates_and_times(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    """The form offers the first day as 9.3.2026 and takes 16.3.2026 and 13.00 as typed."""
    from osteo_tui.tui.app import create_app
    from tests.ui.course_fixtures import TODAY

    app = create_app(builtin_catalog, private_data_dir, today=lambda: TODAY, language="fi")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#start", Input).value == "9.3.2026"
        await pilot.press(*"Kevät")
        await type_into(pilot, app, "start", "16.3.2026")
        await type_into(pilot, app, "time", "13.00")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen), _message(app, "start")
        course = app.screen.store.course
    assert [p.day for p in course.sessions][:2] == [date(2026, 3, 16), date(2026, 3, 23)]
    assert course.sessions[0].start == time(13, 0)
