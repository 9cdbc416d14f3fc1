"""Adding or editing a participant; a message beside any field that cannot be stored."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Footer, Input, Select, Static

from osteo_tui.core.lessons import Pack
from osteo_tui.core.records import Fracture, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.participant import consent_from
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.widgets.field_error import FieldError
from osteo_tui.tui.widgets.form_row import Form, FormRow

__all__ = ["ParticipantFormScreen", "parse_fractures"]

SEXES = [("f (female)", "f"), ("m (male)", "m")]


def parse_fractures(text: str, this_year: int) -> tuple[Fracture, ...]:
    """``wrist 2023; hip 2024`` (a comma separates entries too)."""
    return tuple(
        Fracture.parse(part, this_year) for part in re.split(r"[;,]", text) if part.strip()
    )


def _initial(person: Participant | None) -> dict[str, str]:
    if person is None:
        return dict.fromkeys(
            ("name", "born", "fractures", "contact", "consent_date", "consent_scope", "notes"), ""
        )
    consent = person.consent
    return {
        "name": person.name,
        "born": str(person.born or ""),
        "fractures": "; ".join(str(f) for f in person.fractures),
        "contact": person.contact,
        "consent_date": consent.given_on.isoformat() if consent else "",
        "consent_scope": consent.scope if consent else "",
        "notes": person.notes,
    }


class ParticipantFormScreen(ModalScreen[Participant | None]):
    """Saves into ``store`` itself (so a duplicate name is shown on the name field) and
    dismisses with the saved participant, or ``None`` when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self, store: CourseStore, person: Participant | None, today: date, pack: Pack | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.person = person
        self.today = today
        self.initial = _initial(person)
        self.tracks = pack.tracks if pack is not None else ()

    def _input(self, label: str, name: str, placeholder: str, **kwargs: str) -> FormRow:
        field = Input(self.initial[name], placeholder=placeholder, id=name, **kwargs)  # type: ignore[arg-type]
        return FormRow(label, field, name)

    def compose(self) -> ComposeResult:
        p = self.person
        with Vertical(id="participant-dialog", classes="dialog form-dialog"):
            yield Static(f"Edit {p.name}" if p else "New participant", classes="dialog-title")
            yield FieldError(id="form-error")
            with Form(id="participant-form"):
                yield self._input("Name", "name", "first name and surname")
                yield self._input("Year of birth", "born", "e.g. 1951", type="integer")
                sex = Select(
                    SEXES,
                    prompt="not recorded",
                    value=p.sex if p and p.sex else Select.NULL,
                    id="sex",
                )
                yield FormRow("Sex", sex, "sex")
                vertebral = Checkbox(
                    "yes (shown as ⚠ VF)", bool(p and p.vertebral_fracture), id="vertebral"
                )
                yield FormRow("Vertebral fracture", vertebral, "vertebral_fracture")
                if self.tracks:
                    yield FormRow("Track", self._track_select(), "track")
                yield self._input("Fractures", "fractures", "e.g. wrist 2023; hip 2024")
                yield self._input("Contact", "contact", "phone or e-mail (optional)")
                yield self._input("Consent date", "consent_date", "YYYY-MM-DD, when they agreed")
                yield self._input("Consented to", "consent_scope", "course records")
                yield self._input("Notes", "notes", "anything the trainers should know")
                with Horizontal(classes="form-buttons"):
                    yield Button("Cancel (esc)", id="cancel")
                    yield Button("Save (ctrl+s)", id="save", variant="primary")
        yield Footer()

    def _track_select(self) -> Select[str]:
        """The pack's tracks; left empty, the track follows the vertebral fracture flag."""
        ids = [track.id for track in self.tracks]
        chosen = self.person.track if self.person and self.person.track in ids else None
        return Select(
            [(track.title, track.id) for track in self.tracks],
            prompt="by vertebral fracture (default)",
            value=chosen if chosen is not None else Select.NULL,
            id="track",
        )

    def on_mount(self) -> None:
        self.typed = self.query_one(Form).values()
        self.query_one("#name", Input).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one(Form).set_compact(event.size.height < 40)

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value.strip()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def _build(self) -> Participant:
        born = self._value("born")
        if born and not born.lstrip("-").isdigit():
            raise InvalidRecord("born", "the year of birth is a number such as 1951")
        sex = self.query_one("#sex", Select).value
        person = Participant.new(
            self._value("name"),
            born=int(born) if born else None,
            sex=sex if isinstance(sex, str) else None,
            fractures=parse_fractures(self._value("fractures"), self.today.year),
            vertebral_fracture=self.query_one("#vertebral", Checkbox).value,
            contact=self._value("contact"),
            consent=consent_from(self._value("consent_date"), self._value("consent_scope")),
            notes=self._value("notes"),
            today=self.today,
        )
        track = self.person.track if self.person else None
        if self.tracks:
            chosen = self.query_one("#track", Select).value
            track = chosen if isinstance(chosen, str) else None
        if self.person is None:
            return replace(person, track=track)
        return replace(person, id=self.person.id, track=track)

    def action_save(self) -> None:
        self.query_one(Form).clear_errors()
        general = self.query_one("#form-error", FieldError)
        general.say(None)
        try:
            person = self._build()
            if self.person is None:
                self.store.add_participant(person)
            else:
                self.store.save_participant(person)
        except InvalidRecord as error:
            if not self.query_one(Form).show_error(error):
                general.say(error.message)
            return
        except (StoreError, OSError) as error:
            general.say(f"Not saved: {error}")
            return
        self.dismiss(person)

    @work(exclusive=True)
    async def action_cancel(self) -> None:
        if self.query_one(Form).values() != self.typed and not await self.app.push_screen_wait(
            ConfirmScreen("Close without saving? What you changed here is lost.", yes="Close")
        ):
            return
        self.dismiss(None)
