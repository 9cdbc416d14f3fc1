"""Attendance as a participants × sessions grid, for the CLI, the exports and the reports."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from osteo_tui.core.records.course import SessionPlan
from osteo_tui.core.records.participant import Participant
from osteo_tui.core.records.progress import AttendanceMark, AttendanceStatus

__all__ = ["AttendanceGrid", "AttendanceRow"]


@dataclass(frozen=True)
class AttendanceRow:
    participant: Participant
    marks: tuple[AttendanceStatus | None, ...]  # one per session, ``None`` when not marked

    @property
    def present(self) -> int:
        return sum(1 for mark in self.marks if mark is AttendanceStatus.PRESENT)


@dataclass(frozen=True)
class AttendanceGrid:
    sessions: tuple[SessionPlan, ...]
    rows: tuple[AttendanceRow, ...]

    @classmethod
    def build(
        cls,
        sessions: Iterable[SessionPlan],
        participants: Iterable[Participant],
        marks: Iterable[AttendanceMark],
    ) -> AttendanceGrid:
        plans = tuple(sorted(sessions, key=lambda plan: plan.number))
        by_key = {(mark.participant_id, mark.session): mark.status for mark in marks}
        rows = tuple(
            AttendanceRow(person, tuple(by_key.get((person.id, p.number)) for p in plans))
            for person in participants
        )
        return cls(plans, rows)

    def present_at(self, session: int) -> int:
        index = [plan.number for plan in self.sessions].index(session)
        return sum(1 for row in self.rows if row.marks[index] is AttendanceStatus.PRESENT)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sessions": [
                {**plan.to_dict(), "present": self.present_at(plan.number)}
                for plan in self.sessions
            ],
            "participants": [
                {
                    "id": row.participant.id,
                    "name": row.participant.name,
                    "marks": [mark.value if mark else None for mark in row.marks],
                    "present": row.present,
                }
                for row in self.rows
            ],
        }
