"""One measure in the measure form: a field per item, with its message beside it, and a
stopwatch or a countdown where the measure is timed."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Input, Label, Static

from osteo_tui.core.locale_format import decimal_mark
from osteo_tui.core.measures import Measure
from osteo_tui.core.measures.definitions import format_number
from osteo_tui.core.measures.entry import TEXT_LIMIT, parse_item, read_values
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.timing import Clock
from osteo_tui.core.timing.stopwatch import timer_for
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.field_error import FieldError
from osteo_tui.tui.widgets.measure_timer import LIMIT_REACHED, MeasureTimer

__all__ = ["MeasureFields", "MeasureInput", "TimedInput", "field_id", "what_to_type"]


def field_id(measure: Measure, item_id: str) -> str:
    return f"m-{measure.id}--{item_id}"


def what_to_type(measure: Measure, optional: bool = False) -> str:
    """``0 to 10 each``, ``seconds``, ``kg · optional``: the heading's hint."""
    if measure.kind in ("seconds", "kg"):
        hint = _("seconds") if measure.kind == "seconds" else measure.unit or "kg"
    elif measure.kind == "stages":
        hint = _("seconds held in each stage, up to {seconds}").format(
            seconds=format_number(measure.high, mark=decimal_mark())
        )
    elif measure.kind == "count":
        hint = _("number of stands; 0 if arms were used")
    elif measure.single_value:
        hint = measure.range_text
    else:
        hint = _("{range} each").format(range=measure.range_text)
    return _("{hint} · optional").format(hint=hint) if optional else hint


class MeasureInput(Input):
    """Enter goes on to the next field. A priority binding runs as the app reads the key,
    so the keys typed after it already go to the next field, however fast they come."""

    BINDINGS = [Binding("enter", "next_field", N_("Next field"), show=False, priority=True)]

    def action_next_field(self) -> None:
        self.screen.focus_next(Input)


class TimedInput(MeasureInput):
    """A number field with a stopwatch or countdown beside it: space starts and stops it
    (the field takes only digits, so space is free)."""

    BINDINGS = [Binding("space", "toggle_timer", N_("Start/stop timer"), priority=True)]

    def action_toggle_timer(self) -> None:
        for ancestor in self.ancestors:
            if isinstance(ancestor, MeasureFields):
                ancestor.toggle_timer(self)
                return


