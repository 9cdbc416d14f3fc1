"""Each participant's measures on the course screen: their results at the start, the end and
follow-up, what changed, and the measure form for whoever was missing on the day."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from osteo_tui.core.measures import MeasureSet
from osteo_tui.core.records import Participant
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.timing import Clock
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.fitting_footer import FittingFooter
from osteo_tui.tui.widgets.measure_results import MeasureResults

__all__ = ["MeasureResultsScreen"]


class MeasureResultsScreen(Screen[None]):
    HELP_NAME = N_("Measures of a participant")
    BINDINGS = [
        Binding("s", "measure('start')", N_("Measure start")),
        Binding("e", "measure('end')", N_("Measure end")),
        Binding("f", "measure('follow-up')", N_("Follow-up")),
        Binding("escape,q", "back", N_("Back")),
    ]

    def __init__(
        self,
        store: CourseStore,
        measures: MeasureSet,
        clock: Clock,
        person_id: str | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.measures = measures
        self.clock = clock
        self.first_id = person_id
        self.people: list[Participant] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="measure-results-title", classes="dialog-title")
        with Horizontal(id="measure-results-body"):
            yield OptionList(id="measure-results-people")
            yield MeasureResults(id="measure-results")
        yield FittingFooter()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 100, "narrow")

    def on_mount(self) -> None:
        self.sub_title = self.store.course.title
        self.on_resize()
        self.people = self.store.participants()
        chooser = self.query_one(OptionList)
        chooser.add_options(Option(Text(person.name), id=person.id) for person in self.people)
        ids = [person.id for person in self.people]
        if self.people:
            chooser.highlighted = ids.index(self.first_id) if self.first_id in ids else 0
        chooser.focus()
        self.show()

    def on_screen_resume(self) -> None:
        self.show()

    @property
    def person(self) -> Participant | None:
        chooser = self.query_one(OptionList)
        if chooser.highlighted is None or not self.people:
            return None
        return self.people[chooser.highlighted]

    @on(OptionList.OptionHighlighted)
    def show(self) -> None:
        person = self.person
        title = self.query_one("#measure-results-title", Static)
        results = self.query_one(MeasureResults)
        results.display = person is not None
        if person is None:
            title.update(_("No participants yet: add them on the course's Roster tab."))
            return
        title.update(Text(_("Measures of {name}").format(name=person.name)))
        try:
            records = self.store.measurements(person.id)
        except (StoreError, OSError) as error:
            self.notify(
                _("The measures could not be read: {error}").format(error=error),
                severity="error",
                markup=False,
            )
            return
        results.show(self.measures, person, records)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "measure":
            return bool(self.people) and not self.store.read_only
        return True

    def action_measure(self, when: str) -> None:
        from osteo_tui.tui.screens.measure_form import MeasureFormScreen

        person = self.person
        if person is None:
            return
        ids = [measure.id for measure in self.measures.at(when)]
        self.app.push_screen(
            MeasureFormScreen(self.store, self.measures, when, ids, [person], self.clock)
        )

    def action_back(self) -> None:
        self.dismiss(None)
