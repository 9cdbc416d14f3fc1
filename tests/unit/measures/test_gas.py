"""Goal Attainment Scaling T-scores: T = 50 + 10·Σwᵢxᵢ / √((1−ρ)Σwᵢ² + ρ(Σwᵢ)²), ρ = 0.3."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.measures import gas_t_score, participant_t_score
from osteo_tui.core.measures.gas import latest_levels
from osteo_tui.core.records import Goal, GoalReview


def test_worked_example_three_goals() -> None:
    # Levels +1, +1, 0 with equal weights: Σwx = 2, Σw² = 3, (Σw)² = 9,
    # √(0.7·3 + 0.3·9) = √4.8 = 2.19089, so T = 50 + 20 / 2.19089 = 59.13.
    assert gas_t_score([1, 1, 0]) == pytest.approx(59.1287, abs=1e-4)


def test_worked_examples_of_the_extremes() -> None:
    assert gas_t_score([-2]) == pytest.approx(30.0)  # one goal: √(0.7 + 0.3) = 1
    assert gas_t_score([2]) == pytest.approx(70.0)
    assert gas_t_score([2, 2, 2]) == pytest.approx(50 + 60 / math.sqrt(4.8))  # 77.39
    assert gas_t_score([-1, -1]) == pytest.approx(50 - 20 / math.sqrt(0.7 * 2 + 0.3 * 4))


def test_weights_count() -> None:
    # w = (2, 1), x = (+1, -1): Σwx = 1, Σw² = 5, (Σw)² = 9 -> √(3.5 + 2.7) = √6.2
    assert gas_t_score([1, -1], [2, 1]) == pytest.approx(50 + 10 / math.sqrt(6.2))
    with pytest.raises(ValueError):
        gas_t_score([1, -1], [1])


def test_no_goals_no_score() -> None:
    assert gas_t_score([]) is None


@given(st.lists(st.sampled_from([-2, -1, 0, 1, 2]), min_size=1, max_size=12))
def test_goals_met_as_expected_score_50_and_the_score_is_symmetric(levels: list[int]) -> None:
    score = gas_t_score(levels)
    assert score is not None
    assert gas_t_score([0] * len(levels)) == pytest.approx(50)
    assert gas_t_score([-x for x in levels]) == pytest.approx(100 - score)
    assert (score > 50) == (sum(levels) > 0) and (score < 50) == (sum(levels) < 0)


def _goal(*levels: int) -> Goal:
    reviews = tuple(
        GoalReview(date(2026, 2, session), session, level)
        for session, level in enumerate(levels, start=2)
    )
    return Goal("g", "p", "Walk to the shop", reviews=reviews)


def test_a_participant_score_uses_the_latest_review_of_each_reviewed_goal() -> None:
    goals = [_goal(-1, 0, 1), _goal(-2, 0), _goal()]  # the last one has no review yet
    assert latest_levels(goals) == [1, 0]
    assert participant_t_score(goals) == pytest.approx(gas_t_score([1, 0]))
    assert participant_t_score([_goal()]) is None
