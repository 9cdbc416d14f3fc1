"""``osteo-tui export participants|participant|course``: the PDF summaries and the report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from osteo_tui.cli.arguments import CourseArg, ParticipantArg
from osteo_tui.cli.context import fail, get_context, say
from osteo_tui.cli.course_access import course_pack, open_course, reporting_errors
from osteo_tui.cli.course_data_cmd import HEALTH_DATA
from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.settings import load_settings
from osteo_tui.core.store import CourseStore
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _, ngettext

if TYPE_CHECKING:  # reportlab is imported only when a PDF is made: it adds ~0.2 s to start-up
    from osteo_tui.reports.export import PdfJob

__all__ = ["export_app"]

export_app = typer.Typer(
    help=N_("Export PDFs: participants' take-home summaries and the course report."),
    no_args_is_help=True,
)

OutOption = Annotated[
    Path,
    typer.Option(
        "--out", metavar="DIR", help=N_("The folder to write the PDFs to (made if missing).")
    ),
]
ForceOption = Annotated[
    bool, typer.Option("--force", help=N_("Replace PDFs that are already in the folder."))
]
Plan = Callable[[CourseStore, CourseSnapshot, "Pack | None", Path, date], "list[PdfJob]"]


def _export(ctx: typer.Context, course: str, folder: Path, force: bool, plan: Plan) -> None:
    """Read the course (read-only: it works while the app has it open), plan, write with a
    progress bar on stderr, then print the paths written."""
    from osteo_tui.reports.export import FilesExist, write_jobs

    with open_course(ctx, course, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
        pack = course_pack(ctx, snapshot.course.pack_id)
        jobs = plan(store, snapshot, pack, folder, date.today())
    if pack is None:
        Console(stderr=True, highlight=False).print(
            _(
                "osteo-tui: the lesson pack '{pack}' is not installed or has problems, so the "
                "PDFs have no exercises and no key messages"
            ).format(pack=snapshot.course.pack_id),
            markup=False,
            soft_wrap=True,
        )
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )

    def advance(done: int, total: int, job: PdfJob) -> None:
        making = jobs[done].what if done < total else ""  # the one being made now
        progress.update(task, completed=done, description=making)

    with reporting_errors():  # the bar is gone before a message is printed
        try:
            with progress:
                task = progress.add_task(jobs[0].what if jobs else "", total=len(jobs))
                written = write_jobs(jobs, force, advance)
        except FilesExist as exists:
            raise fail(
                _("{files}; nothing was written. Add --force to replace them").format(files=exists)
            ) from None
    wrote = ngettext(
        "Wrote {count} PDF file for '{title}':", "Wrote {count} PDF files for '{title}':", len(jobs)
    )
    say(wrote.format(count=len(written), title=snapshot.course.title))
    for path in written:
        say(str(path))
    say(_(HEALTH_DATA))


@export_app.command("participants")
def participants(
    ctx: typer.Context, course: CourseArg, folder: OutOption, force: ForceOption = False
) -> None:
    """One PDF summary for each participant of a course.

    Their sessions, goals, shareable notes, home exercise programme and the course's key
    messages, in the course's language.
    """

    def plan(
        store: CourseStore, snapshot: CourseSnapshot, pack: Pack | None, out: Path, day: date
    ) -> list[PdfJob]:
        if not snapshot.participants:
            raise fail(
                _("the course '{title}' has no participants yet").format(
                    title=snapshot.course.title
                )
            )
        from osteo_tui.reports.export import participant_jobs

        return participant_jobs(snapshot, pack, out, day)

    _export(ctx, course, folder, force, plan)


@export_app.command("participant")
def participant(
    ctx: typer.Context,
    course: CourseArg,
    who: ParticipantArg,
    folder: OutOption,
    force: ForceOption = False,
) -> None:
    """The PDF summary of one participant."""

    def plan(
        store: CourseStore, snapshot: CourseSnapshot, pack: Pack | None, out: Path, day: date
    ) -> list[PdfJob]:
        from osteo_tui.reports.export import participant_jobs

        return participant_jobs(snapshot, pack, out, day, people=[store.participant(who)])

    _export(ctx, course, folder, force, plan)


@export_app.command("course")
def course_report(
    ctx: typer.Context,
    course: CourseArg,
    folder: OutOption,
    pseudonymise: Annotated[
        bool,
        typer.Option(
            "--pseudonymise", help=N_("Replace participants' names by numbers in the report.")
        ),
    ] = False,
    force: ForceOption = False,
) -> None:
    """The course report for the trainer and the organisation.

    Attendance (a matrix and a chart per session), completion, goals and their attainment
    (GAS T-scores) and the trainer's course notes; never a private participant note.
    """
    settings = load_settings(get_context(ctx).data_dir)

    def plan(
        store: CourseStore, snapshot: CourseSnapshot, pack: Pack | None, out: Path, day: date
    ) -> list[PdfJob]:
        from osteo_tui.reports.export import course_report_job

        job = course_report_job(
            snapshot,
            pack,
            out,
            day,
            completion_sessions=settings.completion_sessions,
            pseudonymise=pseudonymise,
        )
        return [job]

    _export(ctx, course, folder, force, plan)
