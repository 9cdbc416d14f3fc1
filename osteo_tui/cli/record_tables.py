"""Rich tables of a course's records, shared by ``course show`` and the list commands.

Everything the trainer typed goes in as ``Text``, never as markup: a name or a note may hold
square brackets (an erased mention reads ``[erased]``).
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from osteo_tui.core.lessons import Pack, track_for
from osteo_tui.core.locale_format import (
    format_date,
    format_day_month,
    format_stamp,
    format_time,
)
from osteo_tui.core.records import AttendanceStatus, Course, Participant
from osteo_tui.core.records.attendance_grid import AttendanceGrid
from osteo_tui.core.records.labels import consent_scope_label, fracture_label, status_label
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _, pgettext

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
LEGEND = N_("✓ present   ✗ absent   E excused   · not marked")
"""Under the attendance table (translate with ``_``)."""


def _level(level: int | None) -> str:
    return "" if level is None else f"{level:+d}" if level else "0"


def course_table(course: Course) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    sessions = ", ".join(
        f"{plan.number}: {format_date(plan.day)}"
        + (f" {format_time(plan.start)}" if plan.start else "")
        for plan in course.sessions
    )
    status = status_label(course.status.value)
    if course.retain_until:
        status += ", " + _("kept until {day}").format(day=format_date(course.retain_until))
    for label, value in (
        (_("Course"), _("{title} (id {id})").format(title=course.title, id=course.id)),
        (_("Status"), status),
        (_("Pack"), f"{course.pack_id} {course.pack_version} ({course.language})"),
        (_("Place"), course.place or "–"),
        (_("Trainers"), ", ".join(course.trainers) or "–"),
        (_("Sessions"), sessions),
    ):
        table.add_row(label, Text(value))
    return table


def track_text(pack: Pack | None, person: Participant) -> str:
    """The participant's track id, marked ``(default)`` when not chosen for them; a chosen
    track the pack does not have (any more) says so. Empty without tracks."""
    track = track_for(pack, person) if pack is not None else None
    if person.track and (track is None or track.id != person.track):
        if track is None:
            return _("{track} (not in the pack)").format(track=person.track)
        return _("{track} (not in the pack, so {default} (default))").format(
            track=person.track, default=track.id
        )
    if track is None:
        return ""
    return track.id if person.track else _("{track} (default)").format(track=track.id)


def participants_table(snapshot: CourseSnapshot, pack: Pack | None = None) -> Table:
    """The roster; with a ``track`` column when the pack has tracks or someone has one."""
    table = Table(
        title=_("Participants ({count})").format(count=len(snapshot.participants)),
        title_justify="left",
    )
    columns = [
        _("name"),
        "id",
        _("born"),
        _("sex"),
        _("vertebral fracture"),
        _("fractures"),
        _("consent"),
    ]
    tracks = bool(pack and pack.tracks) or any(p.track for p in snapshot.participants)
    if tracks:
        columns.insert(5, _("track"))
    for column in columns:
        table.add_column(column)
    for person in snapshot.participants:
        consent = person.consent
        cells = [
            Text(person.name),
            person.id,
            str(person.born or ""),
            person.sex or "",
            pgettext("vertebral fracture", "yes ⚠")
            if person.vertebral_fracture
            else pgettext("vertebral fracture", "no"),
            Text(", ".join(fracture_label(fracture) for fracture in person.fractures)),
            Text(
                f"{format_date(consent.given_on)}: {consent_scope_label(consent.scope)}"
                if consent
                else pgettext("consent", "none")
            ),
        ]
        if tracks:
            cells.insert(5, Text(track_text(pack, person)))
        table.add_row(*cells)
    return table


def attendance_table(grid: AttendanceGrid) -> Table:
    table = Table(
        title=_("Attendance"), title_justify="left", caption=_(LEGEND), caption_justify="left"
    )
    table.add_column(_("participant"))
    for plan in grid.sessions:
        table.add_column(f"{plan.number}\n{format_day_month(plan.day)}", justify="center")
    table.add_column(pgettext("attendance count", "present"), justify="right")
    for row in grid.rows:
        marks = [SYMBOLS[mark] for mark in row.marks]
        table.add_row(Text(row.participant.name), *marks, f"{row.present}/{len(grid.sessions)}")
    if grid.rows:
        table.add_section()
        totals = [str(grid.present_at(plan.number)) for plan in grid.sessions]
        table.add_row(
            Text(pgettext("attendance count", "present"), style="italic"), *totals, ""
        )
    return table


def goals_table(snapshot: CourseSnapshot) -> Table:
    table = Table(
        title=_("Goals ({count})").format(count=len(snapshot.goals)), title_justify="left"
    )
    columns = (_("participant"), "#", _("goal"), _("measure"), _("target"), _("reviews"))
    for column in (*columns, _("level")):
        table.add_column(column)
    for person in snapshot.participants:
        for number, goal in enumerate(snapshot.goals_of(person.id), start=1):
            reviews = "  ".join(
                _("s{session}: {level}").format(session=r.session, level=_level(r.level))
                for r in goal.reviews
            )
            table.add_row(
                Text(person.name),
                str(number),
                Text(goal.text),
                Text(goal.measure),
                format_date(goal.target) if goal.target else "",
                reviews,
                _level(goal.latest_level),
            )
    return table


def notes_table(snapshot: CourseSnapshot) -> Table:
    table = Table(
        title=_("Notes ({count})").format(count=len(snapshot.notes)), title_justify="left"
    )
    for column in (_("written"), _("participant"), _("session"), _("shared"), _("note")):
        table.add_column(column)
    for note in snapshot.notes:
        table.add_row(
            format_stamp(note.created_at, seconds=True),
            Text(snapshot.name_of(note.participant_id)),
            str(note.session or ""),
            _("shareable") if note.shareable else _("private"),
            Text(note.text),
        )
    return table
