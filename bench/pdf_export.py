"""PDF export: a 15-participant course, every take-home summary plus the course report.

The app's way (``osteo_tui.reports``: plan the files, build each PDF, write it atomically)
is timed against the same documents made with bare reportlab calls in the same run: element
for element the same paragraphs, tables and exercise pictures in the same font, but two plain
paragraph styles, no headings kept with what follows, no styled boxes, a plain page number,
and plain file writes. Runs alternate between the two so background load hits both alike; the
median is reported, and the ratio app ÷ bare.

    python bench/pdf_export.py [--quick]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from bench.datasets import BenchData, builtin_catalog, people
from bench.rows import Row, median, row
from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.lessons.programme import home_programme
from osteo_tui.core.records import Course, Goal, Note, Participant
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.reports.export import course_report_job, participant_jobs, write_jobs
from osteo_tui.reports.fonts import REGULAR, register_fonts
from osteo_tui.reports.labels import labels_for
from osteo_tui.reports.poses import exercise_drawing

__all__ = ["GOAL_RATIO", "GOAL_SECONDS", "PARTICIPANTS", "bare_documents", "run"]

PARTICIPANTS = 15
GOAL_SECONDS = 10.0
GOAL_RATIO = 2.0
MADE_ON = date(2026, 4, 2)


def make_course(folder: Path) -> tuple[CourseSnapshot, Pack]:
    """A finished course: 15 people, attendance at every session, a reviewed goal and a
    shareable and a private note for each."""
    pack = builtin_catalog().get("luustokurssi-en").load()  # type: ignore[union-attr]
    course = Course.new(
        "Spring 2026 group", pack.id, pack.version, 5, "2026-03-04", place="Community hall"
    )
    with CourseRepository(folder).create(course) as store:
        roster = store.import_participants(people(PARTICIPANTS))
        for number in range(1, 6):
            store.mark_all_present(number)
        for n, person in enumerate(roster):
            goal = store.add_goal(Goal.new(person.id, f"Walk to the shop, goal {n}", "minutes"))
            store.review_goal(goal.id, 5, n % 5 - 2, "Went well", day=MADE_ON)
            store.add_note(Note.new(person.id, "Doing well with balance", 3, shareable=True))
            store.add_note(Note.new(person.id, "Private remark", 3))
        return CourseSnapshot.of(store), pack


def _summary_story(snapshot: CourseSnapshot, pack: Pack, person: Participant) -> list:
    """The summary element for element (the same paragraphs, tables and pictures), written
    as plain reportlab calls: two paragraph styles, no keep-together, no boxes' styling."""
    labels = labels_for(snapshot.course.language)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=13, leading=18.5)
    small = ParagraphStyle("small", fontName=REGULAR, fontSize=12, leading=16)
    course = snapshot.course

    def para(value: str, style: ParagraphStyle = body, bullet: str | None = None) -> Paragraph:
        return Paragraph(escape(value), style, bulletText=bullet)

    def cells(rows: list[list[str]]) -> Table:
        return Table([[para(cell, small) for cell in row] for row in rows])

    story: list = [para(labels("summary_title")), para(person.name)]
    story.append(cells([["Course", course.title], ["Place", course.place], ["Dates", "…"]]))
    marks = {m.session: m.status.value for m in snapshot.marks_of(person.id)}
    story += [para(labels("sessions_heading")), para("You came to …")]
    story.append(
        cells(
            [
                [
                    str(p.number),
                    labels.day(p.day),
                    pack.session(p.number).title,
                    marks.get(p.number, ""),
                ]
                for p in course.sessions
            ]
        )
    )
    story.append(para(labels("goals_heading")))
    for goal in snapshot.goals_of(person.id):
        story += [para(goal.text), para(goal.measure), para(labels("goal_reviews"))]
        story += [para(f"{r.session} {r.level} {r.progress}", body, "•") for r in goal.reviews]
    story.append(para(labels("notes_heading")))
    notes = [n for n in snapshot.notes_of(person.id) if n.shareable]
    story += [para(n.text, body, "•") for n in notes]
    programme = home_programme(pack, person)
    story += [para(labels("programme_heading")), para(labels("programme_intro"))]
    story.append(cells([[i.exercise.name, labels.dosage(i.dosage)] for i in programme.items]))
    for item in programme.items:
        exercise = item.exercise
        story.append(para(exercise.name))
        beside = [para(labels.dosage(item.dosage)), para("; ".join(exercise.equipment), small)]
        beside.append(para(exercise.start, small))
        story.append(Table([[exercise_drawing(exercise, 113), beside]]))
        story.append(para(labels("steps"), small))
        story += [para(step, small, f"{n}.") for n, step in enumerate(exercise.steps, 1)]
        story += [
            para(t, small) for t in (" ".join(exercise.cues), exercise.easier, exercise.harder)
        ]
        if item.vertebral_note:
            story.append(Table([[para(item.vertebral_note, small)]]))
        story.append(
            Table(
                [
                    [
                        [para(labels("take_care"), small)]
                        + [para(p, small, "•") for p in item.precautions]
                    ]
                ]
            )
        )
    story.append(para(labels("key_messages_heading")))
    for session in pack.sessions:
        story.append(para(session.title))
        story += [para(message, small, "•") for message in session.key_messages]
    return story


