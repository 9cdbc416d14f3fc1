"""Dates and times as trainers type them: ISO, or day first with dots as in Finland and
Denmark (4.3.2026, 13.00); nothing that could be read two ways."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.records import Course
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.values import parse_date, parse_time


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_date_reads_back_in_each_written_form(day: date) -> None:
    for written in (
        day.isoformat(),
        f"{day.day}.{day.month}.{day.year}",  # Finnish: 4.3.2026
        f"{day.day:02}.{day.month:02}.{day.year}",  # Danish: 04.03.2026
        f" {day.day}. {day.month}. {day.year} ",
    ):
        assert parse_date(written, "start") == day, written


@given(st.times().map(lambda moment: moment.replace(second=0, microsecond=0)))
def test_every_clock_time_reads_back_with_a_colon_or_a_dot(moment: time) -> None:
    for written in (f"{moment:%H:%M}", f"{moment:%H.%M}", f"{moment.hour}.{moment:%M}"):
        assert parse_time(written, "time") == moment, written


@pytest.mark.parametrize(
    "written", ["31.2.2026", "4.3.26", "3/4/2026", "4.3.", "2026-13-01", "today", ""]
)
def test_no_date_is_guessed(written: str) -> None:
    with pytest.raises(InvalidRecord, match="is not a date; write it as YYYY-MM-DD"):
        parse_date(written, "start")


@pytest.mark.parametrize("written", ["25.00", "9.3", "13.5", "1300", "13:00:00", "1 pm", ""])
def test_no_time_is_guessed(written: str) -> None:
    """Hours and minutes only: Python's own ISO reading would take "9.3" as 9 o'clock and
    0.3 seconds, and "1300" as 13:00."""
    with pytest.raises(InvalidRecord, match="is not a time; write it as HH:MM"):
        parse_time(written, "time")


def test_a_course_planned_the_finnish_way() -> None:
    course = Course.new("Kevät", "luustokurssi-fi", "1.0.0", 5, "4.3.2026", start_time="13.00")
    assert course.start_date == date(2026, 3, 4)
    assert [plan.day.isoformat() for plan in course.sessions][:2] == ["2026-03-04", "2026-03-11"]
    assert course.sessions[0].start == time(13, 0)
