"""``osteo-tui course archive|purge|export``: keeping, deleting and handing over course data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from osteo_tui.cli.arguments import CourseArg, YesOption
from osteo_tui.cli.context import fail, say
from osteo_tui.cli.course_access import open_course, reporting_errors, repository
from osteo_tui.core import counts
from osteo_tui.core.locale_format import format_date
from osteo_tui.core.records.values import parse_date
from osteo_tui.core.store.export import write_course_export
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _

__all__ = ["COMMANDS"]

HEALTH_DATA = N_(
    "These files hold health data: keep them safe and delete them when no longer needed."
)
"""Said after every export (translate with ``_``)."""


def archive(
    ctx: typer.Context,
    course: CourseArg,
    retain_until: Annotated[
        str | None,
        typer.Option(
            "--retain-until", metavar="YYYY-MM-DD", help=N_("Keep it until then; purge after.")
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
        after = _(
            "No retention date is set, so it cannot be purged; set one with: "
            "osteo-tui course archive {id} --retain-until YYYY-MM-DD"
        ).format(id=archived.id)
    else:
        after = _("It is kept until {day}; then: osteo-tui course purge {id}").format(
            day=format_date(until), id=archived.id
        )
    archived_line = _("Archived the course '{title}' (id {id}).").format(
        title=archived.title, id=archived.id
    )
    say(f"{archived_line} {after}")


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
    question = _(
        "Delete the course '{title}' ({participants}) and its {backups} for good? "
        "This cannot be undone"
    ).format(
        title=found.title,
        participants=counts.participants(people),
        backups=counts.backups(backups),
    )
    if not yes and not typer.confirm(question, default=False):
        raise fail(_("nothing was deleted"))
    with reporting_errors():
        repo.purge(course_id, today)
    say(
        _("Purged the course '{title}' (id {id}): its file and {backups} are deleted.").format(
            title=found.title, id=found.id, backups=counts.backups(backups)
        )
    )


def export(
    ctx: typer.Context,
    course: CourseArg,
    folder: Annotated[
        Path,
        typer.Option(
            "--out", metavar=N_("DIR"), help=N_("The folder to write to (made if missing).")
        ),
    ],
) -> None:
    """Export a whole course as JSON and CSV.

    course.json, participants.csv, attendance.csv, goals.csv and notes.csv.
    """
    with open_course(ctx, course, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
        written = write_course_export(snapshot, folder)
    exported = _(
        "Exported the course '{title}' to {folder}: {files} "
        "({participants}, {marks}, {goals}, {notes})."
    ).format(
        title=snapshot.course.title,
        folder=folder,
        files=", ".join(path.name for path in written),
        participants=counts.participants(len(snapshot.participants)),
        marks=counts.attendance_marks(len(snapshot.attendance)),
        goals=counts.goals(len(snapshot.goals)),
        notes=counts.notes(len(snapshot.notes)),
    )
    say(f"{exported} {_(HEALTH_DATA)}")


COMMANDS: list[tuple[str, Callable[..., Any]]] = [
    ("archive", archive),
    ("purge", purge),
    ("export", export),
]