def _page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    canvas.setFont(REGULAR, 12)
    canvas.drawString(57, 810, "Spring 2026 group")
    canvas.drawString(57, 30, f"Page {doc.page}")


def _report_story(snapshot: CourseSnapshot) -> list:
    small = ParagraphStyle("small", fontName=REGULAR, fontSize=12, leading=16)
    grid = snapshot.grid()

    def cells(rows: list[list[str]]) -> Table:
        return Table([[Paragraph(escape(cell), small) for cell in row] for row in rows])

    chart = VerticalBarChart()
    chart.data = [[grid.present_at(plan.number) for plan in grid.sessions]]
    drawing = Drawing(480, 170)
    drawing.add(chart)
    rows = [[r.participant.name, *(m.value if m else "" for m in r.marks)] for r in grid.rows]
    goals = [
        [snapshot.name_of(g.participant_id), g.text, str(g.latest_level)] for g in snapshot.goals
    ]
    return [
        Paragraph("Course report", small),
        cells([["Course", snapshot.course.title], ["Place", snapshot.course.place]]),
        cells([["Participants", str(len(grid.rows))], ["Completed", "…"], ["Goals", "…"]]),
        drawing,
        cells(rows),
        cells(goals),
        Paragraph(escape(snapshot.course.notes), small),
    ]


def bare_documents(snapshot: CourseSnapshot, pack: Pack, folder: Path) -> list[Path]:
    """The same documents with plain reportlab calls and plain file writes."""
    register_fonts()
    written = []
    stories = [(p.id, _summary_story(snapshot, pack, p)) for p in snapshot.participants]
    stories.append(("report", _report_story(snapshot)))
    for name, story in stories:
        path = folder / f"{name}.pdf"
        SimpleDocTemplate(str(path), pagesize=A4).build(
            story, onFirstPage=_page, onLaterPages=_page
        )
        written.append(path)
    return written


def app_documents(snapshot: CourseSnapshot, pack: Pack, folder: Path) -> list[Path]:
    jobs = participant_jobs(snapshot, pack, folder, MADE_ON)
    jobs.append(course_report_job(snapshot, pack, folder, MADE_ON))
    return write_jobs(jobs, force=True)


def _timed(make, snapshot: CourseSnapshot, pack: Pack, folder: Path) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    written = make(snapshot, pack, folder)
    elapsed = time.perf_counter() - started
    if len(written) != PARTICIPANTS + 1:
        raise RuntimeError(f"{len(written)} PDFs written, not {PARTICIPANTS + 1}")
    return elapsed


def run(quick: bool = False, data: BenchData | None = None) -> list[Row]:
    """Rows ``{name, value, unit, goal, ratio, ok}``; ``data`` is accepted for bench/run.py
    and not needed (the course is made here, in a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="osteo-bench-pdf-") as root:
        base = Path(root)
        snapshot, pack = make_course(base / "data")
        (base / "app").mkdir()
        (base / "bare").mkdir()
        register_fonts()
        _timed(bare_documents, snapshot, pack, base / "bare")  # warm up both
        _timed(app_documents, snapshot, pack, base / "app")
        bare, app = [], []
        for _ in range(1 if quick else 3):
            bare.append(_timed(bare_documents, snapshot, pack, base / "bare"))
            app.append(_timed(app_documents, snapshot, pack, base / "app"))
        baseline, value = median(bare), median(app)
        ratio = value / baseline
        return [
            row(
                f"PDF export, {PARTICIPANTS} summaries + report, bare reportlab (baseline)",
                baseline,
                "s",
            ),
            row(
                f"PDF export, {PARTICIPANTS} summaries + report",
                value,
                "s",
                f"< {GOAL_SECONDS:.0f} s, ratio ≤ {GOAL_RATIO}",
                ratio,
                value < GOAL_SECONDS and ratio <= GOAL_RATIO,
            ),
        ]


if __name__ == "__main__":
    from bench.rows import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
