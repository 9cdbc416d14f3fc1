"""The 4-6 month follow-up: who is due, how to reach them, and their self-ratings entered
there and then (often over the phone)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from osteo_tui.core.locale_format import format_date
from osteo_tui.core.measures import FollowUp, FollowUpState, MeasureSet, follow_ups
from osteo_tui.core.measures.follow_up import follow_up_window
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.timing import Clock
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.fitted_table import FittedTable, TableRow
from osteo_tui.tui.widgets.fitting_footer import FittingFooter

__all__ = ["MeasureFollowUpScreen", "state_text"]

LABELS = (N_("Participant"), N_("Follow-up"), N_("Contact"))
"""Column headings (translate with ``_``)."""
ORDER = {
    FollowUpState.LATE: 0,
    FollowUpState.DUE: 1,
    FollowUpState.NOT_YET: 2,
    FollowUpState.DONE: 3,
}


def state_text(item: FollowUp) -> str:
    if item.state is FollowUpState.DONE:
        return _("done")
    if item.state is FollowUpState.LATE:
        return _("overdue, was due by {day}").format(day=format_date(item.due_until))
    if item.state is FollowUpState.DUE:
        return _("due now, by {day}").format(day=format_date(item.due_until))
    return _("not yet (from {day})").format(day=format_date(item.due_from))


class MeasureFollowUpScreen(Screen[None]):
    HELP_NAME = N_("Follow-up")
    BINDINGS = [
        Binding("enter", "enter_follow_up", N_("Enter their follow-up")),
        Binding("escape,q", "back", N_("Back")),
    ]

    def __init__(
        self,
        store: CourseStore,
        measures: MeasureSet,
        clock: Clock,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.store = store
        self.measures = measures
        self.clock = clock
        self.today = today
        self.items: list[FollowUp] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="follow-up-title", classes="dialog-title")
        yield FittedTable(id="follow-up-table", flex_min=14)
        yield Static(
            _("Enter on a person opens their follow-up self-ratings; they are saved at once."),
            classes="hint",
        )
        yield FittingFooter()

    def on_mount(self) -> None:
        self.sub_title = self.store.course.title
        self.show()
        self.query_one(FittedTable).focus()

    def on_screen_resume(self) -> None:
        self.show()

    def show(self) -> None:
        try:
            course, people = self.store.course, self.store.participants()
            records = self.store.measurements()
        except (StoreError, OSError) as error:
            self.notify(
                _("The course could not be read: {error}").format(error=error),
                severity="error",
                markup=False,
            )
            return
        found = follow_ups(course, people, records, self.measures, self.today())
        self.items = sorted(found, key=lambda item: ORDER.get(item.state, 3))
        start, end = follow_up_window(course)
        due = sum(1 for i in found if i.state in (FollowUpState.DUE, FollowUpState.LATE))
        self.query_one("#follow-up-title", Static).update(
            _("Follow-up 4 to 6 months after the course ({first} to {last}): {due} due").format(
                first=format_date(start), last=format_date(end), due=due
            )
        )
        rows: list[TableRow] = [
            (person.id, [person.name, state_text(item), person.contact or "—"])
            for item in self.items
            if (person := item.participant)
        ]
        self.query_one(FittedTable).fill([_(label) for label in LABELS], rows, 2)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_enter_follow_up()

    def action_enter_follow_up(self) -> None:
        from osteo_tui.tui.screens.measure_form import MeasureFormScreen

        key = self.query_one(FittedTable).current_key
        person = next((i.participant for i in self.items if i.participant.id == key), None)
        if person is None:
            return
        if self.store.read_only:
            self.notify(
                _("This course is open read-only: nothing can be entered."), severity="warning"
            )
            return
        ids = [measure.id for measure in self.measures.at("follow-up")]
        self.app.push_screen(
            MeasureFormScreen(self.store, self.measures, "follow-up", ids, [person], self.clock)
        )

    def action_back(self) -> None:
        self.dismiss(None)
