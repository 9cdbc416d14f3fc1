"""Keystroke to saved: marking attendance, from the key press until the course file is on disk.

Three paths, each over data folders of 1, 50 and 500 courses (30 participants each):

* UI, attendance screen: the app (``create_app``, headless ``run_test`` at 120×40) on the data
  folder, the attendance screen of a course open on session 2; ``Pilot.press`` of p/a/e (the
  cursor moves down after each) until the atomic write of the course file has returned
  (fsync-ed and renamed: ``write_atomically`` is timed from outside).
* UI, course screen: the same on the attendance tab of the course screen (it redraws the
  whole course after each mark). Not in ``--quick``.
* core: ``CourseStore.mark_attendance`` alone.

Each press gives its wall time and the CPU time the process used meanwhile. The goal "median
under 20 ms" is on the wall time. "Flat in the number of courses" is judged on the CPU time
(50 and 500 courses against 1, at most 1.25×): the wall time is mostly the disk's fsync, which
on a shared machine swings with everyone else's load far more than the number of courses
could move it, even with the sizes taking turns.

Baseline: the same course document with one mark changed, dumped with ``json`` and written
the same durable way (temporary file, fsync, rename, fsync of the folder) in plain Python:
the least any crash-safe save of this file costs. The first mark of a session also takes a
backup, as it does in class; it is in the figures.

    python bench/keystroke.py [--quick]
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import BenchData, builtin_catalog
from bench.rows import Row, median, p95, row
from osteo_tui.core.store import CourseRepository, atomic_storage
from osteo_tui.core.store.course_store import CourseStore

__all__ = ["GOAL_MS", "SIZES", "core_mark", "json_save", "run", "ui_marks"]

GOAL_MS = 20.0
FLAT = 1.25  # the 500-course median may be at most this many times the 1-course one
SIZES = (1, 50, 500)
STATUSES = ("present", "absent", "excused")
SESSION = 2


@contextmanager
def saves_logged() -> Iterator[list[tuple[float, float]]]:
    """Every ``write_atomically`` of a course file, as ``(perf_counter, process_time)`` when
    it returned."""
    saved: list[tuple[float, float]] = []
    original = atomic_storage.write_atomically

    def logged(path: Path, data: bytes) -> None:
        original(path, data)
        if path.parent.name == "courses":
            saved.append((time.perf_counter(), time.process_time()))

    atomic_storage.write_atomically = logged  # type: ignore[assignment]
    try:
        yield saved
    finally:
        atomic_storage.write_atomically = original  # type: ignore[assignment]


def core_mark(store: CourseStore, people: list[str], n: int) -> tuple[float, float]:
    """One ``mark_attendance`` call: (seconds, CPU seconds of this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    store.mark_attendance(SESSION, people[n % len(people)], STATUSES[n % 3])
    return time.perf_counter() - start, time.process_time() - cpu


def json_save(document: dict[str, Any], folder: Path, n: int) -> float:
    """Seconds for one durable plain-json save of ``document`` with one value changed."""
    marks = document["attendance"]
    key = next(iter(marks))
    start = time.perf_counter()
    marks[key] = {**marks[key], "status": STATUSES[n % 3]}
    data = json.dumps(document, ensure_ascii=False, indent=1).encode()
    temp = folder / f".baseline-{n}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, folder / "baseline.json")
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return time.perf_counter() - start


async def _ui_marks(
    data_dir: Path, course_id: str, presses: int, screen: str
) -> list[tuple[float, float]]:
    from textual.widgets import DataTable

    from osteo_tui.tui.app import create_app
    from osteo_tui.tui.screens.attendance import AttendanceScreen
    from osteo_tui.tui.screens.course import CourseScreen
    from osteo_tui.tui.widgets.attendance_matrix import AttendanceMatrix

    app = create_app(builtin_catalog(), data_dir)
    times: list[tuple[float, float]] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        store = app.repository.open(course_id)
        if screen == "attendance":
            await app.push_screen(AttendanceScreen(store, SESSION))
            table: DataTable[object] = app.screen.query_one(DataTable)
        else:
            pack = app.catalog.get(store.course.pack_id).load()  # type: ignore[union-attr]
            await app.push_screen(CourseScreen(store, pack, clock=app.clock, today=app.today))
            await pilot.press("2")
            table = app.screen.query_one(AttendanceMatrix)
        await pilot.pause()
        rows = len(store.participants())
        with saves_logged() as saved:
            for n in range(presses):
                if n % rows == 0:  # back to the first participant (not timed)
                    table.move_cursor(row=0, column=SESSION if screen == "course" else 0)
                    await pilot.pause()
                before = len(saved)
                start, cpu = time.perf_counter(), time.process_time()
                await pilot.press(STATUSES[n % 3][0])
                if len(saved) == before:
                    raise RuntimeError(f"press {n + 1} on the {screen} screen saved nothing")
                times.append((saved[-1][0] - start, saved[-1][1] - cpu))
        if screen == "attendance":
            store.close()
    return times


def ui_marks(
    data_dir: Path, course_id: str, presses: int, screen: str = "attendance"
) -> list[tuple[float, float]]:
    """Seconds from each key press to the course file saved in the running app, and the
    CPU seconds the process used in that time."""
    return asyncio.run(_ui_marks(data_dir, course_id, presses, screen))


def _rows(label: str, by_size: dict[int, list[tuple[float, float]]], base: float) -> list[Row]:
    """Median and p95 of the wall time per size; "flat" compares the CPU time per press with
    the 1-course figure, because the disk's fsync time swings with other load on the machine
    far more than anything the number of courses could change."""
    found = []
    first_cpu = median([cpu for _, cpu in by_size[SIZES[0]]])
    for size in SIZES:
        wall = [w for w, _ in by_size[size]]
        cpu = median([c for _, c in by_size[size]])
        name = f"keystroke→saved, {label}, {size} course{'s' if size > 1 else ''}"
        mid = median(wall) * 1000
        if size == SIZES[0]:
            goal, ratio, ok = f"median < {GOAL_MS:.0f} ms", median(wall) / base, mid < GOAL_MS
        else:
            flat = cpu / first_cpu
            goal = f"median < {GOAL_MS:.0f} ms, CPU ≤ {FLAT}× 1 course"
            ratio, ok = flat, mid < GOAL_MS and flat <= FLAT
        found.append(row(f"{name}, median", mid, "ms", goal, ratio, ok))
        found.append(row(f"{name}, p95", p95(wall) * 1000, "ms"))
        found.append(row(f"{name}, CPU median", cpu * 1000, "ms"))
    return found


def run(quick: bool = False, data: BenchData | None = None) -> list[Row]:
    """Sizes take turns (press by press for the core, block by block for the app) so that
    the disk's ups and downs under other load fall on all of them alike."""
    own = data is None
    data = data or BenchData()
    rounds, block = (1, 15) if quick else (4, 30)
    try:
        folders = {size: data.fresh_copy(size, "keystroke") for size in SIZES}
        core: dict[int, list[tuple[float, float]]] = {size: [] for size in SIZES}
        baseline: list[float] = []
        stores = {size: CourseRepository(f).open(ids[0]) for size, (f, ids) in folders.items()}
        try:
            people = {size: [p.id for p in store.participants()] for size, store in stores.items()}
            with tempfile.TemporaryDirectory(dir=data.root) as scratch:
                document = stores[SIZES[0]].document()
                for n in range(rounds * block):
                    for size in SIZES:
                        core[size].append(core_mark(stores[size], people[size], n))
                    baseline.append(json_save(document, Path(scratch), n))
        finally:
            for store in stores.values():
                store.close()
        ui: dict[int, list[tuple[float, float]]] = {size: [] for size in SIZES}
        tab: dict[int, list[tuple[float, float]]] = {size: [] for size in SIZES}
        for turn in range(rounds):
            order = SIZES if turn % 2 == 0 else tuple(reversed(SIZES))
            for size in order:
                folder, ids = folders[size]
                ui[size] += ui_marks(folder, ids[-1], block)
                if not quick:
                    tab[size] += ui_marks(folder, ids[len(ids) // 2], block, "course")
        base = median(baseline)
        return [
            row("keystroke→saved baseline: plain json, durable write", base * 1000, "ms"),
            *_rows("attendance screen", ui, base),
            *(_rows("course attendance tab", tab, base) if not quick else []),
            *_rows("core mark_attendance", core, base),
        ]
    finally:
        if own:
            data.cleanup()


if __name__ == "__main__":
    from bench.rows import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
