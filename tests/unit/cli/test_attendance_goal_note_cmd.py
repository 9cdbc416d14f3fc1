"""``osteo-tui attendance mark|show``, ``goal add|review|list`` and ``note add``."""

from __future__ import annotations

from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, ok, ok_json, run


def test_mark_and_show_the_matrix(people: str) -> None:
    out = ok("attendance", "mark", "Spring group", "1", "anna virtanen", "present").stdout
    assert out == "Marked Anna Virtanen present at session 1 (2025-03-04) of 'Spring group'.\n"
    ok("attendance", "mark", people, "1", "Bo Nielsen", "absent")
    ok("attendance", "mark", people, "1", "Bo Nielsen", "excused")  # replaces the mark
    ok("attendance", "mark", people, "5", "Bo Nielsen", "present")
    data = ok_json("attendance", "show", people)
    assert data["course"] == {"id": people, "title": "Spring group"}
    assert [(s["number"], s["day"], s["present"]) for s in data["sessions"]] == [
        (1, "2025-03-04", 1),
        (2, "2025-03-11", 0),
        (3, "2025-03-18", 0),
        (4, "2025-03-25", 0),
        (5, "2025-04-01", 1),
    ]
    assert [(p["name"], p["marks"], p["present"]) for p in data["participants"]] == [
        ("Anna Virtanen", ["present", None, None, None, None], 1),
        ("Bo Nielsen", ["excused", None, None, None, "present"], 1),
    ]
    table = ok("attendance", "show", people).stdout
    rows = {line.split("│")[1].strip(): line for line in table.splitlines() if line.count("│") > 3}
    assert [cell.strip() for cell in rows["Bo Nielsen"].split("│")[2:-1]] == [
        "E", "·", "·", "·", "✓", "1/5",
    ]  # fmt: skip
    assert "✓ present   ✗ absent   E excused   · not marked" in table


def test_mark_refuses_a_session_the_course_does_not_have(people: str) -> None:
    assert fails("attendance", "mark", people, "6", "Bo Nielsen", "present") == (
        "osteo-tui: this course has sessions 1 to 5, not 6"
    )
    assert fails("attendance", "mark", people, "1", "Cy", "present") == (
        "osteo-tui: no participant 'Cy' in the course 'Spring group'"
    )
    result = run("attendance", "mark", people, "1", "Bo Nielsen", "late")
    assert result.exit_code == 2 and "'late' is not one of" in result.output
    assert ok_json("attendance", "show", people)["participants"][1]["marks"] == [None] * 5


def test_goal_add_review_and_list(people: str) -> None:
    first = ok(
        "goal", "add", people, "Anna Virtanen", "Walk to the shop",
        "--measure", "minutes walked", "--target", "2025-05-01",
    ).stdout  # fmt: skip
    second = ok("goal", "add", people, "Anna Virtanen", "Carry shopping").stdout
    assert first.startswith("Added goal 1 for Anna Virtanen (id ")
    assert second.startswith("Added goal 2 for Anna Virtanen (id ")
    second_id = second.split("(id ")[1].split(")")[0]
    assert ok("goal", "add", people, "Bo Nielsen", "Garden").stdout.startswith(
        "Added goal 1 for Bo"
    )
    out = ok("goal", "review", people, "Anna Virtanen", "1", "2", "--level", "-1").stdout
    assert out == "Reviewed goal 1 of Anna Virtanen at session 2: level -1 (Walk to the shop).\n"
    ok("goal", "review", people, "Anna Virtanen", second_id, "3", "--level", "2", "--text", "easy")
    ok("goal", "review", people, "Anna Virtanen", "1", "4", "--level", "1", "--text", "better")
    listed = ok_json("goal", "list", people)
    assert [(g["participant"], g["number"], g["text"]) for g in listed] == [
        ("Anna Virtanen", 1, "Walk to the shop"),
        ("Anna Virtanen", 2, "Carry shopping"),
        ("Bo Nielsen", 1, "Garden"),
    ]
    walk, carry, _ = listed
    assert (walk["measure"], walk["target"]) == ("minutes walked", "2025-05-01")
    assert [(r["session"], r["level"], r["progress"]) for r in walk["reviews"]] == [
        (2, -1, ""),
        (4, 1, "better"),
    ]
    assert carry["id"] == second_id and carry["reviews"][0]["level"] == 2
    table = ok("goal", "list", people).stdout
    assert "s2: -1  s4: +1" in table and "Goals (3)" in table


def test_goal_review_refusals(people: str) -> None:
    ok("goal", "add", people, "Anna Virtanen", "Walk")
    bo = ok("goal", "add", people, "Bo Nielsen", "Garden").stdout.split("(id ")[1].split(")")[0]
    review = ["goal", "review", people, "Anna Virtanen"]
    assert fails(*review, "1", "2", "--level", "3") == (
        "osteo-tui: the goal level must be -2, -1, 0, 1 or 2"
    )
    assert (
        fails(*review, "2", "2", "--level", "0")
        == "osteo-tui: Anna Virtanen has goal 1; no goal '2'"
    )
    assert (
        fails(*review, bo, "2", "--level", "0")
        == f"osteo-tui: Anna Virtanen has goal 1; no goal '{bo}'"
    )
    assert (
        fails(*review, "1", "9", "--level", "0")
        == "osteo-tui: this course has sessions 1 to 5, not 9"
    )
    ok("participant", "add", people, "Cy")
    assert "Cy has no goals yet" in fails("goal", "review", people, "Cy", "1", "1", "--level", "0")
    assert run(*review, "1", "2").exit_code == 2  # --level is required
    assert all(g["reviews"] == [] for g in ok_json("goal", "list", people))


def test_goal_add_refusals(people: str) -> None:
    assert (
        fails("goal", "add", people, "Anna Virtanen", " ") == "osteo-tui: The goal cannot be empty"
    )
    assert "'May' is not a date" in fails(
        "goal", "add", people, "Anna Virtanen", "Walk", "--target", "May"
    )
    assert ok_json("goal", "list", people) == []
    assert ok("goal", "list", people).stdout == "No goals in 'Spring group' yet.\n"


def test_note_add_is_private_unless_shareable(people: str, repo: CourseRepository) -> None:
    out = ok("note", "add", people, "Bo Nielsen", "Knee pain").stdout
    assert out == "Added a private note about Bo Nielsen.\n"
    out = ok("note", "add", people, "Bo Nielsen", "Well done", "--session", "2", "--shareable")
    assert out.stdout == "Added a shareable note about Bo Nielsen (session 2).\n"
    with repo.open(people, read_only=True) as store:
        notes = store.notes()
    assert [(n.text, n.session, n.shareable) for n in notes] == [
        ("Knee pain", None, False),
        ("Well done", 2, True),
    ]


def test_note_add_refusals(people: str) -> None:
    assert fails("note", "add", people, "Bo Nielsen", "  ") == "osteo-tui: The note cannot be empty"
    assert fails("note", "add", people, "Bo Nielsen", "x", "--session", "0") == (
        "osteo-tui: this course has sessions 1 to 5, not 0"
    )
    assert ok_json("course", "show", people)["notes"] == []
