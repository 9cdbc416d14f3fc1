"""``osteo-tui attendance mark|show``: who came to which session."""

from __future__ import annotations

from typing import Annotated

import typer

from osteo_tui.cli.arguments import CourseArg, JsonOption, ParticipantArg
from osteo_tui.cli.context import out, print_json, say
from osteo_tui.cli.course_access import open_course
from osteo_tui.cli.record_tables import attendance_table
from osteo_tui.core.locale_format import format_date
from osteo_tui.core.records import AttendanceStatus
from osteo_tui.core.records.labels import attendance_label
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _

__all__ = ["attendance_app"]

attendance_app = typer.Typer(help=N_("Mark and show attendance."), no_args_is_help=True)


@attendance_app.command("mark")
def mark(
    ctx: typer.Context,
    course: CourseArg,
    session: Annotated[
        int, typer.Argument(metavar=N_("SESSION"), help=N_("The session number."))
    ],
    participant: ParticipantArg,
    status: Annotated[
        AttendanceStatus,
        typer.Argument(metavar=N_("STATUS"), help=N_("present, absent or excused.")),
    ],
) -> None:
    """Mark a participant at a session.

    STATUS is present, absent or excused; a new mark replaces the old one.
    """
    with open_course(ctx, course) as store:
        person = store.participant(participant)
        store.mark_attendance(session, person.id, status)
        found = store.course
    day = found.session_plan(session).day
    say(
        _("Marked {name} {status} at session {session} ({day}) of '{title}'.").format(
            name=person.name,
            status=attendance_label(status.value),
            session=session,
            day=format_date(day),
            title=found.title,
        )
    )


@attendance_app.command("show")
def show(ctx: typer.Context, course: CourseArg, as_json: JsonOption = False) -> None:
    """Show attendance: participants × sessions."""
    with open_course(ctx, course, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
    grid = snapshot.grid()
    if as_json:
        about = {"id": snapshot.course.id, "title": snapshot.course.title}
        print_json({"course": about, **grid.to_dict()})
        return
    say(_("{title} (id {id})").format(title=snapshot.course.title, id=snapshot.course.id))
    out().print(attendance_table(grid))
