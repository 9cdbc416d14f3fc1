"""How a course's status follows its session runs.

A course is *planned* until its first session is run, *running* from then on, and
*finished* once its last session has been run to the end: that is the moment a trainer thinks
of the course as over, even if an earlier session was cancelled and never run. Starting the
last session over makes the course running again. An archived course keeps its status: it was
closed by hand and only the trainer changes that.
"""

from __future__ import annotations

from collections.abc import Iterable

from osteo_tui.core.records.course import Course, CourseStatus
from osteo_tui.core.records.progress import RunState

__all__ = ["status_after_runs"]


def status_after_runs(course: Course, runs: Iterable[RunState]) -> CourseStatus:
    """The status ``course`` should have, given the saved run state of its sessions."""
    if course.status is CourseStatus.ARCHIVED:
        return CourseStatus.ARCHIVED
    by_session = {state.session: state for state in runs}
    if not by_session:
        return CourseStatus.PLANNED
    last = max(plan.number for plan in course.sessions)
    final = by_session.get(last)
    if final is not None and final.finished:
        return CourseStatus.FINISHED
    return CourseStatus.RUNNING
