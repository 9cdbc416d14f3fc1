"""The reading pane keeps the documents it built: showing one again, or one prepared in
advance, swaps which is on view instead of building it again (docs/performance.md)."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Markdown

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.tui.widgets.reading_pane import ReadingPane
from tests.ui.runner_fixtures import make_course, open_runner, runner_app

FIRST = "## First\n\nSit tall, feet flat."
SECOND = "## Second\n\n- Stand up\n- Sit down"


class Host(App[None]):
    def compose(self) -> ComposeResult:
        yield ReadingPane()


def on_view(pane: ReadingPane) -> Markdown:
    """What a test (or a user) finds: the first Markdown in the pane, and the only one shown."""
    shown = [document for document in pane.query(Markdown) if document.display]
    assert len(shown) == 1 and pane.query_one(Markdown) is shown[0]
    return shown[0]


async def test_showing_a_document_again_reuses_it() -> None:
    app = Host()
    async with app.run_test(size=(60, 20)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.show(FIRST)
        await pilot.pause()
        first = on_view(pane)
        blocks = list(first.children)
        assert first.source == FIRST and blocks
        pane.show(SECOND)
        await pilot.pause()
        assert on_view(pane).source == SECOND
        pane.show(FIRST)
        await pilot.pause()
        assert on_view(pane) is first and list(first.children) == blocks  # not built again
        screenshot = app.export_screenshot()  # what the screen shows: only the first
        assert "First" in screenshot and "Second" not in screenshot


async def test_a_prepared_document_is_built_hidden_and_then_only_swapped_in() -> None:
    app = Host()
    async with app.run_test(size=(60, 20)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.show(FIRST)
        pane.prepare(SECOND)
        await pilot.pause()
        prepared = [document for document in pane.query(Markdown) if document.source == SECOND]
        assert len(prepared) == 1 and not prepared[0].display and prepared[0].children
        assert on_view(pane).source == FIRST
        pane.show(SECOND)
        await pilot.pause()
        assert on_view(pane) is prepared[0]


async def test_only_the_last_few_documents_are_kept() -> None:
    app = Host()
    async with app.run_test(size=(60, 20)) as pilot:
        pane = app.query_one(ReadingPane)
        texts = [f"## Part {number}" for number in range(ReadingPane.KEEP + 3)]
        for text in texts:
            pane.show(text)
            await pilot.pause()
        kept = {document.source for document in pane.query(Markdown)}
        assert kept == set(texts[-ReadingPane.KEEP :])
        assert on_view(pane).source == texts[-1]


async def test_the_runner_prepares_the_next_segment_and_n_shows_it(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    pack = builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    course_id = make_course(private_data_dir, pack)
    app, _clock = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = open_runner(app, course_id, 1)
        await pilot.pause()
        pane = screen.query_one("#runner-script", ReadingPane)
        screen.prepare_next_script()  # what the runner does a moment after each change
        await pilot.pause()
        following = pack.session(1).segments[1].title
        prepared = [d for d in pane.query(Markdown) if f"## {following}" in d.source]
        assert len(prepared) == 1 and not prepared[0].display
        await pilot.press("n")
        await pilot.pause()
        assert on_view(pane) is prepared[0]
