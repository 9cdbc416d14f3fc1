"""What both documents say about the course: its facts box and the PDF's metadata."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Table

from osteo_tui.core.records import Course
from osteo_tui.core.translation import pgettext
from osteo_tui.reports import labels
from osteo_tui.reports.blocks import facts
from osteo_tui.reports.page import DocumentInfo
from osteo_tui.reports.styles import Styles

__all__ = ["course_facts", "document_info"]


def course_facts(
    course: Course, st: Styles, width: float, extra: Sequence[tuple[str, str]] = ()
) -> Table:
    """Course, place, dates and trainers (those that are known), then ``extra`` rows."""
    days = [plan.day for plan in course.sessions] or [course.start_date]
    rows = [(pgettext("pdf", "Course"), course.title)]
    if course.place:
        rows.append((pgettext("pdf", "Place"), course.place))
    rows.append((pgettext("pdf", "Dates"), labels.days(min(days), max(days))))
    if course.trainers:
        rows.append((pgettext("pdf", "Trainers"), ", ".join(course.trainers)))
    return facts([*rows, *extra], st, width)


def _page_label(page: int, pages: int) -> str:
    return pgettext("pdf", "Page {page} of {pages}").format(page=page, pages=pages)


def document_info(course: Course, *, title: str, footer: str, made_on: date) -> DocumentInfo:
    """The metadata and the page frame's words; the page numbers are written while the PDF is
    rendered, so render it in the course's language too."""
    return DocumentInfo(
        title=title,
        author=", ".join(course.trainers) or "osteo-tui",
        subject=course.title,
        language=course.language,
        header_left=course.title,
        header_right=pgettext("pdf", "Made on {day}").format(day=labels.day(made_on)),
        footer_left=footer,
        page_label=_page_label,
    )
