"""Rich tables of a course's records, shared by ``course show`` and the list commands.

Everything the trainer typed goes in as ``Text``, never as markup: a name or a note may hold
square brackets (an erased mention reads ``[erased]``).
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from osteo_tui.core.records import AttendanceStatus, Course
from osteo_tui.core.records.attendance_grid import AttendanceGrid
from osteo_tui.core.store.snapshot import CourseSnapshot

__all__ = [
    "SYMBOLS",
    "attendance_table",
    "course_table",
    "goals_table",
    "notes_table",
    "participants_table",
]

SYMBOLS = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.ABSENT: "✗",
    AttendanceStatus.EXCUSED: "E",
    None: "·",
}
LEGEND = "✓ present   ✗ absent   E excused   · not marked"


def _level(level: int | None) -> str:
    return "" if level is None else f"{level:+d}" if level else "0"


def course_table(course: Course) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    sessions = ", ".join(
        f"{plan.number}: {plan.day.isoformat()}"
        + (f" {plan.start.isoformat(timespec='minutes')}" if plan.start else "")
        for plan in course.sessions
    )
    retain = course.retain_until.isoformat() if course.retain_until else "not set"
    for label, value in (
        ("Course", f"{course.title} (id {course.id})"),
        ("Status", course.status.value + (f", kept until {retain}" if course.retain_until else "")),
        ("Pack", f"{course.pack_id} {course.pack_version} ({course.language})"),
        ("Place", course.place or "–"),
        ("Trainers", ", ".join(course.trainers) or "–"),
        ("Sessions", sessions),
    ):
        table.add_row(label, Text(value))
    return table


def participants_table(snapshot: CourseSnapshot) -> Table:
    table = Table(title=f"Participants ({len(snapshot.participants)})", title_justify="left")
    for column in ("name", "id", "born", "sex", "vertebral fracture", "fractures", "consent"):
        table.add_column(column)
    for person in snapshot.participants:
        consent = person.consent
        table.add_row(
            Text(person.name),
            person.id,
            str(person.born or ""),
            person.sex or "",
            "yes ⚠" if person.vertebral_fracture else "no",
            Text(", ".join(str(fracture) for fracture in person.fractures)),
            Text(f"{consent.given_on.isoformat()}: {consent.scope}" if consent else "none"),
        )
    return table


def attendance_table(grid: AttendanceGrid) -> Table:
    table = Table(title="Attendance", title_justify="left", caption=LEGEND, caption_justify="left")
    table.add_column("participant")
    for plan in grid.sessions:
        table.add_column(f"{plan.number}\n{plan.day:%m-%d}", justify="center")
    table.add_column("present", justify="right")
    for row in grid.rows:
        marks = [SYMBOLS[mark] for mark in row.marks]
        table.add_row(Text(row.participant.name), *marks, f"{row.present}/{len(grid.sessions)}")
    if grid.rows:
        table.add_section()
        totals = [str(grid.present_at(plan.number)) for plan in grid.sessions]
        table.add_row(Text("present", style="italic"), *totals, "")
    return table


def goals_table(snapshot: CourseSnapshot) -> Table:
    table = Table(title=f"Goals ({len(snapshot.goals)})", title_justify="left")
    for column in ("participant", "#", "goal", "measure", "target", "reviews", "level"):
        table.add_column(column)
    for person in snapshot.participants:
        for number, goal in enumerate(snapshot.goals_of(person.id), start=1):
            reviews = "  ".join(f"s{r.session}: {_level(r.level)}" for r in goal.reviews)
            table.add_row(
                Text(person.name),
                str(number),
                Text(goal.text),
                Text(goal.measure),
                goal.target.isoformat() if goal.target else "",
                reviews,
                _level(goal.latest_level),
            )
    return table


def notes_table(snapshot: CourseSnapshot) -> Table:
    table = Table(title=f"Notes ({len(snapshot.notes)})", title_justify="left")
    for column in ("written", "participant", "session", "shared", "note"):
        table.add_column(column)
    for note in snapshot.notes:
        table.add_row(
            note.created_at.replace("T", " "),
            Text(snapshot.name_of(note.participant_id)),
            str(note.session or ""),
            "shareable" if note.shareable else "private",
            Text(note.text),
        )
    return table
