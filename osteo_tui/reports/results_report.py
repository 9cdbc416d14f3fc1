"""The yearly (or merged) results as a PDF: the same numbers as ``osteo-tui results``.

Built from a ``core.results.Summary`` only, so it holds no names. The words are English for
now and kept in ``WORDS`` so the translation work can wrap them in one place.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from osteo_tui.core.results import Summary
from osteo_tui.core.results.summary import ChangeSummary
from osteo_tui.core.results.summary_rows import number_text
from osteo_tui.reports.blocks import data_table, facts, heading
from osteo_tui.reports.page import MARGIN, DocumentInfo, render_pdf
from osteo_tui.reports.styles import Styles, styles, text

__all__ = ["results_pdf"]

WORDS = {
    "made_on": "Made on {day}",
    "page": "Page {page} of {pages}",
    "footer": "osteo-tui results: numbers only, no names",
    "courses": "Courses",
    "participants": "Participants",
    "goal_set": "Set a goal",
    "of": "{count} of {total} ({percent})",
    "gas": "GAS T-score",
    "gas_values": "{n}: mean {mean}, median {median}; 50 or more: {percent}",
    "person": "1 person",
    "people": "{n} people",
    "gas_none": "no goals reviewed yet",
    "changes": "From {before} to {after}",
    "means": "mean {before} → {after}",
    "changes_note": (
        "Only the people measured at both the {before} and the {after} are counted. Improved: "
        "the share whose result changed in the better direction. Flagged: how many had a result "
        "in a flagged band (such as fall risk) at the {before} → at the {after}."
    ),
    "measure": "Measure",
    "n": "n",
    "mean_change": "Mean change",
    "median_change": "Median change",
    "improved": "Improved",
    "flagged": "Flagged",
    "evaluation": "{measure}",
    "question": "Question",
    "mean": "Mean",
    "median": "Median",
    "comments": "Free comments: {count} (they stay in the course files).",
    "nothing": "No measurements at both the start and the end yet.",
}
WIDTH = 210 * mm - 2 * MARGIN


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{number_text(value, 0)} %"


def _signed(value: float | None) -> str:
    shown = number_text(value, 2)
    return f"+{shown}" if value is not None and value > 0 else shown or "–"


def _overview(summary: Summary, st: Styles) -> Flowable:
    gas = WORDS["gas_none"]
    if summary.gas_n:
        people = WORDS["person"] if summary.gas_n == 1 else WORDS["people"].format(n=summary.gas_n)
        gas = WORDS["gas_values"].format(
            n=people,
            mean=number_text(summary.gas_mean),
            median=number_text(summary.gas_median),
            percent=_percent(summary.percent_gas_met),
        )
    goal = WORDS["of"].format(
        count=summary.goal_set,
        total=summary.participants,
        percent=_percent(summary.percent_goal_set),
    )
    rows = [
        (WORDS["courses"], str(summary.courses)),
        (WORDS["participants"], str(summary.participants)),
        (WORDS["goal_set"], goal),
        (WORDS["gas"], gas),
    ]
    return facts(rows, st, WIDTH)


def _changes(changes: list[ChangeSummary], st: Styles) -> list[Flowable]:
    before, after = changes[0].before, changes[0].after
    header = [
        WORDS["measure"], WORDS["n"], WORDS["mean_change"], WORDS["median_change"],
        WORDS["improved"], WORDS["flagged"],
    ]  # fmt: skip
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
        means = WORDS["means"].format(
            before=number_text(change.mean_before, 2), after=number_text(change.mean_after, 2)
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
    numbers = [11 * mm, 25 * mm, 25 * mm, 28 * mm, 26 * mm]
    widths = [WIDTH - sum(numbers), *numbers]
    return [
        heading(WORDS["changes"].format(before=before, after=after), st.h2),
        data_table(header, rows, widths, st, centred=range(1, 6), groups=groups),
        Spacer(1, 2 * mm),
        Paragraph(text(WORDS["changes_note"].format(before=before, after=after)), st.compact),
    ]


def _evaluation(summary: Summary, st: Styles) -> list[Flowable]:
    rows = [
        [answer.info.item or answer.info.name, str(answer.n), number_text(answer.mean, 1),
         number_text(answer.median, 1)]
        for answer in summary.evaluation
    ]  # fmt: skip
    measure = summary.evaluation[0].info.measure
    story: list[Flowable] = [
        heading(WORDS["evaluation"].format(measure=measure), st.h2),
        data_table(
            [WORDS["question"], WORDS["n"], WORDS["mean"], WORDS["median"]],
            rows,
            [WIDTH - 60 * mm, 16 * mm, 22 * mm, 22 * mm],
            st,
            centred=(1, 2, 3),
        ),
    ]
    if summary.comments:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(text(WORDS["comments"].format(count=summary.comments)), st.compact))
    return story


def results_pdf(summary: Summary, title: str, made_on: date) -> bytes:
    """The PDF of ``summary``: an overview, the changes per measure, the evaluation."""
    st = styles()
    story: list[Flowable] = [heading(title, st.title), Spacer(1, 3 * mm), _overview(summary, st)]
    for before, after in (("start", "end"), ("start", "follow-up")):
        changes = [c for c in summary.changes if (c.before, c.after) == (before, after)]
        if changes:
            story += _changes(changes, st)
    if summary.evaluation:
        story += _evaluation(summary, st)
    if not summary.changes and not summary.evaluation:
        story.append(Paragraph(text(WORDS["nothing"]), st.body))
    info = DocumentInfo(
        title=title,
        author="osteo-tui",
        subject=title,
        language="en",
        header_left=title,
        header_right=WORDS["made_on"].format(day=made_on.isoformat()),
        footer_left=WORDS["footer"],
        page_label=lambda page, pages: WORDS["page"].format(page=page, pages=pages),
    )
    return render_pdf(story, info)
