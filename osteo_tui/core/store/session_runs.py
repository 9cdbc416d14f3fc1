"""Saving a session run, and moving the course's status along with it."""

from __future__ import annotations

from dataclasses import replace

from osteo_tui.core.records import Course, RunState
from osteo_tui.core.records.course_status import status_after_runs
from osteo_tui.core.store.course_store import CourseStore

__all__ = ["save_run"]


def save_run(store: CourseStore, state: RunState) -> Course:
    """Save ``state`` and bring the course's status up to date (planned → running →
    finished, see ``status_after_runs``); returns the course as it now stands."""
    store.save_run_state(state)
    course = store.course
    runs = [run for plan in course.sessions if (run := store.run_state(plan.number))]
    status = status_after_runs(course, runs)
    if status is course.status:
        return course
    return store.save_course(replace(course, status=status))
