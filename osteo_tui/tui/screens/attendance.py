"""Marking attendance in class: one keystroke a person, or everyone present at once."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from osteo_tui.core.records import AttendanceStatus
from osteo_tui.core.store import CourseStore, StoreError

__all__ = ["AttendanceScreen"]

LABEL = {
    AttendanceStatus.PRESENT: "✓ present",
    AttendanceStatus.ABSENT: "✗ absent",
    AttendanceStatus.EXCUSED: "E excused",
    None: "· not marked",
}


class AttendanceScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("p", "mark('present')", "Present"),
        Binding("a", "mark('absent')", "Absent"),
        Binding("e", "mark('excused')", "Excused"),
        Binding("A", "all_present", "All present", key_display="shift+a"),
        Binding("escape,q", "close", "Done"),
    ]

    def __init__(self, store: CourseStore, session: int) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.people = store.participants()

    def compose(self) -> ComposeResult:
        with Vertical(id="attendance-dialog", classes="dialog"):
            yield Static(
                f"Attendance, session {self.session}: p present · a absent · e excused · "
                "shift+a everyone not yet marked is present. Saved at once.",
                classes="dialog-title",
            )
            yield DataTable(id="attendance-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="attendance-summary")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "name", "mark", "")
        self.reload()
        table.focus()

    def reload(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        marks = self.store.attendance_for(self.session)
        for number, person in enumerate(self.people, 1):
            mark = marks.get(person.id)
            flag = "⚠ VF" if person.vertebral_fracture else ""
            table.add_row(
                str(number), person.name, LABEL[mark.status if mark else None], flag, key=person.id
            )
        if self.people:
            table.move_cursor(row=min(row, len(self.people) - 1))
        present = sum(1 for m in marks.values() if m.status is AttendanceStatus.PRESENT)
        self.query_one("#attendance-summary", Static).update(
            f"Present {present} of {len(self.people)}"
            if self.people
            else "No participants yet: add them on the course screen."
        )

    def action_mark(self, status: str) -> None:
        if not self.people:
            return
        table = self.query_one(DataTable)
        person = self.people[table.cursor_row]
        try:
            self.store.mark_attendance(self.session, person.id, status)
        except (StoreError, OSError, ValueError) as error:
            self.notify(str(error), severity="error")
            return
        self.reload()
        table.move_cursor(row=min(table.cursor_row + 1, len(self.people) - 1))

    def action_all_present(self) -> None:
        try:
            marked = self.store.mark_all_present(self.session)
        except (StoreError, OSError, ValueError) as error:
            self.notify(str(error), severity="error")
            return
        self.reload()
        self.notify(f"{len(marked)} marked present.")

    def action_close(self) -> None:
        self.dismiss(None)
