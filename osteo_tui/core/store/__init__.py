"""Course files on disk: one TinyDB file per course, written atomically, locked, backed up.

The names below are imported on first use (PEP 562): listing courses at start-up needs only
the repository, not TinyDB and the course store (docs/performance.md, start-up).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(f"{__name__}.{_MODULES.get(name, 'errors')}")
    value = getattr(module, name)
    globals()[name] = value
    return value
