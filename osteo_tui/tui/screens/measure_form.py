"""Entering measures for each participant in turn: the tests with their stopwatch or
countdown, the self-ratings and questionnaires. Each person's values are checked by the core
and saved as soon as the trainer moves on with ctrl+s; a wrong value is named beside its
field and nothing is saved until it is mended."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from osteo_tui.core.measures import Measure, MeasurementRecord, MeasureSet
from osteo_tui.core.measures.definitions import when_at
from osteo_tui.core.records import Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.timing import Clock
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.widgets.fitting_footer import FittingFooter
from osteo_tui.tui.widgets.measure_fields import MeasureFields
from osteo_tui.tui.widgets.measure_status import person_mark, saved_status

__all__ = ["MeasureFormScreen", "form_measures"]

TICK = 0.1  # seconds between refreshes of a running stopwatch; the time comes from the clock


def form_measures(
    measures: MeasureSet, ids: Sequence[str], when: str
) -> list[tuple[Measure, bool]]:
    """The measures ``ids`` (known to the pack), then the pack's optional measures (such as
    grip strength) unless at follow-up, which is often by phone: (measure, optional)."""
    chosen = [(m, False) for m in (measures.get(i) for i in ids) if m is not None]
    if when != "follow-up":
        taken = {m.id for m, _ in chosen}
        chosen += [(measures.measure(i), True) for i in measures.optional if i not in taken]
    return chosen


class MeasureFormScreen(Screen[int]):
    """Dismisses with the number of measurements saved."""

    HELP_NAME = N_("Entering measures")
    BINDINGS = [
        Binding("ctrl+s", "save('next')", N_("Save and next")),
        Binding("ctrl+s", "save('one')", N_("Save")),  # when there is one person
        Binding("ctrl+n", "next_person", N_("Skip person")),
        Binding("ctrl+b", "previous_person", N_("Back a person")),
        Binding("down", "app.focus_next", N_("Next field"), show=False),
        Binding("up", "app.focus_previous", N_("Field before"), show=False),
        Binding("escape", "done", N_("Done")),
    ]

    def __init__(
        self,
        store: CourseStore,
        measures: MeasureSet,
        when: str,
        measure_ids: Sequence[str],
        people: Sequence[Participant],
        clock: Clock,
        session: int | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.measures = measures
        self.when = when
        self.chosen = form_measures(measures, measure_ids, when)
        self.people = list(people)
        self.clock = clock
        self.session = session
        self.position = 0
        self.saved = 0

    def compose(self) -> ComposeResult:
        yield Static(id="measure-title", classes="dialog-title")
        with Horizontal(id="measure-body"):
            yield OptionList(id="measure-people")
            with Vertical(id="measure-main"):
                # Not focusable itself: Tab goes from field to field, each scrolled into view.
                with VerticalScroll(id="measure-sections", can_focus=False):
                    mark = self.measures.phrases.decimal_mark
                    for measure, optional in self.chosen:
                        yield MeasureFields(measure, self.clock, mark, optional)
                yield Static(id="measure-hint", classes="hint", markup=False)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.on_resize()
        self.show_person()
        self.set_interval(TICK, self.tick)

    def on_resize(self, event: events.Resize | None = None) -> None:
        self.set_class(self.size.width < 100, "narrow")
        self.set_class(self.size.height < 30, "short")
        self.set_class(len(self.people) == 1, "single")  # no list of people to choose from

    # -- who is measured -----------------------------------------------------------------

    @property
    def person(self) -> Participant:
        return self.people[self.position]

    def sections(self) -> list[MeasureFields]:
        return list(self.query(MeasureFields))

    def _records(self, person: Participant) -> dict[str, MeasurementRecord]:
        found = self.store.measurements(person.id)
        return {r.measure_id: r for r in found if r.when == self.when}

    def show_person(self) -> None:
        person = self.person
        when = when_at(self.when)
        if self.session:
            title = _("Measures at {when}, session {session}").format(
                when=when, session=self.session
            )
        else:
            title = _("Measures at {when}").format(when=when)
        title += f" · {escape(person.name)}"
        if len(self.people) > 1:
            place = _("{number} of {count}").format(
                number=self.position + 1, count=len(self.people)
            )
            title += f" ({place})"
        self.query_one("#measure-title", Static).update(title)
        records = self._records(person)
        for section in self.sections():
            record = records.get(section.measure.id)
            status = saved_status(self.measures, section.measure, record, person)
            section.fill(record.values if record else None, status)
        self._show_people()
        first = self.sections()[0].inputs()[0] if self.sections() else None
        if first is not None:
            first.focus()
            self.query_one("#measure-sections", VerticalScroll).scroll_home(animate=False)

    def _show_people(self) -> None:
        chooser = self.query_one("#measure-people", OptionList)
        ids = [m.id for m, optional in self.chosen if not optional]
        chooser.clear_options()
        chooser.add_options(
            Option(Text(f"{person_mark(ids, self._records(p))} {p.name}"), id=p.id)
            for p in self.people
        )
        chooser.highlighted = self.position

    @property
    def unsaved(self) -> bool:
        return any(section.changed for section in self.sections())

    def _unless_unsaved(self, then: Callable[[], None], closing: bool = False) -> None:
        """``then``, at once or, when what was typed for this person is not saved, once the
        trainer has said to leave it (``closing``: the form, not just this person)."""
        if not self.unsaved:
            then()
            return
        name = escape(self.person.name)
        if closing:
            question = _(
                "What you typed for {name} is not saved yet. Close without saving it? "
                "(ctrl+s saves it.)"
            ).format(name=name)
            yes = _("Close unsaved")
        else:
            question = _(
                "What you typed for {name} is not saved yet. Leave without saving it? "
                "(ctrl+s saves it.)"
            ).format(name=name)
            yes = _("Leave unsaved")
        self.app.push_screen(
            ConfirmScreen(question, yes=yes, no=_("Stay")),
            lambda leave: then() if leave else None,
        )

    def _go(self, position: int) -> None:
        """To another person (asking first when something typed is not saved)."""
        if 0 <= position < len(self.people):
            self._unless_unsaved(lambda: self._show(position))

    def _show(self, position: int) -> None:
        self.position = position
        self.show_person()

    @on(OptionList.OptionSelected, "#measure-people")
    def _person_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._go(event.option_index)

    def action_next_person(self) -> None:
        if self.position + 1 < len(self.people):
            self._go(self.position + 1)
        else:
            self.action_done()

    def action_previous_person(self) -> None:
        self._go(self.position - 1)

    # -- entering ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        several = len(self.people) > 1
        if action in ("next_person", "previous_person"):
            return several
        if action == "save":
            return several == (parameters != ("one",))
        return True

    def _section_of(self, widget: object) -> MeasureFields | None:
        if not isinstance(widget, Input):
            return None
        return next((s for s in self.sections() if widget in s.inputs()), None)

    def tick(self) -> None:
        for section in self.sections():
            section.tick()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        section = self._section_of(event.widget)
        hint = ""
        if section is not None and isinstance(event.widget, Input):
            hint = section.hint(event.widget, brief=self.has_class("short"))
        shown = self.query_one("#measure-hint", Static)
        shown.update(hint)
        shown.display = bool(hint)

    # -- saving --------------------------------------------------------------------------

    def action_save(self, _how: str = "next") -> None:
        sections = self.sections()
        for section in sections:
            section.clear_errors()
        running = next((s for s in sections if s.timing), None)
        if running is not None:
            self.notify(
                _(
                    "The {measure} timer is still running: press space in its field to stop "
                    "it first."
                ).format(measure=running.measure.name),
                severity="warning",
                markup=False,
            )
            return
        changed = [s for s in sections if s.changed and not s.empty]
        first_wrong: Input | None = None
        for section in changed:
            for error in section.problems():
                field = section.say(error.field, error.message)
                first_wrong = first_wrong or field
        if first_wrong is not None:
            first_wrong.focus()
            self.call_after_refresh(first_wrong.action_end)
            self.notify(_("Nothing was saved: mend the value marked in red."), severity="error")
            return
        person = self.person
        names: list[str] = []
        for section in changed:
            if not self._store(section):
                return
            names.append(section.measure.name)
        if names:
            self.notify(
                _("Saved for {name}: {measures}.").format(
                    name=person.name, measures=", ".join(names)
                ),
                markup=False,
            )
        cleared = [s for s in sections if s.changed and s.empty]
        for section in cleared:
            section.saved_texts = section.texts()  # nothing to ask about when leaving
        if cleared:
            names = [section.measure.name for section in cleared]
            self.notify(
                _(
                    "The saved results of {measures} are kept: emptying the fields does not "
                    "delete them."
                ).format(measures=", ".join(names)),
                severity="warning",
                markup=False,
            )
        self._show_people()
        if self.position + 1 < len(self.people):
            self.position += 1
            self.show_person()
        else:
            self.action_done()

    def _store(self, section: MeasureFields) -> bool:
        measure = section.measure
        try:
            recorded = self.store.record_measurement(
                self.measures, self.person.id, measure.id, self.when, section.texts(), self.session
            )
        except InvalidRecord as error:
            section.say(error.field, error.message).focus()
            return False
        except (StoreError, OSError) as error:
            self.notify(_("Not saved: {error}").format(error=error), severity="error", markup=False)
            return False
        self.saved += 1
        section.saved_texts = section.texts()
        section.say_status(saved_status(self.measures, measure, recorded.record, self.person))
        return True

    def action_done(self) -> None:
        self._unless_unsaved(self._close, closing=True)

    def _close(self) -> None:
        ids = [m.id for m, optional in self.chosen if not optional]
        missing = [p.name for p in self.people if person_mark(ids, self._records(p)) != "✓"]
        if missing and len(self.people) > 1:
            self.notify(
                _(
                    "Still to measure: {names}. You can do it later on the course screen "
                    "(Goals & notes tab, m)."
                ).format(names=", ".join(missing)),
                timeout=8,
                markup=False,
            )
        self.dismiss(self.saved)
