"""The courses of the data folder, one row each: what a trainer needs to pick one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text
from textual.binding import Binding

from osteo_tui.core.records import SessionPlan
from osteo_tui.core.store import CourseSummary
from osteo_tui.tui.widgets.fitted_table import FittedTable, TableRow

__all__ = ["CourseTable", "attendance_text", "next_session_text"]

LABELS = ("Course", "Status", "Next session", "People", "Attendance")


def next_session_text(plan: SessionPlan | None, today: date) -> str:
    if plan is None:
        return "all held"
    at = f" {plan.start:%H:%M}" if plan.start else ""
    if plan.day == today:
        return f"{plan.number}: TODAY{at}"
    return f"{plan.number}: {plan.day:%a} {plan.day.isoformat()}{at}"


def attendance_text(present: int, marks: int) -> str:
    """Present marks out of all marks so far, as a percentage and as numbers."""
    if not marks:
        return "—"
    return f"{round(100 * present / marks)}% ({present}/{marks})"


class CourseTable(FittedTable):
    BINDINGS = [Binding("enter", "select_cursor", "Open course")]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(flex_min=14, **kwargs)

    def show(self, summaries: Sequence[CourseSummary], today: date) -> None:
        rows: list[TableRow] = []
        for summary in summaries:
            if summary.damaged:
                cells = [Text(f"⚠ {summary.path.name}", style="bold"), "damaged", "", "", ""]
            else:
                upcoming = next_session_text(summary.next_session(today), today)
                cells = [
                    Text(summary.title, style="bold"),
                    summary.status,
                    Text(upcoming, style="bold" if "TODAY" in upcoming else ""),
                    str(summary.participants),
                    attendance_text(summary.present_marks, summary.marks),
                ]
            rows.append((summary.id, cells))
        self.fill(LABELS, rows, flex=0)
