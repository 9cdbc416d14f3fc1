"""``osteo-tui results``: a year's results over all courses, the anonymised bundle, merging.

``results --year 2026`` summarises the courses in this data folder that started in 2026;
``results bundle`` writes them without names for the organisation; ``results merge`` adds up
bundles from several trainers, counting each course once.

The CSV file (``--csv``) is data for spreadsheets and scripts: its labels stay English in every
language, like the codes of ``course export``, so that files from several trainers line up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from osteo_tui.cli.context import err, fail, get_context, out, say
from osteo_tui.cli.course_access import reporting_errors, repository
from osteo_tui.core import counts
from osteo_tui.core.locale_format import decimal_mark
from osteo_tui.core.measures.definitions import MeasureSet, when_label
from osteo_tui.core.results import (
    BundleProblem,
    CourseResults,
    Summary,
    merge_bundles,
    read_bundle,
    summarise,
    summary_csv,
    write_bundle,
    year_results,
)
from osteo_tui.core.results.summary_rows import number_text
from osteo_tui.core.store.atomic_write import write_atomically
from osteo_tui.core.translation import N_, _, pgettext

__all__ = ["results_app"]

results_app = typer.Typer(
    help=N_("A year's results over all courses (--year); anonymised bundles; merging them."),
)

YearOption = Annotated[
    int | None,
    typer.Option(
        "--year",
        metavar=N_("YEAR"),
        help=N_("Courses that started in this year (default: this year)."),
    ),
]
CsvOption = Annotated[
    Path | None,
    typer.Option("--csv", metavar=N_("FILE"), help=N_("Also write the numbers as CSV.")),
]
PdfOption = Annotated[
    Path | None,
    typer.Option("--pdf", metavar=N_("FILE"), help=N_("Also write the results as a PDF.")),
]

CHANGE_TITLES = {
    ("start", "end"): N_("From start to end"),
    ("start", "follow-up"): N_("From start to follow-up"),
}
CHANGE_CAPTIONS = {
    ("start", "end"): N_(
        "start, end: means of the people measured at both. Flagged: how many had a result "
        "in a flagged band (such as fall risk) at the start → at the end."
    ),
    ("start", "follow-up"): N_(
        "start, follow-up: means of the people measured at both. Flagged: how many had a "
        "result in a flagged band (such as fall risk) at the start → at the follow-up."
    ),
}
"""The heading and the note of each table of changes (translate with ``_``)."""


def _measures_of(ctx: typer.Context) -> Callable[[str], MeasureSet | None]:
    catalog = get_context(ctx).catalog()

    def measures_of(pack_id: str) -> MeasureSet | None:
        entry = catalog.get(pack_id)
        return entry.pack.measures if entry is not None and entry.pack is not None else None

    return measures_of


def _note(note: str) -> None:
    err().print(_("Note: {note}").format(note=note), markup=False, soft_wrap=True)


def _local(ctx: typer.Context, year: int) -> list[CourseResults]:
    with reporting_errors():
        found = year_results(repository(ctx), year, _measures_of(ctx))
    for note in found.notes:
        _note(note)
    return list(found.courses)


def _number(value: float | None, places: int = 1) -> str:
    """``number_text`` with the language's decimal mark (the CSV keeps the point)."""
    return number_text(value, places).replace(".", decimal_mark())


def _percent(value: float | None) -> str:
    return "" if value is None else f"{_number(value, 0)} %"


def _signed(value: float | None) -> str:
    text = _number(value, 2)
    return f"+{text}" if value is not None and value > 0 else text


def _overview(summary: Summary) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    gas = _("no goals reviewed yet")
    if summary.gas_n:
        gas = _(
            "{participants}: mean {mean}, median {median}; 50 or more (goals met as expected "
            "or better): {percent}"
        ).format(
            participants=counts.participants(summary.gas_n),
            mean=_number(summary.gas_mean),
            median=_number(summary.gas_median),
            percent=_percent(summary.percent_gas_met),
        )
    goal_set = (
        _("{count} of {total} ({percent})").format(
            count=summary.goal_set,
            total=summary.participants,
            percent=_percent(summary.percent_goal_set),
        )
        if summary.participants
        else "–"
    )
    for label, value in (
        (_("Courses"), str(summary.courses)),
        (_("Participants"), str(summary.participants)),
        (_("Set a goal"), goal_set),
        (_("GAS T-score"), gas),
    ):
        table.add_row(label, value)
    return table


def _changes(summary: Summary, before: str, after: str) -> Table | None:
    changes = [c for c in summary.changes if (c.before, c.after) == (before, after)]
    if not changes:
        return None
    table = Table(
        title=_(CHANGE_TITLES[(before, after)]),
        title_justify="left",
        caption=_(CHANGE_CAPTIONS[(before, after)]),
        caption_justify="left",
    )
    table.add_column(pgettext("results table", "measure"), min_width=14)
    table.add_column("n", justify="right")
    for column in (before, after):
        table.add_column(when_label(column), justify="right", max_width=6)
    for column in (
        pgettext("results table", "mean change"),
        pgettext("results table", "median change"),
    ):
        # Narrow, but never narrower than a word of the heading (a word is never cut).
        widest_word = max(len(word) for word in column.split())
        table.add_column(column, justify="right", max_width=max(7, widest_word))
    table.add_column(pgettext("results table", "improved"), justify="right")
    table.add_column(pgettext("results table", "flagged"), justify="right")
    heading = None
    for change in changes:
        info = change.info
        unit = f" ({info.unit})" if info.unit else ""
        if info.item and info.measure != heading:
            table.add_row(Text(info.measure, style="bold"))
        heading = info.measure if info.item else None
        flagged = ""
        if change.flag_n:
            flagged = f"{change.flagged_before} → {change.flagged_after}"
            if change.flag_n != change.n:
                flagged = _("{flagged} of {count}").format(flagged=flagged, count=change.flag_n)
        table.add_row(
            Text(f"  {info.item}" if info.item else info.measure + unit),
            str(change.n),
            _number(change.mean_before, 2),
            _number(change.mean_after, 2),
            _signed(change.mean_change),
            _signed(change.median_change),
            _percent(change.percent_improved),
            flagged,
        )
    return table


