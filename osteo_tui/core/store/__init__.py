"""Course files on disk: one TinyDB file per course, written atomically, locked, backed up.

The names below are imported on first use (PEP 562): listing courses at start-up needs only
the repository, not TinyDB and the course store (docs/performance.md, start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from osteo_tui.core.lazy_names import first_use

if TYPE_CHECKING:
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

_MODULES = {
    "CourseStore": "course_store",
    "ErasureReport": "course_store",
    "CourseSummary": "course_summary",
    "CourseRepository": "repository",
}


__getattr__ = first_use(__name__, {name: _MODULES.get(name, "errors") for name in __all__})
