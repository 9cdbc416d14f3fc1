"""Attendance as participants × sessions: one cell a mark, the rate of each session below."""

from __future__ import annotations

from rich.text import Text
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from osteo_tui.core.locale_format import format_day_month_name
from osteo_tui.core.records import AttendanceStatus
from osteo_tui.core.records.attendance_grid import AttendanceGrid
from osteo_tui.core.translation import _, pgettext

__all__ = ["MARKS", "AttendanceMatrix"]

MARKS = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.ABSENT: "✗",
    AttendanceStatus.EXCUSED: "E",
    None: "·",
}
RATE_ROW = "rate"


class AttendanceMatrix(DataTable[Text]):
    """Row keys are participant ids (and ``rate``); column keys are session numbers."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("cursor_type", "cell")
        super().__init__(fixed_columns=1, header_height=2, zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.grid: AttendanceGrid | None = None

    def _styles(self) -> dict[AttendanceStatus | None, str]:
        theme = self.app.current_theme
        return {
            AttendanceStatus.PRESENT: f"bold {theme.success}",
            AttendanceStatus.ABSENT: f"bold {theme.error}",
            AttendanceStatus.EXCUSED: f"bold {theme.warning}",
            None: "dim",
        }

    def show(self, grid: AttendanceGrid) -> None:
        self.grid = grid
        where = self.cursor_coordinate
        styles = self._styles()
        self.clear(columns=True)
        self.add_column(Text(_("Name") + "\n"), key="name")
        for plan in grid.sessions:
            label = Text(f"{plan.number}\n{format_day_month_name(plan.day)}", justify="center")
            self.add_column(label, key=str(plan.number))
        for row in grid.rows:
            name = Text(row.participant.name)
            name.truncate(24, overflow="ellipsis")
            marks = [Text(MARKS[m], style=styles[m], justify="center") for m in row.marks]
            self.add_row(name, *marks, key=row.participant.id)
        if grid.rows:
            rates = [self._rate(grid, plan.number) for plan in grid.sessions]
            self.add_row(
                Text(pgettext("attendance rate", "Present"), style="italic"), *rates, key=RATE_ROW
            )
        if self.row_count:
            self.move_cursor(
                row=min(where.row, self.row_count - 1),
                column=min(max(where.column, 1), len(grid.sessions)),
                animate=False,
            )

    @staticmethod
    def _rate(grid: AttendanceGrid, session: int) -> Text:
        index = [plan.number for plan in grid.sessions].index(session)
        if all(row.marks[index] is None for row in grid.rows):
            return Text("—", style="dim", justify="center")
        percent = round(100 * grid.present_at(session) / len(grid.rows))
        return Text(_("{percent}%").format(percent=percent), style="italic", justify="center")

    def target(self) -> tuple[str, int] | None:
        """(participant id, session number) under the cursor; ``None`` off the marks."""
        if not self.row_count:
            return None
        keys = self.coordinate_to_cell_key(self.cursor_coordinate)
        if keys.row_key.value == RATE_ROW or keys.column_key.value == "name":
            return None
        return str(keys.row_key.value), int(str(keys.column_key.value))

    def step_down(self) -> None:
        """To the next participant in the same session (not onto the rate row)."""
        row, column = self.cursor_coordinate
        last = self.row_count - 2
        self.cursor_coordinate = Coordinate(min(row + 1, max(last, 0)), column)
