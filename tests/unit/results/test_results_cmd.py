"""``osteo-tui results``, ``results bundle`` and ``results merge`` through typer's CliRunner."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, ok, run
from tests.unit.results.course_data import Person, make_course


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def timed(name: str, start: str, end: str) -> Person:
    return Person(name, results={("tug", "start"): [start], ("tug", "end"): [end]})


def test_results_of_a_year_as_tables_and_csv(private_data_dir: Path, tmp_path: Path) -> None:
    anna = timed("Anna", "14", "11")
    anna.goal_levels = [[0, 1]]
    anna.results[("evaluation", "end")] = ["9"] * 6 + ["Lovely"]
    make_course(private_data_dir, "Spring", "2026-01-13", [anna, timed("Bo", "10", "12")])
    out = ok("results", "--year", "2026", "--csv", str(tmp_path / "r.csv")).stdout
    assert lines(out)[:4] == [
        "Results 2026",
        "Courses       1",
        "Participants  2",
        "Set a goal    1 of 2 (50 %)",
    ]
    assert "From start to end" in out and "Timed Up and Go (s)" in out
    assert "Free comments: 1" in out
    assert out.endswith(f"Wrote the numbers to {tmp_path / 'r.csv'}.\n")
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["section", "item", "statistic", "value"]
    assert ["change start to end", "Timed Up and Go", "mean change", "-0.5"] in rows
    assert ok("results", "--year", "2025").stdout == (
        "No courses started in 2025 in this data folder.\n"
    )


def test_bundle_and_merge_from_two_data_folders(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    shared = make_course(first, "Spring", "2026-01-13", [timed("Anna", "14", "11")])
    make_course(second, "Autumn", "2026-09-01", [timed("Bo", "12", "10")])
    shutil.copy(CourseRepository(first).course_file(shared.id), second / "courses")
    for folder in (first, second):
        out = ok("--data-dir", str(folder), "results", "bundle", "--year", "2026",
                 "--out", str(tmp_path / f"{folder.name}.json")).stdout  # fmt: skip
        assert "numbers only, no names, no contact details, no free text." in out
    assert fails(
        "--data-dir", str(first), "results", "bundle", "--year", "2026",
        "--out", str(tmp_path / "one.json"),
    ) == f"osteo-tui: {tmp_path / 'one.json'} exists already; use --force to overwrite it"  # fmt: skip

    result = run(
        "results", "merge", str(tmp_path / "one.json"), str(tmp_path / "two.json"),
        "--out", str(tmp_path / "all.json"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert lines(result.stdout)[:3] == [
        "Results of 2 bundles (2026)",
        "Courses       2",
        "Participants  2",
    ]
    assert "is in one.json and two.json: counted once, from one.json" in result.stderr
    again = lines(ok("results", "merge", str(tmp_path / "all.json")).stdout)
    assert again[1:3] == ["Courses       2", "Participants  2"]


def test_merge_refuses_a_file_that_is_not_a_bundle(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("name\nAnna\n", encoding="utf-8")
    assert fails("results", "merge", str(tmp_path / "people.csv")) == (
        f"osteo-tui: {tmp_path / 'people.csv'}: it is not a results bundle (not JSON)"
    )
    assert fails("results", "merge", str(tmp_path / "missing.json")) == (
        f"osteo-tui: {tmp_path / 'missing.json'}: it cannot be read (No such file or directory)"
    )
