"""The trainer's records: courses, participants, attendance, goals, notes and run state.

The names below are imported on first use (PEP 562): the course list at start-up needs only
the course's own records (docs/performance.md, start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from osteo_tui.core.lazy_names import first_use

if TYPE_CHECKING:
    from osteo_tui.core.records.course import Course, CourseStatus, SessionPlan
    from osteo_tui.core.records.participant import Consent, Fracture, Participant
    from osteo_tui.core.records.progress import (
        AttendanceMark,
        AttendanceStatus,
        Goal,
        GoalReview,
        Note,
        RunState,
    )

__all__ = [
    "AttendanceMark",
    "AttendanceStatus",
    "Consent",
    "Course",
    "CourseStatus",
    "Fracture",
    "Goal",
    "GoalReview",
    "Note",
    "Participant",
    "RunState",
    "SessionPlan",
]

_MODULES = {
    "Course": "course",
    "CourseStatus": "course",
    "SessionPlan": "course",
    "Consent": "participant",
    "Fracture": "participant",
    "Participant": "participant",
}


__getattr__ = first_use(__name__, {name: _MODULES.get(name, "progress") for name in __all__})
