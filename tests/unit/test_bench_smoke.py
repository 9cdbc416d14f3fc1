"""The benchmarks cannot rot: every module imports, and the cheap parts run with tiny sizes.

No timing is asserted here (speed is what ``bench/run.py`` measures); these check that the
benchmark code still fits the app's API and that its arithmetic is right.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from bench import datasets, rows
from bench.drift import Reference, fake_clock_drift
from bench.keystroke import core_mark, json_save
from bench.launcher import FrameLog
from bench.run import BENCHMARKS, call, load
from osteo_tui.core.store import CourseRepository

MODULES = ["datasets", "rows", "terminal", "launcher", "run", "startup", "keystroke"]
MODULES += ["frames", "segment_change", "drift", "memory", "profiling"]


@pytest.mark.parametrize("name", MODULES)
def test_every_bench_module_imports(name: str) -> None:
    module = importlib.import_module(f"bench.{name}")
    assert module.__doc__


def test_every_benchmark_in_the_list_has_a_run_function() -> None:
    for name, target in BENCHMARKS:
        module = load(target)
        if module is None:  # bench/pdf_export.py is optional
            assert target.endswith(".py"), name
            continue
        assert callable(module.run), name


def test_call_passes_the_shared_data_only_to_benchmarks_that_take_it(tmp_path: Path) -> None:
    data = datasets.BenchData(tmp_path)
    seen: dict[str, object] = {}

    def with_data(quick: bool = False, data: object = None) -> list[rows.Row]:
        seen["with"] = (quick, data)
        return []

    def without(quick: bool = False) -> list[rows.Row]:
        seen["without"] = quick
        return []

    call(with_data, True, data)
    call(without, True, data)
    assert seen == {"with": (True, data), "without": True}


def test_a_tiny_data_folder_holds_the_courses_made_with_the_core(tmp_path: Path) -> None:
    ids = datasets.make_folder(tmp_path / "data", courses=3, participants=4)
    summaries = CourseRepository(tmp_path / "data").summaries()
    assert sorted(s.id for s in summaries) == sorted(ids)
    assert {s.participants for s in summaries} == {4}
    assert {s.present_marks for s in summaries} == {4}  # session 1 marked, everyone present
    assert not any(s.damaged for s in summaries)
    assert not (tmp_path / "data" / ".making").exists()


def test_bench_data_makes_each_size_once_and_copies_for_writers(tmp_path: Path) -> None:
    data = datasets.BenchData(tmp_path, participants=2)
    folder, ids = data.folder(2)
    assert data.folder(2) == (folder, ids)
    copy, same_ids = data.fresh_copy(2, "writer")
    assert copy != folder and same_ids == ids
    assert sorted(p.name for p in (copy / "courses").glob("*.json")) == sorted(
        p.name for p in (folder / "courses").glob("*.json")
    )


def test_core_mark_saves_the_mark(tmp_path: Path) -> None:
    ids = datasets.make_folder(tmp_path, courses=1, participants=3)
    with CourseRepository(tmp_path).open(ids[0]) as store:
        people = [p.id for p in store.participants()]
        wall, cpu = core_mark(store, people, 4)  # the second person, "absent"
        assert wall >= 0 and cpu >= 0
    with CourseRepository(tmp_path).open(ids[0], read_only=True) as store:
        marks = store.attendance_for(2)
    assert [(pid, mark.status.value) for pid, mark in marks.items()] == [(people[1], "absent")]


def test_the_json_baseline_writes_the_document(tmp_path: Path) -> None:
    document = {"attendance": {"1": {"status": "present"}}, "course": {"1": {"title": "Å"}}}
    json_save(document, tmp_path, 1)
    written = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert written["attendance"]["1"]["status"] == "absent" and written["course"] == {
        "1": {"title": "Å"}
    }
    assert not list(tmp_path.glob("*.tmp"))


def test_statistics_and_table() -> None:
    assert rows.median([3, 1, 2]) == 2
    assert rows.p95(list(range(1, 101))) == 95
    assert rows.p95([7.0]) == 7.0
    table = rows.format_table(
        [
            rows.row("fast thing", 0.0123, "s", "< 1 s", 2.5, True),
            rows.row("slow thing", 1234.5, "ms", "< 20 ms", None, False),
            rows.row("broken thing", None, ""),
        ]
    )
    lines = table.splitlines()
    assert lines[0].startswith("| benchmark") and len(lines) == 5
    assert "0.012" in lines[2] and "2.50" in lines[2] and lines[2].rstrip().endswith("ok     |")
    assert "1234" in lines[3] and "MISSED" in lines[3]
    assert "—" in lines[4]
    assert len({len(line) for line in lines}) == 1  # a rectangle


def test_frame_log_pairs_each_tick_with_the_refresh_after_it() -> None:
    log = FrameLog()
    log.tick((0.001, 0.001))
    log.refresh((0.004, 0.003))
    log.tick((0.002, 0.002))  # nothing to refresh after this one
    log.tick((0.001, 0.001))
    log.refresh((0.005, 0.004))
    log.refresh((0.003, 0.002))  # a refresh without a tick (a flash ending)
    report = log.report()
    assert report["frames"] == pytest.approx([0.005, 0.002, 0.006, 0.003])
    assert report["frames_cpu"] == pytest.approx([0.004, 0.002, 0.005, 0.002])


def test_the_drift_reference_counts_running_time_only() -> None:
    reference = Reference()
    reference.start(10.0)
    reference.stop(12.5)
    reference.start(20.0)
    assert reference.elapsed(21.0) == pytest.approx(3.5)
    reference.new_segment(21.0)
    assert reference.segment_elapsed(22.0) == pytest.approx(1.0)
    assert reference.elapsed(22.0) == pytest.approx(4.5)


def test_the_fake_clock_run_tells_the_timers_from_a_tick_counter() -> None:
    session = datasets.builtin_catalog().get("luustokurssi-en").load().session(1)  # type: ignore[union-attr]
    worst, naive, simulated = fake_clock_drift(session)
    assert simulated > 100 * 60  # the whole session was run
    assert worst < 0.01  # only the snapshot's rounding to milliseconds
    assert naive > 10 * worst


def test_the_launcher_sees_the_first_frame_of_the_home_screen(tmp_path: Path) -> None:
    """One real start in a pseudo-terminal: the hook still finds the home screen's first
    frame, with the course list filled in (the start-up and memory benchmarks rely on it)."""
    from bench.startup import first_paint
    from bench.terminal import launch

    datasets.make_folder(tmp_path, courses=2, participants=2)
    assert first_paint("app", tmp_path, courses=2) > 0
    bare = launch(["bare"])
    assert not bare.errors and bare.report["screen"] == "Screen" and bare.max_rss > 0
