"""Goal Attainment Scaling: one T-score across a participant's goals (Turner-Stokes 2009).

Each goal is rated -2 (much less than expected) to +2 (much more than expected); 0 means the
goal was reached as expected. With weights wᵢ (1 each by default) and the usual correlation
between goals ρ = 0.3:

    T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)

T = 50 means the goals were met as expected; above 50, better than expected.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from osteo_tui.core.records import Goal

__all__ = ["GAS_RHO", "gas_t_score", "latest_levels", "participant_t_score"]

GAS_RHO = 0.3


def gas_t_score(
    levels: Sequence[int], weights: Sequence[float] | None = None, rho: float = GAS_RHO
) -> float | None:
    """The T-score of ``levels`` (each -2..+2); ``None`` when there are no levels."""
    if not levels:
        return None
    weights = list(weights) if weights is not None else [1.0] * len(levels)
    if len(weights) != len(levels):
        raise ValueError("one weight per goal level is needed")
    weighted = sum(w * x for w, x in zip(weights, levels, strict=True))
    squares = sum(w * w for w in weights)
    total = sum(weights)
    return 50 + 10 * weighted / math.sqrt((1 - rho) * squares + rho * total * total)


def latest_levels(goals: Iterable[Goal]) -> list[int]:
    """The latest review level of each goal that has been reviewed at least once."""
    return [goal.latest_level for goal in goals if goal.latest_level is not None]


def participant_t_score(goals: Iterable[Goal]) -> float | None:
    """One participant's T-score from the latest level of each reviewed goal, equal weights."""
    return gas_t_score(latest_levels(goals))
