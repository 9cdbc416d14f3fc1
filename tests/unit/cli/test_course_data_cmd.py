"""``osteo-tui course archive|purge|export``."""

from __future__ import annotations

import csv
import json
import stat
from datetime import date, timedelta
from pathlib import Path

from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, new_course, ok, ok_json

PAST = "2020-01-01"


def test_archive_with_and_without_a_retention_date(course: str, repo: CourseRepository) -> None:
    out = ok("course", "archive", "Spring group").stdout
    assert out.startswith(f"Archived the course 'Spring group' (id {course}). No retention date")
    assert f"osteo-tui course archive {course} --retain-until YYYY-MM-DD" in out
    out = ok("course", "archive", course, "--retain-until", "2031-12-31").stdout
    assert f"It is kept until 2031-12-31; then: osteo-tui course purge {course}" in out
    with repo.open(course, read_only=True) as store:
        assert (store.course.status.value, store.course.retain_until) == (
            "archived",
            date(2031, 12, 31),
        )
    assert fails("course", "archive", course, "--retain-until", "soon") == (
        "osteo-tui: 'soon' is not a date; write it as YYYY-MM-DD"
    )


def test_purge_only_an_archived_course_past_its_retention_date(
    course: str, repo: CourseRepository
) -> None:
    assert fails("course", "purge", course, "--yes") == (
        "osteo-tui: 'Spring group' is not archived; archive it first"
    )
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    ok("course", "archive", course, "--retain-until", tomorrow)
    assert fails("course", "purge", course, "--yes") == (
        f"osteo-tui: 'Spring group' is kept until {tomorrow}; it cannot be purged yet"
    )
    ok("course", "archive", course)
    assert "kept until not set" in fails("course", "purge", course, "--yes")
    assert repo.course_file(course).is_file()


def test_purge_asks_first(course: str, repo: CourseRepository) -> None:
    ok("participant", "add", course, "Anna")
    ok("course", "archive", course, "--retain-until", PAST)
    backups = len(repo.backup_shelf(course).list())
    assert backups >= 2
    assert fails("course", "purge", course, input="n\n") == "osteo-tui: nothing was deleted"
    assert repo.course_file(course).is_file() and len(repo.backup_shelf(course).list()) == backups
    result = ok("course", "purge", "Spring group", input="y\n")
    assert f"Delete the course 'Spring group' (1 participant) and its {backups} backups" in (
        result.stdout
    )
    assert result.stdout.endswith(
        f"Purged the course 'Spring group' (id {course}): its file and {backups} backups are deleted.\n"
    )
    assert not repo.course_file(course).exists()
    assert not (repo.backups_dir / course).exists()
    assert ok_json("course", "list") == []


def test_purge_with_yes_does_not_ask(course: str, repo: CourseRepository) -> None:
    ok("course", "archive", course, "--retain-until", PAST)
    result = ok("course", "purge", course, "--yes")
    assert "Delete the course" not in result.stdout and "Purged the course" in result.stdout
    assert repo.course_ids() == []


def _rows(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_json_and_csv_that_read_back(people: str, tmp_path: Path) -> None:
    ok("attendance", "mark", people, "1", "Anna Virtanen", "present")
    ok("attendance", "mark", people, "1", "Bo Nielsen", "excused")
    ok("goal", "add", people, "Anna Virtanen", "Walk to the shop", "--measure", "minutes")
    ok("goal", "review", people, "Anna Virtanen", "1", "2", "--level", "-1", "--text", "tired")
    ok("goal", "review", people, "Anna Virtanen", "1", "4", "--level", "1")
    ok("goal", "add", people, "Bo Nielsen", "Carry shopping, 5 kg")
    ok("note", "add", people, "Bo Nielsen", 'Said "ouch",\nthen laughed', "--session", "1")
    folder = tmp_path / "export" / "spring"
    out = ok("course", "export", "Spring group", "--out", str(folder)).stdout
    assert out.startswith(
        f"Exported the course 'Spring group' to {folder}: course.json, participants.csv, "
        "attendance.csv, goals.csv, notes.csv (2 participants, 2 attendance marks, 2 goals, 1 note)."
    )
    assert "health data" in out
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["attendance.csv", "course.json", "goals.csv", "notes.csv", "participants.csv"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE((folder / name).stat().st_mode) for name in names} == {0o600}

    whole = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    shown = ok_json("course", "show", people)
    del whole["export"]["exported_at"], shown["export"]["exported_at"]
    assert whole == shown

    anna, bo = _rows(folder / "participants.csv")
    assert (anna["name"], anna["born"], anna["vertebral_fracture"], anna["fractures"]) == (
        "Anna Virtanen",
        "1950",
        "yes",
        "vertebra 2023",
    )
    assert (bo["name"], bo["sex"], bo["vertebral_fracture"], bo["consent_date"]) == (
        "Bo Nielsen",
        "m",
        "no",
        "",
    )
    marks = _rows(folder / "attendance.csv")
    assert [(m["name"], m["session"], m["day"], m["status"]) for m in marks] == [
        ("Anna Virtanen", "1", "2025-03-04", "present"),
        ("Bo Nielsen", "1", "2025-03-04", "excused"),
    ]
    goals = _rows(folder / "goals.csv")
    assert [
        (g["name"], g["number"], g["goal"], g["review_session"], g["level"]) for g in goals
    ] == [
        ("Anna Virtanen", "1", "Walk to the shop", "2", "-1"),
        ("Anna Virtanen", "1", "Walk to the shop", "4", "1"),
        ("Bo Nielsen", "1", "Carry shopping, 5 kg", "", ""),
    ]
    assert goals[0]["progress"] == "tired" and goals[0]["measure"] == "minutes"
    [note] = _rows(folder / "notes.csv")
    assert (note["name"], note["session"], note["shareable"], note["text"]) == (
        "Bo Nielsen",
        "1",
        "no",
        'Said "ouch",\nthen laughed',
    )


def test_exported_participants_csv_imports_into_another_course(people: str, tmp_path: Path) -> None:
    ok("participant", "add", people, "Cecilia", "--consent-date", "2025-02-01", "--consent", "all")
    ok("course", "export", people, "--out", str(tmp_path))
    other = new_course("Autumn group")
    ok("participant", "import", other, str(tmp_path / "participants.csv"))
    original = {p["name"]: p for p in ok_json("participant", "list", people)}
    copied = {p["name"]: p for p in ok_json("participant", "list", other)}
    assert copied.keys() == original.keys() == {"Anna Virtanen", "Bo Nielsen", "Cecilia"}
    for name, person in copied.items():
        assert person["id"] != original[name]["id"]
        assert {**person, "id": None} == {**original[name], "id": None}


def test_export_to_a_path_that_is_a_file_fails_cleanly(course: str, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert "File exists" in fails("course", "export", course, "--out", str(blocker))
