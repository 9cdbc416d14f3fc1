"""Course files on disk: one TinyDB file per course, written atomically, locked, backed up."""

from osteo_tui.core.store.course_store import CourseStore, ErasureReport
from osteo_tui.core.store.course_summary import CourseSummary
from osteo_tui.core.store.errors import (
    CourseDamaged,
    CourseLocked,
    CourseNotFound,
    ReadOnlyCourse,
    StoreError,
)
from osteo_tui.core.store.repository import CourseRepository

__all__ = [
    "CourseDamaged",
    "CourseLocked",
    "CourseNotFound",
    "CourseRepository",
    "CourseStore",
    "CourseSummary",
    "ErasureReport",
    "ReadOnlyCourse",
    "StoreError",
]
