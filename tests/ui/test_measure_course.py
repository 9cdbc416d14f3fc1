"""Measures on the course screen: a participant's results (score, band, start vs end), the
measure form for someone who missed the day, and the 4-6 month follow-up list."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.measure_follow_up import MeasureFollowUpScreen
from osteo_tui.tui.screens.measure_form import MeasureFormScreen
from osteo_tui.tui.screens.measure_results import MeasureResultsScreen
from osteo_tui.tui.widgets.fitted_table import FittedTable
from osteo_tui.tui.widgets.measure_fields import MeasureFields, field_id
from osteo_tui.tui.widgets.measure_follow_up_note import MeasureFollowUpNote
from tests.ui.course_fixtures import TODAY, make_course, open_from_home, reopen

SIZE = (120, 40)


def _measures(catalog: PackCatalog):  # type: ignore[no-untyped-def]
    return catalog.get("luustokurssi-en").load().measures  # type: ignore[union-attr]


def _row(app: OsteoApp, key: str) -> list[str]:
    table = app.screen.query_one("#measure-results-table", FittedTable)
    return [str(cell) for cell in table.get_row(key)]


def _changes(app: OsteoApp) -> str:
    return str(app.screen.query_one("#measure-changes", Static).render())


async def test_measure_someone_later_and_see_their_results(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    measures = _measures(builtin_catalog)
    with CourseRepository(private_data_dir).open(course_id) as store:
        store.record_measurement(measures, "Aino Virtanen", "chair-stand", "start", ["8"], 1)
        store.record_measurement(measures, "Aino Virtanen", "chair-stand", "end", ["11"])
    async with app.run_test(size=SIZE) as pilot:
        await open_from_home(pilot, app, course_id)
        assert "f" not in app.screen.active_bindings  # nobody's follow-up is due yet
        assert not app.screen.query_one(MeasureFollowUpNote).display
        await pilot.press("3", "down")  # Goals & notes, on Liisa Korhonen (missed session 1)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MeasureResultsScreen)
        assert "Nothing measured yet for Liisa Korhonen" in _changes(app)
        assert _row(app, "chair-stand") == ["30-second chair stand", "—", "—", "—"]

        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MeasureFormScreen) and form.when == "start"
        assert form.people[0].name == "Liisa Korhonen" and len(form.people) == 1
        chair = form.measures.measure("chair-stand")
        form.query_one(f"#{field_id(chair, 'chair-stand')}").focus()
        await pilot.press("8", "enter", *"12.4")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MeasureResultsScreen)
        # born 1955, a woman: 8 stands is below the STEADI norm (10) for ages 70-74
        assert _row(app, "chair-stand") == ["30-second chair stand", "⚠ 8", "—", "—"]
        assert _row(app, "tug") == ["Timed Up and Go", "⚠ 12.4 s", "—", "—"]
        changes = _changes(app)
        assert "At the start" in changes
        assert "Your chair stand was 8 — now below average for your age" in changes

        await pilot.press("up")  # Aino Virtanen, measured at the start and the end
        await pilot.pause()
        assert _row(app, "chair-stand") == ["30-second chair stand", "⚠ 8", "11", "—"]
        assert (
            "Your chair stand went from 8 to 11 — now in the typical range for your age."
            in _changes(app)
        )
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)

    with reopen(private_data_dir, course_id) as store:
        liisa = store.participant("Liisa Korhonen")
        found = {(r.measure_id, r.when, r.session): r.values for r in store.measurements(liisa.id)}
    assert found == {
        ("chair-stand", "start", None): {"chair-stand": 8},
        ("tug", "start", None): {"tug": 12.4},
    }


async def test_follow_up_list_and_self_ratings_by_phone(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    # The last session was five months ago: the 4-6 month follow-up is due now.
    start = TODAY - timedelta(days=28 + 152)
    course_id = make_course(private_data_dir, builtin_catalog, start=start)
    measures = _measures(builtin_catalog)
    with CourseRepository(private_data_dir).open(course_id) as store:
        store.record_measurement(measures, "Pekka Mäkinen", "self-ratings", "follow-up", list("88776"))
    async with app.run_test(size=SIZE) as pilot:
        await open_from_home(pilot, app, course_id)
        note = app.screen.query_one(MeasureFollowUpNote)
        assert str(note.render()) == "Follow-up due for 2, press f: Aino Virtanen, Liisa Korhonen"
        assert app.screen.active_bindings["f"].binding.description == "Follow-up"
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, MeasureFollowUpScreen)
        table = app.screen.query_one(FittedTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert [row[:2] for row in rows] == [
            ["Aino Virtanen", "due now, by 2026-04-01"],
            ["Liisa Korhonen", "due now, by 2026-04-01"],
            ["Pekka Mäkinen", "done"],
        ]
        await pilot.press("enter")  # Aino, on the phone
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MeasureFormScreen) and form.when == "follow-up"
        assert [s.measure.id for s in form.query(MeasureFields)] == ["self-ratings"]
        for value in "67587":
            await pilot.press(value, "enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MeasureFollowUpScreen)
        states = [[str(c) for c in table.get_row_at(i)][:2] for i in range(table.row_count)]
        assert states == [
            ["Liisa Korhonen", "due now, by 2026-04-01"],
            ["Aino Virtanen", "done"],
            ["Pekka Mäkinen", "done"],
        ]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        assert str(note.render()) == "Follow-up due for 1, press f: Liisa Korhonen"

    with reopen(private_data_dir, course_id) as store:
        aino = store.participant("Aino Virtanen")
        (record,) = store.measurements(aino.id)
    assert (record.measure_id, record.when) == ("self-ratings", "follow-up")
    assert list(record.values.values()) == [6, 7, 5, 8, 7]
