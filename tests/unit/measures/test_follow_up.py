"""Who is due for the follow-up self-ratings, 4 to 6 months after the last session."""

from __future__ import annotations

from datetime import date

import pytest

from osteo_tui.core.measures import (
    FollowUpState,
    MeasurementRecord,
    MeasureSet,
    follow_up_window,
    follow_ups,
    follow_ups_due,
)
from osteo_tui.core.measures.follow_up import add_months
from osteo_tui.core.records import Course, Participant

COURSE = Course.new("Spring", "luustokurssi-en", "1.0.0", 5, "2026-01-06")  # last: 2026-02-03
ANNA = Participant("p1", "Anna")
BO = Participant("p2", "Bo")


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 2, 3), 4, date(2026, 6, 3)),
        (date(2026, 1, 31), 4, date(2026, 5, 31)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 10, 15), 4, date(2027, 2, 15)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


def test_the_window_is_four_to_six_months_after_the_last_session() -> None:
    assert COURSE.sessions[-1].day == date(2026, 2, 3)
    assert follow_up_window(COURSE) == (date(2026, 6, 3), date(2026, 8, 3))


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (date(2026, 6, 2), FollowUpState.NOT_YET),
        (date(2026, 6, 3), FollowUpState.DUE),
        (date(2026, 8, 3), FollowUpState.DUE),
        (date(2026, 8, 4), FollowUpState.LATE),
    ],
)
def test_states_at_the_edges_of_the_window(en: MeasureSet, today: date, state: str) -> None:
    (anna,) = follow_ups(COURSE, [ANNA], [], en, today)
    assert anna.state is state and anna.missing == ("self-ratings",)
    assert [f.participant for f in follow_ups_due(COURSE, [ANNA], [], en, today)] == (
        [ANNA] if state in ("due", "late") else []
    )


def test_a_recorded_follow_up_is_done_and_no_longer_due(en: MeasureSet) -> None:
    done = MeasurementRecord.new("p1", "self-ratings", "follow-up", {"knowledge": 7})
    start = MeasurementRecord.new("p2", "self-ratings", "start", {"knowledge": 5})
    states = follow_ups(COURSE, [ANNA, BO], [done, start], en, date(2026, 7, 1))
    assert [(f.participant.name, f.state) for f in states] == [
        ("Anna", FollowUpState.DONE),
        ("Bo", FollowUpState.DUE),
    ]
    due = follow_ups_due(COURSE, [ANNA, BO], [done, start], en, date(2026, 7, 1))
    assert [f.participant.name for f in due] == ["Bo"]


def test_a_pack_without_follow_up_measures_has_no_follow_ups() -> None:
    assert follow_ups(COURSE, [ANNA], [], MeasureSet(), date(2026, 7, 1)) == []
