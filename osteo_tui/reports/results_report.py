"""The yearly (or merged) results as a PDF: the same numbers as ``osteo-tui results``.

Built from a ``core.results.Summary`` only, so it holds no names. It is for the organisation
and made by the ``results`` command, so it is in the trainer's language (the active one); the
names of the measures are the lesson packs' own.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from osteo_tui.core.results import Summary
from osteo_tui.core.results.summary import ChangeSummary
from osteo_tui.core.translation import active_language, ngettext, pgettext
from osteo_tui.reports.blocks import data_table, facts, heading
from osteo_tui.reports.labels import NBSP, day, short_number
from osteo_tui.reports.page import MARGIN, DocumentInfo, render_pdf
from osteo_tui.reports.styles import Styles, styles, text

__all__ = ["results_pdf"]

WIDTH = 210 * mm - 2 * MARGIN


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{short_number(value, 0)}{NBSP}%"


def _signed(value: float | None) -> str:
    shown = short_number(value, 2)
    return f"+{shown}" if value is not None and value > 0 else shown or "–"


def _overview(summary: Summary, st: Styles) -> Flowable:
    gas = pgettext("pdf results", "no goals reviewed yet")
    if summary.gas_n:
        people = ngettext("{n} person", "{n} people", summary.gas_n).format(n=summary.gas_n)
        gas = pgettext("pdf results", "{n}: mean {mean}, median {median}; 50 or more: {percent}")
        gas = gas.format(
            n=people,
            mean=short_number(summary.gas_mean),
            median=short_number(summary.gas_median),
            percent=_percent(summary.percent_gas_met),
        )
    goal = pgettext("pdf results", "{count} of {total} ({percent})").format(
        count=summary.goal_set,
        total=summary.participants,
        percent=_percent(summary.percent_goal_set),
    )
    rows = [
        (pgettext("pdf results", "Courses"), str(summary.courses)),
        (pgettext("pdf results", "Participants"), str(summary.participants)),
        (pgettext("pdf results", "Set a goal"), goal),
        (pgettext("pdf results", "GAS T-score"), gas),
    ]
    return facts(rows, st, WIDTH)


def _between(before: str, after: str) -> tuple[str, str]:
    """The heading and the note of the changes from ``before`` to ``after``."""
    if (before, after) == ("start", "follow-up"):
        return (
            pgettext("pdf results", "From start to follow-up"),
            pgettext(
                "pdf results",
                "Only the people measured at both the start and the follow-up are counted. "
                "Improved: the share whose result changed in the better direction. Flagged: how "
                "many had a result in a flagged band (such as fall risk) at the start → at the "
                "follow-up.",
            ),
        )
    return (
        pgettext("pdf results", "From start to end"),
        pgettext(
            "pdf results",
            "Only the people measured at both the start and the end are counted. Improved: the "
            "share whose result changed in the better direction. Flagged: how many had a result "
            "in a flagged band (such as fall risk) at the start → at the end.",
        ),
    )


def _changes(changes: list[ChangeSummary], st: Styles) -> list[Flowable]:
    before, after = changes[0].before, changes[0].after
    header = [
        pgettext("pdf results", "Measure"),
        pgettext("pdf results", "n"),
        pgettext("pdf results", "Mean change"),
        pgettext("pdf results", "Median change"),
        pgettext("pdf results", "Improved"),
        pgettext("pdf results", "Flagged"),
    ]
    rows: list[list[Flowable | str]] = []
    groups: list[int] = []  # rows (counted with the header) that head a measure's items
    heading_of: str | None = None
    for change in changes:
        info = change.info
        if info.item and info.measure != heading_of:
            rows.append([info.measure, "", "", "", "", ""])
            groups.append(len(rows))
        heading_of = info.measure if info.item else None
        unit = f" ({info.unit})" if info.unit else ""
        means = pgettext("pdf results", "mean {before} → {after}").format(
            before=short_number(change.mean_before, 2), after=short_number(change.mean_after, 2)
        )
        name = text(info.item or info.measure + unit)
        flagged = ""
        if change.flag_n:
            flagged = f"{change.flagged_before} → {change.flagged_after}"
        rows.append(
            [
                Paragraph(f"{name}<br/>{text(means)}", st.cell),
                str(change.n),
                _signed(change.mean_change),
                _signed(change.median_change),
                _percent(change.percent_improved),
                flagged,
            ]
        )
    # wide enough for the longest heading word of each column ("Muutoksen", "Forbedret")
    numbers = [10 * mm, 25 * mm, 31 * mm, 28.5 * mm, 26.5 * mm]
    widths = [WIDTH - sum(numbers), *numbers]
    title, note = _between(before, after)
    return [
        heading(title, st.h2),
        data_table(header, rows, widths, st, centred=range(1, 6), groups=groups),
        Spacer(1, 2 * mm),
        Paragraph(text(note), st.compact),
    ]


def _evaluation(summary: Summary, st: Styles) -> list[Flowable]:
    rows = [
        [answer.info.item or answer.info.name, str(answer.n), short_number(answer.mean, 1),
         short_number(answer.median, 1)]
        for answer in summary.evaluation
    ]  # fmt: skip
    measure = summary.evaluation[0].info.measure
    story: list[Flowable] = [
        heading(measure, st.h2),
        data_table(
            [
                pgettext("pdf results", "Question"),
                pgettext("pdf results", "n"),
                pgettext("pdf results", "Mean"),
                pgettext("pdf results", "Median"),
            ],
            rows,
            [WIDTH - 60 * mm, 16 * mm, 22 * mm, 22 * mm],
            st,
            centred=(1, 2, 3),
        ),
    ]
    if summary.comments:
        story.append(Spacer(1, 2 * mm))
        comments = pgettext(
            "pdf results", "Free comments: {count} (they stay in the course files)."
        ).format(count=summary.comments)
        story.append(Paragraph(text(comments), st.compact))
    return story


def _page_label(page: int, pages: int) -> str:
    """Called while the PDF is rendered, in the same language as the rest of it."""
    return pgettext("pdf", "Page {page} of {pages}").format(page=page, pages=pages)


def results_pdf(summary: Summary, title: str, made_on: date) -> bytes:
    """The PDF of ``summary``: an overview, the changes per measure, the evaluation, in the
    active language."""
    st = styles()
    story: list[Flowable] = [heading(title, st.title), Spacer(1, 3 * mm), _overview(summary, st)]
    for before, after in (("start", "end"), ("start", "follow-up")):
        changes = [c for c in summary.changes if (c.before, c.after) == (before, after)]
        if changes:
            story += _changes(changes, st)
    if summary.evaluation:
        story += _evaluation(summary, st)
    if not summary.changes and not summary.evaluation:
        nothing = pgettext("pdf results", "No measurements at both the start and the end yet.")
        story.append(Paragraph(text(nothing), st.body))
    info = DocumentInfo(
        title=title,
        author="osteo-tui",
        subject=title,
        language=active_language(),
        header_left=title,
        header_right=pgettext("pdf", "Made on {day}").format(day=day(made_on)),
        footer_left=pgettext("pdf results", "osteo-tui results: numbers only, no names"),
        page_label=_page_label,
    )
    return render_pdf(story, info)
