"""Plain-words comparisons for the participant: "Your chair stand went from 8 to 11 — now in
the typical range for your age." The sentence patterns and band labels come from the pack, so
the words are in the pack's language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from osteo_tui.core.measures.bands import Interpretation, interpret_for
from osteo_tui.core.measures.definitions import Measure, MeasureSet, Phrases, format_number
from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.measures.scoring import Outcome, outcome_value, outcomes, score
from osteo_tui.core.records import Participant

__all__ = ["Comparison", "compare", "format_value", "participant_changes", "values_text"]


@dataclass(frozen=True)
class Comparison:
    """One outcome before and after. ``before`` is ``None`` when only the later value exists;
    ``direction`` is ``better``, ``worse``, ``same`` or ``None`` (no before, or no direction)."""

    outcome: Outcome
    before: float | None
    after: float
    band: Interpretation
    sentence: str

    @property
    def change(self) -> float | None:
        return None if self.before is None else self.after - self.before

    @property
    def direction(self) -> str | None:
        change = self.change
        if change is None or self.outcome.better is None:
            return None
        if change == 0:
            return "same"
        improved = change > 0 if self.outcome.better == "higher" else change < 0
        return "better" if improved else "worse"


def format_value(measure: Measure, value: float, mark: str = ".") -> str:
    """``11.2 s``, ``8``, ``17 kg``: the number with the measure's unit."""
    number = format_number(round(value, 2), mark=mark)
    return f"{number} {measure.unit}" if measure.unit else number


def values_text(
    measure: Measure, values: Mapping[str, object], mark: str = ".", compact: bool = False
) -> str:
    """The entered values in words: ``13.5 s``, or ``Feet together 10, Tandem stand 6``;
    ``compact``: the numbers only, in the items' order (``10 10 6``), then any text."""
    if compact and not measure.single_value:
        numbers = [
            format_number(value, mark=mark)
            for item in measure.items
            if isinstance(value := values.get(item.id), int | float) and not isinstance(value, bool)
        ]
        texts = [
            f"“{v}”" for item in measure.items if isinstance(v := values.get(item.id), str) and v
        ]
        return " ".join(numbers + texts)
    parts: list[str] = []
    for item in measure.items:
        value = values.get(item.id)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            shown = f"“{value}”"
        elif isinstance(value, int | float) and not isinstance(value, bool):
            shown = format_value(measure, value, mark)
        else:
            continue
        parts.append(shown if measure.single_value else f"{item.name} {shown}")
    return ", ".join(parts)


def _sentence(
    phrases: Phrases, outcome: Outcome, before: float | None, after: float, band: Interpretation
) -> str:
    measure, mark = outcome.measure, phrases.decimal_mark
    words = {"measure": outcome.says, "after": format_value(measure, after, mark)}
    if before is None:
        text = phrases.single.format(**words)
    elif before == after:
        text = phrases.same.format(**words)
    else:
        text = phrases.change.format(**words, before=format_value(measure, before, mark))
    if band.band is not None:
        text += phrases.band.format(band=band.band.label)
    return text + "."


def compare(
    measures: MeasureSet,
    person: Participant,
    before: MeasurementRecord | None,
    after: MeasurementRecord,
) -> list[Comparison]:
    """Each outcome of ``after``'s measure compared with ``before`` (the same measure at an
    earlier time point, or ``None``), with the band of the later score."""
    measure = measures.measure(after.measure_id)
    total = score(measure, after.values).total
    band = interpret_for(measure, total, person, after.day)
    found: list[Comparison] = []
    for outcome in outcomes(measure):
        later = outcome_value(outcome, after.values)
        if later is None:
            continue
        earlier = outcome_value(outcome, before.values) if before is not None else None
        shown = band if outcome.item is None else Interpretation(None)
        sentence = _sentence(measures.phrases, outcome, earlier, later, shown)
        found.append(Comparison(outcome, earlier, later, shown, sentence))
    return found


def participant_changes(
    measures: MeasureSet,
    person: Participant,
    records: Iterable[MeasurementRecord],
    later: str = "end",
    earlier: str = "start",
) -> list[Comparison]:
    """``person``'s results at ``later`` (end or follow-up) compared with ``earlier``, in the
    order of the pack's measures; measures without a ``later`` result, and the evaluation,
    are left out."""
    mine = [record for record in records if record.participant_id == person.id]
    by_key = {(record.measure_id, record.when): record for record in mine}
    found: list[Comparison] = []
    for measure in measures.measures:
        if measure.kind == "evaluation":
            continue  # answered once, at the end: nothing to compare
        after = by_key.get((measure.id, later))
        if after is not None:
            found += compare(measures, person, by_key.get((measure.id, earlier)), after)
    return found
