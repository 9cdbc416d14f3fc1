"""Who is due for the follow-up measures, 4 to 6 months after the course's last session."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from osteo_tui.core.measures.definitions import MeasureSet
from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.records import Course, Participant
from osteo_tui.core.translation import pgettext

__all__ = [
    "FOLLOW_UP_MONTHS",
    "FollowUp",
    "FollowUpState",
    "add_months",
    "follow_up_window",
    "follow_ups",
    "follow_ups_due",
    "state_label",
]

FOLLOW_UP_MONTHS = (4, 6)


class FollowUpState(StrEnum):
    NOT_YET = "not yet"
    DUE = "due"
    LATE = "late"
    DONE = "done"


def state_label(state: FollowUpState | str) -> str:
    """A follow-up state as the trainer reads it: ``due``, ``ajankohtainen``, ``skal tages``."""
    labels = {
        "not yet": pgettext("follow-up state", "not yet"),
        "due": pgettext("follow-up state", "due"),
        "late": pgettext("follow-up state", "late"),
        "done": pgettext("follow-up state", "done"),
    }
    return labels.get(str(state), str(state))


@dataclass(frozen=True)
class FollowUp:
    participant: Participant
    due_from: date
    due_until: date
    state: FollowUpState
    missing: tuple[str, ...]
    """The follow-up measures not recorded yet (ids)."""


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it is shorter (31 Jan → 31 May,
    31 Aug + 6 → 28 or 29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_up_window(course: Course) -> tuple[date, date]:
    """From 4 to 6 months after the last session."""
    last = max(plan.day for plan in course.sessions)
    return add_months(last, FOLLOW_UP_MONTHS[0]), add_months(last, FOLLOW_UP_MONTHS[1])


def follow_ups(
    course: Course,
    participants: Iterable[Participant],
    records: Iterable[MeasurementRecord],
    measures: MeasureSet,
    today: date,
) -> list[FollowUp]:
    """Every participant's follow-up state; empty when the pack takes nothing at follow-up."""
    wanted = [measure.id for measure in measures.at("follow-up")]
    if not wanted:
        return []
    due_from, due_until = follow_up_window(course)
    done = {
        (record.participant_id, record.measure_id)
        for record in records
        if record.when == "follow-up"
    }
    found: list[FollowUp] = []
    for person in participants:
        missing = tuple(mid for mid in wanted if (person.id, mid) not in done)
        if not missing:
            state = FollowUpState.DONE
        elif today < due_from:
            state = FollowUpState.NOT_YET
        elif today <= due_until:
            state = FollowUpState.DUE
        else:
            state = FollowUpState.LATE
        found.append(FollowUp(person, due_from, due_until, state, missing))
    return found


def follow_ups_due(
    course: Course,
    participants: Iterable[Participant],
    records: Iterable[MeasurementRecord],
    measures: MeasureSet,
    today: date,
) -> list[FollowUp]:
    """The participants whose follow-up is due now or overdue and not yet recorded."""
    return [
        item
        for item in follow_ups(course, participants, records, measures, today)
        if item.state in (FollowUpState.DUE, FollowUpState.LATE)
    ]
