"""What both documents say about the course: its facts box and the PDF's metadata."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Table

from osteo_tui.core.records import Course
from osteo_tui.reports.blocks import facts
from osteo_tui.reports.labels import Labels
from osteo_tui.reports.page import DocumentInfo
from osteo_tui.reports.styles import Styles

__all__ = ["course_facts", "document_info"]


def course_facts(
    course: Course, labels: Labels, st: Styles, width: float, extra: Sequence[tuple[str, str]] = ()
) -> Table:
    """Course, place, dates and trainers (those that are known), then ``extra`` rows."""
    days = [plan.day for plan in course.sessions] or [course.start_date]
    rows = [(labels("course"), course.title)]
    if course.place:
        rows.append((labels("place"), course.place))
    rows.append((labels("dates"), labels.days(min(days), max(days))))
    if course.trainers:
        rows.append((labels("trainers"), ", ".join(course.trainers)))
    return facts([*rows, *extra], st, width)


def document_info(
    course: Course, labels: Labels, *, title: str, footer: str, made_on: date
) -> DocumentInfo:
    return DocumentInfo(
        title=title,
        author=", ".join(course.trainers) or "osteo-tui",
        subject=course.title,
        language=course.language,
        header_left=course.title,
        header_right=labels("made_on", day=labels.day(made_on)),
        footer_left=footer,
        page_label=lambda page, pages: labels("page", page=page, pages=pages),
    )