def _evaluation(summary: Summary) -> Table | None:
    if not summary.evaluation:
        return None
    table = Table(
        title=_("{measure} (mean and median of the answers)").format(
            measure=summary.evaluation[0].info.measure
        ),
        title_justify="left",
        caption=(
            _("Free comments: {count}").format(count=summary.comments) if summary.comments else None
        ),
        caption_justify="left",
    )
    table.add_column(pgettext("results table", "question"))
    for column in (
        "n",
        pgettext("results table", "mean"),
        pgettext("results table", "median"),
    ):
        table.add_column(column, justify="right")
    for answer in summary.evaluation:
        table.add_row(
            Text(answer.info.item or answer.info.name),
            str(answer.n),
            _number(answer.mean, 1),
            _number(answer.median, 1),
        )
    return table


def _print(
    summary: Summary, title: str, csv_file: Path | None, pdf_file: Path | None = None
) -> None:
    console = out()
    console.print(Text(title, style="bold"))
    console.print(_overview(summary))
    for table in (
        _changes(summary, "start", "end"),
        _changes(summary, "start", "follow-up"),
        _evaluation(summary),
    ):
        if table is not None:
            console.print(table)
    if summary.courses and not summary.changes and not summary.evaluation:
        say(_("No measurements at both the start and the end yet."))
    if csv_file is not None:
        with reporting_errors():
            write_atomically(csv_file, summary_csv(summary).encode("utf-8-sig"))
        say(_("Wrote the numbers to {file}.").format(file=csv_file))
    if pdf_file is not None:
        from osteo_tui.reports.results_report import results_pdf  # reportlab: only when asked

        with reporting_errors():
            write_atomically(pdf_file, results_pdf(summary, title, date.today()))
        say(_("Wrote the results to {file}.").format(file=pdf_file))


@results_app.callback(invoke_without_command=True)
def results(
    ctx: typer.Context,
    year: YearOption = None,
    csv_file: CsvOption = None,
    pdf_file: PdfOption = None,
) -> None:
    """Show a year's results over all courses in this data folder.

    Changes from the start to the end (and to follow-up) of every measure, the share who set
    a goal, GAS T-scores and the course evaluation.
    """
    if ctx.invoked_subcommand is not None:
        return
    chosen = year or date.today().year
    courses = _local(ctx, chosen)
    if not courses:
        say(_("No courses started in {year} in this data folder.").format(year=chosen))
        return
    _print(summarise(courses), _("Results {year}").format(year=chosen), csv_file, pdf_file)


@results_app.command("bundle")
def bundle(
    ctx: typer.Context,
    out_file: Annotated[
        Path,
        typer.Option("--out", metavar=N_("FILE"), help=N_("The bundle file to write (JSON).")),
    ],
    year: YearOption = None,
    force: Annotated[
        bool, typer.Option("--force", help=N_("Overwrite FILE if it exists."))
    ] = False,
) -> None:
    """Write a year's results without names, contact details or free text.

    Send the file to your organisation; it merges bundles with: osteo-tui results merge.
    """
    chosen = year or date.today().year
    if out_file.exists() and not force:
        raise fail(_("{file} exists already; use --force to overwrite it").format(file=out_file))
    courses = _local(ctx, chosen)
    with reporting_errors():
        write_bundle(out_file, courses, chosen)
    people = sum(len(course.participants) for course in courses)
    say(
        _(
            "Wrote the {year} results of {courses} ({participants}) to {file}: numbers only, "
            "no names, no contact details, no free text."
        ).format(
            year=chosen,
            courses=counts.courses(len(courses)),
            participants=counts.participants(people),
            file=out_file,
        )
    )


@results_app.command("merge")
def merge(
    bundles: Annotated[
        list[Path],
        typer.Argument(metavar=N_("BUNDLE…"), help=N_("Bundle files from trainers.")),
    ],
    csv_file: CsvOption = None,
    pdf_file: PdfOption = None,
    out_file: Annotated[
        Path | None,
        typer.Option("--out", metavar=N_("FILE"), help=N_("Also write the merged bundle.")),
    ] = None,
) -> None:
    """Add up results bundles; a course found in several bundles is counted once."""
    read: list[tuple[str, list[CourseResults]]] = []
    for path in bundles:
        try:
            read.append((path.name, read_bundle(path)))
        except BundleProblem as problem:
            raise fail(str(problem)) from None
    merged = merge_bundles(read)
    for note in merged.notes:
        _note(note)
    years = sorted({course.year for course in merged.courses})
    title = _("Results of {bundles}").format(bundles=counts.bundles(len(bundles)))
    if years:
        title += f" ({', '.join(str(year) for year in years)})"
    _print(summarise(merged.courses), title, csv_file, pdf_file)
    if out_file is not None:
        with reporting_errors():
            write_bundle(out_file, merged.courses, years[0] if len(years) == 1 else None)
        say(_("Wrote the merged bundle to {file}.").format(file=out_file))
