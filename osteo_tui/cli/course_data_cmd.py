"""``osteo-tui course archive|purge|export``: keeping, deleting and handing over course data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from osteo_tui.cli.arguments import CourseArg, YesOption
from osteo_tui.cli.context import counted, fail, say
from osteo_tui.cli.course_access import open_course, reporting_errors, repository
from osteo_tui.core.records.values import parse_date
from osteo_tui.core.store.export import write_course_export
from osteo_tui.core.store.snapshot import CourseSnapshot

__all__ = ["COMMANDS"]

HEALTH_DATA = "These files hold health data: keep them safe and delete them when no longer needed."


def archive(
    ctx: typer.Context,
    course: CourseArg,
    retain_until: Annotated[
        str | None,
        typer.Option(
            "--retain-until", metavar="YYYY-MM-DD", help="Keep it until then; purge after."
        ),
    ] = None,
) -> None:
    """Archive a course until its retention date.

    After --retain-until has passed, the course can be purged.
    """
    with reporting_errors():
        until = parse_date(retain_until, "retain-until") if retain_until else None
        repo = repository(ctx)
        archived = repo.archive(repo.resolve(course), until)
    if until is None:
        after = (
            "No retention date is set, so it cannot be purged; set one with: "
            f"osteo-tui course archive {archived.id} --retain-until YYYY-MM-DD"
        )
    else:
        after = f"It is kept until {until}; then: osteo-tui course purge {archived.id}"
    say(f"Archived the course '{archived.title}' (id {archived.id}). {after}")


def purge(ctx: typer.Context, course: CourseArg, yes: YesOption = False) -> None:
    """Delete an archived course for good.

    Only after its retention date; its backups are deleted too. Asks first unless --yes.
    """
    today = date.today()
    with reporting_errors():
        repo = repository(ctx)
        course_id = repo.resolve(course)
        with repo.open(course_id, read_only=True) as store:
            found, people = store.course, len(store.participants())
        backups = len(repo.backup_shelf(course_id).list())
    blocker = found.purge_blocker(today)
    if blocker:
        raise fail(blocker)
    question = (
        f"Delete the course '{found.title}' ({counted(people, 'participant')}) and its "
        f"{counted(backups, 'backup')} for good? This cannot be undone"
    )
    if not yes and not typer.confirm(question, default=False):
        raise fail("nothing was deleted")
    with reporting_errors():
        repo.purge(course_id, today)
    say(
        f"Purged the course '{found.title}' (id {found.id}): its file and "
        f"{counted(backups, 'backup')} are deleted."
    )


def export(
    ctx: typer.Context,
    course: CourseArg,
    folder: Annotated[
        Path,
        typer.Option("--out", metavar="DIR", help="The folder to write to (made if missing)."),
    ],
) -> None:
    """Export a whole course as JSON and CSV.

    course.json, participants.csv, attendance.csv, goals.csv and notes.csv.
    """
    with open_course(ctx, course, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
        written = write_course_export(snapshot, folder)
    say(
        f"Exported the course '{snapshot.course.title}' to {folder}: "
        f"{', '.join(path.name for path in written)} "
        f"({counted(len(snapshot.participants), 'participant')}, "
        f"{counted(len(snapshot.attendance), 'attendance mark')}, "
        f"{counted(len(snapshot.goals), 'goal')}, {counted(len(snapshot.notes), 'note')}). "
        f"{HEALTH_DATA}"
    )


COMMANDS: list[tuple[str, Callable[..., Any]]] = [
    ("archive", archive),
    ("purge", purge),
    ("export", export),
]
