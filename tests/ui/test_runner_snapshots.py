"""How the session runner looks: a talk segment, an exercise segment with its interval timer,
and the help screen, at 80×24 and 120×40 (and the exercise segment on a 200×60 projector).

The clock is a ``FakeClock`` and the run state is saved beforehand (paused), so every time
on the screen is fixed and no phase change flashes while the snapshot is taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from osteo_tui.core.records import RunState
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.timing import FakeClock
from osteo_tui.tui.app import OsteoApp, create_app
from tests.ui.runner_fixtures import TODAY, make_course, open_runner
from tests.ui.snapshot_apps import builtin_catalog

SIZES = [(80, 24), (120, 40)]

# Session 1 at "What is osteoporosis?": two segments done, five minutes into the third.
TALK = RunState(session=1, segment=2, spent={"0": 620.0, "1": 880.0, "2": 312.0})
# Session 3 at "Posture and a strong back": a rest with 13 s left before the lying back
# extension, which Aino (vertebral fracture) does in its modified form.
EXERCISE = RunState(
    session=3,
    segment=2,
    spent={"0": 900.0, "1": 900.0, "2": 380.0},
    timer={"intervals": {"2": 365.0}},
)


def _runner_app(data_dir: Path, state: RunState) -> tuple[OsteoApp, str]:
    catalog = builtin_catalog()
    pack = catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    course_id = make_course(data_dir, pack)
    with CourseRepository(data_dir).open(course_id) as store:
        store.mark_all_present(state.session)
        store.save_run_state(state)
    app = create_app(catalog, data_dir, clock=FakeClock(), today=lambda: TODAY)
    return app, course_id


def _opening(course_id: str, session: int):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        open_runner(pilot.app, course_id, session)  # type: ignore[arg-type]
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_runner_talk_segment(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    app, course_id = _runner_app(tmp_path, TALK)
    assert snap_compare(app, run_before=_opening(course_id, 1), terminal_size=size)


@pytest.mark.parametrize("size", [*SIZES, (200, 60)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_runner_exercise_segment(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    app, course_id = _runner_app(tmp_path, EXERCISE)
    assert snap_compare(app, run_before=_opening(course_id, 3), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_runner_help(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    app, course_id = _runner_app(tmp_path, TALK)
    assert snap_compare(
        app, run_before=_opening(course_id, 1), press=["question_mark"], terminal_size=size
    )


@pytest.mark.parametrize("presses", [1, 2], ids=["light", "high-contrast"])
def test_runner_exercise_segment_in_the_other_themes(
    snap_compare, presses: int, tmp_path: Path
) -> None:
    """F2 steps dark → light → high contrast; the exercise screen must read well in each."""
    app, course_id = _runner_app(tmp_path, EXERCISE)

    async def run_before(pilot: Pilot[None]) -> None:
        await _opening(course_id, 3)(pilot)
        for _press in range(presses):
            await pilot.press("f2")
        await pilot.pause()
        assert pilot.app.theme == ("osteo-light", "osteo-contrast")[presses - 1]
        pilot.app.clear_notifications()  # the "Theme: …" toast would hide part of the screen
        await pilot.pause()

    assert snap_compare(app, run_before=run_before, terminal_size=(80, 24))
