"""The root command: global options, and starting the app when no sub-command is given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osteo_tui import __version__
from osteo_tui.cli import language_cmd
from osteo_tui.cli.attendance_cmd import attendance_app
from osteo_tui.cli.backup_cmd import backup_app
from osteo_tui.cli.context import CliContext, fail
from osteo_tui.cli.course_cmd import course_app
from osteo_tui.cli.export_cmd import export_app
from osteo_tui.cli.goal_cmd import goal_app
from osteo_tui.cli.lessons_cmd import lessons_app
from osteo_tui.cli.measure_cmd import measure_app
from osteo_tui.cli.note_cmd import note_app
from osteo_tui.cli.participant_cmd import participant_app
from osteo_tui.cli.results_cmd import results_app
from osteo_tui.cli.start import choose_language_for, start_app
from osteo_tui.cli.translated_help import TranslatedGroup
from osteo_tui.core.translation import N_, _

__all__ = ["app", "main"]

app = typer.Typer(
    name="osteo-tui",
    cls=TranslatedGroup,
    help=N_(
        "Run group osteoporosis rehabilitation courses: sessions, timers, records and reports."
    ),
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
app.add_typer(export_app, name="export")
app.add_typer(measure_app, name="measure")
app.add_typer(results_app, name="results")
for _name, _command in language_cmd.COMMANDS:
    app.command(_name)(_command)


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
            help=N_("Folder for course data (default: $OSTEO_TUI_DATA or the user data folder)."),
        ),
    ] = None,
    lessons: Annotated[
        list[Path] | None,
        typer.Option(
            "--lessons", help=N_("Extra lesson pack folder; overrides packs of the same id.")
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help=N_(
                "The language: en, fi or da (default: $OSTEO_TUI_LANG, the saved setting, "
                "or the system locale)."
            ),
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=N_("Show the version.")),
    ] = False,
) -> None:
    """Start the app when no command is given."""
    ctx.obj = CliContext(data_dir_option=data_dir, lessons_dirs=list(lessons or []))
    choose_language_for(ctx.obj, lang)
    for folder in ctx.obj.lessons_dirs:
        if not folder.is_dir():
            raise fail(_("--lessons {folder}: no such folder").format(folder=folder), 2)
    if ctx.invoked_subcommand is None:
        start_app(ctx.obj)  # osteo-tui with no arguments at all starts it sooner: cli/start.py


def main() -> None:
    app()
