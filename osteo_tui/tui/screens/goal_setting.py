"""Goal setting, for each present participant in turn: the goal, how it will be measured,
by when, and (when they already have goals) their plan for after the course."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Static

from osteo_tui.core.records import Goal, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.field_error import FieldError

__all__ = ["GoalSettingScreen"]

FIELDS = ("text", "measure", "target", "next_step")


class GoalSettingScreen(ModalScreen[int]):
    """Dismisses with the number of goals saved."""

    HELP_NAME = N_("Goal setting")
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save and next")),
        Binding("ctrl+n", "skip", N_("Skip person")),
        Binding("escape", "done", N_("Done")),
    ]

    def __init__(self, store: CourseStore, session: int, people: list[Participant]) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.people = people
        self.position = 0
        self.saved = 0

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="goal-dialog", classes="dialog"):
            yield Static(id="goal-title", classes="dialog-title", markup=False)
            yield Static(id="goal-existing", markup=False)
            yield Label(_("Goal: what do you want to be able to do?"))
            yield Input(
                placeholder=_("e.g. Walk to the shop and back without stopping"), id="goal-text"
            )
            yield FieldError(id="goal-text-error")
            yield Label(_("How will we know? (how it is measured)"))
            yield Input(placeholder=_("e.g. diary of walks; minutes walked"), id="goal-measure")
            yield FieldError(id="goal-measure-error")
            yield Label(_("By when? (YYYY-MM-DD, optional)"))
            yield Input(placeholder=_("e.g. 2026-05-31"), id="goal-target")
            yield FieldError(id="goal-target-error")
            yield Label(_("Plan after the course (for their latest goal)"), id="goal-next-label")
            yield Input(placeholder=_("e.g. Join the Tuesday balance group"), id="goal-next_step")
            yield FieldError(id="goal-next_step-error")
        yield Footer()

    def on_mount(self) -> None:
        self.show_person()

    def on_resize(self, event: events.Resize) -> None:
        """One line a field in a short window (80×24), so that the whole form shows."""
        compact = event.size.height < 32
        self.query_one("#goal-dialog").set_class(compact, "-compact")
        for field in self.query(Input):
            field.compact = compact

    @property
    def person(self) -> Participant:
        return self.people[self.position]

    def show_person(self) -> None:
        person = self.person
        goals = self.store.goals(person.id)
        self.query_one("#goal-title", Static).update(
            _("Goal setting · {name} ({number} of {count})").format(
                name=person.name, number=self.position + 1, count=len(self.people)
            )
        )
        existing = "\n".join(f"• {g.text}" for g in goals)
        self.query_one("#goal-existing", Static).update(
            _("Goals so far:") + "\n" + existing if existing else _("No goal yet.")
        )
        has_goals = bool(goals)
        self.query_one("#goal-next-label").display = has_goals
        self.query_one("#goal-next_step").display = has_goals
        for name in FIELDS:
            self.query_one(f"#goal-{name}", Input).value = ""
            self.query_one(f"#goal-{name}-error", FieldError).say(None)
        self.query_one("#goal-text", Input).focus()

    def _value(self, name: str) -> str:
        return self.query_one(f"#goal-{name}", Input).value.strip()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        text, next_step = self._value("text"), self._value("next_step")
        if not text and not next_step:
            self.query_one("#goal-text-error", FieldError).say(
                _("Write the goal, or press ctrl+n to skip this person.")
            )
            return
        try:
            if text:
                goal = Goal.new(
                    self.person.id, text, self._value("measure"), self._value("target") or None
                )
                self.store.add_goal(goal)
                self.saved += 1
            if next_step:
                latest = [g for g in self.store.goals(self.person.id) if g.text != text or not text]
                if latest:
                    self.store.set_goal_next_step(latest[-1].id, next_step)
        except InvalidRecord as error:
            field = error.field if error.field in FIELDS else "text"
            self.query_one(f"#goal-{field}-error", FieldError).say(error.message)
            return
        except (StoreError, OSError) as error:
            self.notify(_("Not saved: {error}").format(error=error), severity="error", markup=False)
            return
        self.notify(_("Saved for {name}.").format(name=self.person.name), markup=False)
        self.action_skip()

    def action_skip(self) -> None:
        if self.position + 1 < len(self.people):
            self.position += 1
            self.show_person()
        else:
            self.action_done()

    def action_done(self) -> None:
        self.dismiss(self.saved)
