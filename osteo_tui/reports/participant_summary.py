"""A participant's take-home summary: their sessions, goals, shareable notes, home exercise
programme and the course's key messages, in the course's language.

The document is a list of sections, each a function of the ``Summary``; another section is
one more function in ``SECTIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.lessons.programme import HomeProgramme, home_programme
from osteo_tui.core.records import AttendanceStatus, Participant
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.reports.blocks import bullets, data_table, heading, labelled
from osteo_tui.reports.course_facts import course_facts, document_info
from osteo_tui.reports.exercise_card import PICTURE, exercise_card
from osteo_tui.reports.labels import Labels, labels_for
from osteo_tui.reports.outcomes import participant_outcomes
from osteo_tui.reports.page import render_pdf
from osteo_tui.reports.styles import Styles, styles, text

__all__ = ["Summary", "participant_summary_pdf"]

CONTENT_WIDTH = 170 * mm


@dataclass(frozen=True)
class Summary:
    snapshot: CourseSnapshot
    pack: Pack | None
    person: Participant
    made_on: date

    @cached_property
    def labels(self) -> Labels:
        return labels_for(self.snapshot.course.language)

    @property
    def st(self) -> Styles:
        return styles()

    @cached_property
    def marks(self) -> dict[int, AttendanceStatus]:
        return {mark.session: mark.status for mark in self.snapshot.marks_of(self.person.id)}

    @property
    def attended(self) -> set[int]:
        return {n for n, status in self.marks.items() if status is AttendanceStatus.PRESENT}

    def topic(self, number: int) -> str:
        if self.pack is None:
            return ""
        try:
            return self.pack.session(number).title
        except KeyError:
            return ""


def _title(s: Summary) -> list[Flowable]:
    course = s.snapshot.course
    return [
        heading(s.labels("summary_title"), s.st.title),
        heading(s.person.name, s.st.subtitle),
        course_facts(course, s.labels, s.st, CONTENT_WIDTH),
    ]


def _sessions(s: Summary) -> list[Flowable]:
    labels, plans = s.labels, s.snapshot.course.sessions
    rows = []
    for plan in plans:
        status = s.marks.get(plan.number)
        rows.append(
            [
                str(plan.number),
                labels.day(plan.day),
                s.topic(plan.number),
                labels(status.value if status else "unmarked"),
            ]
        )
    header = [labels(key) for key in ("col_session", "col_date", "col_topic", "col_you")]
    return [
        heading(labels("sessions_heading"), s.st.h1),
        Paragraph(
            text(labels("sessions_attended", present=len(s.attended), total=len(plans))),
            s.st.body,
        ),
        data_table(header, rows, [26 * mm, 40 * mm, 62 * mm, 42 * mm], s.st, centred=(0,)),
    ]


def _goals(s: Summary) -> list[Flowable]:
    labels, st = s.labels, s.st
    goals = s.snapshot.goals_of(s.person.id)
    title = heading(labels("goals_heading"), st.h1)
    if not goals:
        return [title, Paragraph(text(labels("no_goals")), st.body)]
    flow: list[Flowable] = []
    days = {plan.number: plan.day for plan in s.snapshot.course.sessions}
    for number, goal in enumerate(goals, start=1):
        part: list[Flowable] = [title] if number == 1 else []
        part.append(heading(f"{number}. {goal.text}", st.h2))
        if goal.measure:
            part.append(labelled(labels("goal_measure"), goal.measure, st.body))
        if goal.target:
            part.append(labelled(labels("goal_target"), labels.day(goal.target), st.body))
        if goal.reviews:
            part.append(Paragraph(f"<b>{text(labels('goal_reviews'))}:</b>", st.body))
            for review in goal.reviews:
                day = days.get(review.session, review.day)
                line = labels(
                    "goal_review",
                    session=review.session,
                    day=labels.day(day),
                    words=labels.gas_level(review.level),
                )
                if review.progress:
                    line = f"{line}. {review.progress}"
                part += bullets([line], st.bullet)
        if goal.next_step:
            part.append(labelled(labels("goal_next"), goal.next_step, st.body))
        flow.append(KeepTogether(part))
    return flow


def _notes(s: Summary) -> list[Flowable]:
    notes = [note for note in s.snapshot.notes_of(s.person.id) if note.shareable]
    if not notes:
        return []
    return [
        heading(s.labels("notes_heading"), s.st.h1),
        *bullets((n.text for n in notes), s.st.bullet),
    ]


def _programme(s: Summary) -> list[Flowable]:
    if s.pack is None:
        return []
    labels, st = s.labels, s.st
    programme = home_programme(s.pack, s.person, s.attended if s.marks else None)
    if not programme.items:
        return []
    flow: list[Flowable] = [
        CondPageBreak(90 * mm),
        heading(labels("programme_heading"), st.h1),
        Paragraph(text(labels("programme_intro")), st.body),
    ]
    if programme.vertebral_fracture:
        flow.append(Paragraph(f"<b>{text(labels('programme_vertebral'))}</b>", st.body))
    flow += _at_a_glance(s, programme)
    for category, items in programme.by_category():
        flow.append(CondPageBreak(PICTURE + 60 * mm))
        flow.append(heading(labels(f"cat_{category}"), st.h1))
        advice = labels(f"often_{programme.advice(category)}")
        flow.append(Paragraph(text(labels("how_often", advice=advice)), st.body))
        for item in items:
            flow += exercise_card(item, labels, st, CONTENT_WIDTH)
    return flow


def _at_a_glance(s: Summary, programme: HomeProgramme) -> list[Flowable]:
    """One table of the whole programme: what to do how often, to keep by the chair."""
    labels, st = s.labels, s.st
    rows: list[list[Flowable | str]] = []
    group_rows: list[int] = []
    for category, items in programme.by_category():
        advice = labels(f"often_{programme.advice(category)}")
        group_rows.append(len(rows) + 1)
        rows.append(
            [Paragraph(f"<b>{text(labels(f'cat_{category}'))}</b>: {text(advice)}", st.cell), ""]
        )
        for item in items:
            how = labels("avoid_short") if item.avoid else labels.dosage(item.dosage)
            rows.append([item.exercise.name, how])
    header = [labels("col_exercise"), labels("how_much")]
    table = data_table(header, rows, [75 * mm, 95 * mm], st, groups=group_rows)
    # no keepWithNext: a long table may start on this page and go on over the next
    title = ParagraphStyle("glance", parent=st.h2, keepWithNext=False)
    return [CondPageBreak(50 * mm), heading(labels("glance_heading"), title), table]


def _key_messages(s: Summary) -> list[Flowable]:
    if s.pack is None:
        return []
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading(s.labels("key_messages_heading"), s.st.h1),
    ]
    for session in sorted(s.pack.sessions, key=lambda session: session.number):
        if not session.key_messages:
            continue
        title = s.labels("session_title", number=session.number, title=session.title)
        first, *rest = bullets(session.key_messages, s.st.compact_bullet)
        flow.append(KeepTogether([heading(title, s.st.h2), first]))
        flow += rest
    return flow


def _outcomes(s: Summary) -> list[Flowable]:
    return participant_outcomes(s.snapshot, s.pack, s.person, s.labels, s.st)


SECTIONS: tuple[Callable[[Summary], list[Flowable]], ...] = (
    _title,
    _sessions,
    _goals,
    _notes,
    _outcomes,
    _programme,
    _key_messages,
)


def participant_summary_pdf(
    snapshot: CourseSnapshot, pack: Pack | None, person: Participant, made_on: date
) -> bytes:
    """The summary of ``person``'s course as PDF bytes."""
    summary = Summary(snapshot, pack, person, made_on)
    story: list[Flowable] = []
    for section in SECTIONS:
        story += section(summary)
    story.append(Spacer(1, 1))
    labels = summary.labels
    info = document_info(
        snapshot.course,
        labels,
        title=labels("summary_doc_title", name=person.name),
        footer=person.name,
        made_on=made_on,
    )
    return render_pdf(story, info)
