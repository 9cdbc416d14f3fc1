"""A participant's take-home summary: their sessions, goals, shareable notes, results, home
exercise programme and the course's key messages, in the course's language.

Short enough to be used (about eight pages for a five-session course): the first page holds
the course and the whole home programme at a glance, so that it is useful on its own (on the
fridge); then the sessions, goals, notes and results; what to remember from each session;
and last each exercise of the programme with its picture.

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
from osteo_tui.core.lessons.programme import HomeProgramme, ProgrammeItem, home_programme
from osteo_tui.core.lessons.take_home import take_home_messages
from osteo_tui.core.records import AttendanceStatus, Participant
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import pgettext
from osteo_tui.reports import labels
from osteo_tui.reports.blocks import box, bullets, data_table, heading, labelled, table_style
from osteo_tui.reports.course_facts import course_facts, document_info
from osteo_tui.reports.exercise_card import CARD_START, exercise_card
from osteo_tui.reports.outcomes import participant_outcomes
from osteo_tui.reports.page import render_pdf
from osteo_tui.reports.styles import ACCENT, PALE, Styles, styles, text

__all__ = ["Summary", "participant_summary_pdf"]

CONTENT_WIDTH = 170 * mm


@dataclass(frozen=True)
class Summary:
    snapshot: CourseSnapshot
    pack: Pack | None
    person: Participant
    made_on: date

    @property
    def st(self) -> Styles:
        return styles()

    @cached_property
    def marks(self) -> dict[int, AttendanceStatus]:
        return {mark.session: mark.status for mark in self.snapshot.marks_of(self.person.id)}

    @property
    def attended(self) -> set[int]:
        return {n for n, status in self.marks.items() if status is AttendanceStatus.PRESENT}

    @cached_property
    def programme(self) -> HomeProgramme | None:
        if self.pack is None:
            return None
        return home_programme(self.pack, self.person, self.attended if self.marks else None)


def _title(s: Summary) -> list[Flowable]:
    course = s.snapshot.course
    extra = []
    if s.marks:  # without any attendance recorded, say nothing rather than "0 of 5"
        came = pgettext("pdf", "You came to {present} of the {total} sessions.").format(
            present=len(s.attended), total=len(course.sessions)
        )
        extra.append((pgettext("pdf", "Sessions"), came))
    facts = course_facts(course, s.st, CONTENT_WIDTH, extra)
    # a little tighter than elsewhere: the first page also holds the whole programme
    facts.setStyle(
        table_style(("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3))
    )
    name = ParagraphStyle("name", parent=s.st.subtitle, spaceAfter=6)
    title = heading(pgettext("pdf", "Your course summary"), s.st.title)
    return [title, heading(s.person.name, name), facts]


def _goals(s: Summary) -> list[Flowable]:
    st = s.st
    goals = s.snapshot.goals_of(s.person.id)
    title = heading(pgettext("pdf", "Your goals"), st.h1)
    if not goals:
        none = pgettext("pdf", "No goal was recorded for you in this course.")
        return [title, Paragraph(text(none), st.body)]
    flow: list[Flowable] = []
    days = {plan.number: plan.day for plan in s.snapshot.course.sessions}
    for number, goal in enumerate(goals, start=1):
        part: list[Flowable] = [title] if number == 1 else []
        part.append(heading(f"{number}. {goal.text}", st.h2))
        if goal.measure:
            part.append(labelled(pgettext("pdf", "How it is measured"), goal.measure, st.body))
        if goal.target:
            target = labels.day(goal.target)
            part.append(labelled(pgettext("pdf", "Target date"), target, st.body))
        if goal.reviews:
            went = pgettext("pdf", "How it went")  # not inside the f-string: extracted
            part.append(Paragraph(f"<b>{text(went)}:</b>", st.body))
            for review in goal.reviews:
                day = days.get(review.session, review.day)
                line = pgettext("pdf", "Session {session}, {day}: {words}").format(
                    session=review.session,
                    day=labels.day(day),
                    words=labels.gas_level(review.level),
                )
                if review.progress:
                    line = f"{line}. {review.progress}"
                part += bullets([line], st.bullet)
        if goal.next_step:
            part.append(labelled(pgettext("pdf", "What next"), goal.next_step, st.body))
        flow.append(KeepTogether(part))
    return flow


def _notes(s: Summary) -> list[Flowable]:
    notes = [note for note in s.snapshot.notes_of(s.person.id) if note.shareable]
    if not notes:
        return []
    return [
        heading(pgettext("pdf", "Notes from your trainer"), s.st.h1),
        *bullets((n.text for n in notes), s.st.bullet),
    ]


def _at_a_glance(s: Summary) -> list[Flowable]:
    """The whole programme in one table on the first page: what to do, how often and how
    much, to keep by the chair."""
    programme = s.programme
    if programme is None or not programme.items:
        return []
    st = s.st
    # a little tighter than elsewhere, so that five categories and ten exercises fit
    flow: list[Flowable] = [
        heading(
            pgettext("pdf", "Your home exercise programme"),
            ParagraphStyle("p1", parent=st.h1, spaceBefore=10),
        ),
        Paragraph(text(programme_intro()), st.body),
    ]
    if programme.vertebral_fracture:
        flow.append(Paragraph(f"<b>{text(programme_vertebral())}</b>", st.compact))
    rows: list[list[Flowable | str]] = []
    group_rows: list[int] = []
    for category, items in programme.by_category():
        group_rows.append(len(rows) + 1)
        rows.append([_band(programme, category, st.cell), ""])
        for item in items:
            rows.append([item.exercise.name, _how_much(item)])
    header = [pgettext("pdf", "Exercise"), pgettext("pdf", "How much")]
    table = data_table(header, rows, [64 * mm, 106 * mm], st, groups=group_rows)
    table.setStyle(
        table_style(("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3))
    )
    return [*flow, table]


def programme_intro() -> str:
    return pgettext(
        "pdf",
        "Move slowly, keep breathing and stop if anything hurts. The last pages show each "
        "exercise with a picture, step by step.",
    )


def programme_vertebral() -> str:
    return pgettext(
        "pdf",
        "Because of your spine fracture, some exercises are changed for you: see the boxes "
        "“After a vertebral fracture”.",
    )


def _band(programme: HomeProgramme, category: str, style: ParagraphStyle) -> Paragraph:
    """``Strength: 2–3 days a week, with a rest day in between.``"""
    advice = labels.advice(programme.advice(category))
    return Paragraph(f"<b>{text(labels.category(category))}</b>: {text(advice)}", style)


def _how_much(item: ProgrammeItem) -> str:
    """The dosage, and whether the exercise is changed for the participant or should be
    shown to them first."""
    if item.avoid:
        return pgettext("pdf", "Not for you: see the last pages")
    notes = [labels.dosage(item.dosage)]
    if item.vertebral_note:
        notes.append(pgettext("pdf", "Changed for you: see the last pages"))
    if item.ask_first:
        notes.append(pgettext("pdf", "Ask your trainer to show you first"))
    return ". ".join(notes)


def _cards(s: Summary) -> list[Flowable]:
    """Each exercise of the programme with its picture, by category."""
    programme = s.programme
    if programme is None or not programme.items:
        return []
    st = s.st
    intro = pgettext("pdf", "Your trainer is happy to show you any of them again.")
    flow: list[Flowable] = [
        CondPageBreak(CARD_START + 40 * mm),
        heading(pgettext("pdf", "How to do your exercises"), st.h1),
        Paragraph(text(intro), st.body),
    ]
    for category, items in programme.by_category():
        band = _band(programme, category, st.compact)
        flow += [CondPageBreak(CARD_START + 16 * mm), box([band], CONTENT_WIDTH, PALE, ACCENT)]
        for item in items:
            flow += exercise_card(item, st, CONTENT_WIDTH)
    return flow


def _key_messages(s: Summary) -> list[Flowable]:
    """Each session with its date and a short list of what to remember (``take_home``);
    for a session the participant could not come to, a kind word that this is what they
    missed."""
    if s.pack is None:
        return []
    chosen = take_home_messages(s.pack.sessions)
    if not chosen:
        return []
    st = s.st
    days = {plan.number: plan.day for plan in s.snapshot.course.sessions}
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading(pgettext("pdf", "What to remember from the course"), st.h1),
    ]
    for session, messages in chosen:
        day = days.get(session.number)
        title = (
            pgettext("pdf", "Session {number}: {title}").format(
                number=session.number, title=session.title
            )
            if day is None
            else pgettext("pdf", "Session {number}, {day}: {title}").format(
                number=session.number, day=labels.day(day), title=session.title
            )
        )
        first, *rest = bullets(messages, st.compact_bullet)
        head: list[Flowable] = [heading(title, st.h3)]
        if s.marks.get(session.number) in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
            missed = pgettext(
                "pdf", "You could not come to this session. These are its main points."
            )
            head.append(Paragraph(f"<i>{text(missed)}</i>", st.compact))
        flow.append(KeepTogether([*head, first]))
        flow += rest
    return flow


def _outcomes(s: Summary) -> list[Flowable]:
    return participant_outcomes(s.snapshot, s.pack, s.person, s.st, CONTENT_WIDTH)


SECTIONS: tuple[Callable[[Summary], list[Flowable]], ...] = (
    _title,
    _at_a_glance,
    _goals,
    _notes,
    _outcomes,
    _key_messages,
    _cards,
)


def participant_summary_pdf(
    snapshot: CourseSnapshot, pack: Pack | None, person: Participant, made_on: date
) -> bytes:
    """The summary of ``person``'s course as PDF bytes, in the course's language."""
    with labels.in_course_language(snapshot.course.language):
        summary = Summary(snapshot, pack, person, made_on)
        story: list[Flowable] = []
        for section in SECTIONS:
            story += section(summary)
        story.append(Spacer(1, 1))
        info = document_info(
            snapshot.course,
            title=pgettext("pdf", "Course summary for {name}").format(name=person.name),
            footer=person.name,
            made_on=made_on,
        )
        return render_pdf(story, info)
