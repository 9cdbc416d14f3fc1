"""A course as CSV files for spreadsheets: UTF-8 with a BOM (so Excel reads the letters right),
comma-separated. ``participants.csv`` has the columns ``participant import`` reads."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from osteo_tui.core.records import Participant
from osteo_tui.core.records.csv_import import COLUMNS
from osteo_tui.core.records.spreadsheet_cells import guard_cell
from osteo_tui.core.store.snapshot import CourseSnapshot

__all__ = ["course_csv_texts", "participant_row", "spreadsheet_cell"]

Cell = str | int | None


def _text(header: Iterable[str], rows: Iterable[Iterable[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def spreadsheet_cell(cell: Cell) -> str | int:
    """A CSV cell: empty for None, text guarded against formula injection."""
    if cell is None:
        return ""
    return guard_cell(cell) if isinstance(cell, str) else cell


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def participant_row(person: Participant) -> list[Cell]:
    """``id`` and then the import columns, in ``COLUMNS`` order."""
    consent = person.consent
    return [
        person.id,
        person.name,
        person.born,
        person.sex,
        _yes_no(person.vertebral_fracture),
        "; ".join(str(fracture) for fracture in person.fractures),
        person.contact,
        consent.given_on.isoformat() if consent else None,
        consent.scope if consent else None,
        person.notes,
        person.track,
    ]


def course_csv_texts(snapshot: CourseSnapshot) -> dict[str, str]:
    """File name → CSV text, for participants, attendance, goals and notes."""
    name = snapshot.name_of
    days = {plan.number: plan.day.isoformat() for plan in snapshot.course.sessions}
    goal_rows: list[list[Cell]] = []
    for person in snapshot.participants:
        for number, goal in enumerate(snapshot.goals_of(person.id), start=1):
            about: list[Cell] = [goal.id, person.id, person.name, number, goal.text, goal.measure]
            about += [goal.target.isoformat() if goal.target else None, goal.created_at]
            about.append(goal.next_step)
            reviews = [
                [r.session, r.day.isoformat(), r.level, r.progress] for r in goal.reviews
            ] or [[None, None, None, None]]
            goal_rows += [about + review for review in reviews]
    return {
        "participants.csv": _text(
            ("id", *COLUMNS), (participant_row(person) for person in snapshot.participants)
        ),
        "attendance.csv": _text(
            ("participant_id", "name", "session", "day", "status", "marked_at"),
            (
                [m.participant_id, name(m.participant_id), m.session, days.get(m.session)]
                + [m.status.value, m.marked_at]
                for m in snapshot.attendance
            ),
        ),
        "goals.csv": _text(
            ("goal_id", "participant_id", "name", "number", "goal", "measure", "target")
            + ("created_at", "next_step", "review_session", "review_day", "level", "progress"),
            goal_rows,
        ),
        "notes.csv": _text(
            ("note_id", "participant_id", "name", "session", "shareable", "created_at", "text"),
            (
                [n.id, n.participant_id, name(n.participant_id), n.session]
                + [_yes_no(n.shareable), n.created_at, n.text]
                for n in snapshot.notes
            ),
        ),
    }
