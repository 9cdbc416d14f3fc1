"""``osteo-tui course new|list|show …``: creating courses and looking at them."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from osteo_tui.cli import course_data_cmd
from osteo_tui.cli.arguments import CourseArg, JsonOption
from osteo_tui.cli.context import fail, get_context, out, print_json, say
from osteo_tui.cli.course_access import open_course, reporting_errors, repository
from osteo_tui.cli.record_tables import (
    attendance_table,
    course_table,
    goals_table,
    notes_table,
    participants_table,
)
from osteo_tui.core.records import Course
from osteo_tui.core.store import CourseSummary
from osteo_tui.core.store.export import course_json
from osteo_tui.core.store.snapshot import CourseSnapshot

__all__ = ["course_app"]

course_app = typer.Typer(
    help="Create, list, show, archive, purge and export courses.", no_args_is_help=True
)


@course_app.command("new")
def new(
    ctx: typer.Context,
    title: Annotated[str, typer.Argument(metavar="TITLE", help="Unique among the courses.")],
    pack_id: Annotated[
        str, typer.Option("--pack", metavar="PACK-ID", help="The lesson pack (see: lessons list).")
    ],
    start: Annotated[
        str, typer.Option("--start", metavar="YYYY-MM-DD", help="The day of the first session.")
    ],
    place: Annotated[
        str, typer.Option("--place", metavar="TEXT", help="Where the group meets.")
    ] = "",
    trainers: Annotated[
        list[str] | None, typer.Option("--trainer", metavar="NAME", help="A trainer; repeatable.")
    ] = None,
    at: Annotated[
        str | None, typer.Option("--time", metavar="HH:MM", help="When each session starts.")
    ] = None,
) -> None:
    """Create a course from a lesson pack.

    One session a week from --start; the course records the pack's id, version and language.
    """
    catalog = get_context(ctx).catalog()
    entry = catalog.get(pack_id)
    if entry is None:
        raise fail(f"no lesson pack '{pack_id}' (installed: {', '.join(catalog.ids()) or 'none'})")
    pack = entry.pack
    if pack is None:
        raise fail(
            f"the lesson pack '{pack_id}' has {len(entry.problems)} problems; "
            f"run: osteo-tui lessons check {entry.path}"
        )
    with reporting_errors():
        course = Course.new(
            title,
            pack.id,
            pack.version,
            len(pack.sessions),
            start,
            language=pack.language,
            place=place,
            trainers=tuple(trainers or ()),
            start_time=at,
        )
        repository(ctx).create(course).close()
    first, last = course.sessions[0].day, course.sessions[-1].day
    say(
        f"Created the course '{course.title}' (id {course.id}) from {pack.id} {pack.version}: "
        f"{len(course.sessions)} sessions, weekly from {first} to {last}."
    )


def _summary_json(summary: CourseSummary, today: date) -> dict[str, Any]:
    upcoming = summary.next_session(today)
    return {
        "id": summary.id,
        "title": summary.title,
        "status": summary.status,
        "pack_id": summary.pack_id,
        "start_date": summary.start_date.isoformat() if summary.start_date else None,
        "sessions": len(summary.sessions),
        "next_session": upcoming.to_dict() if upcoming else None,
        "participants": summary.participants,
        "attendance": {"present": summary.present_marks, "marked": summary.marks},
        "retain_until": summary.retain_until.isoformat() if summary.retain_until else None,
        "file": str(summary.path),
        "damaged": summary.damaged,
    }


@course_app.command("list")
def list_courses(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the courses in the data folder."""
    with reporting_errors():
        summaries = repository(ctx).summaries()
    today = date.today()
    if as_json:
        print_json([_summary_json(summary, today) for summary in summaries])
        return
    if not summaries:
        say(f"No courses in {get_context(ctx).data_dir} yet; create one with: osteo-tui course new")
        return
    table = Table(title=f"Courses ({len(summaries)})", title_justify="left")
    for column in ("title", "id", "status", "pack", "start", "next session", "people", "present"):
        table.add_column(column)
    for summary in summaries:
        if summary.damaged:
            table.add_row(Text(f"cannot be used: {summary.damaged}", style="red"), summary.id)
            continue
        upcoming = summary.next_session(today)
        table.add_row(
            Text(summary.title),
            summary.id,
            summary.status,
            summary.pack_id,
            str(summary.start_date),
            f"{upcoming.number}: {upcoming.day}" if upcoming else "–",
            str(summary.participants),
            f"{summary.present_marks}/{summary.marks}",
        )
    out().print(table)


@course_app.command("show")
def show(ctx: typer.Context, course: CourseArg, as_json: JsonOption = False) -> None:
    """Show a course with all its records.

    Its sessions, participants, attendance, goals and notes (--json: all of it, as export).
    """
    with open_course(ctx, course, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
    if as_json:
        print_json(course_json(snapshot))
        return
    console = out()
    console.print(course_table(snapshot.course))
    console.print(participants_table(snapshot))
    console.print(attendance_table(snapshot.grid()))
    console.print(goals_table(snapshot))
    console.print(notes_table(snapshot))


for _name, _command in course_data_cmd.COMMANDS:
    course_app.command(_name)(_command)
