"""``osteo-tui measure add|show|list|due`` through typer's CliRunner."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.unit.cli.conftest import fails, new_course, ok, ok_json, run


@pytest.fixture
def people() -> str:
    """A course 'Spring group' (luustokurssi-en) with Anna (born 1950, f) and Bo (m)."""
    course = new_course()
    ok("participant", "add", course, "Anna Virtanen", "--born", "1950", "--sex", "f")
    ok("participant", "add", course, "Bo Nielsen", "--sex", "m")
    return course


def test_add_prints_the_value_and_its_band(people: str) -> None:
    out = ok("measure", "add", people, "Anna Virtanen", "chair-stand", "8", "--when", "start")
    assert out.stdout == (
        "Recorded the start result of 30-second chair stand for Anna Virtanen: 8 "
        "(below average for your age, a sign of increased fall risk).\n"
    )
    out = ok(
        "measure", "add", people, "Anna Virtanen", "short-fes-i", *"2223114", "--when", "start"
    )
    assert out.stdout.endswith("; score 15 (high concern about falling).\n")
    out = ok("measure", "add", people, "Bo Nielsen", "chair-stand", "12", "--when", "start")
    assert out.stdout.splitlines() == [
        "Recorded the start result of 30-second chair stand for Bo Nielsen: 12.",
        "No band can be given: the year of birth is not recorded, and the norms depend on age.",
    ]


def test_add_again_replaces_and_says_so(people: str) -> None:
    ok("measure", "add", people, "Anna Virtanen", "tug", "13,5", "--when", "start")
    out = ok("measure", "add", people, "Anna Virtanen", "tug", "12.9", "--when", "start", "--session", "1")
    assert out.stdout.splitlines()[-1] == "This replaces the earlier start result (13.5 s)."
    (row,) = ok_json("measure", "show", people, "Anna Virtanen")
    assert (row["values"], row["session"], row["flag"]) == ({"tug": 12.9}, 1, True)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Anna Virtanen", "tug", "fast"], "Timed Up and Go must be a number from 1 to 300 s, not 'fast'"),
        (["Anna Virtanen", "self-ratings", "5", "5"], "Self-ratings takes 5 values, one for each item in this order: Knowledge and skills, Courage to move, Physical function, Personal resources, Confidence in your own abilities; 2 given"),
        (["Anna Virtanen", "jump", "5"], "no measure 'jump' in this course's pack (its measures: self-ratings, short-fes-i, chair-stand, tug, balance, grip, evaluation)"),
        (["Cy", "tug", "12"], "no participant 'Cy' in the course 'Spring group'"),
    ],
)
def test_add_refuses_wrong_values_with_one_line(people: str, args: list[str], message: str) -> None:
    assert fails("measure", "add", people, *args, "--when", "start") == f"osteo-tui: {message}"
    assert ok_json("measure", "show", people) == []


def test_add_needs_a_time_point(people: str) -> None:
    result = run("measure", "add", people, "Bo Nielsen", "tug", "12")
    assert result.exit_code == 2 and "--when" in result.output
    assert fails("measure", "add", people, "Bo Nielsen", "tug", "12", "--when", "later") == (
        "osteo-tui: 'later' is not a time point: use start, end or follow-up"
    )


def test_a_course_whose_pack_is_missing_says_so(people: str, private_data_dir: Path) -> None:
    path = private_data_dir / "courses" / f"{people}.json"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"luustokurssi-en"', '"my-own-pack"'),
        encoding="utf-8",
    )
    assert fails("measure", "show", people) == (
        "osteo-tui: the course's lesson pack 'my-own-pack' is not installed, so its measures "
        "are not known; see: osteo-tui lessons list"
    )


def test_show_one_participant_with_the_changes_in_words(people: str) -> None:
    for when, stands, tug in (("start", "8", "13.5"), ("end", "11", "11.2")):
        ok("measure", "add", people, "Anna Virtanen", "chair-stand", stands, "--when", when)
        ok("measure", "add", people, "Anna Virtanen", "tug", tug, "--when", when)
    ok("measure", "add", people, "Bo Nielsen", "grip", "25", "--when", "start")
    out = ok("measure", "show", people, "Anna Virtanen").stdout
    assert "Measurements: Anna Virtanen (4)" in out
    assert out.splitlines()[-3:] == [
        "At the end of the course:",
        "  Your chair stand went from 8 to 11 — now in the typical range for your age.",
        "  Your Timed Up and Go time went from 13.5 s to 11.2 s — now under 12 seconds, with no "
        "sign of increased fall risk.",
    ]
    rows = ok_json("measure", "show", people)
    assert [(r["participant"], r["measure"], r["when"], r["score"], r["flag"]) for r in rows] == [
        ("Anna Virtanen", "chair-stand", "start", 8, True),
        ("Anna Virtanen", "chair-stand", "end", 11, False),
        ("Anna Virtanen", "tug", "start", 13.5, True),
        ("Anna Virtanen", "tug", "end", 11.2, False),
        ("Bo Nielsen", "grip", "start", 25, True),
    ]
    table = ok("measure", "show", people).stdout
    assert "⚑ below the reference value, a sign of weak muscles" in table


def test_show_without_measurements(people: str) -> None:
    assert ok("measure", "show", people, "Bo Nielsen").stdout == (
        "No measurements for Bo Nielsen yet.\n"
    )


def test_list_shows_the_measures_of_both_built_in_packs() -> None:
    rows = ok_json("measure", "list")
    assert [(r["pack"], r["id"], r["when"]) for r in rows if r["pack"] == "luustokurssi-en"] == [
        ("luustokurssi-en", "self-ratings", ["start", "end", "follow-up"]),
        ("luustokurssi-en", "short-fes-i", ["start", "end"]),
        ("luustokurssi-en", "chair-stand", ["start", "end"]),
        ("luustokurssi-en", "tug", ["start", "end"]),
        ("luustokurssi-en", "balance", ["start", "end"]),
        ("luustokurssi-en", "grip", "any"),
        ("luustokurssi-en", "evaluation", ["end"]),
    ]
    assert {r["pack"] for r in rows} >= {"luustokurssi-en", "luustokurssi-fi"}
    table = ok("measure", "list").stdout
    assert "Measures of luustokurssi-fi" in table and "Puristusvoima" in table


def test_due_lists_follow_ups_from_four_months_after_the_last_session() -> None:
    start = date.today() - timedelta(days=28 + 130)  # last session about 130 days ago
    ok("course", "new", "Old group", "--pack", "luustokurssi-en", "--start", start.isoformat())
    ok("course", "new", "New group", "--pack", "luustokurssi-en", "--start", date.today().isoformat())
    for course in ("Old group", "New group"):
        ok("participant", "add", course, "Aino")
        ok("participant", "add", course, "Eeva")
    ok("measure", "add", "Old group", "Eeva", "self-ratings", *"77777", "--when", "follow-up")
    rows = ok_json("measure", "due")
    assert [(r["course"], r["participant"], r["state"]) for r in rows] == [
        ("Old group", "Aino", "due")
    ]
    assert "Follow-ups due (1)" in ok("measure", "due").stdout
