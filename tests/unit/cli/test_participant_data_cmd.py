"""``osteo-tui participant export|erase``: access, portability and erasure."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, ok, ok_json, run


def _history(course: str) -> None:
    ok("attendance", "mark", course, "1", "Anna Virtanen", "present")
    ok("attendance", "mark", course, "2", "Anna Virtanen", "excused")
    ok("attendance", "mark", course, "1", "Bo Nielsen", "present")
    ok("goal", "add", course, "Anna Virtanen", "Walk to the shop")
    ok("goal", "review", course, "Anna Virtanen", "1", "3", "--level", "0")
    ok("goal", "add", course, "Bo Nielsen", "Garden again")
    ok("note", "add", course, "Anna Virtanen", "Private worry")
    ok("note", "add", course, "Anna Virtanen", "Great progress", "--shareable", "--session", "3")
    ok("note", "add", course, "Bo Nielsen", "Talked with Anna Virtanen about walking")


def test_export_holds_everything_about_one_participant(people: str, tmp_path: Path) -> None:
    _history(people)
    target = tmp_path / "anna.json"
    out = ok("participant", "export", "Spring group", "anna virtanen", "--out", str(target)).stdout
    assert out.startswith(
        f"Exported everything about Anna Virtanen in 'Spring group' to {target}: the record, "
        "2 attendance marks, 1 goal and 2 notes."
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = json.loads(target.read_text(encoding="utf-8"))
    anna = data["participant"]
    assert data["export"]["kind"] == "osteo-tui participant export"
    assert data["course"]["id"] == people and data["course"]["title"] == "Spring group"
    assert (anna["name"], anna["born"], anna["vertebral_fracture"]) == ("Anna Virtanen", 1950, True)
    assert [(m["session"], m["day"], m["status"]) for m in data["attendance"]] == [
        (1, "2025-03-04", "present"),
        (2, "2025-03-11", "excused"),
    ]
    [goal] = data["goals"]
    assert (goal["number"], goal["text"], goal["reviews"][0]["level"]) == (1, "Walk to the shop", 0)
    assert [(n["text"], n["shareable"]) for n in data["notes"]] == [
        ("Private worry", False),
        ("Great progress", True),
    ]
    everything = {m["participant_id"] for m in data["attendance"]}
    everything |= {g["participant_id"] for g in data["goals"]}
    everything |= {n["participant_id"] for n in data["notes"]}
    assert everything == {anna["id"]}
    assert "Garden again" not in target.read_text(encoding="utf-8")


def test_export_to_standard_output(people: str) -> None:
    data = json.loads(ok("participant", "export", people, "Bo Nielsen", "--out", "-").stdout)
    assert data["participant"]["name"] == "Bo Nielsen" and data["goals"] == []


def test_export_of_an_unknown_participant(people: str, tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    assert fails("participant", "export", people, "Cy", "--out", str(target)) == (
        "osteo-tui: no participant 'Cy' in the course 'Spring group'"
    )
    assert not target.exists()


def _files_mentioning(folder: Path, text: str) -> list[Path]:
    needle = text.encode("utf-8")
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_erase_asks_for_the_name_and_refuses_a_mismatch(
    people: str, private_data_dir: Path
) -> None:
    _history(people)
    result = run("participant", "erase", people, "Anna Virtanen", input="Anna\n")
    assert result.exit_code == 1
    assert "This erases Anna Virtanen with all their attendance, goals and notes" in result.stdout
    assert "Type the participant's name to confirm" in result.stdout
    assert result.stderr == "osteo-tui: the name did not match; nothing was erased\n"
    assert [p["name"] for p in ok_json("participant", "list", people)] == [
        "Anna Virtanen",
        "Bo Nielsen",
    ]
    assert run("participant", "erase", people, "Anna Virtanen").exit_code == 1  # no answer
    assert len(ok_json("participant", "list", people)) == 2


def test_erase_after_typing_the_name_removes_them_everywhere(
    people: str, private_data_dir: Path, repo: CourseRepository
) -> None:
    _history(people)
    backups = len(repo.backup_shelf(people).list())
    assert _files_mentioning(private_data_dir, "Anna Virtanen")
    result = ok("participant", "erase", people, "Anna Virtanen", input="  anna   VIRTANEN \n")
    assert result.stdout.splitlines()[-9:] == [
        "Erased Anna Virtanen:",
        "  participant record: 1",
        "  attendance marks: 2",
        "  goals (with their reviews): 1",
        "  notes: 2",
        "  measurements: 0",
        "  mentions of the name in other records, replaced by [erased]: 1",
        f"  backups rewritten without them: {backups + 2}",  # + before-erase, before-changes
        "  unreadable backups deleted: 0",
    ]
    assert _files_mentioning(private_data_dir, "Anna Virtanen") == []
    assert _files_mentioning(private_data_dir, "Private worry") == []
    data = ok_json("course", "show", people)
    assert [p["name"] for p in data["participants"]] == ["Bo Nielsen"]
    assert [n["text"] for n in data["notes"]] == ["Talked with [erased] about walking"]
    assert len(data["attendance"]) == 1 and len(data["goals"]) == 1


def test_erase_with_yes_does_not_ask(people: str, private_data_dir: Path) -> None:
    result = ok("participant", "erase", people, "Bo Nielsen", "--yes")
    assert "Type the participant's name" not in result.stdout
    assert result.stdout.startswith("Erased Bo Nielsen:\n")
    assert _files_mentioning(private_data_dir, "Bo Nielsen") == []
    assert fails("participant", "erase", people, "Bo Nielsen", "--yes") == (
        "osteo-tui: no participant 'Bo Nielsen' in the course 'Spring group'"
    )
