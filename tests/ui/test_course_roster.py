"""The roster: three participants added through the form, a duplicate name refused."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Input, Select

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import Fracture
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.participant_form import ParticipantFormScreen
from osteo_tui.tui.widgets.form_row import FormRow
from osteo_tui.tui.widgets.roster_table import RosterTable
from tests.ui.course_fixtures import make_course, open_from_home, reopen, type_into


def _message(app: OsteoApp, name: str) -> str:
    row = {row.field_name: row for row in app.screen.query(FormRow)}[name]
    return str(row.query_one(".form-error").render()) if row.has_class("-invalid") else ""


async def _add(pilot, app: OsteoApp, name: str, born: str = "", fractures: str = "") -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(app.screen, ParticipantFormScreen)
    await pilot.press(*name)
    if born:
        await type_into(pilot, app, "born", born)
    if fractures:
        await type_into(pilot, app, "fractures", fractures)


async def test_add_three_participants_and_refuse_a_duplicate_name(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog, people=())
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        assert isinstance(app.screen, CourseScreen)
        assert app.screen.query_one("#roster-empty").display

        # 1: a vertebral fracture, ticked with the keyboard, and the sex chosen from the list
        await _add(pilot, app, "Aino Virtanen", "1948", "wrist 2023")
        app.screen.query_one("#sex", Select).focus()
        await pilot.press("enter", "down", "enter")  # open the list, "f (female)", choose
        await pilot.pause()
        app.screen.query_one("#vertebral", Checkbox).focus()
        await pilot.press("space")
        await type_into(pilot, app, "consent_date", "2026-02-23")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)

        # 2: a bad fracture entry is explained beside its field, then mended
        await _add(pilot, app, "Pekka Mäkinen", "1951", "wrist 2023; knee")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormScreen)
        assert "'knee' is not a fracture site" in _message(app, "fractures")
        assert app.screen.query_one("#name", Input).value == "Pekka Mäkinen"
        await type_into(pilot, app, "fractures", "hip 2024")
        await pilot.press("ctrl+s")
        await pilot.pause()

        # 3: a fracture of a vertebra sets the flag by itself
        await _add(pilot, app, "Liisa Korhonen", fractures="vertebra 2025")
        await pilot.press("ctrl+s")
        await pilot.pause()

        # a second "Aino Virtanen" (any case) is refused on the name field
        await _add(pilot, app, "aino virtanen")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormScreen)
        assert "There is already a participant called Aino Virtanen" in _message(app, "name")
        await pilot.press("escape")  # typed text: asks first
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)

        table = app.screen.query_one(RosterTable)
        flags = {str(table.get_row(key)[0]): str(table.get_row(key)[1]) for key in table.rows}
        assert flags == {"Aino Virtanen": "⚠ VF", "Liisa Korhonen": "⚠ VF", "Pekka Mäkinen": ""}

    with reopen(private_data_dir, course_id) as store:
        people = {p.name: p for p in store.participants()}
    assert sorted(people) == ["Aino Virtanen", "Liisa Korhonen", "Pekka Mäkinen"]
    aino = people["Aino Virtanen"]
    assert (aino.born, aino.sex, aino.vertebral_fracture) == (1948, "f", True)
    assert aino.fractures == (Fracture("wrist", 2023),)
    assert aino.consent is not None and aino.consent.scope == "course records"
    assert people["Pekka Mäkinen"].fractures == (Fracture("hip", 2024),)
    assert not people["Pekka Mäkinen"].vertebral_fracture
    assert people["Liisa Korhonen"].vertebral_fracture


async def test_enter_edits_the_highlighted_participant(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("down")  # Liisa Korhonen (sorted by name)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormScreen)
        assert app.screen.query_one("#name", Input).value == "Liisa Korhonen"
        assert app.screen.query_one("#fractures", Input).value == "hip 2022"
        await type_into(pilot, app, "born", "1800")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "the year of birth must be" in _message(app, "born")
        await type_into(pilot, app, "born", "1956")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
    with reopen(private_data_dir, course_id) as store:
        liisa = store.participant("Liisa Korhonen")
        assert (liisa.born, len(store.participants())) == (1956, 3)
