"""The trainer's records: courses, participants, attendance, goals, notes and run state."""

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
