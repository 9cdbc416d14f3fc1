"""Goal review, for each present participant's goals in turn: a Goal Attainment Scaling
level from −2 to +2 and a few words on progress."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, RadioButton, RadioSet, Static

from osteo_tui.core.records import Goal, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.field_error import FieldError

__all__ = ["GAS_LABELS", "GoalReviewScreen", "gas_label"]

GAS_LABELS = {
    -2: N_("much less than expected"),
    -1: N_("somewhat less than expected"),
    0: N_("as expected"),
    1: N_("somewhat more than expected"),
    2: N_("much more than expected"),
}
"""The words of each Goal Attainment Scaling level (translate with ``_``, or ``gas_label``)."""
_SIGNED = {-2: "−2", -1: "−1", 0: " 0", 1: "+1", 2: "+2"}


def gas_label(level: int) -> str:
    """``−2  much less than expected``, in the active language."""
    return f"{_SIGNED[level]}  {_(GAS_LABELS[level])}"


class GoalReviewScreen(ModalScreen[int]):
    """Dismisses with the number of reviews saved."""

    HELP_NAME = N_("Goal review")
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save and next")),
        Binding("ctrl+n", "skip", N_("Skip")),
        Binding("escape", "done", N_("Done")),
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
            yield Static(id="review-title", classes="dialog-title", markup=False)
            yield Static(id="review-goal")
            yield RadioSet(
                *[RadioButton(gas_label(level)) for level in GAS_LABELS], id="review-level"
            )
            yield FieldError(id="review-level-error")
            yield Label(_("Progress in their words"))
            yield Input(
                placeholder=_("e.g. Walked to the shop twice this week"), id="review-progress"
            )
        yield Footer()

    async def on_mount(self) -> None:
        if not self.queue:
            self.notify(_("None of the present participants has a goal yet."), severity="warning")
            self.dismiss(0)
            return
        await self.show_goal()

    async def show_goal(self) -> None:
        person, goal = self.queue[self.position]
        self.query_one("#review-title", Static).update(
            _("Goal review, session {session} · {name} ({number} of {count})").format(
                session=self.session,
                name=person.name,
                number=self.position + 1,
                count=len(self.queue),
            )
        )
        earlier = "; ".join(
            _("session {session}: {level}").format(session=r.session, level=f"{r.level:+d}")
            for r in goal.reviews
            if r.session != self.session
        )
        measure = (
            "\n" + _("Measured by: {measure}").format(measure=goal.measure) if goal.measure else ""
        )
        self.query_one("#review-goal", Static).update(
            Text.assemble(
                (goal.text, "bold"),
                measure,
                "\n" + _("Earlier: {reviews}").format(reviews=earlier) if earlier else "",
            )
        )
        current = next((r for r in goal.reviews if r.session == self.session), None)
        # A fresh set for each goal: a RadioSet will not let its pressed button be switched off,
        # so reusing it would carry the last person's level over to the next one.
        radios = RadioSet(
            *[
                RadioButton(gas_label(level), current is not None and current.level == level)
                for level in GAS_LABELS
            ],
            id="review-level",
        )
        await self.query_one(RadioSet).remove()
        await self.query_one("#review-dialog").mount(radios, after="#review-goal")
        self.query_one("#review-progress", Input).value = current.progress if current else ""
        self.query_one("#review-level-error", FieldError).say(None)
        radios.focus()

    @on(Input.Submitted)
    async def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        await self.action_save()

    async def action_save(self) -> None:
        radios = self.query_one(RadioSet)
        if radios.pressed_index < 0:
            self.query_one("#review-level-error", FieldError).say(
                _("Choose a level from −2 to +2.")
            )
            radios.focus()
            return
        level = list(GAS_LABELS)[radios.pressed_index]
        person, goal = self.queue[self.position]
        try:
            self.store.review_goal(
                goal.id,
                self.session,
                level,
                self.query_one("#review-progress", Input).value,
                day=self.app.today(),  # type: ignore[attr-defined]
            )
        except (InvalidRecord, StoreError, OSError) as error:
            self.notify(_("Not saved: {error}").format(error=error), severity="error", markup=False)
            return
        self.saved += 1
        self.notify(
            _("Saved {level} for {name}.").format(level=f"{level:+d}", name=person.name),
            markup=False,
        )
        await self.action_skip()

    async def action_skip(self) -> None:
        if self.position + 1 < len(self.queue):
            self.position += 1
            await self.show_goal()
        else:
            self.action_done()

    def action_done(self) -> None:
        self.dismiss(self.saved)
