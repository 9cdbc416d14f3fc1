"""A new goal for one participant: what, how it is measured, by when."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Static

from osteo_tui.core.records import Goal, Participant
from osteo_tui.core.store import CourseStore
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.screens.record_form import RecordForm
from osteo_tui.tui.widgets.field_error import FieldError
from osteo_tui.tui.widgets.form_row import Form, FormRow

__all__ = ["GoalFormScreen"]


class GoalFormScreen(RecordForm, ModalScreen[Goal | None]):
    """Saves the goal into ``store``; dismisses with it, or ``None`` when cancelled."""

    HELP_NAME = N_("New goal")
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(self, store: CourseStore, person: Participant) -> None:
        super().__init__()
        self.store = store
        self.person = person

    def compose(self) -> ComposeResult:
        with Vertical(id="goal-form-dialog", classes="dialog form-dialog"):
            yield Static(
                _("New goal for {name}").format(name=self.person.name), classes="dialog-title"
            )
            yield FieldError(id="form-error")
            with Form(id="goal-form"):
                yield FormRow(
                    _("Goal"),
                    Input(placeholder=_("e.g. Carry the shopping home from the shop"), id="text"),
                    "text",
                )
                yield FormRow(
                    _("How measured"),
                    Input(placeholder=_("e.g. walks it twice a week without a rest"), id="measure"),
                    "measure",
                )
                yield FormRow(
                    _("Target date"),
                    Input(placeholder=_("YYYY-MM-DD (optional)"), id="target"),
                    "target",
                )
                with Horizontal(classes="form-buttons"):
                    yield Button(_("Cancel (esc)"), id="cancel")
                    yield Button(_("Save (ctrl+s)"), id="save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.start_form("#text")

    def save_record(self) -> Goal:
        goal = Goal.new(
            self.person.id, self._value("text"), self._value("measure"), self._value("target")
        )
        self.store.add_goal(goal)
        return goal

    def leave_question(self) -> tuple[str, str]:
        return _("Close without saving this goal? What you typed is lost."), _("Close")
