"""The results of every course in a data folder that started in a given year."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from osteo_tui.core.measures.definitions import MeasureSet
from osteo_tui.core.results.course_results import CourseResults, course_results
from osteo_tui.core.store.errors import StoreError
from osteo_tui.core.store.repository import CourseRepository
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import _

__all__ = ["YearResults", "year_results"]


@dataclass(frozen=True)
class YearResults:
    courses: tuple[CourseResults, ...]
    notes: tuple[str, ...]
    """Courses that could not be counted (damaged files) or only in part (pack missing)."""


def year_results(
    repo: CourseRepository, year: int, measures_of: Callable[[str], MeasureSet | None]
) -> YearResults:
    """Every course that started in ``year``; ``measures_of(pack_id)`` gives a pack's measures
    (``None`` when the pack is not installed: the course then counts without measurements)."""
    found: list[CourseResults] = []
    notes: list[str] = []
    for summary in repo.summaries():
        if summary.damaged is not None:
            notes.append(
                _("left out {file}: {problem}").format(
                    file=summary.path.name, problem=summary.damaged
                )
            )
            continue
        if summary.start_date is None or summary.start_date.year != year:
            continue
        try:
            with repo.open(summary.id, read_only=True) as store:
                snapshot = CourseSnapshot.of(store)
        except StoreError as error:
            notes.append(
                _("left out '{title}': {problem}").format(title=summary.title, problem=error)
            )
            continue
        measures = measures_of(snapshot.course.pack_id)
        if measures is None:
            notes.append(
                _(
                    "'{title}': its lesson pack '{pack}' is not installed, so its measurements "
                    "are left out"
                ).format(title=summary.title, pack=snapshot.course.pack_id)
            )
        found.append(course_results(snapshot, measures))
    return YearResults(tuple(found), tuple(notes))
