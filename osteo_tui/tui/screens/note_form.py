"""A note about one participant: private unless ticked shareable, tied to a session or not."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Footer, Select, Static, TextArea

from osteo_tui.core.locale_format import format_date
from osteo_tui.core.records import Note, Participant, SessionPlan
from osteo_tui.core.store import CourseStore
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.screens.record_form import RecordForm
from osteo_tui.tui.widgets.field_error import FieldError
from osteo_tui.tui.widgets.form_row import Form, FormRow

__all__ = ["NoteFormScreen"]


class NoteFormScreen(RecordForm, ModalScreen[Note | None]):
    """Saves the note into ``store``; dismisses with it, or ``None`` when cancelled."""

    HELP_NAME = N_("New note")
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(
        self,
        store: CourseStore,
        person: Participant,
        sessions: Sequence[SessionPlan],
        session: int | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.person = person
        self.sessions = sessions
        self.session = session

    def compose(self) -> ComposeResult:
        options = [
            (
                _("session {number} ({day})").format(number=p.number, day=format_date(p.day)),
                p.number,
            )
            for p in self.sessions
        ]
        with Vertical(id="note-form-dialog", classes="dialog form-dialog"):
            yield Static(
                _("Note about {name}").format(name=self.person.name), classes="dialog-title"
            )
            yield FieldError(id="form-error")
            with Form(id="note-form"):
                yield FormRow(_("Note"), TextArea(id="text", soft_wrap=True), "text")
                yield FormRow(
                    _("Session"),
                    Select(
                        options,
                        prompt=_("no session"),
                        value=self.session or Select.NULL,
                        id="session",
                    ),
                    "session",
                )
                yield FormRow(
                    _("Shareable"),
                    Checkbox(_("may go on their take-home summary"), id="shareable"),
                    "shareable",
                    _("Private unless ticked: only the trainers see private notes."),
                )
                with Horizontal(classes="form-buttons"):
                    yield Button(_("Cancel (esc)"), id="cancel")
                    yield Button(_("Save (ctrl+s)"), id="save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.start_form("#text")

    def save_record(self) -> Note:
        session = self.query_one("#session", Select).value
        note = Note.new(
            self.person.id,
            self.query_one("#text", TextArea).text,
            session if isinstance(session, int) else None,
            self.query_one("#shareable", Checkbox).value,
        )
        self.store.add_note(note)
        return note

    def leave_question(self) -> tuple[str, str]:
        return _("Close without saving this note? What you typed is lost."), _("Close")
