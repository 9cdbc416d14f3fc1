"""Goal review, for each present participant's goals in turn: a Goal Attainment Scaling
level from −2 to +2 and a few words on progress."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, RadioButton, RadioSet, Static

from osteo_tui.core.records import Goal, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.tui.widgets.field_error import FieldError

__all__ = ["GAS_LABELS", "GoalReviewScreen"]

GAS_LABELS = {
    -2: "−2  much less than expected",
    -1: "−1  somewhat less than expected",
    0: " 0  as expected",
    1: "+1  somewhat more than expected",
    2: "+2  much more than expected",
}


class GoalReviewScreen(ModalScreen[int]):
    """Dismisses with the number of reviews saved."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save and next"),
        Binding("ctrl+n", "skip", "Skip"),
        Binding("escape", "done", "Done"),
    ]

    def __init__(self, store: CourseStore, session: int, people: list[Participant]) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.queue: list[tuple[Participant, Goal]] = [
            (person, goal) for person in people for goal in store.goals(person.id)
        ]
        self.position = 0
        self.saved = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="review-dialog", classes="dialog"):
            yield Static(id="review-title", classes="dialog-title")
            yield Static(id="review-goal")
            yield RadioSet(
                *[RadioButton(label) for label in GAS_LABELS.values()], id="review-level"
            )
            yield FieldError(id="review-level-error")
            yield Label("Progress in their words")
            yield Input(placeholder="e.g. Walked to the shop twice this week", id="review-progress")
        yield Footer()

    def on_mount(self) -> None:
        if not self.queue:
            self.notify("None of the present participants has a goal yet.", severity="warning")
            self.dismiss(0)
            return
        self.show_goal()

    def show_goal(self) -> None:
        person, goal = self.queue[self.position]
        self.query_one("#review-title", Static).update(
            f"Goal review, session {self.session} · {person.name} "
            f"({self.position + 1} of {len(self.queue)})"
        )
        earlier = "; ".join(
            f"session {r.session}: {r.level:+d}" for r in goal.reviews if r.session != self.session
        )
        measure = f"\nMeasured by: {goal.measure}" if goal.measure else ""
        self.query_one("#review-goal", Static).update(
            f"[b]{goal.text}[/b]{measure}" + (f"\nEarlier: {earlier}" if earlier else "")
        )
        radios = self.query_one(RadioSet)
        current = next((r for r in goal.reviews if r.session == self.session), None)
        for level, button in zip(GAS_LABELS, radios.query(RadioButton), strict=True):
            button.value = current is not None and current.level == level
        self.query_one("#review-progress", Input).value = current.progress if current else ""
        self.query_one("#review-level-error", FieldError).say(None)
        radios.focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        radios = self.query_one(RadioSet)
        if radios.pressed_index < 0:
            self.query_one("#review-level-error", FieldError).say("Choose a level from −2 to +2.")
            radios.focus()
            return
        level = list(GAS_LABELS)[radios.pressed_index]
        person, goal = self.queue[self.position]
        try:
            self.store.review_goal(
                goal.id, self.session, level, self.query_one("#review-progress", Input).value
            )
        except (InvalidRecord, StoreError, OSError) as error:
            self.notify(f"Not saved: {error}", severity="error")
            return
        self.saved += 1
        self.notify(f"Saved {level:+d} for {person.name}.")
        self.action_skip()

    def action_skip(self) -> None:
        if self.position + 1 < len(self.queue):
            self.position += 1
            self.show_goal()
        else:
            self.action_done()

    def action_done(self) -> None:
        self.dismiss(self.saved)
