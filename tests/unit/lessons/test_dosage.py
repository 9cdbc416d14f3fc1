"""Dosage text and planned time, which the runner's timers will rely on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.lessons import Dosage


def test_describe_common_dosages() -> None:
    assert Dosage(sets=2, reps=10).describe() == "2 × 10"
    assert Dosage(sets=3, hold=10, sides=True).describe() == "3 × hold 10 s, each side"
    assert Dosage(sets=1, reps=5, hold=5).describe() == "1 × 5, hold 5 s"
    assert Dosage(work=30, rest=30, rounds=3).describe() == "3 × 30 s work / 30 s rest"
    assert Dosage(minutes=10, note="build up to 20").describe() == "10 min, build up to 20"


def test_planned_seconds() -> None:
    assert Dosage(work=60, rest=30, rounds=2).planned_seconds() == 150
    assert Dosage(sets=2, reps=10).planned_seconds() == 2 * 10 * 4 + 30
    assert Dosage(sets=2, hold=10, sides=True).planned_seconds() == 2 * (2 * 10 + 30)
    assert Dosage(minutes=5).planned_seconds() == 300


@given(
    sets=st.none() | st.integers(1, 10),
    reps=st.none() | st.integers(1, 50),
    hold=st.none() | st.integers(1, 120),
    sides=st.booleans(),
)
def test_planned_time_is_positive_and_doubles_with_sides(sets, reps, hold, sides) -> None:
    if reps is None and hold is None:
        reps = 1
    one = Dosage(sets=sets, reps=reps, hold=hold)
    assert one.planned_seconds() > 0
    assert (
        Dosage(sets=sets, reps=reps, hold=hold, sides=True).planned_seconds()
        == 2 * one.planned_seconds()
    )
    assert one.describe()
