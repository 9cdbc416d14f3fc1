"""Checking what the trainer typed for a measure: each value in its item's valid range.

A value that does not fit raises ``InvalidRecord`` whose ``field`` is the item id and whose
message names the item and the valid range, so nothing is stored and the form can point at
the right field. Decimal commas (``11,5``) are accepted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from osteo_tui.core.measures.definitions import Item, Measure
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.translation import _, ngettext

__all__ = ["TEXT_LIMIT", "Values", "parse_item", "read_values"]

Values = dict[str, float | str]
"""Entered values by item id: numbers (whole numbers as ``int``) and texts."""

TEXT_LIMIT = 2000
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def _label(measure: Measure, item: Item) -> str:
    return measure.name if measure.single_value else f"{measure.name}: {item.name}"


def _expected(measure: Measure) -> str:
    unit = f" {measure.unit}" if measure.unit else ""
    span = measure.range_text + unit
    if measure.decimals == 0:
        return _("a whole number from {range}").format(range=span)
    return _("a number from {range}").format(range=span)


def parse_item(measure: Measure, item: Item, text: str) -> float | str:
    """One item's value from its text; raises ``InvalidRecord`` (field: the item id)."""
    label = _label(measure, item)
    cleaned = " ".join(str(text).split())
    if item.text:
        if len(cleaned) > TEXT_LIMIT:
            raise InvalidRecord(
                item.id,
                _("{label} is too long (at most {limit} characters)").format(
                    label=label, limit=TEXT_LIMIT
                ),
            )
        return cleaned
    if not cleaned:
        raise InvalidRecord(
            item.id,
            _("{label} is missing: give {expected}").format(
                label=label, expected=_expected(measure)
            ),
        )
    wrong = _("{label} must be {expected}, not '{text}'").format(
        label=label, expected=_expected(measure), text=cleaned
    )
    if not _NUMBER.match(cleaned):
        raise InvalidRecord(item.id, wrong)
    value = float(cleaned.replace(",", "."))
    if value != round(value, measure.decimals):
        if measure.decimals == 0:
            raise InvalidRecord(item.id, wrong)
        raise InvalidRecord(
            item.id,
            ngettext(
                "{label} takes at most {count} decimal, not '{text}'",
                "{label} takes at most {count} decimals, not '{text}'",
                measure.decimals,
            ).format(label=label, count=measure.decimals, text=cleaned),
        )
    if not math.isfinite(value) or not measure.low <= value <= measure.high:
        raise InvalidRecord(item.id, wrong)
    return int(value) if value == int(value) else value


def _count_text(measure: Measure, given: int) -> str:
    numbers = measure.number_items
    names = ", ".join(item.name for item in measure.items)
    if measure.single_value:
        return _("{measure} takes one value ({expected}); {given} given").format(
            measure=measure.name, expected=_expected(measure), given=given
        )
    if measure.kind == "stages":
        return _(
            "{measure} takes 1 to {count} values, the seconds held in each stage in this "
            "order: {names}; {given} given"
        ).format(measure=measure.name, count=len(numbers), names=names, given=given)
    count = len(measure.items)
    optional = len(measure.items) - len(numbers)
    how_many = _("{low} to {high}").format(low=len(numbers), high=count) if optional else str(count)
    return _(
        "{measure} takes {how_many} values, one for each item in this order: {names}; {given} given"
    ).format(measure=measure.name, how_many=how_many, names=names, given=given)


def read_values(measure: Measure, texts: Sequence[str]) -> Values:
    """The values of one measurement, one text per item in the measure's order.

    Text items at the end may be left out; a stages measure takes the stages tried, in order
    (the rest were not tried). Raises ``InvalidRecord`` naming the item and its range."""
    texts = list(texts)
    if measure.kind == "stages":
        while texts and not str(texts[-1]).strip():
            texts.pop()
    needed = len(measure.items)
    while needed and measure.items[needed - 1].text:
        needed -= 1
    if measure.kind == "stages":
        needed = 1
    if not needed <= len(texts) <= len(measure.items):
        raise InvalidRecord("values", _count_text(measure, len(texts)))
    values: Values = {}
    for item, text in zip(measure.items, texts, strict=False):
        value = parse_item(measure, item, text)
        if item.text and not value:
            continue
        values[item.id] = value
    return values
