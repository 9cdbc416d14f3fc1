"""Short words about what is already measured: a saved result with its band, and how far a
person's measuring has got (for the measure form and the results screen)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from textual.markup import escape

from osteo_tui.core.measures import Measure, MeasurementRecord, MeasureSet, interpret_for, score
from osteo_tui.core.measures.comparison import format_value, values_text
from osteo_tui.core.measures.definitions import format_number
from osteo_tui.core.records import Participant
from osteo_tui.core.translation import _, ngettext

__all__ = ["person_mark", "result_text", "saved_status"]


def result_text(
    measures: MeasureSet, measure: Measure, record: MeasurementRecord, short: bool = False
) -> str:
    """``11.23 s``, ``score 12``, ``3 stages held``: the result in a few words; ``short``
    for a table column (``12``, ``3 of 4``)."""
    mark = measures.phrases.decimal_mark
    total = score(measure, record.values).total
    if total is None or measure.kind in ("self-rating", "evaluation"):
        return values_text(measure, record.values, mark, compact=True)
    if measure.single_value:
        return format_value(measure, total, mark)
    if measure.kind == "stages":
        held = int(total)
        if short:
            return _("{number} of {count}").format(number=held, count=len(measure.items))
        return ngettext("{count} stage held", "{count} stages held", held).format(count=held)
    number = format_number(total, mark=mark)
    return number if short else _("score {number}").format(number=number)


def saved_status(
    measures: MeasureSet, measure: Measure, record: MeasurementRecord | None, person: Participant
) -> str:
    """``✓ Saved: 11.23 s — under 12 seconds, …`` (markup), or nothing when not measured."""
    if record is None:
        return ""
    if not measure.has_score:  # ratings: the values are in the fields themselves
        return "✓ " + escape(_("Saved"))
    result = result_text(measures, measure, record)
    text = "✓ " + escape(_("Saved: {result}").format(result=result))
    total = score(measure, record.values).total
    band = interpret_for(measure, total, person, record.day)
    if band.band is not None:
        sign = "[b $warning]⚠[/] " if band.flag else ""
        text += f" — {sign}{escape(band.band.label)}"
    elif band.reason:
        text += " " + escape(_("(no band: {reason})").format(reason=band.reason))
    return text


def person_mark(wanted: Collection[str], recorded: Mapping[str, object]) -> str:
    """``✓`` when every wanted measure is recorded, ``·`` when none is, else ``2/5``."""
    done = sum(1 for measure_id in wanted if measure_id in recorded)
    if done == len(wanted):
        return "✓"
    return "·" if not done else f"{done}/{len(wanted)}"
