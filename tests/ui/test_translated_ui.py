"""The app in Finnish and Danish: keys, help, pack browser and course tables speak the chosen
language, and English comes back for the next app."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Markdown, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.help import HelpScreen
from osteo_tui.tui.screens.pack_browser import PackBrowserScreen
from osteo_tui.tui.screens.packs import PacksScreen
from osteo_tui.tui.widgets.course_table import CourseTable
from tests.ui.course_fixtures import PEOPLE, TODAY, make_course


def _app(catalog: PackCatalog, data_dir: Path, language: str | None) -> OsteoApp:
    return create_app(catalog=catalog, data_dir=data_dir, today=lambda: TODAY, language=language)


def _footer(app: OsteoApp) -> list[str]:
    return [active.binding.description for active in app.screen.active_bindings.values()]


async def test_finnish_keys_help_and_pack_browser(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    app = _app(builtin_catalog, private_data_dir, "fi")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Ohje" in _footer(app) and "Help" not in _footer(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        everywhere = app.screen.query_one("#help-global-keys", DataTable)
        rows = [everywhere.get_row_at(i) for i in range(everywhere.row_count)]
        assert ["ctrl+p", "Komentopaletti: siirry minne tahansa"] in [list(r) for r in rows]
        assert ["?", "Ohje"] in [list(r) for r in rows]
        await pilot.press("escape")
        app.push_screen(PacksScreen(builtin_catalog))
        await pilot.pause()
        titles = [str(s.render()) for s in app.screen.query(Static)]
        assert "Kurssipaketit" in titles
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PackBrowserScreen)
        assert "Takaisin" in _footer(app)
        assert "## Lähteet" in app.screen.query_one(Markdown).source


async def test_danish_course_list_and_english_again_for_the_next_app(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course = make_course(private_data_dir, builtin_catalog, "Forår")
    with CourseRepository(private_data_dir).open(course) as store:
        store.mark_attendance(1, PEOPLE[0].id, "present")
    danish = _app(builtin_catalog, private_data_dir, "da")
    async with danish.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = danish.screen.query_one(CourseTable)
        cells = [str(cell) for cell in table.get_row(course)]
        assert cells[1:3] == ["planlagt", "2: I DAG 10.00"]
        assert [str(column.label) for column in table.columns.values()][:3] == [
            "Kursus",
            "Status",
            "Næste kursusgang",
        ]
        assert "Hjælp" in _footer(danish)
    english = _app(builtin_catalog, private_data_dir, "en")
    async with english.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Help" in _footer(english)
        cells = [str(cell) for cell in english.screen.query_one(CourseTable).get_row(course)]
        assert cells[1:3] == ["planned", "2: TODAY 10:00"]


async def test_a_screen_imported_after_the_switch_is_translated_when_pushed(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    """Screens are imported when first opened; their keys must not stay English."""
    app = _app(builtin_catalog, private_data_dir, "fi")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        late = type(
            "LateScreen",
            (Screen,),
            {
                "__module__": "osteo_tui.tui.screens.late",
                "BINDINGS": [Binding("escape", "app.pop_screen", "Back")],
                "compose": lambda self: iter([Footer()]),
            },
        )
        app.push_screen(late())
        await pilot.pause()
        assert "Takaisin" in _footer(app)
        await pilot.press("question_mark")
        await pilot.pause()
        keys = app.screen.query_one("#help-screen-keys", DataTable)
        assert list(keys.get_row_at(0)) == ["esc", "Takaisin"]
        assert "Näppäimet: Late" in str(app.screen.query(Static).first().render())
