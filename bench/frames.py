"""Runner frame time: how long each refresh of the session runner takes while its clocks tick.

The app runs in a 120×40 pseudo-terminal (``bench/launcher.py runner``) on a course of 30
participants, all present (so the vertebral-fracture line shows), on the first exercise segment
of session 1 with the segment and interval timers running on the real clock. Each frame is
timed inside the process, as two parts that run back to back on the event loop:

* the screen's ``tick`` (reading the clocks, updating the widgets, CSS class changes), and
* the ``Screen._on_timer_update`` that follows it (layout, compositing, rendering the changed
  lines and writing them to the terminal).

A frame is their sum. Baseline: a bare Textual app updating one ``Digits`` four times a second,
timed the same way. Both are reported as wall time (what the room sees) and as the event-loop
thread's CPU time (steady when other programs load the machine). Textual's devtools are not
used (they need a network socket).

    python bench/frames.py [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import BenchData
from bench.rows import Row, median, p95, row
from bench.terminal import launch

__all__ = ["GOAL_MS", "frame_times", "run"]

GOAL_MS = 16.0


def frame_times(
    mode: str, seconds: float, data_dir: Path | None = None, course_id: str = ""
) -> dict[str, Any]:
    """The launcher's report: ``frames``, ``frames_cpu``, ``ticks``... in seconds."""
    args = ["runner", course_id, str(seconds)] if mode == "runner" else ["bare-clock", str(seconds)]
    env = {"OSTEO_TUI_DATA": str(data_dir)} if data_dir else {}
    result = launch(args, env=env, timeout=seconds + 60)
    if result.errors or not result.report.get("frames"):
        raise RuntimeError(f"{mode}: {'; '.join(result.errors) or 'no frames were timed'}")
    return result.report


def run(quick: bool = False, data: BenchData | None = None) -> list[Row]:
    own = data is None
    data = data or BenchData()
    seconds = 3.0 if quick else 30.0
    try:
        folder, ids = data.folder(1)
        bare = frame_times("bare-clock", seconds)
        runner = frame_times("runner", seconds, folder, ids[0])
        frames, cpu = runner["frames"], runner["frames_cpu"]
        base = median(bare["frames"])
        change = runner.get("segment_change", {}).get("frames") or [0.0]
        goal = f"< {GOAL_MS:.0f} ms"
        return [
            row("runner frame baseline: bare Textual Digits clock", base * 1000, "ms"),
            row(
                f"runner frame (tick + refresh), median of {len(frames)}",
                median(frames) * 1000,
                "ms",
                goal,
                median(frames) / base,
                median(frames) * 1000 < GOAL_MS,
            ),
            row(
                "runner frame, p95",
                p95(frames) * 1000,
                "ms",
                goal,
                None,
                p95(frames) * 1000 < GOAL_MS,
            ),
            row("runner frame, worst", max(frames) * 1000, "ms"),
            row("runner frame CPU time, median", median(cpu) * 1000, "ms"),
            row("runner frame CPU time, p95", p95(cpu) * 1000, "ms"),
            row("runner, worst frame after a segment change (no goal)", max(change) * 1000, "ms"),
        ]
    finally:
        if own:
            data.cleanup()


if __name__ == "__main__":
    from bench.rows import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
