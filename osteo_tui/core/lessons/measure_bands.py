"""Reading a measure's bands (what a result means: "low", "usual", "a fall risk") and the
age and sex norms that bands marked ``norm`` compare with, from ``measures.yaml``. Every
problem names its line, like the rest of the loader."""

from __future__ import annotations

import re

from osteo_tui.core.lessons.fields import FieldReader, describe
from osteo_tui.core.measures.definitions import BANDED_KINDS, NORM, Band, Norm
from osteo_tui.core.yaml_source import LineDict, LineList

__all__ = ["BAND_KEYS", "NORM_KEYS", "read_bands"]

BAND_KEYS = ("label", "from", "below", "flag")
NORM_KEYS = ("age", "m", "f")
_AGES = re.compile(r"^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$")


def _number(reader: FieldReader, block: LineDict, key: str) -> float | None:
    value = block.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        reader.problem(block.line_of(key), f"'{key}' must be a number, not {describe(value)}")
        return None
    return value


def _bound(reader: FieldReader, band: LineDict, key: str) -> float | str | None:
    if key not in band:
        return None
    if band[key] == NORM:
        return NORM
    value = band[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        reader.problem(
            band.line_of(key), f"'{key}' must be a number or 'norm', not {describe(value)}"
        )
        return None
    return value


def read_bands(
    reader: FieldReader,
    block: LineDict,
    kind: str | None,
    bounds: tuple[float, float] | None,
    label: str,
) -> tuple[tuple[Band, ...], tuple[Norm, ...]]:
    if "bands" not in block:
        if "norms" in block:
            reader.problem(block.line_of("norms"), "'norms' are only used by bands with 'norm'")
        return (), ()
    if kind is not None and kind not in BANDED_KINDS:
        reader.problem(
            block.line_of("bands"),
            f"{label} is a '{kind}' measure without one total score, so it has no 'bands'",
        )
        return (), ()
    raw = block["bands"]
    if not isinstance(raw, LineList) or not raw:
        reader.problem(block.line_of("bands"), "'bands' must be a list of '- label: …'")
        return (), ()
    bands: list[tuple[Band, int]] = []
    for index, value in enumerate(raw):
        band = reader.block(value, raw.line_of(index), "each band")
        if band is None:
            continue
        reader.keys(band, BAND_KEYS, ("label",), "a band")
        text = reader.text(band, "label")
        low, high = _bound(reader, band, "from"), _bound(reader, band, "below")
        flag = reader.boolean(band, "flag") or False
        if "from" not in band and "below" not in band:
            reader.problem(band.line, "a band needs 'from', 'below' or both")
            continue
        if isinstance(low, int | float) and isinstance(high, int | float) and low >= high:
            reader.problem(band.line, f"a band cannot go from {low} to below {high}")
            continue
        if text is not None:
            bands.append((Band(text, low, high, flag), band.line))
    _check_overlaps(reader, bands)
    uses_norm = any(band.uses_norm for band, _ in bands)
    norms: tuple[Norm, ...] = ()
    if uses_norm and "norms" not in block:
        reader.problem(block.line_of("bands"), f"{label} has bands with 'norm' but no 'norms'")
    elif "norms" in block and not uses_norm:
        reader.problem(block.line_of("norms"), "'norms' are only used by bands with 'norm'")
    elif "norms" in block:
        norms = _read_norms(reader, block)
    return tuple(band for band, _ in bands), norms


def _check_overlaps(reader: FieldReader, bands: list[tuple[Band, int]]) -> None:
    """Bands with number bounds must not overlap (norm bands are checked per participant)."""
    fixed = [(band, line) for band, line in bands if not band.uses_norm]
    inf = float("inf")
    for i, (first, _) in enumerate(fixed):
        for second, line in fixed[i + 1 :]:
            low = max(_as_float(first.low, -inf), _as_float(second.low, -inf))
            high = min(_as_float(first.high, inf), _as_float(second.high, inf))
            if low < high:
                reader.problem(line, f"the band '{second.label}' overlaps '{first.label}'")


def _as_float(value: float | str | None, default: float) -> float:
    return default if value is None or isinstance(value, str) else float(value)


def _read_norms(reader: FieldReader, block: LineDict) -> tuple[Norm, ...]:
    raw = block["norms"]
    if not isinstance(raw, LineList) or not raw:
        reader.problem(
            block.line_of("norms"), "'norms' must be a list of '- {age: 60-64, m: 14, f: 12}'"
        )
        return ()
    norms: list[Norm] = []
    lines: dict[Norm, int] = {}
    for index, value in enumerate(raw):
        row = reader.block(value, raw.line_of(index), "each norm")
        if row is None:
            continue
        reader.keys(row, NORM_KEYS, ("m", "f"), "a norm")
        men = _number(reader, row, "m") if "m" in row else None
        women = _number(reader, row, "f") if "f" in row else None
        ages: tuple[int | None, int | None] = (None, None)
        if "age" in row:
            match = _AGES.match(str(row["age"]))
            if match is None or int(match.group(1)) > int(match.group(2)):
                reader.problem(
                    row.line_of("age"),
                    f"'age' must be an age band such as 60-64, not {describe(row['age'])}",
                )
                continue
            ages = (int(match.group(1)), int(match.group(2)))
        if men is not None and women is not None:
            norm = Norm(men, women, *ages)
            norms.append(norm)
            lines.setdefault(norm, row.line)
    with_age = [norm for norm in norms if norm.age_from is not None]
    if with_age and len(with_age) != len(norms):
        reader.problem(block.line_of("norms"), "either every norm has an 'age' or none has")
    for i, first in enumerate(with_age):
        for second in with_age[i + 1 :]:
            assert first.age_from is not None and first.age_to is not None
            assert second.age_from is not None and second.age_to is not None
            if first.age_from <= second.age_to and second.age_from <= first.age_to:
                reader.problem(
                    lines[second],
                    f"the age bands {first.age_from}-{first.age_to} and "
                    f"{second.age_from}-{second.age_to} overlap",
                )
    return tuple(norms)
