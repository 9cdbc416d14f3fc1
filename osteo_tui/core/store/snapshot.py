"""Everything in one course file, read in one go.

Views and exports are built from a snapshot rather than from several store calls, so a
read-only view stays consistent even while the app writes the course in another process.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.records import AttendanceMark, Course, Goal, Note, Participant, RunState
from osteo_tui.core.records.attendance_grid import AttendanceGrid
from osteo_tui.core.store.course_store import CourseStore

__all__ = ["CourseSnapshot"]


@dataclass(frozen=True)
class CourseSnapshot:
    course: Course
    participants: tuple[Participant, ...]  # by name, any case
    attendance: tuple[AttendanceMark, ...]  # by session, then participant
    goals: tuple[Goal, ...]  # oldest first, as ``CourseStore.goals`` orders them
    notes: tuple[Note, ...]  # oldest first
    runs: tuple[RunState, ...]  # by session
    measurements: tuple[MeasurementRecord, ...] = ()  # oldest first

    @classmethod
    def of(cls, store: CourseStore) -> CourseSnapshot:
        return cls.from_document(store.document())

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> CourseSnapshot:
        def rows(table: str) -> list[dict[str, Any]]:
            return list(document.get(table, {}).values())

        people = sorted(
            (Participant.from_dict(row) for row in rows("participants")),
            key=lambda person: person.name.casefold(),
        )
        order = {person.id: index for index, person in enumerate(people)}
        marks = [AttendanceMark.from_dict(row) for row in rows("attendance")]
        return cls(
            course=Course.from_dict(rows("course")[0]),
            participants=tuple(people),
            attendance=tuple(
                sorted(marks, key=lambda m: (m.session, order.get(m.participant_id, -1)))
            ),
            goals=tuple(
                sorted((Goal.from_dict(row) for row in rows("goals")), key=lambda g: g.created_at)
            ),
            notes=tuple(
                sorted((Note.from_dict(row) for row in rows("notes")), key=lambda n: n.created_at)
            ),
            runs=tuple(
                sorted((RunState.from_dict(row) for row in rows("runs")), key=lambda r: r.session)
            ),
            measurements=tuple(
                sorted(
                    (MeasurementRecord.from_dict(row) for row in rows("measurements")),
                    key=lambda m: m.recorded_at,  # ties: in the order recorded
                )
            ),
        )

    def goals_of(self, participant_id: str) -> list[Goal]:
        return [goal for goal in self.goals if goal.participant_id == participant_id]

    def measurements_of(self, participant_id: str) -> list[MeasurementRecord]:
        return [m for m in self.measurements if m.participant_id == participant_id]

    def notes_of(self, participant_id: str) -> list[Note]:
        return [note for note in self.notes if note.participant_id == participant_id]

    def marks_of(self, participant_id: str) -> list[AttendanceMark]:
        return [mark for mark in self.attendance if mark.participant_id == participant_id]

    def name_of(self, participant_id: str) -> str:
        for person in self.participants:
            if person.id == participant_id:
                return person.name
        return participant_id

    def grid(self) -> AttendanceGrid:
        return AttendanceGrid.build(self.course.sessions, self.participants, self.attendance)
