"""A line on the course screen naming whose 4-6 month follow-up is due; hidden otherwise."""

from __future__ import annotations

from datetime import date

from textual.widgets import Static

from osteo_tui.core.measures import FollowUp, FollowUpState, MeasureSet, follow_ups_due
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import ngettext

__all__ = ["MeasureFollowUpNote", "follow_up_line"]


def follow_up_line(due: list[FollowUp]) -> str:
    """``Follow-up due for 2 (1 overdue), press f: Aino Virtanen, Pekka Mäkinen``: the count
    and the key first, so that a narrow window cuts only names."""
    names = ", ".join(item.participant.name for item in due)
    late = sum(1 for item in due if item.state is FollowUpState.LATE)
    if late:
        line = ngettext(
            "Follow-up due for {count} ({late} overdue), press f: {names}",
            "Follow-up due for {count} ({late} overdue), press f: {names}",
            len(due),
        )
    else:
        line = ngettext(
            "Follow-up due for {count}, press f: {names}",
            "Follow-up due for {count}, press f: {names}",
            len(due),
        )
    return line.format(count=len(due), late=late, names=names)


class MeasureFollowUpNote(Static):
    DEFAULT_CSS = """
    MeasureFollowUpNote {
        padding: 0 1; background: $accent 25%; display: none;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    MeasureFollowUpNote.-shown { display: block; }
    """

    def __init__(self, **kwargs: str) -> None:
        super().__init__(markup=False, **kwargs)
        self.due: list[FollowUp] = []

    def show(self, snapshot: CourseSnapshot, measures: MeasureSet, today: date) -> None:
        self.due = follow_ups_due(
            snapshot.course, snapshot.participants, snapshot.measurements, measures, today
        )
        self.update(follow_up_line(self.due) if self.due else "")
        self.set_class(bool(self.due), "-shown")
