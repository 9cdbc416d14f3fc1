"""Goals and notes per participant: chosen with the cursor, added with g and o."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Checkbox, Select, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.goal_form import GoalFormScreen
from osteo_tui.tui.screens.note_form import NoteFormScreen
from osteo_tui.tui.widgets.form_row import FormRow
from tests.ui.course_fixtures import make_course, open_from_home, reopen, type_into


def _progress_text(app: OsteoApp) -> str:
    return str(app.screen.query_one("#progress-text", Static).render())


async def test_add_a_goal_and_a_note_for_the_highlighted_participant(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("3")
        await pilot.pause()
        assert "Goals of Aino Virtanen" in _progress_text(app)
        await pilot.press("down")  # Liisa Korhonen
        await pilot.pause()
        assert "Goals of Liisa Korhonen" in _progress_text(app)

        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalFormScreen)
        await pilot.press(*"Walk to the shop")
        await type_into(pilot, app, "target", "next week")
        await pilot.press("ctrl+s")
        await pilot.pause()
        row = {r.field_name: r for r in app.screen.query(FormRow)}["target"]
        assert "is not a date" in str(row.query_one(".form-error").render())
        await type_into(pilot, app, "measure", "minutes walked")
        await type_into(pilot, app, "target", "2026-06-01")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        assert "1. Walk to the shop" in _progress_text(app)

        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, NoteFormScreen)
        assert app.screen.query_one("#session", Select).value == 2  # today's session
        assert app.screen.query_one("#shareable", Checkbox).value is False
        await pilot.press(*"Knee sore today")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("ctrl+s")  # an empty note: said beside the text
        await pilot.pause()
        row = {r.field_name: r for r in app.screen.query(FormRow)}["text"]
        assert "The note cannot be empty" in str(row.query_one(".form-error").render())
        await pilot.press(*"Ready to share")
        app.screen.query_one("#shareable", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = _progress_text(app)
        assert text.index("Ready to share") < text.index("Knee sore today")  # newest first
        assert "private" in text and "shareable" in text

    with reopen(private_data_dir, course_id) as store:
        liisa = store.participant("Liisa Korhonen")
        (goal,) = store.goals(liisa.id)
        notes = store.notes(liisa.id)
        assert store.goals(store.participant("Aino Virtanen").id) == []
    assert (goal.text, goal.measure, goal.target) == (
        "Walk to the shop",
        "minutes walked",
        date(2026, 6, 1),
    )
    assert [(n.text, n.session, n.shareable) for n in notes] == [
        ("Knee sore today", 2, False),
        ("Ready to share", 2, True),
    ]
