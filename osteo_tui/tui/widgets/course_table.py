"""The courses of the data folder, one row each: what a trainer needs to pick one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text
from textual.binding import Binding

from osteo_tui.core.locale_format import format_time, format_weekday_date
from osteo_tui.core.records import SessionPlan
from osteo_tui.core.records.labels import status_label
from osteo_tui.core.store import CourseSummary
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.fitted_table import FittedTable, TableRow

__all__ = ["CourseTable", "attendance_text", "next_session_text"]

LABELS = (N_("Course"), N_("Status"), N_("Next session"), N_("People"), N_("Attendance"))
"""Column headings (translate with ``_``)."""


def next_session_text(plan: SessionPlan | None, today: date) -> str:
    if plan is None:
        return _("all held")
    at = f" {format_time(plan.start)}" if plan.start else ""
    if plan.day == today:
        return _("{number}: TODAY{at}").format(number=plan.number, at=at)
    return f"{plan.number}: {format_weekday_date(plan.day)}{at}"


def attendance_text(present: int, marks: int) -> str:
    """Present marks out of all marks so far, as a percentage and as numbers."""
    if not marks:
        return "—"
    return _("{percent}% ({present}/{marks})").format(
        percent=round(100 * present / marks), present=present, marks=marks
    )


class CourseTable(FittedTable):
    BINDINGS = [Binding("enter", "select_cursor", N_("Open course"))]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(flex_min=14, **kwargs)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No "Open course" key in the footer while there is no course to open."""
        if action == "select_cursor":
            return self.row_count > 0
        return True

    def show(self, summaries: Sequence[CourseSummary], today: date) -> None:
        rows: list[TableRow] = []
        for summary in summaries:
            if summary.damaged:
                damaged = _("damaged")
                cells = [Text(f"⚠ {summary.path.name}", style="bold"), damaged, "", "", ""]
            else:
                plan = summary.next_session(today)
                upcoming = next_session_text(plan, today)
                today_style = "bold" if plan is not None and plan.day == today else ""
                cells = [
                    Text(summary.title, style="bold"),
                    status_label(summary.status),
                    Text(upcoming, style=today_style),
                    str(summary.participants),
                    attendance_text(summary.present_marks, summary.marks),
                ]
            rows.append((summary.id, cells))
        self.fill([_(label) for label in LABELS], rows, flex=0)
