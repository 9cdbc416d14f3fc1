"""The course report for the trainer and the organisation: participants and attendance,
attendance per session as a chart, completion, goals and their attainment (GAS), and the
trainer's course notes. Never a private participant note; names can be replaced by numbers.

Like the participant summary it is a list of sections (``SECTIONS``); the outcome measures
(n, mean and median change per measure, % improved, the evaluation) come after the goals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from osteo_tui.core.course_figures import (
    CourseFigures,
    course_figures,
    pseudonym_numbers,
    replace_names,
)
from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.measures.gas import participant_t_score
from osteo_tui.core.records import AttendanceStatus, Participant
from osteo_tui.core.records.labels import status_label
from osteo_tui.core.results.course_results import course_results
from osteo_tui.core.results.summary import Summary as ResultsSummary
from osteo_tui.core.results.summary import summarise
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import pgettext
from osteo_tui.reports import labels
from osteo_tui.reports.blocks import data_table, facts, heading
from osteo_tui.reports.charts import attendance_chart
from osteo_tui.reports.course_facts import course_facts, document_info
from osteo_tui.reports.outcomes import course_outcomes
from osteo_tui.reports.page import render_pdf
from osteo_tui.reports.styles import Styles, styles, text

__all__ = ["Report", "course_report_pdf"]

CONTENT_WIDTH = 170 * mm
MARKS = {AttendanceStatus.PRESENT: "✓", AttendanceStatus.ABSENT: "✗"}


@dataclass(frozen=True)
class Report:
    snapshot: CourseSnapshot
    pack: Pack | None
    made_on: date
    completion_sessions: int | None = None
    pseudonymise: bool = False

    @property
    def st(self) -> Styles:
        return styles()

    @cached_property
    def figures(self) -> CourseFigures:
        return course_figures(self.snapshot.grid(), self.completion_sessions)

    @cached_property
    def results(self) -> ResultsSummary:
        """Goals, GAS and outcome measures, summed up as every course summary is."""
        measures = self.pack.measures if self.pack is not None else None
        return summarise([course_results(self.snapshot, measures)])

    @cached_property
    def numbers(self) -> dict[str, int]:
        return pseudonym_numbers(self.snapshot.participants)

    def name(self, person: Participant) -> str:
        if self.pseudonymise:
            return pgettext("pdf", "Participant {number}").format(number=self.numbers[person.id])
        return person.name

    @cached_property
    def people(self) -> list[Participant]:
        """In the order the report lists them: by name, or by number when pseudonymised."""
        if self.pseudonymise:
            return sorted(self.snapshot.participants, key=lambda p: self.numbers[p.id])
        return list(self.snapshot.participants)

    def clean(self, value: str) -> str:
        """Free text with every participant's name replaced, when pseudonymised."""
        if not self.pseudonymise:
            return value
        names = {person.name: self.name(person) for person in self.snapshot.participants}
        # TRANSLATORS: in place of a name that could be more than one participant's
        return replace_names(value, names, pgettext("pdf", "[name]"))


def _title(r: Report) -> list[Flowable]:
    course = r.snapshot.course
    pack = f"{course.pack_id} {course.pack_version}"
    if r.pack is not None:
        pack = f"{r.pack.title} ({pack})"
    extra = [
        (pgettext("pdf", "Lesson pack"), pack),
        (pgettext("pdf", "Status"), status_label(course.status.value)),
    ]
    flow: list[Flowable] = [
        heading(pgettext("pdf", "Course report"), r.st.title),
        Spacer(1, 3 * mm),
        course_facts(course, r.st, CONTENT_WIDTH, extra),
    ]
    if r.pseudonymise:
        said = pgettext("pdf", "Participants' names are replaced by numbers in this report.")
        flow += [Spacer(1, 3 * mm), Paragraph(f"<b>{text(said)}</b>", r.st.body)]
    return flow


def _figures(r: Report) -> list[Flowable]:
    f, results = r.figures, r.results
    total = len(r.snapshot.course.sessions)

    def share(part: int, whole: int) -> str:
        return pgettext("pdf", "{part} of {whole} ({percent})").format(
            part=part, whole=whole, percent=labels.share(part, whole)
        )

    completed = pgettext(
        "pdf", "Completed the course (came to at least {needed} of {total} sessions)"
    ).format(needed=f.completion_sessions, total=total)
    rows = [
        (pgettext("pdf", "Participants"), str(f.participants)),
        (completed, share(f.completed, f.participants)),
        (pgettext("pdf", "Set at least one goal"), share(results.goal_set, f.participants)),
    ]
    gas = False
    if results.gas_n and results.gas_mean is not None and results.gas_median is not None:
        gas = True
        mean = f"{labels.number(results.gas_mean)} ({labels.number(results.gas_median)})"
        met = pgettext("pdf", "Goals met as expected or better (GAS T-score 50 or more)")
        rows += [
            (pgettext("pdf", "GAS T-score: mean (median)"), mean),
            (met, share(results.gas_met, results.gas_n)),
        ]
    flow: list[Flowable] = [
        heading(pgettext("pdf", "Key figures"), r.st.h1),
        facts(rows, r.st, CONTENT_WIDTH, label_width=110 * mm),
        Spacer(1, 2 * mm),
    ]
    note = (
        pgettext(
            "pdf",
            "GAS T-score: 50 means a participant's goals were met as expected, above 50 better "
            "than expected (Turner-Stokes 2009). Latest review of each goal, equal weights, "
            "ρ = {rho}.",
        ).format(rho=labels.number(0.3))
        if gas
        else pgettext("pdf", "No goal has been reviewed yet, so there is no GAS T-score.")
    )
    flow.append(Paragraph(text(note), r.st.compact))
    return flow


