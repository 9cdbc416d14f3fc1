"""``osteo-tui lessons …``: check, list and show lesson packs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from osteo_tui.cli.context import fail, get_context, no_such_pack, out
from osteo_tui.core import counts
from osteo_tui.core.lessons import PackCatalog, PackOrigin, check_pack
from osteo_tui.core.lessons.labels import category_label, kind_label, origin_label, vertebral_label
from osteo_tui.core.lessons.model import Pack, Session
from osteo_tui.core.problems import Problem
from osteo_tui.core.translation import N_, _

__all__ = ["lessons_app"]

lessons_app = typer.Typer(help=N_("Check, list and show lesson packs."), no_args_is_help=True)


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
        typer.Argument(
            help=N_("Pack folders, or folders of packs (default: every installed pack).")
        ),
    ] = None,
) -> None:
    """Check lesson packs and list every problem as file:line: message."""
    folders = _folders_to_check(ctx, list(paths or []))
    if not folders:
        raise fail(_("no lesson packs found"))
    problems: list[Problem] = []
    for folder in folders:
        problems.extend(check_pack(folder))
    for problem in problems:
        out().print(str(problem), markup=False, soft_wrap=True)
    packs = counts.packs(len(folders))
    if problems:
        found = _("{problems} found in {packs}.").format(
            problems=counts.problems(len(problems)), packs=packs
        )
        out().print(found, markup=False)
        raise typer.Exit(1)
    names = ", ".join(folder.name for folder in folders)
    out().print(
        _("OK: {packs} checked, no problems ({names}).").format(packs=packs, names=names),
        markup=False,
    )


@lessons_app.command("list")
def list_packs(ctx: typer.Context) -> None:
    """List the installed lesson packs."""
    table = Table(title=_("Lesson packs"), title_justify="left")
    table.add_column(_("pack (from)"), no_wrap=True)
    table.add_column(_("title"), ratio=1, min_width=20)
    for column in (_("lang"), _("version"), _("content")):
        table.add_column(column, no_wrap=True)
    for entry in get_context(ctx).catalog():
        name = f"{entry.id}\n[dim]({escape(origin_label(entry.origin.value))})[/]"
        pack = entry.pack
        if pack is None:
            unusable = _("cannot be used: {problems}").format(
                problems=counts.problems(len(entry.problems))
            )
            see = _("see: osteo-tui lessons check {path}").format(path=entry.path)
            table.add_row(name, f"[red]{escape(unusable)}[/]; {see}")
            continue
        table.add_row(
            name,
            pack.title,
            pack.language,
            pack.version,
            f"{counts.sessions(len(pack.sessions))}\n{counts.exercises(len(pack.exercises))}",
        )
    out().print(table)


@lessons_app.command("show")
def show(
    ctx: typer.Context,
    pack_id: Annotated[str, typer.Argument(metavar=N_("PACK"), help=N_("The pack id."))],
    session: Annotated[
        int | None, typer.Argument(metavar=N_("[SESSION]"), help=N_("A session number."))
    ] = None,
) -> None:
    """Show a pack, or one of its sessions with the full scripts."""
    catalog = get_context(ctx).catalog()
    entry = catalog.get(pack_id)
    if entry is None:
        raise fail(no_such_pack(pack_id, catalog.ids()))
    pack = entry.pack
    if pack is None:
        raise fail(
            _("the pack '{id}' has {problems}; run: osteo-tui lessons check {path}").format(
                id=pack_id, problems=counts.problems(len(entry.problems)), path=entry.path
            )
        )
    if session is None:
        _show_pack(pack)
        return
    try:
        chosen = pack.session(session)
    except KeyError:
        raise fail(
            _("the pack '{id}' has sessions 1 to {last}").format(
                id=pack_id, last=len(pack.sessions)
            )
        ) from None
    _show_session(pack, chosen)


def _show_pack(pack: Pack) -> None:
    out().print(Panel(Markdown(pack.description or pack.title), title=pack.title, expand=False))
    out().print(_("Audience: {audience}").format(audience=pack.audience), markup=False)
    table = Table(title=_("Sessions"), title_justify="left")
    for column in ("#", _("title"), _("minutes"), _("segments"), _("exercises used")):
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
    library = Table(title=_("Exercise library"), title_justify="left")
    for column in ("id", _("name"), _("category"), _("default dosage"), _("vertebral fracture")):
        library.add_column(column)
    for exercise in pack.exercises:
        library.add_row(
            exercise.id,
            exercise.name,
            category_label(exercise.category),
            exercise.dosage.describe(),
            vertebral_label(exercise.vertebral_fracture),
        )
    out().print(library)
    out().print(_("Sources:"), markup=False)
    for source in pack.sources:
        out().print(f"  [{source.id}] {source.citation}", markup=False)


def _show_session(pack: Pack, session: Session) -> None:
    out().print(
        Panel(
            Markdown("\n".join(f"- {aim}" for aim in session.aims)),
            title=_("Session {number}: {title} ({minutes} min)").format(
                number=session.number, title=session.title, minutes=session.minutes
            ),
        )
    )
    if session.preparation:
        out().print(Markdown(session.preparation))
    elapsed = 0
    for segment in session.segments:
        heading = _("{start}–{end} min  {title}  ({kind})").format(
            start=f"{elapsed:>3}",
            end=elapsed + segment.minutes,
            title=segment.title,
            kind=kind_label(segment.kind),
        )
        elapsed += segment.minutes
        out().rule(heading, align="left")
        for message in segment.key_messages:
            out().print(f"  ★ {message}", markup=False)
        for use in segment.exercises:
            exercise = pack.exercise(use.exercise_id)
            flag = (
                "  ⚠ "
                + _("vertebral fracture: {advice}").format(
                    advice=vertebral_label(exercise.vertebral_fracture)
                )
                if exercise.needs_vertebral_change
                else ""
            )
            out().print(f"  • {exercise.name}: {use.dosage.describe()}{flag}", markup=False)
        if segment.script:
            out().print(Markdown(segment.script))
