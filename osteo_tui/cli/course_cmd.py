"""``osteo-tui course new|list|show …``: creating courses and looking at them."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from osteo_tui.cli import course_data_cmd
from osteo_tui.cli.arguments import CourseArg, JsonOption
from osteo_tui.cli.context import fail, get_context, no_such_pack, out, print_json, say
from osteo_tui.cli.course_access import course_pack, open_course, reporting_errors, repository
from osteo_tui.cli.record_tables import (
    attendance_table,
    course_table,
    goals_table,
    notes_table,
    participants_table,
)
from osteo_tui.core import counts
from osteo_tui.core.locale_format import format_date
from osteo_tui.core.records import Course
from osteo_tui.core.records.labels import status_label
from osteo_tui.core.store import CourseSummary
from osteo_tui.core.store.export import course_json
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _, pgettext

__all__ = ["course_app"]

course_app = typer.Typer(
    help=N_("Create, list, show, archive, purge and export courses."), no_args_is_help=True
)


@course_app.command("new")
def new(
    ctx: typer.Context,
    title: Annotated[
        str, typer.Argument(metavar=N_("TITLE"), help=N_("Unique among the courses."))
    ],
    pack_id: Annotated[
        str,
        typer.Option(
            "--pack", metavar=N_("PACK-ID"), help=N_("The lesson pack (see: lessons list).")
        ),
    ],
    start: Annotated[
        str,
        typer.Option("--start", metavar="YYYY-MM-DD", help=N_("The day of the first session.")),
    ],
    place: Annotated[
        str, typer.Option("--place", metavar=N_("TEXT"), help=N_("Where the group meets."))
    ] = "",
    trainers: Annotated[
        list[str] | None,
        typer.Option("--trainer", metavar=N_("NAME"), help=N_("A trainer; repeatable.")),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--time", metavar="HH:MM", help=N_("When each session starts.")),
    ] = None,
) -> None:
    """Create a course from a lesson pack.

    One session a week from --start; the course records the pack's id, version and language.
    """
    catalog = get_context(ctx).catalog()
    entry = catalog.get(pack_id)
    if entry is None:
        raise fail(no_such_pack(pack_id, catalog.ids()))
    pack = entry.pack
    if pack is None:
        raise fail(
            _("the lesson pack '{id}' has {problems}; run: osteo-tui lessons check {path}").format(
                id=pack_id, problems=counts.problems(len(entry.problems)), path=entry.path
            )
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
        _(
            "Created the course '{title}' (id {id}) from {pack} {version}: "
            "{sessions}, weekly from {first} to {last}."
        ).format(
            title=course.title,
            id=course.id,
            pack=pack.id,
            version=pack.version,
            sessions=counts.sessions(len(course.sessions)),
            first=format_date(first),
            last=format_date(last),
        )
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
        say(
            _("No courses in {folder} yet; create one with: osteo-tui course new").format(
                folder=get_context(ctx).data_dir
            )
        )
        return
    table = Table(
        title=_("Courses ({count})").format(count=len(summaries)), title_justify="left"
    )
    for column in (
        _("title"),
        "id",
        _("status"),
        _("pack"),
        _("start"),
        _("next session"),
        _("people"),
        pgettext("attendance count", "present"),
    ):
        table.add_column(column)
    for summary in summaries:
        if summary.damaged:
            unusable = _("cannot be used: {reason}").format(reason=summary.damaged)
            table.add_row(Text(unusable, style="red"), summary.id)
            continue
        upcoming = summary.next_session(today)
        table.add_row(
            Text(summary.title),
            summary.id,
            status_label(summary.status),
            summary.pack_id,
            format_date(summary.start_date) if summary.start_date else str(summary.start_date),
            f"{upcoming.number}: {format_date(upcoming.day)}" if upcoming else "–",
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
    console.print(participants_table(snapshot, course_pack(ctx, snapshot.course.pack_id)))
    console.print(attendance_table(snapshot.grid()))
    console.print(goals_table(snapshot))
    console.print(notes_table(snapshot))


for _name, _command in course_data_cmd.COMMANDS:
    course_app.command(_name)(_command)
