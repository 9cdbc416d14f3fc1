"""How the measure form looks in session 1, at 80×24 and 120×40: ratings typed, the chair
stand counted after its 30 seconds, and the Timed Up and Go stopwatch running.

The clock is a ``FakeClock`` moved by hand, so every time on the screen is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from osteo_tui.core.store import CourseRepository
from osteo_tui.core.timing import FakeClock
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.measure_form import MeasureFormScreen
from tests.ui.runner_fixtures import TODAY, make_course, open_runner
from tests.ui.snapshot_apps import builtin_catalog

SIZES = [(80, 24), (120, 40)]


def _app(data_dir: Path) -> tuple[OsteoApp, FakeClock, str]:
    catalog = builtin_catalog()
    course_id = make_course(data_dir, catalog.get("luustokurssi-en").load())  # type: ignore[union-attr]
    with CourseRepository(data_dir).open(course_id) as store:
        store.mark_all_present(1)
    clock = FakeClock()
    return create_app(catalog, data_dir, clock=clock, today=lambda: TODAY), clock, course_id


def _measuring(course_id: str, clock: FakeClock):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        runner = open_runner(pilot.app, course_id, 1)  # type: ignore[arg-type]
        await pilot.pause()
        runner.goto_segment(3)  # Where we start from
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        form = pilot.app.screen
        assert isinstance(form, MeasureFormScreen)
        for field in form.query(Input):
            field.cursor_blink = False  # the cursor always shows, so the picture never varies
        for value in ("7", "5", "6", "4", "8", "2", "1", "2", "3", "2", "2", "1"):
            await pilot.press(*value, "enter")
        await pilot.press("space")  # the chair stand's 30 seconds
        clock.advance(30)
        form.tick()
        await pilot.press("1", "1", "enter", "space")  # 11 stands; the walk begins
        clock.advance(7.34)
        form.tick()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_measure_form(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    app, clock, course_id = _app(tmp_path)
    assert snap_compare(app, run_before=_measuring(course_id, clock), terminal_size=size)