class MeasureFields(Vertical):
    """The fields of ``measure``; ``texts`` in the items' order, as the core reads them."""

    def __init__(self, measure: Measure, clock: Clock, mark: str, optional: bool = False) -> None:
        super().__init__(classes="measure-fields")
        self.measure = measure
        self.clock = clock
        self.mark = mark
        self.optional = optional
        self.timed = timer_for(measure.kind)
        self.saved_texts: list[str] = [""] * len(measure.items)

    def compose(self) -> ComposeResult:
        measure = self.measure
        yield Static(
            f"[b]{escape(measure.name)}[/b] "
            f"[dim]({escape(what_to_type(measure, self.optional))})[/dim]",
            classes="measure-heading",
        )
        yield Static(classes="measure-status")
        for item in measure.items:
            with Horizontal(classes="measure-row"):
                label = item.name if not measure.single_value else _("Result")
                yield Label(label, classes="measure-label", markup=False)
                if item.text:
                    yield MeasureInput(
                        id=field_id(measure, item.id), max_length=TEXT_LIMIT, compact=True
                    )
                else:
                    number = TimedInput if self.timed else MeasureInput
                    yield number(
                        id=field_id(measure, item.id),
                        restrict=r"[0-9.,]*",
                        max_length=8,
                        classes="measure-number",
                        select_on_focus=False,
                        compact=True,
                    )
                if self.timed:
                    limit = measure.high
                    yield MeasureTimer(self.timed, self.clock, limit, measure.decimals, self.mark)
            yield FieldError(id=f"{field_id(measure, item.id)}-error", classes="measure-error")

    def inputs(self) -> list[Input]:
        measure = self.measure
        return [self.query_one(f"#{field_id(measure, i.id)}", Input) for i in measure.items]

    def texts(self) -> list[str]:
        return [field.value.strip() for field in self.inputs()]

    @property
    def changed(self) -> bool:
        return self.texts() != self.saved_texts

    @property
    def empty(self) -> bool:
        return not any(self.texts())

    def fill(self, values: Mapping[str, object] | None, status: str = "") -> None:
        """Show the stored values (or empty fields) and remember them as saved."""
        texts: list[str] = []
        for item in self.measure.items:
            value = (values or {}).get(item.id)
            if isinstance(value, int | float) and not isinstance(value, bool):
                texts.append(format_number(value, mark=self.mark))
            else:
                texts.append(value if isinstance(value, str) else "")
        for field, text in zip(self.inputs(), texts, strict=True):
            field.value = text
        self.saved_texts = texts
        self.say_status(status)
        self.clear_errors()
        for timer in self.query(MeasureTimer):
            timer.cancel()

    def say_status(self, status: str) -> None:
        widget = self.query_one(".measure-status", Static)
        widget.update(status)
        widget.display = bool(status)

    def problems(self) -> list[InvalidRecord]:
        """What the core finds wrong with the values typed: its first complaint, then any
        other field that is wrong on its own (so that every one is marked at once)."""
        measure, texts = self.measure, self.texts()
        try:
            read_values(measure, texts)
        except InvalidRecord as first:
            found = [first]
        else:
            return []
        last_typed = max((i for i, text in enumerate(texts) if text), default=-1)
        for index, (item, text) in enumerate(zip(measure.items, texts, strict=True)):
            if item.text or item.id == found[0].field:
                continue
            if measure.kind == "stages" and index > last_typed:
                continue  # stages not tried are left empty
            try:
                parse_item(measure, item, text)
            except InvalidRecord as error:
                found.append(error)
        return found

    def say(self, item_id: str, message: str) -> Input:
        """Put ``message`` under the item's field (under the first one when the message is
        about the measure as a whole); returns that field."""
        known = {item.id for item in self.measure.items}
        item_id = item_id if item_id in known else self.measure.items[0].id
        self.query_one(f"#{field_id(self.measure, item_id)}-error", FieldError).say(message)
        return self.query_one(f"#{field_id(self.measure, item_id)}", Input)

    def clear_errors(self) -> None:
        for error in self.query(FieldError):
            error.say(None)

    def timer_of(self, field: Input) -> MeasureTimer | None:
        if not self.timed or field.parent is None:
            return None
        found = field.parent.query(MeasureTimer)
        return found.first() if found else None

    def toggle_timer(self, field: Input) -> None:
        """Start or stop the timer of ``field``; a stopped stopwatch writes its time in."""
        timer = self.timer_of(field)
        if timer is None:
            return
        if not timer.toggle() and self.timed == "stopwatch" and timer.stopwatch.started:
            field.value = timer.value_text()

    def tick(self) -> None:
        """Refresh the running timers. When one ends by itself the bell rings: a balance
        stage held for its full time has its time written in and the next stage's field
        is next (space starts it when the person is ready); at the end of the countdown
        the cursor is in the field for the count."""
        fields = self.inputs()
        for index, field in enumerate(fields):
            timer = self.timer_of(field)
            event = timer.tick() if timer is not None else None
            if timer is None or event is None:
                continue
            self.app.bell()
            if event == LIMIT_REACHED:
                field.value = timer.value_text()
                if index + 1 < len(fields):
                    fields[index + 1].focus()
                    continue
            field.focus()

    def hint(self, field: Input, brief: bool = False) -> str:
        """What to say under the form while ``field`` has the cursor: the item's question
        and the measure's instructions (``brief``: the question alone, if there is one)."""
        item = self.measure.items[self.inputs().index(field)]
        instructions = self.measure.instructions
        if not item.question:
            return instructions
        return item.question if brief else f"{item.question}\n{instructions}"

    def stop_timers(self) -> None:
        for timer in self.query(MeasureTimer):
            timer.cancel()

    @property
    def timing(self) -> bool:
        return any(timer.running for timer in self.query(MeasureTimer))
