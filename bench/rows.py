"""The one row shape every benchmark returns, the statistics they share, and the table.

A row is a plain dict ``{name, value, unit, goal, ratio, ok}``: ``goal`` is the goal as text
("< 20 ms", "ratio ≤ 1.5"), ``ratio`` is app ÷ baseline where a baseline was measured in the
same run (else ``None``), ``ok`` says whether the goal was met (``None`` for rows that only
inform, such as the baselines themselves).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Any

__all__ = ["Row", "format_table", "median", "p95", "row"]

Row = dict[str, Any]


def row(
    name: str,
    value: float | None,
    unit: str,
    goal: str = "",
    ratio: float | None = None,
    ok: bool | None = None,
) -> Row:
    return {"name": name, "value": value, "unit": unit, "goal": goal, "ratio": ratio, "ok": ok}


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile by the nearest-rank method (an observed sample, never interpolated)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return ordered[rank - 1]


def _number(value: float) -> str:
    if value == 0 or abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if abs(value) >= 0.1 else f"{value:.3f}"


def _verdict(ok: bool | None) -> str:
    return {True: "ok", False: "MISSED", None: ""}[ok]


def format_table(rows: Sequence[Row]) -> str:
    """A plain-text table (also valid Markdown) of the rows, in the order given."""
    head = ["benchmark", "value", "unit", "goal", "ratio", "result"]
    body = [
        [
            str(r.get("name", "")),
            _number(float(r["value"])) if r.get("value") is not None else "—",
            str(r.get("unit", "")),
            str(r.get("goal", "") or ""),
            f"{r['ratio']:.2f}" if r.get("ratio") is not None else "",
            _verdict(r.get("ok")),
        ]
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    right = {1, 4}

    def line(cells: list[str]) -> str:
        padded = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "| " + " | ".join(padded) + " |"

    rule = (
        "|"
        + "|".join(
            "-" * (w + 1) + ":" if i in right else "-" * (w + 2) for i, w in enumerate(widths)
        )
        + "|"
    )
    return "\n".join([line(head), rule, *(line(cells) for cells in body)])
