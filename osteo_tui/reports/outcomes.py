"""Outcome measures in the PDFs (issue 6), from the measures core: the participant's results
in plain words (start against end, and against follow-up), each beside a small chart, and the
course's changes per outcome (n, means, mean and median change, % improved) with the
evaluation answers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.measures.comparison import Comparison, format_value, participant_changes
from osteo_tui.core.records import Participant
from osteo_tui.core.results.summary import Summary
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.reports.blocks import data_table, heading, table_style
from osteo_tui.reports.labels import Labels
from osteo_tui.reports.outcome_chart import CHART_WIDTH, outcome_chart
from osteo_tui.reports.styles import RULE, Styles, text

__all__ = ["course_outcomes", "participant_outcomes"]


def participant_outcomes(
    snapshot: CourseSnapshot,
    pack: Pack | None,
    person: Participant,
    labels: Labels,
    st: Styles,
    width: float,
) -> list[Flowable]:
    """ "Your chair stand went from 8 to 11 — now in the typical range for your age." for
    each outcome taken at the end (and at follow-up), beside a chart of its start, end and
    follow-up; nothing when there are none."""
    if pack is None or not pack.measures:
        return []
    records = snapshot.measurements_of(person.id)
    found: dict[str, dict[str, Comparison]] = {}
    for later in ("end", "follow-up"):
        for change in participant_changes(pack.measures, person, records, later, "start"):
            found.setdefault(change.outcome.key, {})[later] = change
    if not found:
        return []
    follow_up = any("follow-up" in times for times in found.values())
    mark = pack.measures.phrases.decimal_mark
    rows = []
    for times in found.values():
        sentences = []
        for later, key in (("end", "outcome_at_end"), ("follow-up", "outcome_at_follow_up")):
            change = times.get(later)
            if change is None:
                continue
            lead = f"<b>{text(labels(key))}:</b> " if follow_up else ""
            sentences.append(Paragraph(lead + text(change.sentence), st.compact))
        first = next(iter(times.values()))
        measure = first.outcome.measure
        bars = []
        before = next((c.before for c in times.values() if c.before is not None), None)
        if before is not None:
            bars.append(("start", before, format_value(measure, before, mark)))
        for later, change in times.items():  # the end before the follow-up
            bars.append((later, change.after, format_value(measure, change.after, mark)))
        rows.append([sentences, outcome_chart(first.outcome, bars, labels)])
    table = Table(rows, colWidths=[width - CHART_WIDTH, CHART_WIDTH], splitInRow=0)
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    intro = labels("outcomes_both") if follow_up else labels("outcomes_end")
    return [
        CondPageBreak(50 * mm),
        heading(labels("outcomes_heading"), st.h1),
        Paragraph(f"<b>{text(intro)}</b>", st.body),
        table,
    ]


def _signed(labels: Labels, value: float | None) -> str:
    if value is None:
        return "–"
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + labels.number(abs(value))


def course_outcomes(summary: Summary, labels: Labels, st: Styles, width: float) -> list[Flowable]:
    """The course's outcomes table and evaluation table; nothing when nothing was measured."""
    flow: list[Flowable] = []
    changes = [change for change in summary.changes if change.n]
    if changes:
        header = [
            labels(key)
            for key in (
                "col_outcome",
                "col_when",
                "col_n",
                "col_means",
                "col_change",
                "col_improved",
            )
        ]
        rows = []
        for change in changes:
            unit = f" ({change.info.unit})" if change.info.unit else ""
            when = f"{labels(f'when_{change.before}')} → {labels(f'when_{change.after}')}"
            means = "–"
            if change.mean_before is not None and change.mean_after is not None:
                means = f"{labels.number(change.mean_before)} → {labels.number(change.mean_after)}"
            mean = _signed(labels, change.mean_change)
            median = _signed(labels, change.median_change)
            improved = change.percent_improved
            rows.append(
                [
                    change.info.name + unit,
                    when,
                    str(change.n),
                    means,
                    f"{mean} ({median})",
                    "–" if improved is None else labels("percent_value", value=round(improved)),
                ]
            )
        widths = [40 * mm, 31 * mm, 10 * mm, 30 * mm, 32 * mm, 27 * mm]
        flow += [
            Paragraph(text(labels("outcomes_note")), st.compact),
            data_table(header, rows, widths, st, centred=(2, 5)),
        ]
    answers = [answer for answer in summary.evaluation if answer.n]
    if answers:
        header = [labels("col_question"), labels("col_n"), labels("col_mean_median")]
        rows = [
            [
                answer.info.name,
                str(answer.n),
                f"{labels.number(answer.mean or 0)} ({labels.number(answer.median or 0)})",
            ]
            for answer in answers
        ]
        flow += [
            heading(labels("evaluation_heading"), st.h2),
            data_table(header, rows, [120 * mm, 14 * mm, width - 134 * mm], st, centred=(1, 2)),
        ]
    if not flow:
        return []
    return [CondPageBreak(60 * mm), heading(labels("outcomes_course_heading"), st.h1), *flow]
