"""Reading ``measures.yaml``: the pack's outcome measures, when they are taken, and the phrases
for plain-words comparisons. Every problem names its line, like the rest of the loader."""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osteo_tui.core.lessons.fields import FieldReader, describe, suggest
from osteo_tui.core.lessons.measure_bands import read_bands
from osteo_tui.core.measures.definitions import (
    BETTER,
    DECIMAL_KINDS,
    ITEM_KINDS,
    KINDS,
    PLACEHOLDERS,
    SINGLE_VALUE_KINDS,
    WHENS,
    Item,
    Measure,
    MeasureSet,
    Phrases,
)
from osteo_tui.core.yaml_source import LineDict, LineList

__all__ = ["MEASURES_FILE", "MeasuresDraft", "read_measures", "read_measures_file"]

MEASURES_FILE = "measures.yaml"
FILE_KEYS = ("schedule", "optional", "phrases", "measures")
MEASURE_KEYS = (
    "id",
    "name",
    "short",
    "kind",
    "unit",
    "range",
    "decimals",
    "better",
    "items",
    "bands",
    "norms",
    "instructions",
    "sources",
)
ITEM_KEYS = ("id", "name", "short", "question", "type")
PHRASE_KEYS = (*PLACEHOLDERS, "decimal_mark")


@dataclass
class MeasuresDraft:
    """What the loader needs: the measures (``None`` when the file has problems), whether the
    pack has the file at all, and the source references to check against pack.yaml."""

    measures: MeasureSet | None
    path: Path | None = None
    has_file: bool = True
    source_refs: list[tuple[str, int]] = field(default_factory=list)


def read_measures_file(
    folder: Path, problems: list, read_document: Callable[[Path, list], object | None]
) -> MeasuresDraft:
    """The pack's measures; a pack without ``measures.yaml`` simply has none."""
    path = folder / MEASURES_FILE
    if not path.exists():
        return MeasuresDraft(MeasureSet(), path, has_file=False)
    document = read_document(path, problems)
    if document is None:
        return MeasuresDraft(None, path)
    return read_measures(path, document, problems)


def read_measures(path: Path, document: Any, problems: list) -> MeasuresDraft:
    reader = FieldReader(path, problems)
    before = len(problems)
    draft = MeasuresDraft(None, path)
    top = reader.block(document, 1, MEASURES_FILE)
    if top is None:
        return draft
    reader.keys(top, FILE_KEYS, ("schedule", "phrases", "measures"), MEASURES_FILE)
    measures: dict[str, Measure] = {}
    declared: set[str] = set()  # a measure with problems of its own is still declared
    raw = top.get("measures")
    if "measures" in top and (not isinstance(raw, LineList) or not raw):
        reader.problem(top.line_of("measures"), "'measures' must be a list of measures ('- id:')")
    elif isinstance(raw, LineList):
        for index, item in enumerate(raw):
            block = reader.block(item, raw.line_of(index), "each measure")
            if block is None:
                continue
            measure_id = block.get("id")
            if isinstance(measure_id, str) and measure_id in declared:
                reader.problem(block.line_of("id"), f"duplicate measure id '{measure_id}'")
                continue
            if isinstance(measure_id, str):
                declared.add(measure_id)
            measure = _read_measure(reader, block, draft)
            if measure is not None:
                measures[measure.id] = measure
    schedule = _read_schedule(reader, top, declared)
    optional = _read_ids(reader, top, "optional", declared)
    phrases = _read_phrases(reader, top)
    if len(problems) == before:
        taken = {mid for _, ids in schedule for mid in ids} | set(optional)
        for measure_id in measures:
            if measure_id not in taken:
                reader.problem(
                    top.line_of("schedule"),
                    f"measure '{measure_id}' is never taken: add it to 'schedule' or 'optional'",
                )
    if len(problems) == before and phrases is not None:
        draft.measures = MeasureSet(tuple(measures.values()), schedule, optional, phrases)
    return draft


def _read_ids(
    reader: FieldReader, block: LineDict, key: str, measures: set[str]
) -> tuple[str, ...]:
    ids = reader.text_list(block, key, allow_empty=True)
    seen: list[str] = []
    for measure_id in ids:
        if measure_id in seen:
            reader.problem(block.line_of(key), f"'{key}' lists '{measure_id}' twice")
        elif measure_id not in measures:
            close = suggest(measure_id, measures)
            hint = f" (did you mean '{close}'?)" if close else ""
            reader.problem(
                block.line_of(key),
                f"'{key}' names measure '{measure_id}', which is not defined{hint}",
            )
        else:
            seen.append(measure_id)
    return tuple(seen)


