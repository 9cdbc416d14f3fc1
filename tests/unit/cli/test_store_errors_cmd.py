"""A locked, damaged or missing course: one line on stderr, exit code 1, file untouched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from osteo_tui.core.store import CourseRepository, CourseStore
from tests.unit.cli.conftest import fails, new_course, ok, ok_json, run

C = "{course}"  # replaced by the course id


CHANGING = [
    ["participant", "add", C, "Cy"],
    ["participant", "import", C, "{csv}"],
    ["participant", "erase", C, "Bo Nielsen", "--yes"],
    ["attendance", "mark", C, "1", "Bo Nielsen", "present"],
    ["goal", "add", C, "Bo Nielsen", "Walk"],
    ["goal", "review", C, "Anna Virtanen", "1", "1", "--level", "0"],
    ["note", "add", C, "Bo Nielsen", "A note"],
    ["course", "archive", C, "--retain-until", "2020-01-01"],
    ["course", "purge", C, "--yes"],
    ["backup", "restore", C, "{backup}"],  # last: it is the way out of a damaged file
]
READING = [
    ["course", "show", C],
    ["course", "show", C, "--json"],
    ["course", "export", C, "--out", "{tmp}/export"],
    ["participant", "list", C, "--json"],
    ["participant", "export", C, "Anna Virtanen", "--out", "{tmp}/anna.json"],
    ["attendance", "show", C, "--json"],
    ["goal", "list", C],
]


def _name(args: list[str]) -> str:
    return " ".join(args[:2])


@pytest.fixture
def ready(people: str, repo: CourseRepository, tmp_path: Path) -> dict[str, str]:
    """A course every command can work on: a goal, a backup, archived past its retention."""
    ok("goal", "add", people, "Anna Virtanen", "Walk")
    ok("course", "archive", people, "--retain-until", "2020-01-01")
    (tmp_path / "people.csv").write_text("name\nDora\n", encoding="utf-8")
    return {
        "course": people,
        "backup": repo.backup_shelf(people).list()[0].name,
        "csv": str(tmp_path / "people.csv"),
        "tmp": str(tmp_path),
    }


def _args(template: list[str], values: dict[str, str]) -> list[str]:
    return [part.format(**values) for part in template]


@pytest.fixture
def held(ready: dict[str, str], repo: CourseRepository) -> Iterator[CourseStore]:
    """The course open for writing in this process, as the app would hold it."""
    store = repo.open(ready["course"])
    yield store
    store.close()


@pytest.mark.parametrize("template", CHANGING, ids=_name)
def test_a_locked_course_cannot_be_changed(
    template: list[str], ready: dict[str, str], held: CourseStore
) -> None:
    before = held.path.read_bytes()
    message = fails(*_args(template, ready))
    assert message.startswith(
        f"osteo-tui: The course file {ready['course']}.json is open in osteo-tui process "
        f"{os.getpid()} on "
    )
    assert message.endswith("Close it there first, or open this course read-only.")
    assert held.path.read_bytes() == before


@pytest.mark.parametrize("template", READING, ids=_name)
def test_a_locked_course_can_still_be_read(
    template: list[str], ready: dict[str, str], held: CourseStore
) -> None:
    result = ok(*_args(template, ready))
    assert (
        "Anna Virtanen" in result.stdout or "Walk" in result.stdout or "Exported" in result.stdout
    )


@pytest.mark.parametrize("template", READING + CHANGING[:-1], ids=_name)
def test_a_damaged_course_is_reported_and_left_alone(
    template: list[str], ready: dict[str, str], repo: CourseRepository
) -> None:
    path = repo.course_file(ready["course"])
    garbage = b'{"meta": {"1": {"schema": 2}}, "course": {"1": {"title": 5'
    path.write_bytes(garbage)
    message = fails(*_args(template, ready))
    assert message.startswith(f"osteo-tui: The course file {path} cannot be used: it is not valid")
    assert "It has not been changed. The newest backup is" in message
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.stem)) in (
        [path.name],
        [path.name, path.stem + ".lock"],
    )


def test_a_course_file_from_a_newer_app_is_left_alone(
    ready: dict[str, str], repo: CourseRepository
) -> None:
    path = repo.course_file(ready["course"])
    future = path.read_bytes().replace(b'"schema":3', b'"schema":99')
    assert future != path.read_bytes()
    path.write_bytes(future)
    assert "written by a newer osteo-tui (schema 99" in fails("participant", "add", path.stem, "Cy")
    assert path.read_bytes() == future


@pytest.mark.parametrize(
    "template",
    READING + CHANGING + [["backup", "list", C]],
    ids=_name,
)
def test_a_missing_course(
    template: list[str], ready: dict[str, str], private_data_dir: Path
) -> None:
    values = {**ready, "course": "Nope"}
    assert fails(*_args(template, values)) == (
        f"osteo-tui: no course 'Nope' in {private_data_dir}; see: osteo-tui course list"
    )


def test_the_data_dir_option_overrides_the_environment(
    tmp_path: Path, private_data_dir: Path
) -> None:
    other = tmp_path / "elsewhere"
    ok("--data-dir", str(other), "course", "new", "Elsewhere", "--pack", "luustokurssi-en",
       "--start", "2025-01-07")  # fmt: skip
    assert ok_json("course", "list") == []
    [listed] = ok_json("--data-dir", str(other), "course", "list")
    assert listed["title"] == "Elsewhere" and Path(listed["file"]).parent == other / "courses"
    assert not private_data_dir.exists()


def test_a_data_folder_that_is_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("", encoding="utf-8")
    message = fails("--data-dir", str(not_a_folder), "course", "new", "X", "--pack",
                    "luustokurssi-en", "--start", "2025-01-07")  # fmt: skip
    assert message == f"osteo-tui: {not_a_folder}: File exists"


def test_two_courses_do_not_disturb_each_other(held: CourseStore) -> None:
    other = new_course("Autumn group")
    assert ok("participant", "add", other, "Cy").stdout.startswith("Added Cy")
    assert run("participant", "add", held.course.id, "Cy").exit_code == 1
