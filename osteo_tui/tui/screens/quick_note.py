"""A note about a participant in three keystrokes: o, their number or letter, the text, Enter."""

from __future__ import annotations

import string

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Footer, Input, Static

from osteo_tui.core.records import Note, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.translation import N_, _

__all__ = ["QuickNoteScreen"]

KEYS = "123456789" + string.ascii_lowercase


class QuickNoteScreen(ModalScreen[Note | None]):
    HELP_NAME = N_("Quick note")
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+t", "toggle_shareable", N_("Shareable on/off")),
    ]

    def __init__(
        self,
        store: CourseStore,
        session: int,
        people: list[Participant],
        participant_id: str | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.people = people[: len(KEYS)]
        self.chosen = next((p for p in people if p.id == participant_id), None)

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(
                _("Quick note: press the key of the person."),
                id="note-title",
                classes="dialog-title",
                markup=False,
            )
            lines = [
                Text.assemble((KEYS[i], "bold"), "  ", p.name) for i, p in enumerate(self.people)
            ]
            yield Static(Text("\n").join(lines), id="note-people")
            yield Input(placeholder=_("The note; Enter saves"), id="note-text")
            yield Checkbox(
                _("Shareable (may go on their take-home summary); ctrl+t"), id="note-shareable"
            )
        yield Footer()

    def on_mount(self) -> None:
        if self.chosen is not None:
            self._choose(self.chosen)
        else:
            for widget in self.query("#note-text, #note-shareable"):
                widget.display = False
                widget.disabled = True  # the person's key must not be typed into the note

    def _choose(self, person: Participant) -> None:
        self.chosen = person
        self.query_one("#note-people").display = False
        self.query_one("#note-title", Static).update(
            _("Note about {name} (session {session}). Private unless ticked.").format(
                name=person.name, session=self.session
            )
        )
        for widget in self.query("#note-text, #note-shareable"):
            widget.display = True
            widget.disabled = False
        self.query_one("#note-text", Input).focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.chosen is None and event.character and event.character in KEYS:
            index = KEYS.index(event.character)
            if index < len(self.people):
                event.stop()
                self._choose(self.people[index])

    @on(Input.Submitted, "#note-text")
    def save(self) -> None:
        if self.chosen is None:
            return
        shareable = self.query_one("#note-shareable", Checkbox).value
        try:
            note = Note.new(
                self.chosen.id, self.query_one("#note-text", Input).value, self.session, shareable
            )
            self.store.add_note(note)
        except InvalidRecord as error:
            self.notify(error.message, severity="error", markup=False)
            return
        except (StoreError, OSError) as error:
            self.notify(
                _("The note was not saved: {error}").format(error=error),
                severity="error",
                markup=False,
            )
            return
        saved = (
            _("Saved a shareable note about {name}.")
            if shareable
            else _("Saved a private note about {name}.")
        )
        self.notify(saved.format(name=self.chosen.name), markup=False)
        self.dismiss(note)

    def action_toggle_shareable(self) -> None:
        box = self.query_one("#note-shareable", Checkbox)
        box.value = not box.value

    def action_cancel(self) -> None:
        self.dismiss(None)
