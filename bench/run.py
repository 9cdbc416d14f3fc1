"""Run every benchmark and print one table of figures, goals and ratios.

    python bench/run.py            # the full run (about 10 minutes: drift watches 5 real minutes)
    python bench/run.py --quick    # the same, smaller, in under a minute
    python bench/run.py --only startup,memory

Each benchmark module has ``run(quick) -> list[row]`` (see ``bench/rows.py``); they share one
set of data folders (1, 50 and 500 courses of 30 participants) made at the start in a temporary
folder and removed at the end. ``bench/pdf_export.py`` is run too when it is there. A benchmark
that fails is shown as a failed row and the others still run; the exit code is then 1. A goal
missed is a result, not a failure. docs/performance.md says what each figure means.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import BenchData
from bench.rows import Row, format_table, row

__all__ = ["BENCHMARKS", "load", "machine", "main"]

BENCH_DIR = Path(__file__).resolve().parent
# (name, module): in the order of the list
BENCHMARKS = [
    ("startup", "bench.startup"),
    ("keystroke", "bench.keystroke"),
    ("frames", "bench.frames"),
    ("segments", "bench.segment_change"),
    ("pdf", "bench/pdf_export.py"),
    ("drift", "bench.drift"),
    ("memory", "bench.memory"),
]


def load(target: str) -> ModuleType | None:
    """A benchmark module by name, or by file path (``None`` if the file is not there yet)."""
    if not target.endswith(".py"):
        return importlib.import_module(target)
    path = BENCH_DIR.parent / target
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"bench.{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def call(benchmark: Callable[..., list[Row]], quick: bool, data: BenchData) -> list[Row]:
    """``run(quick)``, passing the shared data folders to those that take them."""
    if "data" in inspect.signature(benchmark).parameters:
        return benchmark(quick=quick, data=data)
    return benchmark(quick=quick)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    import textual

    memory = ""
    try:
        kilobytes = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kilobytes / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load_now = ""
    if hasattr(os, "getloadavg"):
        load_now = f", load {os.getloadavg()[0]:.2f}"
    return (
        f"{_cpu_model()}, {os.cpu_count()} cores{memory}{load_now}; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; Textual {textual.__version__}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the osteo-tui benchmarks.")
    parser.add_argument("--quick", action="store_true", help="smaller runs, under a minute")
    parser.add_argument(
        "--only", default="", help="comma-separated: " + ", ".join(name for name, _ in BENCHMARKS)
    )
    args = parser.parse_args(argv)
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = wanted - {name for name, _ in BENCHMARKS}
    if unknown:
        parser.error(f"no benchmark called {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    print(
        f"osteo-tui benchmarks{' (--quick)' if args.quick else ''}, {datetime.now():%Y-%m-%d %H:%M}"
    )
    print(machine(), flush=True)
    rows: list[Row] = []
    failed = False
    data = BenchData()
    try:
        for name, target in BENCHMARKS:
            if wanted and name not in wanted:
                continue
            begun = time.perf_counter()
            print(f"… {name}", file=sys.stderr, flush=True)
            try:
                module = load(target)
                if module is None:
                    print(f"  ({target} is not there yet: skipped)", file=sys.stderr)
                    continue
                found = call(module.run, args.quick, data)
            except Exception as error:  # one broken benchmark must not hide the others
                failed = True
                reason = f"{type(error).__name__}: {error}".splitlines()[0]
                reason = reason if len(reason) <= 90 else reason[:89] + "…"
                print(f"  {name} failed: {type(error).__name__}: {error}", file=sys.stderr)
                found = [row(f"{name}: FAILED: {reason}", None, "", "", None, False)]
            rows.extend(found)
            print(f"  {time.perf_counter() - begun:.0f} s", file=sys.stderr, flush=True)
    finally:
        data.cleanup()
    print()
    print(format_table(rows))
    goals = [r for r in rows if r.get("ok") is not None]
    met = sum(1 for r in goals if r["ok"])
    print(f"\n{met} of {len(goals)} goals met; {time.perf_counter() - started:.0f} s in all.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
