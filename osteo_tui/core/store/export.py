"""Exports for data protection: a whole course (JSON and CSV) and one participant (JSON).

A participant's export is their complete data (right of access and portability): the record,
every attendance mark, goal with its reviews, note (private ones included) and measurement.
Export files hold health data, so they are written like course files: atomically and readable
only by the user (0600), in a folder created 0700.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from osteo_tui import __version__
from osteo_tui.core.records import Participant
from osteo_tui.core.records.values import timestamp
from osteo_tui.core.store.atomic_write import write_atomically
from osteo_tui.core.store.export_csv import course_csv_texts
from osteo_tui.core.store.snapshot import CourseSnapshot

__all__ = [
    "COURSE_JSON",
    "EXPORT_FORMAT",
    "course_json",
    "participant_json",
    "write_course_export",
    "write_json",
]

EXPORT_FORMAT = 1
COURSE_JSON = "course.json"


def _about(kind: str) -> dict[str, Any]:
    return {
        "kind": f"osteo-tui {kind} export",
        "format": EXPORT_FORMAT,
        "app": __version__,
        "exported_at": timestamp(),
    }


def course_json(snapshot: CourseSnapshot) -> dict[str, Any]:
    """The whole course: every record of every table."""
    return {
        "export": _about("course"),
        "course": snapshot.course.to_dict(),
        "participants": [person.to_dict() for person in snapshot.participants],
        "attendance": [mark.to_dict() for mark in snapshot.attendance],
        "goals": [goal.to_dict() for goal in snapshot.goals],
        "notes": [note.to_dict() for note in snapshot.notes],
        "runs": [run.to_dict() for run in snapshot.runs],
        "measurements": [record.to_dict() for record in snapshot.measurements],
    }


def participant_json(snapshot: CourseSnapshot, person: Participant) -> dict[str, Any]:
    """Everything the course file holds about ``person``, with the course it belongs to."""
    course = snapshot.course
    days = {plan.number: plan.day.isoformat() for plan in course.sessions}
    return {
        "export": _about("participant"),
        "course": {
            "id": course.id,
            "title": course.title,
            "pack_id": course.pack_id,
            "start_date": course.start_date.isoformat(),
            "place": course.place,
            "trainers": list(course.trainers),
        },
        "participant": person.to_dict(),
        "attendance": [
            {**mark.to_dict(), "day": days.get(mark.session)}
            for mark in snapshot.marks_of(person.id)
        ],
        "goals": [
            {"number": number, **goal.to_dict()}
            for number, goal in enumerate(snapshot.goals_of(person.id), start=1)
        ],
        "notes": [note.to_dict() for note in snapshot.notes_of(person.id)],
        "measurements": [record.to_dict() for record in snapshot.measurements_of(person.id)],
    }


def write_json(path: Path, data: dict[str, Any]) -> Path:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return path


def write_course_export(snapshot: CourseSnapshot, folder: Path) -> list[Path]:
    """``course.json`` and the CSV files in ``folder`` (created if needed); the paths written."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = [write_json(folder / COURSE_JSON, course_json(snapshot))]
    for name, text in course_csv_texts(snapshot).items():
        path = folder / name
        write_atomically(path, text.encode("utf-8-sig"))
        written.append(path)
    return written
