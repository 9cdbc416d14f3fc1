"""How the third built-in pack and its tracks look: the pack list with three packs, and the
runner on a training segment split into the two tracks of the Danish osteoporosis school.

The runner's clock is a ``FakeClock`` and the run is saved paused beforehand, so every time on
the screen is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from osteo_tui.core.records import RunState
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.timing import FakeClock
from osteo_tui.tui.app import create_app
from tests.ui.runner_fixtures import TODAY, make_course, open_runner
from tests.ui.snapshot_apps import builtin_app, builtin_catalog

SIZES = [(80, 24), (120, 40)]

# Day 1 at "Træning: Kom godt i gang": four segments done, 95 s into the training, paused.
TRAINING = RunState(
    session=1,
    segment=4,
    spent={"0": 900.0, "1": 2100.0, "2": 600.0, "3": 900.0, "4": 95.0},
    timer={"intervals": {"4": 95.0}},
)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_pack_list_with_three_packs(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    assert snap_compare(builtin_app(tmp_path), press=["p"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_runner_on_a_segment_split_by_track(
    snap_compare, size: tuple[int, int], tmp_path: Path
) -> None:
    catalog = builtin_catalog()
    pack = catalog.get("osteoporoseskole-da").load()  # type: ignore[union-attr]
    course_id = make_course(tmp_path, pack)  # Aino has a vertebral fracture
    with CourseRepository(tmp_path).open(course_id) as store:
        store.mark_all_present(1)
        store.save_run_state(TRAINING)
    app = create_app(catalog, tmp_path, clock=FakeClock(), today=lambda: TODAY)

    async def run_before(pilot: Pilot[None]) -> None:
        open_runner(pilot.app, course_id, 1)  # type: ignore[arg-type]
        await pilot.pause()

    assert snap_compare(app, run_before=run_before, terminal_size=size)
