"""Profile what a benchmark measures, with cProfile, in the same pseudo-terminal set-up.

    python bench/profiling.py startup            # osteo-tui to its first frame, 50 courses
    python bench/profiling.py runner             # the runner ticking for 8 s
    python bench/profiling.py startup --sort tottime --lines 40
    python bench/profiling.py runner --callees _refresh_layout

The whole launched program runs under cProfile (``BENCH_PROFILE`` tells ``launcher.py`` where
to write the stats); profiled code runs several times slower, so read the shares, not the
times. docs/performance.md shows what was found this way.
"""

from __future__ import annotations

import argparse
import pstats
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import BenchData
from bench.terminal import launch

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profile a benchmark's program.")
    parser.add_argument("what", choices=["startup", "runner"])
    parser.add_argument("--sort", default="cumulative", help="a pstats sort key")
    parser.add_argument("--lines", type=int, default=60)
    parser.add_argument("--callees", default="", help="show what these functions call")
    args = parser.parse_args(argv)
    data = BenchData()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            stats_file = Path(scratch) / "profile.stats"
            if args.what == "startup":
                folder, _ = data.folder(50)
                command = ["app"]
            else:
                folder, ids = data.folder(1)
                command = ["runner", ids[0], "8"]
            env = {"OSTEO_TUI_DATA": str(folder), "BENCH_PROFILE": str(stats_file)}
            result = launch(command, env=env, timeout=180)
            if result.errors:
                print("; ".join(result.errors), file=sys.stderr)
                return 1
            stats = pstats.Stats(str(stats_file)).sort_stats(args.sort)
            if args.callees:
                stats.print_callees(args.callees)
            else:
                stats.print_stats(args.lines)
    finally:
        data.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
