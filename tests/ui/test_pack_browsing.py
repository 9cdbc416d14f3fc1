"""Browsing packs (p on the home screen), by keyboard only."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown, Tree

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.lessons.model import Exercise, Segment
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.pack_browser import PackBrowserScreen
from osteo_tui.tui.screens.pack_problems import PackProblemsScreen
from osteo_tui.tui.screens.packs import PacksScreen
from tests.minipack import write_minipack


def _markdown_text(app: OsteoApp) -> str:
    return app.screen.query_one(Markdown).source


async def test_the_pack_list_shows_the_three_builtin_packs(app: OsteoApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PacksScreen)
        packs = app.screen.query_one("#packs")
        ids = [packs.get_option_at_index(i).id for i in range(packs.option_count)]  # type: ignore[attr-defined]
        assert ids == ["luustokurssi-en", "luustokurssi-fi", "osteoporoseskole-da"]


async def test_open_a_pack_and_read_a_segment_script(app: OsteoApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PackBrowserScreen)
        assert app.screen.pack.id == "luustokurssi-en"
        assert "Living well with osteoporosis" in _markdown_text(app)
        # Sessions > 1. Living with osteoporosis > first segment
        await pilot.press("down", "right", "down")
        await pilot.pause()
        node = app.screen.query_one(Tree).cursor_node
        assert node is not None and isinstance(node.data, Segment)
        assert node.data.title in _markdown_text(app)
        assert node.data.script[:40] in _markdown_text(app)


async def test_jump_to_the_exercise_library_and_read_an_exercise(app: OsteoApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert "Exercise library" in _markdown_text(app)
        await pilot.press("down", "right", "down")  # first category, first exercise
        await pilot.pause()
        node = app.screen.query_one(Tree).cursor_node
        assert node is not None and isinstance(node.data, Exercise)
        text = _markdown_text(app)
        assert node.data.name in text and "Vertebral fracture" in text


async def test_tab_moves_focus_to_the_text_and_back(app: OsteoApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#reading")
        await pilot.press("tab")
        assert isinstance(app.focused, Tree)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PacksScreen)


async def test_a_broken_pack_opens_its_problems_not_a_traceback(tmp_path: Path) -> None:
    folder = write_minipack(tmp_path)
    (folder / "exercises.yaml").write_text("- id: [\n", encoding="utf-8")
    catalog = PackCatalog.discover([(folder, PackOrigin.EXTRA)])
    app = create_app(catalog=catalog, data_dir=tmp_path / "data")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PackProblemsScreen)
        shown = " ".join(str(w.render()) for w in app.screen.query(".problem"))
        assert "exercises.yaml:1: YAML cannot be read" in shown


async def test_no_packs_at_all_is_explained(tmp_path: Path) -> None:
    app = create_app(catalog=PackCatalog([]), data_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert "No lesson packs were found" in str(app.screen.query_one(".empty").render())
