"""``osteo-tui backup list|restore``: the rotating backups kept for every course."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from osteo_tui.cli.arguments import CourseArg
from osteo_tui.cli.context import out, say
from osteo_tui.cli.course_access import reporting_errors, repository
from osteo_tui.core.locale_format import format_datetime, format_decimal
from osteo_tui.core.store.recovery import restore_backup
from osteo_tui.core.translation import N_, _, pgettext

__all__ = ["backup_app"]

backup_app = typer.Typer(help=N_("List and restore course backups."), no_args_is_help=True)


def backup_reason(reason: str) -> str:
    """Why a backup was taken, as the trainer reads it (the code is part of its file name)."""
    reasons = {
        "before-changes": pgettext("backup reason", "before-changes"),
        "before-import": pgettext("backup reason", "before-import"),
        "before-erase": pgettext("backup reason", "before-erase"),
        "before-restore": pgettext("backup reason", "before-restore"),
        "before-migration": pgettext("backup reason", "before-migration"),
        "damaged": pgettext("backup reason", "damaged"),
    }
    return reasons.get(reason, reason)


def _size(size: int) -> str:
    if size < 1024:
        return _("{size} B").format(size=size)
    return _("{size} KiB").format(size=format_decimal(size / 1024, 1))


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
        say(_("No backups of course {id} yet.").format(id=course_id))
        return
    table = Table(
        title=_("Backups of course {id} ({count})").format(id=course_id, count=len(backups)),
        title_justify="left",
    )
    for column in (_("name"), _("taken"), _("reason"), _("size")):
        table.add_column(column, no_wrap=True)
    for backup in backups:
        taken = format_datetime(backup.taken, seconds=True)
        table.add_row(backup.name, taken, backup_reason(backup.reason), _size(backup.size))
    out().print(table)


@backup_app.command("restore")
def restore(
    ctx: typer.Context,
    course: CourseArg,
    backup: Annotated[
        str, typer.Argument(metavar=N_("BACKUP"), help=N_("A name from: backup list."))
    ],
) -> None:
    """Put a backup back in place of a course.

    The current file (even a damaged one) is kept as a backup first.
    """
    with reporting_errors():
        repo = repository(ctx)
        course_id = repo.resolve(course)
        restored = restore_backup(repo, course_id, backup)
    if restored.was_damaged:
        message = _(
            "Restored course {id} from {backup}; the damaged file was kept as backup {kept}."
        )
    else:
        message = _(
            "Restored course {id} from {backup}; the state before the restore was kept as "
            "backup {kept}."
        )
    say(message.format(id=course_id, backup=restored.backup, kept=restored.saved_as))
