"""``osteo-tui backup list|restore``: the rotating backups kept for every course."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from osteo_tui.cli.arguments import CourseArg
from osteo_tui.cli.context import out, say
from osteo_tui.cli.course_access import reporting_errors, repository
from osteo_tui.core.store.recovery import restore_backup

__all__ = ["backup_app"]

backup_app = typer.Typer(help="List and restore course backups.", no_args_is_help=True)


def _size(size: int) -> str:
    return f"{size} B" if size < 1024 else f"{size / 1024:.1f} KiB"


@backup_app.command("list")
def list_backups(ctx: typer.Context, course: CourseArg) -> None:
    """List a course's backups, newest first.

    Works for a damaged course too.
    """
    with reporting_errors():
        repo = repository(ctx)
        course_id = repo.resolve(course)
        backups = repo.backup_shelf(course_id).list()
    if not backups:
        say(f"No backups of course {course_id} yet.")
        return
    table = Table(title=f"Backups of course {course_id} ({len(backups)})", title_justify="left")
    for column in ("name", "taken", "reason", "size"):
        table.add_column(column, no_wrap=True)
    for backup in backups:
        taken = backup.taken.replace(microsecond=0).isoformat(sep=" ")
        table.add_row(backup.name, taken, backup.reason, _size(backup.size))
    out().print(table)


@backup_app.command("restore")
def restore(
    ctx: typer.Context,
    course: CourseArg,
    backup: Annotated[str, typer.Argument(metavar="BACKUP", help="A name from: backup list.")],
) -> None:
    """Put a backup back in place of a course.

    The current file (even a damaged one) is kept as a backup first.
    """
    with reporting_errors():
        repo = repository(ctx)
        course_id = repo.resolve(course)
        restored = restore_backup(repo, course_id, backup)
    before = "the damaged file" if restored.was_damaged else "the state before the restore"
    say(
        f"Restored course {course_id} from {restored.backup}; {before} was kept as "
        f"backup {restored.saved_as}."
    )
