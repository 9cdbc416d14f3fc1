"""The four views of a course: roster, attendance, goals and notes, sessions."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from osteo_tui.core import counts
from osteo_tui.core.lessons import Pack
from osteo_tui.core.locale_format import format_date, format_time, format_weekday_date
from osteo_tui.core.records import Course, Participant
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import _, ngettext
from osteo_tui.tui.widgets.attendance_matrix import AttendanceMatrix
from osteo_tui.tui.widgets.participant_progress import ParticipantProgress
from osteo_tui.tui.widgets.roster_table import RosterTable
from osteo_tui.tui.widgets.session_table import SessionTable

__all__ = ["TABS", "CourseTabs", "course_line"]

TABS = ("roster", "attendance", "progress", "sessions")


def course_line(course: Course, pack: Pack) -> str:
    """The pack, the days and time, the place and the trainers, in one line."""
    first, last = course.sessions[0], course.sessions[-1]
    at = " " + _("at {time}").format(time=format_time(first.start)) if first.start else ""
    where = f" · {course.place}" if course.place else ""
    who = f" · {', '.join(course.trainers)}" if course.trainers else ""
    days = _("{sessions}, {first} to {last}").format(
        sessions=counts.sessions(len(course.sessions)),
        first=format_weekday_date(first.day),
        last=format_date(last.day),
    )
    return f"{days}{at}{where}{who} · {pack.title}"


def roster_line(people: Sequence[Participant]) -> str:
    if not people:
        return ""
    flagged = sum(1 for p in people if p.vertebral_fracture)
    consent = sum(1 for p in people if p.consent)
    line = _("{participants} · consent recorded for {consent}").format(
        participants=counts.participants(len(people)), consent=consent
    )
    if flagged:
        line += " · ⚠ " + ngettext(
            "VF: {count} with a vertebral fracture (use the modified exercises)",
            "VF: {count} with a vertebral fracture (use the modified exercises)",
            flagged,
        ).format(count=flagged)
    return line


class CourseTabs(Vertical):
    """Shows a ``CourseSnapshot``; tells which participant or session the cursor is on."""

    def __init__(self, pack: Pack, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.pack = pack
        self.snapshot: CourseSnapshot | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="course-info", markup=False)
        with TabbedContent(id="course-tabs"):
            with TabPane("1 " + _("Roster"), id="roster"):
                yield RosterTable(id="roster-table")
                yield Static(id="roster-summary")
                yield Static(
                    _("No participants yet. Press a to add the first one."),
                    id="roster-empty",
                    classes="first-run",
                )
            with TabPane("2 " + _("Attendance"), id="attendance"):
                yield Static(
                    _("On a cell: p present · a absent · e excused. Saved at once."),
                    classes="hint tab-hint",
                )
                yield AttendanceMatrix(id="matrix")
            with (
                TabPane("3 " + _("Goals & notes"), id="progress"),
                Horizontal(id="progress-split"),
            ):
                yield OptionList(id="progress-people")
                yield ParticipantProgress(id="progress")
            with TabPane("4 " + _("Sessions"), id="sessions"):
                yield SessionTable(id="session-table")
                yield Static(
                    _("Enter or r runs the highlighted session; one left half-way resumes."),
                    classes="hint tab-hint",
                )

    @property
    def active(self) -> str:
        return self.query_one(TabbedContent).active

    def activate(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.focus_active()

    def focus_active(self) -> None:
        widget = {
            "roster": "#roster-table",
            "attendance": "#matrix",
            "progress": "#progress-people",
            "sessions": "#session-table",
        }[self.active]
        self.query_one(widget).focus()

    def show(self, snapshot: CourseSnapshot) -> None:
        self.snapshot = snapshot
        self.query_one("#course-info", Static).update(course_line(snapshot.course, self.pack))
        people = snapshot.participants
        self.query_one(RosterTable).show(people, self.pack)
        self.query_one("#roster-empty").display = not people
        self.query_one("#roster-summary", Static).update(roster_line(people))
        self.query_one(AttendanceMatrix).show(snapshot.grid())
        chooser = self.query_one("#progress-people", OptionList)
        keep = chooser.highlighted
        chooser.clear_options()
        chooser.add_options(
            Option(Text(("⚠ " if p.vertebral_fracture else "") + p.name), id=p.id) for p in people
        )
        if people:
            chooser.highlighted = min(keep or 0, len(people) - 1)
        self._show_progress()
        runs = {state.session: state for state in snapshot.runs}
        self.query_one(SessionTable).show(self.pack, snapshot.course, runs)

    @on(OptionList.OptionHighlighted, "#progress-people")
    def _show_progress(self) -> None:
        if self.snapshot is None:
            return
        person = self.progress_person()
        pid = person.id if person else ""
        self.query_one(ParticipantProgress).show(
            person, self.snapshot.goals_of(pid), self.snapshot.notes_of(pid)
        )

    def _person(self, person_id: str | None) -> Participant | None:
        people = self.snapshot.participants if self.snapshot else ()
        return next((p for p in people if p.id == person_id), None)

    def roster_person(self) -> Participant | None:
        return self._person(self.query_one(RosterTable).current_key)

    def progress_person(self) -> Participant | None:
        chooser = self.query_one("#progress-people", OptionList)
        if chooser.highlighted is None or not chooser.option_count:
            return None
        return self._person(chooser.get_option_at_index(chooser.highlighted).id)

    def session_number(self) -> int | None:
        key = self.query_one(SessionTable).current_key
        return int(key) if key else None
