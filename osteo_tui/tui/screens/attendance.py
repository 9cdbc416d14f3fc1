"""Marking attendance in class: one keystroke a person, or everyone present at once."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from osteo_tui.core.records import AttendanceStatus
from osteo_tui.core.records.labels import attendance_label
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.translation import N_, _, pgettext

__all__ = ["AttendanceScreen", "mark_label"]

SYMBOL = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.ABSENT: "✗",
    AttendanceStatus.EXCUSED: "E",
    None: "·",
}


def mark_label(status: AttendanceStatus | None) -> str:
    """``✓ present``, ``✗ absent``, ``E excused``, ``· not marked``, in the active language."""
    word = attendance_label(status.value) if status else pgettext("attendance", "not marked")
    return f"{SYMBOL[status]} {word}"


class AttendanceScreen(ModalScreen[None]):
    HELP_NAME = N_("Attendance")
    BINDINGS = [
        Binding("p", "mark('present')", N_("Present")),
        Binding("a", "mark('absent')", N_("Absent")),
        Binding("e", "mark('excused')", N_("Excused")),
        Binding("A", "all_present", N_("All present"), key_display="shift+a"),
        Binding("escape,q", "close", N_("Done")),
    ]

    def __init__(self, store: CourseStore, session: int) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.people = store.participants()

    def compose(self) -> ComposeResult:
        with Vertical(id="attendance-dialog", classes="dialog"):
            yield Static(
                _(
                    "Attendance, session {session}: p present · a absent · e excused · "
                    "shift+a everyone not yet marked is present. Saved at once."
                ).format(session=self.session),
                classes="dialog-title",
            )
            yield DataTable(id="attendance-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="attendance-summary")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", _("name"), _("mark"), "")
        self.reload()
        table.focus()

    def reload(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        marks = self.store.attendance_for(self.session)
        for number, person in enumerate(self.people, 1):
            mark = marks.get(person.id)
            flag = "⚠ " + _("VF") if person.vertebral_fracture else ""
            table.add_row(
                str(number),
                Text(person.name),
                mark_label(mark.status if mark else None),
                flag,
                key=person.id,
            )
        if self.people:
            table.move_cursor(row=min(row, len(self.people) - 1))
        present = sum(1 for m in marks.values() if m.status is AttendanceStatus.PRESENT)
        self.query_one("#attendance-summary", Static).update(
            _("Present {present} of {count}").format(present=present, count=len(self.people))
            if self.people
            else _("No participants yet: add them on the course screen.")
        )

    def action_mark(self, status: str) -> None:
        if not self.people:
            return
        table = self.query_one(DataTable)
        person = self.people[table.cursor_row]
        try:
            self.store.mark_attendance(self.session, person.id, status)
        except (StoreError, OSError, ValueError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.reload()
        table.move_cursor(row=min(table.cursor_row + 1, len(self.people) - 1))

    def action_all_present(self) -> None:
        try:
            marked = self.store.mark_all_present(self.session)
        except (StoreError, OSError, ValueError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.reload()
        if marked:
            new = {mark.participant_id for mark in marked}
            names = ", ".join(person.name for person in self.people if person.id in new)
            self.notify(_("Marked present: {names}.").format(names=names), markup=False)
        else:
            self.notify(_("Everyone already has a mark for this session."))

    def action_close(self) -> None:
        self.dismiss(None)
