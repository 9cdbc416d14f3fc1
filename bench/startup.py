"""Start-up: from starting the process to the first frame of the home screen in the terminal.

Both programs start the same way: ``python bench/launcher.py`` in a 120×40 pseudo-terminal,
the same interpreter, the same hook on ``App._display``. The clock starts just before the
process is spawned and stops when the first frame of the first real screen has been written
and flushed (for osteo-tui: the home screen with its course list filled in, started through
its console-script entry point with a data folder; for the baseline: a bare ``App`` with one
``Static``). Runs alternate between the two so background load hits both alike; the median
is reported. A third program, also alternating, is a reference without a goal: bare Textual
painting the home screen's widgets (header, a 50-row table, footer) from made-up rows, which
shows how much of the gap is Textual's own work for those widgets.

    python bench/startup.py [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import BenchData
from bench.rows import Row, median, row
from bench.terminal import launch
from osteo_tui.core.store.summary_cache import CACHE_NAME

__all__ = ["GOAL_RATIO", "GOAL_SECONDS", "first_paint", "run"]

GOAL_SECONDS = 0.6
GOAL_RATIO = 1.5


def first_paint(
    mode: str, data_dir: Path | None = None, courses: int | None = None, cold: bool = False
) -> float:
    """Seconds from spawning ``launcher.py MODE`` to its first painted frame. ``cold``: the
    course-list cache removed first, so every course file is read as after they all changed."""
    if cold and data_dir is not None:
        (data_dir / CACHE_NAME).unlink(missing_ok=True)
    env = {"OSTEO_TUI_DATA": str(data_dir)} if data_dir else {}
    result = launch([mode], env=env)
    if result.errors or "painted" not in result.report:
        raise RuntimeError(f"{mode} did not paint: {'; '.join(result.errors) or 'no report'}")
    if courses is not None and result.report.get("rows") != courses:
        raise RuntimeError(
            f"the first frame listed {result.report.get('rows')} of {courses} courses"
        )
    if courses and result.report.get("table_height", 0) < 2:
        raise RuntimeError("the first frame showed the course list without rows on view")
    return float(result.report["painted"]) - result.started


def run(quick: bool = False, data: BenchData | None = None) -> list[Row]:
    own = data is None
    data = data or BenchData()
    try:
        repeats = 3 if quick else 9
        folder, _ = data.folder(50)
        big = None if quick else data.folder(500)[0]
        first_paint("bare")  # warm the file and bytecode caches for all before timing
        first_paint("bare-home")
        first_paint("app", folder, 50)
        bare: list[float] = []
        bare_home: list[float] = []
        app: list[float] = []
        app_cold: list[float] = []
        app_big: list[float] = []
        for _ in range(repeats):
            bare.append(first_paint("bare"))
            bare_home.append(first_paint("bare-home"))
            app.append(first_paint("app", folder, 50))
            app_cold.append(first_paint("app", folder, 50, cold=True))
            if big is not None:
                app_big.append(first_paint("app", big, 500))
        base, value = median(bare), median(app)
        ratio = value / base
        home = median(bare_home)
        found = [
            row("start-up, bare Textual app (baseline)", base, "s"),
            row(
                "start-up, bare Textual, home screen's widgets (reference)",
                home,
                "s",
                "",
                home / base,
            ),
            row(
                "start-up to home screen, 50 courses",
                value,
                "s",
                f"< {GOAL_SECONDS} s, ratio ≤ {GOAL_RATIO}",
                ratio,
                value < GOAL_SECONDS and ratio <= GOAL_RATIO,
            ),
        ]
        cold = median(app_cold)
        found.append(
            row(
                "start-up, 50 courses, every file changed since the last start (no goal)",
                cold,
                "s",
                "",
                cold / base,
            )
        )
        if app_big:
            many = median(app_big)
            found.append(
                row("start-up to home screen, 500 courses (no goal)", many, "s", "", many / base)
            )
        return found
    finally:
        if own:
            data.cleanup()


if __name__ == "__main__":
    from bench.rows import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