def _chart(r: Report) -> list[Flowable]:
    return [
        CondPageBreak(80 * mm),
        heading(pgettext("pdf", "Attendance per session"), r.st.h1),
        attendance_chart(r.figures.sessions, CONTENT_WIDTH),
    ]


def _matrix(r: Report) -> list[Flowable]:
    plans = r.snapshot.course.sessions
    rows_by_id = {row.participant.id: row for row in r.snapshot.grid().rows}
    # TRANSLATORS: the mark for "excused" in the attendance table; the app shows the same
    symbols = {**MARKS, AttendanceStatus.EXCUSED: pgettext("pdf attendance mark", "E")}
    rows = []
    for person in r.people:
        row = rows_by_id[person.id]
        marks = [symbols[mark] if mark else "" for mark in row.marks]
        rows.append([r.name(person), *marks, str(row.present)])
    header = [
        pgettext("pdf", "Participant"),
        *(str(p.number) for p in plans),
        pgettext("pdf", "Total"),
    ]
    session_width = min(16 * mm, (CONTENT_WIDTH - 70 * mm - 20 * mm) / max(1, len(plans)))
    widths = [CONTENT_WIDTH - 20 * mm - session_width * len(plans)]
    widths += [session_width] * len(plans) + [20 * mm]
    centred = tuple(range(1, len(plans) + 2))
    return [
        CondPageBreak(60 * mm),
        heading(pgettext("pdf", "Attendance"), r.st.h1),
        Paragraph(
            text(pgettext("pdf", "✓ present · ✗ absent · E excused · empty: not recorded")),
            r.st.compact,
        ),
        data_table(header, rows, widths, r.st, centred=centred),
    ]


def _goals(r: Report) -> list[Flowable]:
    flow: list[Flowable] = [CondPageBreak(50 * mm), heading(pgettext("pdf", "Goals"), r.st.h1)]
    rows: list[list[Flowable | str]] = []
    for person in r.people:
        for index, goal in enumerate(r.snapshot.goals_of(person.id)):
            level = goal.latest_level
            score = participant_t_score(r.snapshot.goals_of(person.id))
            first = index == 0
            rows.append(
                [
                    r.name(person) if first else "",
                    r.clean(goal.text),
                    labels.gas_level(level)
                    if level is not None
                    else pgettext("pdf", "not reviewed"),
                    labels.number(score) if first and score is not None else "",
                ]
            )
    if not rows:
        none = pgettext("pdf", "No goals were recorded in this course.")
        return [*flow, Paragraph(text(none), r.st.body)]
    header = [
        pgettext("pdf", "Participant"),
        pgettext("pdf", "Goal"),
        pgettext("pdf", "Latest level"),
        pgettext("pdf", "T-score"),
    ]
    widths = [42 * mm, 62 * mm, 42 * mm, 24 * mm]
    return [*flow, data_table(header, rows, widths, r.st, centred=(3,))]


def _course_notes(r: Report) -> list[Flowable]:
    flow: list[Flowable] = [heading(pgettext("pdf", "Trainer's course notes"), r.st.h1)]
    paragraphs = [part.strip() for part in r.clean(r.snapshot.course.notes).split("\n\n")]
    paragraphs = [part for part in paragraphs if part]
    if not paragraphs:
        none = pgettext("pdf", "There are no course notes.")
        return [*flow, Paragraph(text(none), r.st.body)]
    return flow + [Paragraph(text(part).replace("\n", "<br/>"), r.st.body) for part in paragraphs]


def _outcomes(r: Report) -> list[Flowable]:
    return course_outcomes(r.results, r.st, CONTENT_WIDTH)


SECTIONS: tuple[Callable[[Report], list[Flowable]], ...] = (
    _title,
    _figures,
    _chart,
    _matrix,
    _goals,
    _outcomes,
    _course_notes,
)


def course_report_pdf(
    snapshot: CourseSnapshot,
    pack: Pack | None,
    made_on: date,
    *,
    completion_sessions: int | None = None,
    pseudonymise: bool = False,
) -> bytes:
    """The course report as PDF bytes, in the course's language; ``completion_sessions`` is
    the settings' value."""
    with labels.in_course_language(snapshot.course.language):
        report = Report(snapshot, pack, made_on, completion_sessions, pseudonymise)
        story: list[Flowable] = []
        for section in SECTIONS:
            story += section(report)
        title = pgettext("pdf", "Course report: {title}").format(title=snapshot.course.title)
        footer = pgettext("pdf", "Course report")
        info = document_info(snapshot.course, title=title, footer=footer, made_on=made_on)
        return render_pdf(story, info)
