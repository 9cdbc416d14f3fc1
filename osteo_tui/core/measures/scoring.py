"""The scoring rules, one per kind of measure, and the outcomes a measure reports.

* ``seconds``, ``count``, ``kg``: the score is the value itself.
* ``questionnaire``: the score is the sum of the items (Short FES-I: 7 items of 1-4, 7-28);
  no score unless every item is answered.
* ``stages``: the score is the number of stages held for the full time (the top of the
  range, e.g. 10 s), counted from the first stage until one is not held.
* ``self-rating`` and ``evaluation``: no single score; each number item is an outcome of its
  own (a change in "courage to move" is reported on its own).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from osteo_tui.core.measures.definitions import Item, Measure

__all__ = ["Outcome", "Score", "outcome_value", "outcomes", "score"]


@dataclass(frozen=True)
class Score:
    """A measurement scored: ``total`` for measures with one score (else ``None``), the
    number of each item, and the text answers."""

    total: float | None
    items: dict[str, float]
    texts: dict[str, str]


def _numbers(values: Mapping[str, object]) -> dict[str, float]:
    return {
        key: value
        for key, value in values.items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    }


def _value(measure: Measure, numbers: dict[str, float]) -> float | None:
    return numbers.get(measure.id)


def _sum(measure: Measure, numbers: dict[str, float]) -> float | None:
    if any(item.id not in numbers for item in measure.number_items):
        return None
    return sum(numbers[item.id] for item in measure.number_items)


def _stages_held(measure: Measure, numbers: dict[str, float]) -> float | None:
    if not numbers:
        return None
    held = 0
    for item in measure.items:
        if numbers.get(item.id, 0) < measure.high:
            break
        held += 1
    return held


def _no_total(measure: Measure, numbers: dict[str, float]) -> float | None:
    return None


RULES: dict[str, Callable[[Measure, dict[str, float]], float | None]] = {
    "seconds": _value,
    "count": _value,
    "kg": _value,
    "questionnaire": _sum,
    "stages": _stages_held,
    "self-rating": _no_total,
    "evaluation": _no_total,
}


def score(measure: Measure, values: Mapping[str, object]) -> Score:
    """Score stored values by the measure's kind. Values the definition does not know (after
    a pack was edited) are ignored; a total that cannot be worked out is ``None``."""
    known = {item.id for item in measure.items}
    numbers = {k: v for k, v in _numbers(values).items() if k in known}
    texts = {
        key: value
        for key, value in values.items()
        if isinstance(value, str) and key in known and value
    }
    return Score(RULES[measure.kind](measure, numbers), numbers, texts)


@dataclass(frozen=True)
class Outcome:
    """One number that can change between start and end: a measure's score, or one item of a
    self-rating or an evaluation. ``key`` is ``measure`` or ``measure.item``."""

    measure: Measure
    item: Item | None = None

    @property
    def key(self) -> str:
        return self.measure.id if self.item is None else f"{self.measure.id}.{self.item.id}"

    @property
    def label(self) -> str:
        return self.measure.name if self.item is None else f"{self.measure.name}: {self.item.name}"

    @property
    def says(self) -> str:
        """How the outcome is named in a sentence."""
        return self.measure.says if self.item is None else self.item.says

    @property
    def better(self) -> str | None:
        return self.measure.better


def outcomes(measure: Measure) -> tuple[Outcome, ...]:
    if measure.has_score:
        return (Outcome(measure),)
    return tuple(Outcome(measure, item) for item in measure.number_items)


def outcome_value(outcome: Outcome, values: Mapping[str, object]) -> float | None:
    scored = score(outcome.measure, values)
    if outcome.item is None:
        return scored.total
    return scored.items.get(outcome.item.id)
