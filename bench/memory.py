"""Memory: the peak resident set size of the running app with a data folder of 50 courses.

``osteo-tui`` is started as the console script starts it, in a 120×40 pseudo-terminal, and
then used: it opens a course (Enter), looks at the attendance tab, runs session 1 (4, r) with
its clock ticking, marks attendance (a, p, p, a, p) and keeps ticking, then quits. The peak is
the process's own high-water mark (``VmHWM`` in ``/proc/self/status``), read as it ends: the
parent's ``ru_maxrss`` for a child would also count the parent's memory at the fork. Baseline:
the bare Textual app that paints one Static, measured the same way.

    python bench/memory.py [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import BenchData
from bench.rows import Row, row
from bench.terminal import launch

__all__ = ["GOAL_MB", "peak_rss", "run"]

GOAL_MB = 150.0
MB = 1024 * 1024


def peak_rss(args: list[str], data_dir: Path | None = None) -> int:
    """Peak RSS in bytes of ``launcher.py ARGS`` run to its end."""
    env = {"OSTEO_TUI_DATA": str(data_dir)} if data_dir else {}
    result = launch(args, env=env, timeout=120)
    if result.errors:
        raise RuntimeError("; ".join(result.errors))
    if args[:2] == ["app", "--tour"] and result.report.get("visited") != [
        "course",
        "runner",
        "attendance",
    ]:
        raise RuntimeError(f"the tour stopped early: {result.report.get('visited')}")
    return result.max_rss


def run(quick: bool = False, data: BenchData | None = None) -> list[Row]:
    own = data is None
    data = data or BenchData()
    try:
        folder, _ = data.fresh_copy(50, "memory")
        bare = peak_rss(["bare"]) / MB
        home = peak_rss(["app"], folder) / MB
        used = peak_rss(["app", "--tour", "1" if quick else "10"], folder) / MB
        return [
            row("peak memory baseline: bare Textual app", bare, "MB"),
            row("peak memory, home screen, 50 courses (no goal)", home, "MB", "", home / bare),
            row(
                "peak memory, course + runner + attendance, 50 courses",
                used,
                "MB",
                f"< {GOAL_MB:.0f} MB",
                used / bare,
                used < GOAL_MB,
            ),
        ]
    finally:
        if own:
            data.cleanup()


if __name__ == "__main__":
    from bench.rows import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
