"""``osteo-tui lessons …``: check, list and show lesson packs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table

from osteo_tui.cli.context import fail, get_context, out
from osteo_tui.core.lessons import PackCatalog, PackOrigin, check_pack
from osteo_tui.core.lessons.model import Pack, Session
from osteo_tui.core.problems import Problem

__all__ = ["lessons_app"]

lessons_app = typer.Typer(help="Check, list and show lesson packs.", no_args_is_help=True)


def _folders_to_check(ctx: typer.Context, paths: list[Path]) -> list[Path]:
    if not paths:
        return [entry.path for entry in get_context(ctx).catalog()]
    folders: list[Path] = []
    for path in paths:
        if (path / "pack.yaml").is_file() or not path.is_dir():
            folders.append(path)
        else:
            found = PackCatalog.discover([(path, PackOrigin.EXTRA)])
            folders.extend(entry.path for entry in found) if len(found) else folders.append(path)
    return folders


@lessons_app.command("check")
def check(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Pack folders, or folders of packs (default: every installed pack)."),
    ] = None,
) -> None:
    """Check lesson packs and list every problem as file:line: message."""
    folders = _folders_to_check(ctx, list(paths or []))
    if not folders:
        raise fail("no lesson packs found")
    problems: list[Problem] = []
    for folder in folders:
        problems.extend(check_pack(folder))
    for problem in problems:
        out().print(str(problem), markup=False, soft_wrap=True)
    packs = f"{len(folders)} pack{'s' if len(folders) != 1 else ''}"
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        out().print(f"{count} found in {packs}.", markup=False)
        raise typer.Exit(1)
    names = ", ".join(folder.name for folder in folders)
    out().print(f"OK: {packs} checked, no problems ({names}).", markup=False)


@lessons_app.command("list")
def list_packs(ctx: typer.Context) -> None:
    """List the installed lesson packs."""
    table = Table(title="Lesson packs", title_justify="left")
    table.add_column("pack (from)", no_wrap=True)
    table.add_column("title", ratio=1, min_width=20)
    for column in ("lang", "version", "content"):
        table.add_column(column, no_wrap=True)
    for entry in get_context(ctx).catalog():
        name = f"{entry.id}\n[dim]({entry.origin.value})[/]"
        pack = entry.pack
        if pack is None:
            problems = len(entry.problems)
            table.add_row(
                name,
                f"[red]cannot be used: {problems} problem{'s' if problems != 1 else ''}[/]; "
                f"see: osteo-tui lessons check {entry.path}",
            )
            continue
        table.add_row(
            name,
            pack.title,
            pack.language,
            pack.version,
            f"{len(pack.sessions)} sessions\n{len(pack.exercises)} exercises",
        )
    out().print(table)


@lessons_app.command("show")
def show(
    ctx: typer.Context,
    pack_id: Annotated[str, typer.Argument(metavar="PACK", help="The pack id.")],
    session: Annotated[
        int | None, typer.Argument(metavar="[SESSION]", help="A session number.")
    ] = None,
) -> None:
    """Show a pack, or one of its sessions with the full scripts."""
    catalog = get_context(ctx).catalog()
    entry = catalog.get(pack_id)
    if entry is None:
        raise fail(f"no lesson pack '{pack_id}' (installed: {', '.join(catalog.ids()) or 'none'})")
    pack = entry.pack
    if pack is None:
        raise fail(
            f"the pack '{pack_id}' has {len(entry.problems)} problems; "
            f"run: osteo-tui lessons check {entry.path}"
        )
    if session is None:
        _show_pack(pack)
        return
    try:
        chosen = pack.session(session)
    except KeyError:
        raise fail(f"the pack '{pack_id}' has sessions 1 to {len(pack.sessions)}") from None
    _show_session(pack, chosen)


def _show_pack(pack: Pack) -> None:
    out().print(Panel(Markdown(pack.description or pack.title), title=pack.title, expand=False))
    out().print(f"Audience: {pack.audience}", markup=False)
    table = Table(title="Sessions", title_justify="left")
    for column in ("#", "title", "minutes", "segments", "exercises used"):
        table.add_column(column)
    for session in pack.sessions:
        used = {use.exercise_id for seg in session.segments for use in seg.exercises}
        table.add_row(
            str(session.number),
            session.title,
            str(session.minutes),
            str(len(session.segments)),
            str(len(used)),
        )
    out().print(table)
    library = Table(title="Exercise library", title_justify="left")
    for column in ("id", "name", "category", "default dosage", "vertebral fracture"):
        library.add_column(column)
    for exercise in pack.exercises:
        library.add_row(
            exercise.id,
            exercise.name,
            exercise.category,
            exercise.dosage.describe(),
            exercise.vertebral_fracture,
        )
    out().print(library)
    out().print("Sources:", markup=False)
    for source in pack.sources:
        out().print(f"  [{source.id}] {source.citation}", markup=False)


def _show_session(pack: Pack, session: Session) -> None:
    out().print(
        Panel(
            Markdown("\n".join(f"- {aim}" for aim in session.aims)),
            title=f"Session {session.number}: {session.title} ({session.minutes} min)",
        )
    )
    if session.preparation:
        out().print(Markdown(session.preparation))
    elapsed = 0
    for segment in session.segments:
        heading = f"{elapsed:>3}–{elapsed + segment.minutes} min  {segment.title}  ({segment.kind})"
        elapsed += segment.minutes
        out().rule(heading, align="left")
        for message in segment.key_messages:
            out().print(f"  ★ {message}", markup=False)
        for use in segment.exercises:
            exercise = pack.exercise(use.exercise_id)
            flag = (
                "  ⚠ vertebral fracture: " + exercise.vertebral_fracture
                if exercise.needs_vertebral_change
                else ""
            )
            out().print(f"  • {exercise.name}: {use.dosage.describe()}{flag}", markup=False)
        if segment.script:
            out().print(Markdown(segment.script))
