"""The root command: global options, and starting the app when no sub-command is given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osteo_tui import __version__
from osteo_tui.cli.attendance_cmd import attendance_app
from osteo_tui.cli.backup_cmd import backup_app
from osteo_tui.cli.context import CliContext, fail
from osteo_tui.cli.course_cmd import course_app
from osteo_tui.cli.goal_cmd import goal_app
from osteo_tui.cli.lessons_cmd import lessons_app
from osteo_tui.cli.note_cmd import note_app
from osteo_tui.cli.participant_cmd import participant_app

__all__ = ["app", "main"]

app = typer.Typer(
    name="osteo-tui",
    help="Run group osteoporosis rehabilitation courses: sessions, timers, records and reports.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.add_typer(lessons_app, name="lessons")
app.add_typer(course_app, name="course")
app.add_typer(participant_app, name="participant")
app.add_typer(attendance_app, name="attendance")
app.add_typer(goal_app, name="goal")
app.add_typer(note_app, name="note")
app.add_typer(backup_app, name="backup")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"osteo-tui {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="Folder for course data (default: $OSTEO_TUI_DATA or the user data folder).",
        ),
    ] = None,
    lessons: Annotated[
        list[Path] | None,
        typer.Option("--lessons", help="Extra lesson pack folder; overrides packs of the same id."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Start the app when no command is given."""
    ctx.obj = CliContext(data_dir_option=data_dir, lessons_dirs=list(lessons or []))
    for folder in ctx.obj.lessons_dirs:
        if not folder.is_dir():
            raise fail(f"--lessons {folder}: no such folder", 2)
    if ctx.invoked_subcommand is None:
        from osteo_tui.tui.app import create_app

        create_app(catalog=ctx.obj.catalog(), data_dir=ctx.obj.data_dir).run()


def main() -> None:
    app()
