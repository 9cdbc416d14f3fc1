"""One participant's measures: a table of start, end and follow-up, then what changed, in
the plain words of the pack ("Your chair stand went from 8 to 11 — now …")."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.widgets import Static

from osteo_tui.core.measures import (
    WHENS,
    Comparison,
    Measure,
    MeasurementRecord,
    MeasureSet,
    compare,
    interpret_for,
    participant_changes,
    score,
)
from osteo_tui.core.measures.definitions import format_number, when_at
from osteo_tui.core.records import Participant
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.fitted_table import Cell, FittedTable, TableRow
from osteo_tui.tui.widgets.measure_status import result_text

__all__ = ["LABELS", "MeasureResults", "result_rows"]

LABELS = (N_("Measure"), N_("Start"), N_("End"), N_("Follow-up"))
"""Column headings (translate with ``_``): the measure, then its time points."""
NOTHING = "—"


def _cell(
    measures: MeasureSet, measure: Measure, record: MeasurementRecord | None, person: Participant
) -> Cell:
    if record is None:
        return NOTHING
    text = result_text(measures, measure, record, short=True)
    band = interpret_for(measure, score(measure, record.values).total, person, record.day)
    return Text(f"⚠ {text}", style="bold") if band.flag else text


def result_rows(
    measures: MeasureSet, person: Participant, records: Sequence[MeasurementRecord]
) -> list[TableRow]:
    """A row per measure with one score (⚠ where its band flags a risk), and a row per item
    of the self-ratings and the evaluation, under their measure's name."""
    mine = {(r.measure_id, r.when): r for r in records if r.participant_id == person.id}
    rows: list[TableRow] = []
    for measure in measures.measures:
        found = [mine.get((measure.id, when)) for when in WHENS]
        if measure.has_score:
            cells = [_cell(measures, measure, record, person) for record in found]
            rows.append((measure.id, [measure.name, *cells]))
            continue
        rows.append((measure.id, [Text(measure.name, style="bold"), "", "", ""]))
        for item in measure.number_items:  # comments are shown under the table
            values = [record.values.get(item.id) if record else None for record in found]
            cells: list[Cell] = [
                format_number(value) if isinstance(value, int | float) else NOTHING
                for value in values
            ]
            rows.append((f"{measure.id}.{item.id}", [f"  {item.name}", *cells]))
    return rows


def comment_lines(
    measures: MeasureSet, person: Participant, records: Sequence[MeasurementRecord]
) -> list[str]:
    """The free-text answers (the evaluation's comment), with when they were given."""
    lines: list[str] = []
    for record in records:
        measure = measures.get(record.measure_id)
        if record.participant_id != person.id or measure is None:
            continue
        for item in measure.items:
            text = record.values.get(item.id)
            if item.text and isinstance(text, str) and text:
                lines.append(
                    _("{item} at {when}: “{text}”").format(
                        item=item.name, when=when_at(record.when), text=text
                    )
                )
    return lines


def _sentences(title: str, found: Sequence[Comparison]) -> list[str]:
    if not found:
        return []
    return [f"[b]{escape(title)}[/b]", *(f"• {escape(c.sentence)}" for c in found)]


def change_lines(
    measures: MeasureSet, person: Participant, records: Sequence[MeasurementRecord]
) -> list[str]:
    """What changed from the start to the end and to follow-up; with only start results,
    what they mean."""
    lines = _sentences(
        _("From the start to the end"), participant_changes(measures, person, records, "end")
    )
    lines += _sentences(
        _("From the start to follow-up"),
        participant_changes(measures, person, records, "follow-up"),
    )
    if lines:
        return lines
    starts = {
        r.measure_id: r for r in records if r.participant_id == person.id and r.when == "start"
    }
    found = [
        comparison
        for measure in measures.measures
        if measure.has_score and (record := starts.get(measure.id))
        for comparison in compare(measures, person, None, record)
    ]
    return _sentences(_("At the start"), found)


class MeasureResults(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield FittedTable(id="measure-results-table", flex_min=16)
        yield Static(id="measure-changes")

    def show(
        self, measures: MeasureSet, person: Participant, records: Sequence[MeasurementRecord]
    ) -> None:
        table = self.query_one(FittedTable)
        table.fill([_(label) for label in LABELS], result_rows(measures, person, records), 0)
        lines = change_lines(measures, person, records)
        comments = comment_lines(measures, person, records)
        if comments:
            lines += ["", *(escape(line) for line in comments)]
        if not any(r.participant_id == person.id for r in records):
            lines = [escape(_("Nothing measured yet for {name}.").format(name=person.name))]
        self.query_one("#measure-changes", Static).update("\n".join(lines))
