"""Outcome measures in the PDFs (issue 6), from the measures core: the participant's results
in plain words (start against end, and against follow-up), each beside a small chart, and the
course's changes per outcome (n, means, mean and median change, % improved) with the
evaluation answers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.measures.comparison import Comparison, format_value, participant_changes
from osteo_tui.core.measures.definitions import Measure, when_label
from osteo_tui.core.records import Participant
from osteo_tui.core.results.summary import Summary
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import pgettext
from osteo_tui.reports.blocks import data_table, heading, table_style
from osteo_tui.reports.improvement_chart import improvement_chart
from osteo_tui.reports.labels import NBSP, number, percent, signed, unbroken
from osteo_tui.reports.outcome_chart import CHART_WIDTH, outcome_chart
from osteo_tui.reports.styles import RULE, Styles, text

__all__ = ["course_outcomes", "participant_outcomes"]


def _shown(measure: Measure, value: float, mark: str) -> str:
    """``11.2 s`` as the sentences write it, the space unbreakable."""
    return format_value(measure, value, mark).replace(" ", NBSP)


def participant_outcomes(
    snapshot: CourseSnapshot,
    pack: Pack | None,
    person: Participant,
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
    leads = {
        "end": pgettext("pdf", "At the end of the course"),
        "follow-up": pgettext("pdf", "At the follow-up"),
    }
    rows = []
    for times in found.values():
        first = next(iter(times.values()))
        measure = first.outcome.measure
        sentences = []
        for later, lead_words in leads.items():
            change = times.get(later)
            if change is None:
                continue
            lead = f"<b>{text(lead_words)}:</b> " if follow_up else ""
            values = [value for value in (change.before, change.after) if value is not None]
            # "11.2 s" never breaks between the number and its unit
            sentence = unbroken(
                text(change.sentence), *(text(format_value(measure, v, mark)) for v in values)
            )
            sentences.append(Paragraph(lead + sentence, st.compact))
        bars = []
        before = next((c.before for c in times.values() if c.before is not None), None)
        if before is not None:
            bars.append(("start", before, _shown(measure, before, mark)))
        for later, change in times.items():  # the end before the follow-up
            bars.append((later, change.after, _shown(measure, change.after, mark)))
        rows.append([sentences, outcome_chart(first.outcome, bars)])
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
    intro = (
        pgettext("pdf", "Measured at the start of the course, at its end and at the follow-up.")
        if follow_up
        else pgettext("pdf", "From the start to the end of the course")
    )
    return [
        CondPageBreak(50 * mm),
        heading(pgettext("pdf", "Your results"), st.h1),
        Paragraph(f"<b>{text(intro)}</b>", st.body),
        table,
    ]


def course_outcomes(summary: Summary, st: Styles, width: float) -> list[Flowable]:
    """The course's outcomes table and evaluation table; nothing when nothing was measured."""
    flow: list[Flowable] = []
    changes = [change for change in summary.changes if change.n]
    if changes:
        header = [
            pgettext("pdf", "Measure"),
            pgettext("pdf", "From → to"),
            pgettext("pdf", "n"),
            pgettext("pdf", "Mean"),
            pgettext("pdf", "Change"),
            pgettext("pdf", "Improved"),
        ]
        rows = []
        for change in changes:
            unit = f" ({change.info.unit})" if change.info.unit else ""
            when = f"{when_label(change.before)} → {when_label(change.after)}"
            means = "–"
            if change.mean_before is not None and change.mean_after is not None:
                means = f"{number(change.mean_before)} → {number(change.mean_after)}"
            mean = signed(change.mean_change)
            median = signed(change.median_change)
            improved = change.percent_improved
            rows.append(
                [
                    change.info.name + unit,
                    when,
                    str(change.n),
                    means,
                    f"{mean} ({median})",
                    "–" if improved is None else percent(improved),
                ]
            )
        # wide enough for the longest heading word of each column ("Gennemsnit", "Forbedret")
        widths = [40 * mm, 28 * mm, 10 * mm, 33 * mm, 30 * mm, 29 * mm]
        flow += [
            Paragraph(
                text(
                    pgettext(
                        "pdf",
                        "Participants measured at both times. Change: later minus earlier, mean "
                        "(median). Improved: changed in the better direction.",
                    )
                ),
                st.compact,
            ),
            data_table(header, rows, widths, st, centred=(2, 5)),
        ]
        improved = [
            (change.info.name, change.percent_improved / 100)
            for change in changes
            if change.percent_improved is not None
        ]
        if improved:
            flow += [Spacer(1, 4 * mm), improvement_chart(improved, width)]
    answers = [answer for answer in summary.evaluation if answer.n]
    if answers:
        header = [
            pgettext("pdf", "Question"),
            pgettext("pdf", "n"),
            pgettext("pdf", "Mean (median)"),
        ]
        rows = [
            [
                answer.info.name,
                str(answer.n),
                f"{number(answer.mean or 0)} ({number(answer.median or 0)})",
            ]
            for answer in answers
        ]
        flow += [
            heading(pgettext("pdf", "End-of-course evaluation"), st.h2),
            data_table(header, rows, [120 * mm, 14 * mm, width - 134 * mm], st, centred=(1, 2)),
        ]
    if not flow:
        return []
    return [CondPageBreak(60 * mm), heading(pgettext("pdf", "Outcome measures"), st.h1), *flow]