def _read_schedule(
    reader: FieldReader, top: LineDict, measures: set[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if "schedule" not in top:
        return ()
    block = reader.block(top["schedule"], top.line_of("schedule"), "'schedule'")
    if block is None:
        return ()
    reader.keys(block, WHENS, (), "'schedule'")
    return tuple(
        (when, _read_ids(reader, block, when, measures)) for when in WHENS if when in block
    )


def _read_phrases(reader: FieldReader, top: LineDict) -> Phrases | None:
    if "phrases" not in top:
        return None
    block = reader.block(top["phrases"], top.line_of("phrases"), "'phrases'")
    if block is None:
        return None
    reader.keys(block, PHRASE_KEYS, tuple(PLACEHOLDERS), "'phrases'")
    values: dict[str, str] = {}
    for key, wanted in PLACEHOLDERS.items():
        text = block.get(key)
        if key not in block:
            continue
        if not isinstance(text, str) or not text.strip():
            reader.problem(block.line_of(key), f"'{key}' must be text, not {describe(text)}")
            continue
        try:
            used = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
        except ValueError:
            reader.problem(
                block.line_of(key), f"'{key}' has a '{{' or '}}' without its pair: '{text}'"
            )
            continue
        unknown = [name for name in used if name not in wanted]
        missing = [name for name in wanted if name not in used]
        allowed = ", ".join("{" + name + "}" for name in wanted)
        if unknown:
            reader.problem(
                block.line_of(key),
                f"'{key}' cannot use {{{unknown[0]}}}; it must use {allowed}",
            )
        elif missing:
            reader.problem(
                block.line_of(key), f"'{key}' must use {allowed}; {{{missing[0]}}} is missing"
            )
        else:
            values[key] = text
    mark = block.get("decimal_mark", ".")
    if "decimal_mark" in block and mark not in (".", ","):
        reader.problem(
            block.line_of("decimal_mark"),
            f"'decimal_mark' must be '.' or ',', not {describe(mark)}",
        )
        return None
    if len(values) != len(PLACEHOLDERS):
        return None
    return Phrases(**values, decimal_mark=str(mark))


def _read_range(reader: FieldReader, block: LineDict, whole: bool) -> tuple[float, float] | None:
    if "range" not in block:
        return None
    value = block["range"]
    line = block.line_of("range")
    if (
        not isinstance(value, LineList)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value)
    ):
        wrong = "" if isinstance(value, LineList) else f", not {describe(value)}"
        reader.problem(line, f"'range' must be two numbers, low and high, such as [0, 10]{wrong}")
        return None
    low, high = value
    if whole and not all(isinstance(v, int) for v in value):
        reader.problem(line, "'range' must be whole numbers for this kind of measure")
        return None
    if low >= high:
        reader.problem(line, f"'range' must go from low to high, not from {low} to {high}")
        return None
    return low, high


def _read_measure(reader: FieldReader, block: LineDict, draft: MeasuresDraft) -> Measure | None:
    before = len(reader.problems)
    name = block.get("id") if isinstance(block.get("id"), str) else "this measure"
    label = f"measure '{name}'"
    reader.keys(block, MEASURE_KEYS, ("id", "name", "kind", "range"), label)
    measure_id = reader.identifier(block, "id")
    title = reader.text(block, "name")
    short = reader.text(block, "short") or ""
    unit = reader.text(block, "unit") or ""
    instructions = reader.text(block, "instructions") or ""
    kind = reader.choice(block, "kind", KINDS)
    sources = reader.text_list(block, "sources")
    draft.source_refs.extend((source, block.line_of("sources")) for source in sources)
    whole = kind not in DECIMAL_KINDS
    bounds = _read_range(reader, block, whole)
    decimals = 0
    if "decimals" in block:
        if kind is not None and kind not in DECIMAL_KINDS:
            reader.problem(
                block.line_of("decimals"),
                f"{label} is a '{kind}' measure, which takes whole numbers: remove 'decimals'",
            )
        else:
            decimals = reader.integer(block, "decimals", 0, 2) or 0
    better = None
    if kind == "evaluation":
        if "better" in block:
            reader.problem(
                block.line_of("better"), f"{label} is an evaluation; it has no 'better' direction"
            )
    elif kind is not None:
        if "better" not in block:
            reader.problem(block.line, f"missing key 'better' in {label} (higher or lower)")
        else:
            better = reader.choice(block, "better", BETTER)
    items = _read_items(reader, block, kind, measure_id, title, label)
    bands, norms = read_bands(reader, block, kind, bounds, label)
    if len(reader.problems) > before or not (measure_id and title and kind and bounds):
        return None
    return Measure(
        id=measure_id,
        name=title,
        kind=kind,
        low=bounds[0],
        high=bounds[1],
        items=items,
        better=better,
        short=short,
        unit=unit,
        decimals=decimals,
        bands=bands,
        norms=norms,
        instructions=instructions,
        sources=sources,
    )


def _read_items(
    reader: FieldReader,
    block: LineDict,
    kind: str | None,
    measure_id: str | None,
    title: str | None,
    label: str,
) -> tuple[Item, ...]:
    if kind in SINGLE_VALUE_KINDS:
        if "items" in block:
            reader.problem(
                block.line_of("items"),
                f"{label} is a '{kind}' measure with one value; it has no 'items'",
            )
        return (Item(measure_id or "", title or ""),)
    if "items" not in block:
        if kind in ITEM_KINDS:
            reader.problem(block.line, f"{label} is a '{kind}' measure but lists no 'items'")
        return ()
    raw = block["items"]
    if not isinstance(raw, LineList) or not raw:
        reader.problem(block.line_of("items"), "'items' must be a list of '- id: …, name: …'")
        return ()
    items: list[Item] = []
    seen: set[str] = set()
    for index, value in enumerate(raw):
        item = reader.block(value, raw.line_of(index), "each item of 'items'")
        if item is None:
            continue
        reader.keys(item, ITEM_KEYS, ("id", "name"), "an item")
        item_id = reader.identifier(item, "id")
        name = reader.text(item, "name")
        is_text = False
        if "type" in item:
            kind_of_item = reader.choice(item, "type", ("number", "text"))
            is_text = kind_of_item == "text"
            if is_text and kind != "evaluation":
                reader.problem(item.line_of("type"), "only evaluation items can be 'type: text'")
        if item_id is not None and item_id in seen:
            reader.problem(item.line_of("id"), f"duplicate item id '{item_id}' in {label}")
            continue
        if item_id is None or name is None:
            continue
        seen.add(item_id)
        items.append(
            Item(
                item_id,
                name,
                short=reader.text(item, "short") or "",
                question=reader.text(item, "question") or "",
                text=is_text,
            )
        )
    return tuple(items)
