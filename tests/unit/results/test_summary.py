"""A course's results without names, and the numbers that sum them up."""

from __future__ import annotations

from pathlib import Path

import pytest

from osteo_tui.core.measures import gas_t_score
from osteo_tui.core.results import course_results, summarise, summary_rows
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.snapshot import CourseSnapshot
from tests.unit.results.course_data import Person, builtin_measures, make_course

EVALUATION = ["9", "8", "7", "9", "9", "10"]


def group(data_dir: Path) -> str:
    people = [
        Person(
            "Anna Virtanen",
            results={
                ("tug", "start"): ["13.5"], ("tug", "end"): ["11.5"],
                ("chair-stand", "start"): ["8"], ("chair-stand", "end"): ["11"],
                ("self-ratings", "start"): list("54675"), ("self-ratings", "end"): list("78679"),
                ("self-ratings", "follow-up"): list("77777"),
                ("evaluation", "end"): [*EVALUATION, "Thank you, Liisa!"],
            },
            goal_levels=[[-1, 0, 1], [0]],
        ),
        Person(
            "Bo Nielsen", born=1948, sex="m", contact="bo@example.org",
            results={
                ("tug", "start"): ["10"], ("tug", "end"): ["12.5"],
                ("chair-stand", "start"): ["12"], ("chair-stand", "end"): ["12"],
                ("evaluation", "end"): ["5"] * 6,
            },
            goal_levels=[[-2]],
        ),
        Person(
            "Cy Berg", born=None,
            results={("tug", "start"): ["9"], ("chair-stand", "start"): ["14"]},
        ),
        Person("Dee", results={("tug", "end"): ["20"]}),
    ]  # fmt: skip
    return make_course(data_dir, "Spring group", "2026-01-13", people).id


def results_of(data_dir: Path, course_id: str):
    with CourseRepository(data_dir).open(course_id, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
    return snapshot, course_results(snapshot, builtin_measures())


def test_course_summary_numbers(private_data_dir: Path) -> None:
    snapshot, results = results_of(private_data_dir, group(private_data_dir))
    summary = summarise([results])
    assert (summary.courses, summary.participants, summary.goal_set) == (1, 4, 2)
    assert summary.percent_goal_set == 50
    anna_t, bo_t = gas_t_score([1, 0]), gas_t_score([-2])
    assert summary.gas_n == 2
    assert summary.gas_mean == pytest.approx((anna_t + bo_t) / 2)
    assert summary.gas_met == 1 and summary.percent_gas_met == 50

    changes = {(c.info.key, c.after): c for c in summary.changes}
    tug = changes[("tug", "end")]  # Anna 13.5 -> 11.5, Bo 10 -> 12.5; Cy and Dee: one time only
    assert (tug.n, tug.mean_before, tug.mean_after) == (2, 11.75, 12.0)
    assert tug.mean_change == pytest.approx(0.25) and tug.median_change == pytest.approx(0.25)
    assert (tug.improved, tug.percent_improved) == (1, 50)  # lower is better
    assert (tug.flagged_before, tug.flagged_after, tug.flag_n) == (1, 1, 2)
    stand = changes[("chair-stand", "end")]  # Anna 8 -> 11 (f, 76); Bo 12 -> 12 (m, 78)
    assert (stand.n, stand.mean_change, stand.improved) == (2, 1.5, 1)
    assert (stand.flagged_before, stand.flagged_after) == (1, 0)
    courage = changes[("self-ratings.courage", "end")]
    assert (courage.n, courage.mean_change, courage.percent_improved) == (1, 4, 100)
    assert courage.flag_n == 0 and courage.flagged_before is None
    later = changes[("self-ratings.courage", "follow-up")]
    assert (later.before, later.after, later.mean_change) == ("start", "follow-up", 3)
    assert ("tug", "follow-up") not in changes

    goal_setting = next(e for e in summary.evaluation if e.info.key == "evaluation.goal-setting")
    assert (goal_setting.n, goal_setting.mean, goal_setting.median) == (2, 7, 7)
    assert summary.comments == 1 and results.comments == ("Thank you, Liisa!",)
    assert snapshot.course.title == "Spring group"


def test_rows_hold_no_names_ids_contacts_ages_or_text(private_data_dir: Path) -> None:
    snapshot, results = results_of(private_data_dir, group(private_data_dir))
    text = repr(results.participants) + repr(results.outcomes) + results.key
    for person in snapshot.participants:
        assert person.name not in text and person.id not in text
    for secret in ("bo@example.org", "1948", "1950", "Liisa", snapshot.course.id):
        assert secret not in text
    assert [row.goal_set for row in results.participants].count(True) == 2


def test_summary_rows_for_csv(private_data_dir: Path) -> None:
    _, results = results_of(private_data_dir, group(private_data_dir))
    rows = summary_rows(summarise([results]))
    assert rows[:4] == [
        ("courses", "courses", "n", "1"),
        ("courses", "participants", "n", "4"),
        ("goals", "set a goal", "n", "2"),
        ("goals", "set a goal", "%", "50"),
    ]
    assert ("change start to end", "Timed Up and Go", "mean change", "0.25") in rows
    assert ("change start to end", "Timed Up and Go", "% improved", "50") in rows
    assert ("change start to end", "30-second chair stand", "flagged at start", "1") in rows
    assert ("evaluation", "Course evaluation: Peer support", "mean", "7.5") in rows
    assert rows[-1] == ("evaluation", "comments", "n", "1")


def test_a_course_whose_pack_is_missing_still_counts_its_people(private_data_dir: Path) -> None:
    course_id = group(private_data_dir)
    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        results = course_results(CourseSnapshot.of(store), None)
    summary = summarise([results])
    assert (summary.participants, summary.goal_set, summary.changes) == (4, 2, ())
    assert summary.missing_packs == 1
