"""A course's status follows its session runs: planned → running → finished."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.records import Course, CourseStatus, RunState
from osteo_tui.core.records.course_status import status_after_runs
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.session_runs import save_run

COURSE = Course.new("Spring", "luustokurssi-en", "1.0.0", 5, date(2026, 3, 2))


def test_a_course_with_no_run_is_planned() -> None:
    assert status_after_runs(COURSE, []) is CourseStatus.PLANNED


def test_starting_any_session_makes_it_running() -> None:
    assert status_after_runs(COURSE, [RunState(session=1)]) is CourseStatus.RUNNING
    finished_early = [RunState(session=n, finished=True) for n in (1, 2, 3, 4)]
    assert status_after_runs(COURSE, finished_early) is CourseStatus.RUNNING


def test_the_last_session_run_to_its_end_finishes_the_course() -> None:
    # session 3 was cancelled and never run: the course is still over after session 5
    runs = [RunState(session=n, finished=True) for n in (1, 2, 4, 5)]
    assert status_after_runs(COURSE, runs) is CourseStatus.FINISHED
    # the last session half-way: still running
    assert status_after_runs(COURSE, [RunState(session=5, segment=3)]) is CourseStatus.RUNNING


@given(
    st.lists(
        st.builds(RunState, session=st.integers(1, 5), finished=st.booleans()),
        max_size=8,
    )
)
def test_an_archived_course_stays_archived(runs: list[RunState]) -> None:
    archived = replace(COURSE, status=CourseStatus.ARCHIVED)
    assert status_after_runs(archived, runs) is CourseStatus.ARCHIVED


def test_saving_runs_moves_the_stored_status(tmp_path: Path) -> None:
    repository = CourseRepository(tmp_path)
    with repository.create(COURSE) as store:
        assert store.course.status is CourseStatus.PLANNED
        assert save_run(store, RunState(session=1)).status is CourseStatus.RUNNING
        save_run(store, RunState(session=5, segment=8))
        assert store.course.status is CourseStatus.RUNNING
        assert save_run(store, RunState(session=5, segment=8, finished=True)).status is (
            CourseStatus.FINISHED
        )
        save_run(store, RunState(session=5))  # the last session started over
        assert store.course.status is CourseStatus.RUNNING
    assert repository.summary(COURSE.id).status == "running"  # on disk, as home lists it
