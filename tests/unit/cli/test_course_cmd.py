"""``osteo-tui course new|list|show``."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.store import CourseRepository
from tests.minipack import write_minipack
from tests.unit.cli.conftest import fails, new_course, ok, ok_json, run


def test_new_takes_pack_id_version_language_and_session_count(
    repo: CourseRepository, builtin_catalog: PackCatalog
) -> None:
    result = ok(
        "course", "new", "Syksy 2025", "--pack", "luustokurssi-fi", "--start", "2025-09-01",
        "--place", "Terveysasema", "--trainer", "Tiina", "--trainer", "Mikko", "--time", "13:30",
    )  # fmt: skip
    [course_id] = repo.course_ids()
    assert result.stdout == (
        f"Created the course 'Syksy 2025' (id {course_id}) from luustokurssi-fi 1.0.0: "
        "5 sessions, weekly from 2025-09-01 to 2025-09-29.\n"
    )
    pack = builtin_catalog.get("luustokurssi-fi").load()  # type: ignore[union-attr]
    with repo.open(course_id, read_only=True) as store:
        course = store.course
    assert (course.pack_id, course.pack_version, course.language) == (pack.id, pack.version, "fi")
    assert [plan.day for plan in course.sessions] == [date(2025, 9, d) for d in (1, 8, 15, 22, 29)]
    assert {plan.start for plan in course.sessions} == {time(13, 30)}
    assert (course.place, course.trainers, course.status.value) == (
        "Terveysasema",
        ("Tiina", "Mikko"),
        "planned",
    )


def test_new_uses_the_packs_own_session_count(tmp_path: Path, repo: CourseRepository) -> None:
    write_minipack(tmp_path)  # a pack with 2 sessions
    ok(
        "--lessons",
        str(tmp_path),
        "course",
        "new",
        "Mini",
        "--pack",
        "mini",
        "--start",
        "2025-01-07",
    )
    with repo.open(repo.resolve("Mini"), read_only=True) as store:
        assert [plan.number for plan in store.course.sessions] == [1, 2]
        assert store.course.start_date == date(2025, 1, 7)


def test_new_refuses_an_unknown_or_broken_pack_and_bad_values(
    tmp_path: Path, repo: CourseRepository
) -> None:
    base = ["course", "new", "X", "--start", "2025-01-07"]
    assert (
        "no lesson pack 'nope' (installed: luustokurssi-en, luustokurssi-fi, osteoporoseskole-da)"
        in fails(*base, "--pack", "nope")
    )
    folder = write_minipack(tmp_path)
    (folder / "pack.yaml").write_text("id: mini\n", encoding="utf-8")
    message = fails("--lessons", str(tmp_path), *base, "--pack", "mini")
    assert "the lesson pack 'mini' has" in message and "osteo-tui lessons check" in message
    message = fails("course", "new", "X", "--pack", "luustokurssi-en", "--start", "3/4/2025")
    assert message == "osteo-tui: '3/4/2025' is not a date; write it as YYYY-MM-DD"
    message = fails(*base, "--pack", "luustokurssi-en", "--time", "25:00")
    assert message == "osteo-tui: '25:00' is not a time; write it as HH:MM"
    assert repo.course_ids() == []
    assert run("course", "new", "X", "--start", "2025-01-07").exit_code == 2  # --pack is required


def test_new_refuses_a_title_taken_in_any_case(repo: CourseRepository) -> None:
    new_course("Spring group")
    message = fails(
        "course", "new", "SPRING group", "--pack", "luustokurssi-en", "--start", "2025-01-07"
    )
    assert message == "osteo-tui: There is already a course called 'SPRING group'"
    assert len(repo.course_ids()) == 1


def test_list_when_there_are_no_courses(private_data_dir: Path) -> None:
    assert ok("course", "list").stdout.startswith(f"No courses in {private_data_dir} yet")
    assert ok_json("course", "list") == []


def test_list_json_and_table(people: str) -> None:
    ok("attendance", "mark", people, "1", "Anna Virtanen", "present")
    ok("attendance", "mark", people, "1", "Bo Nielsen", "absent")
    other = new_course("Autumn group", "luustokurssi-fi")
    listed = ok_json("course", "list")
    assert [c["title"] for c in listed] == ["Autumn group", "Spring group"]  # same start: by title
    autumn, spring = listed
    assert spring["id"] == people and autumn["id"] == other
    assert spring["participants"] == 2 and spring["sessions"] == 5
    assert spring["attendance"] == {"present": 1, "marked": 2}
    assert (spring["pack_id"], spring["status"], spring["damaged"]) == (
        "luustokurssi-en",
        "planned",
        None,
    )
    assert spring["start_date"] == "2025-03-04"
    table = ok("course", "list").stdout
    assert (
        "Spring group" in table and "Autumn group" in table and people in table and "1/2" in table
    )


def test_list_shows_a_damaged_course_with_its_reason(course: str, repo: CourseRepository) -> None:
    repo.course_file(course).write_bytes(b"\x00\x01 garbage")
    [listed] = ok_json("course", "list")
    assert listed["id"] == course and listed["damaged"].startswith("it is not valid JSON")
    assert "cannot be used: it is not valid JSON" in ok("course", "list").stdout


def test_show_prints_every_part_of_the_course(people: str) -> None:
    ok("attendance", "mark", people, "2", "Bo Nielsen", "excused")
    ok("goal", "add", people, "Anna Virtanen", "Walk to the shop", "--target", "2025-05-01")
    ok("note", "add", people, "Bo Nielsen", "Knee [bold]sore[/bold] today", "--session", "2")
    shown = ok("course", "show", "spring GROUP").stdout
    for text in (
        f"Spring group (id {people})",
        "luustokurssi-en 1.0.0 (en)",
        "1: 2025-03-04 13:00",
        "Participants (2)",
        "vertebra 2023",
        "Attendance",
        "Goals (1)",
        "Walk to the shop",
        "Notes (1)",
        "Knee [bold]sore[/bold] today",  # text is shown as typed, never as markup
        "private",
    ):
        assert text in shown, text
    bo_row = next(line for line in shown.splitlines() if "Bo Nielsen" in line and "E" in line)
    assert bo_row.count("·") == 4  # excused at session 2, the other four not marked


def test_show_json_holds_the_whole_course(people: str) -> None:
    ok("attendance", "mark", people, "1", "Anna Virtanen", "present")
    ok("goal", "add", people, "Anna Virtanen", "Walk to the shop")
    ok("note", "add", people, "Anna Virtanen", "Fine", "--shareable")
    data = ok_json("course", "show", people)
    assert data["export"]["kind"] == "osteo-tui course export"
    assert data["course"]["id"] == people and len(data["course"]["sessions"]) == 5
    assert [p["name"] for p in data["participants"]] == ["Anna Virtanen", "Bo Nielsen"]
    anna = data["participants"][0]
    assert anna["vertebral_fracture"] is True and anna["born"] == 1950
    assert [(m["participant_id"], m["session"], m["status"]) for m in data["attendance"]] == [
        (anna["id"], 1, "present")
    ]
    assert [g["text"] for g in data["goals"]] == ["Walk to the shop"]
    assert [(n["text"], n["shareable"]) for n in data["notes"]] == [("Fine", True)]


def test_show_unknown_course(course: str, private_data_dir: Path) -> None:
    assert fails("course", "show", "Nope") == (
        f"osteo-tui: no course 'Nope' in {private_data_dir}; see: osteo-tui course list"
    )
