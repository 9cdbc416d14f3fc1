"""The ``measures`` and ``when`` keys of a measurement segment, and their check against
``measures.yaml`` once the whole pack has been read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from osteo_tui.core.lessons.fields import FieldReader, suggest
from osteo_tui.core.measures.definitions import WHENS, MeasureSet
from osteo_tui.core.problems import Problem
from osteo_tui.core.yaml_source import LineDict

__all__ = ["MEASURE_SEGMENT_KEYS", "MeasureRef", "check_measure_refs", "read_segment_measures"]

MEASURE_SEGMENT_KEYS = ("measures", "when")


@dataclass(frozen=True)
class MeasureRef:
    measure_id: str
    when: str
    line: int


def read_segment_measures(
    reader: FieldReader, block: LineDict, kind: str | None, label: str, refs: list[MeasureRef]
) -> tuple[tuple[str, ...], str | None]:
    """The segment's measure ids and when they are taken; references go into ``refs``."""
    if "measures" not in block:
        if "when" in block:
            reader.problem(block.line_of("when"), f"'when' goes with 'measures' in {label}")
        return (), None
    if kind is not None and kind != "measurement":
        reader.problem(
            block.line_of("measures"),
            f"{label} is a '{kind}' segment; only 'measurement' segments list measures",
        )
        return (), None
    ids = reader.text_list(block, "measures")
    when = None
    if "when" not in block:
        reader.problem(
            block.line_of("measures"),
            f"{label} lists measures but not 'when' they are taken ({', '.join(WHENS)})",
        )
    else:
        when = reader.choice(block, "when", WHENS)
    if when is not None:
        refs.extend(MeasureRef(measure_id, when, block.line_of("measures")) for measure_id in ids)
    return ids, when


def check_measure_refs(
    measures: MeasureSet | None,
    has_file: bool,
    refs: list[tuple[Path, list[MeasureRef]]],
    problems: list[Problem],
) -> None:
    """Each measure a segment takes is defined and scheduled (or optional) at that time."""
    for path, segment_refs in refs:
        for ref in segment_refs:
            if not has_file:
                message = (
                    f"measure '{ref.measure_id}' is not defined: the pack has no measures.yaml"
                )
            elif measures is None:
                continue  # measures.yaml has problems of its own
            elif measures.get(ref.measure_id) is None:
                close = suggest(ref.measure_id, measures.ids())
                hint = f" (did you mean '{close}'?)" if close else ""
                message = f"measure '{ref.measure_id}' is not in measures.yaml{hint}"
            elif ref.when not in measures.times_of(ref.measure_id):
                times = measures.times_of(ref.measure_id)
                message = (
                    f"measure '{ref.measure_id}' is not taken at '{ref.when}': measures.yaml "
                    f"schedules it at {', '.join(times) or 'no time'}"
                )
            else:
                continue
            problems.append(Problem(path, ref.line, message))
