"""Adding or editing a participant; a message beside any field that cannot be stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Footer, Input, Select, Static

from osteo_tui.core.lessons import Pack
from osteo_tui.core.locale_format import format_date
from osteo_tui.core.records import Fracture, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.fracture_text import parse_fractures
from osteo_tui.core.records.labels import (
    consent_scope_label,
    fracture_label,
)
from osteo_tui.core.records.participant import consent_from
from osteo_tui.core.store import CourseStore
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.screens.record_form import RecordForm
from osteo_tui.tui.widgets.field_error import FieldError
from osteo_tui.tui.widgets.form_row import Form, FormRow

__all__ = ["ParticipantFormScreen"]

SEXES = [(N_("f (female)"), "f"), (N_("m (male)"), "m")]
"""The choices of the sex field (translate with ``_``) and the codes stored."""
DEFAULT_SCOPE = "course records"
"""What a consent covers when the trainer names nothing else (shown in their language)."""


def _initial(person: Participant | None) -> dict[str, str]:
    if person is None:
        return dict.fromkeys(
            ("name", "born", "fractures", "contact", "consent_date", "consent_scope", "notes"), ""
        )
    consent = person.consent
    return {
        "name": person.name,
        "born": str(person.born or ""),
        "fractures": "; ".join(fracture_label(f) for f in person.fractures),
        "contact": person.contact,
        "consent_date": format_date(consent.given_on) if consent else "",
        "consent_scope": consent_scope_label(consent.scope) if consent else "",
        "notes": person.notes,
    }


class ParticipantFormScreen(RecordForm, ModalScreen[Participant | None]):
    """Saves into ``store`` itself (so a duplicate name is shown on the name field) and
    dismisses with the saved participant, or ``None`` when cancelled."""

    HELP_NAME = N_("Participant")
    COMPACT_BELOW = 40
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
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
            title = _("Edit {name}").format(name=p.name) if p else _("New participant")
            yield Static(title, classes="dialog-title", markup=False)
            yield FieldError(id="form-error")
            with Form(id="participant-form"):
                yield self._input(_("Name"), "name", _("first name and surname"))
                yield self._input(_("Year of birth"), "born", _("e.g. 1951"), type="integer")
                sex = Select(
                    [(_(label), code) for label, code in SEXES],
                    prompt=_("not recorded"),
                    value=p.sex if p and p.sex else Select.NULL,
                    id="sex",
                )
                yield FormRow(_("Sex"), sex, "sex")
                vertebral = Checkbox(
                    _("yes (shown as ⚠ {flag})").format(flag=_("VF")),
                    bool(p and p.vertebral_fracture),
                    id="vertebral",
                )
                yield FormRow(_("Vertebral fracture"), vertebral, "vertebral_fracture")
                if self.tracks:
                    yield FormRow(_("Track"), self._track_select(), "track")
                example = "; ".join(
                    fracture_label(Fracture(site, year))
                    for site, year in (("wrist", 2023), ("hip", 2024))
                )
                yield self._input(
                    _("Fractures"), "fractures", _("e.g. {example}").format(example=example)
                )
                yield self._input(_("Contact"), "contact", _("phone or e-mail (optional)"))
                yield self._input(
                    _("Consent date"), "consent_date", _("YYYY-MM-DD, when they agreed")
                )
                yield self._input(
                    _("Consented to"), "consent_scope", consent_scope_label(DEFAULT_SCOPE)
                )
                yield self._input(_("Notes"), "notes", _("anything the trainers should know"))
                with Horizontal(classes="form-buttons"):
                    yield Button(_("Cancel (esc)"), id="cancel")
                    yield Button(_("Save (ctrl+s)"), id="save", variant="primary")
        yield Footer()

    def _track_select(self) -> Select[str]:
        """The pack's tracks; left empty, the track follows the vertebral fracture flag."""
        ids = [track.id for track in self.tracks]
        chosen = self.person.track if self.person and self.person.track in ids else None
        return Select(
            [(track.title, track.id) for track in self.tracks],
            prompt=_("by vertebral fracture (default)"),
            value=chosen if chosen is not None else Select.NULL,
            id="track",
        )

    def on_mount(self) -> None:
        self.start_form("#name")

    def _build(self) -> Participant:
        born = self._value("born")
        if born and not born.lstrip("-").isdigit():
            raise InvalidRecord("born", _("the year of birth is a number such as 1951"))
        sex = self.query_one("#sex", Select).value
        person = Participant.new(
            self._value("name"),
            born=int(born) if born else None,
            sex=sex if isinstance(sex, str) else None,
            fractures=parse_fractures(self._value("fractures"), self.today.year),
            vertebral_fracture=self.query_one("#vertebral", Checkbox).value,
            contact=self._value("contact"),
            consent=consent_from(self._value("consent_date"), self._scope()),
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

    def _scope(self) -> str:
        """What the consent covers; the default's words in the trainer's language are
        stored as the default itself."""
        scope = self._value("consent_scope")
        if scope.casefold() == consent_scope_label(DEFAULT_SCOPE).casefold():
            return DEFAULT_SCOPE
        return scope

    def save_record(self) -> Participant:
        person = self._build()
        if self.person is None:
            self.store.add_participant(person)
        else:
            self.store.save_participant(person)
        return person

    def leave_question(self) -> tuple[str, str]:
        return _("Close without saving? What you changed here is lost."), _("Close")
