"""One course: its roster, attendance, goals and notes, and its sessions to run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static, TabbedContent

from osteo_tui.core.lessons import Pack
from osteo_tui.core.records import AttendanceStatus, Participant
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.timing import Clock, monotonic
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.screens.goal_form import GoalFormScreen
from osteo_tui.tui.screens.note_form import NoteFormScreen
from osteo_tui.tui.screens.participant_form import ParticipantFormScreen
from osteo_tui.tui.screens.run_choice import START, choose_run_state
from osteo_tui.tui.widgets.attendance_matrix import AttendanceMatrix
from osteo_tui.tui.widgets.course_tabs import TABS, CourseTabs
from osteo_tui.tui.widgets.fitting_footer import FittingFooter
from osteo_tui.tui.widgets.measure_follow_up_note import MeasureFollowUpNote

__all__ = ["CourseScreen"]

READ_ONLY = N_("This course is open read-only (another osteo-tui has it): nothing can be changed.")
BANNER = N_("READ-ONLY: open in another osteo-tui; nothing can be changed here.")
TAB_OF_ACTION = {
    "add_participant": "roster",
    "edit_participant": "roster",
    "mark": "attendance",
    "add_goal": "progress",
    "add_note": "progress",
    "measures": "progress",
    "run_session": "sessions",
}


class CourseScreen(Screen[None]):
    """Owns ``store`` from now on: it is closed (and its lock released) with the screen."""

    HELP_NAME = N_("Course")
    BINDINGS = [
        Binding("1", "tab('roster')", N_("Roster tab"), show=False),
        Binding("2", "tab('attendance')", N_("Attendance tab"), show=False),
        Binding("3", "tab('progress')", N_("Goals & notes tab"), show=False),
        Binding("4", "tab('sessions')", N_("Sessions tab"), show=False),
        # p before a and e, so that the footer reads "p a e" on the attendance tab
        Binding("p", "mark('present')", N_("Present")),
        Binding("a", "mark('absent')", N_("Absent")),
        Binding("e", "mark('excused')", N_("Excused")),
        Binding("a", "add_participant", N_("Add participant")),
        Binding("e", "edit_participant", N_("Edit participant")),
        Binding("g", "add_goal", N_("Add goal")),
        Binding("o", "add_note", N_("Add note")),
        Binding("m", "measures", N_("Measures")),
        Binding("f", "follow_up", N_("Follow-up")),  # only while someone's follow-up is due
        Binding("r", "run_session", N_("Run session")),
        Binding("x", "export", N_("Export PDFs")),
        Binding("escape,q", "back", N_("Back")),
    ]

    def __init__(
        self,
        store: CourseStore,
        pack: Pack,
        *,
        clock: Clock = monotonic,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.store = store
        self.pack = pack
        self.clock = clock
        self.today = today

    def compose(self) -> ComposeResult:
        yield Header()
        if self.store.read_only:
            yield Static(_(BANNER), id="read-only-banner", markup=False)
        yield MeasureFollowUpNote(id="follow-up-note")
        yield CourseTabs(self.pack, id="course")
        yield FittingFooter()

    @property
    def tabs(self) -> CourseTabs:
        return self.query_one(CourseTabs)

    def on_mount(self) -> None:
        title = self.store.course.title
        if self.store.read_only:
            title = _("{title} (read-only)").format(title=title)
        self.sub_title = title
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.reload())
        self.reload()
        self.tabs.focus_active()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_unmount(self) -> None:
        self.store.close()

    def reload(self) -> None:
        try:
            snapshot = CourseSnapshot.of(self.store)
            self.tabs.show(snapshot)
            self.query_one(MeasureFollowUpNote).show(snapshot, self.pack.measures, self.today())
            self.refresh_bindings()  # f shows while someone's follow-up is due
        except (StoreError, OSError, ValueError, KeyError) as error:
            self.notify(
                _("The course could not be read: {error}").format(error=error),
                severity="error",
                markup=False,
            )
        if self.focused is None:
            self.tabs.focus_active()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "follow_up":
            try:
                return bool(self.query_one(MeasureFollowUpNote).due)
            except NoMatches:
                return False
        tab = TAB_OF_ACTION.get(action)
        try:
            return tab is None or self.tabs.active == tab
        except NoMatches:  # not composed yet
            return True

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    def _writable(self) -> bool:
        if self.store.read_only:
            self.notify(_(READ_ONLY), title=_("Read-only"), severity="warning", timeout=6)
        return not self.store.read_only

    # -- actions ---------------------------------------------------------------------------

    def action_tab(self, tab: str) -> None:
        if tab in TABS:
            self.tabs.activate(tab)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_export(self) -> None:
        from osteo_tui.tui.screens.export import ExportScreen

        tabs = self.tabs
        person = tabs.progress_person() if tabs.active == "progress" else tabs.roster_person()
        self.app.push_screen(ExportScreen.of(self.app, self.store, self.pack, self.today(), person))  # type: ignore[arg-type]

    def _after_form(self, saved: object) -> None:
        if saved is not None:
            self.reload()

    def action_add_participant(self, edit: bool = False) -> None:
        person = self.tabs.roster_person() if edit else None
        if (person is not None or not edit) and self._writable():
            form = ParticipantFormScreen(self.store, person, self.today(), self.pack)
            self.app.push_screen(form, self._after_form)

    def action_edit_participant(self) -> None:
        self.action_add_participant(edit=True)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "roster-table":
            self.action_edit_participant()
        elif event.data_table.id == "session-table":
            self.action_run_session()

    def action_mark(self, status: str) -> None:
        matrix = self.query_one(AttendanceMatrix)
        target = matrix.target()
        if target is None:
            self.notify(_("Move the cursor onto a participant's cell under a session first."))
            return
        if not self._writable():
            return
        person_id, session = target
        try:
            self.store.mark_attendance(session, person_id, AttendanceStatus(status))
        except (StoreError, OSError, ValueError) as error:
            self.notify(_("Not saved: {error}").format(error=error), severity="error", markup=False)
            return
        self.reload()
        matrix.step_down()

    def _chosen(self) -> Participant | None:
        person = self.tabs.progress_person()
        if person is None:
            self.notify(_("There is nobody to choose yet: add participants on the Roster tab (1)."))
        return person if person is not None and self._writable() else None

    def action_add_goal(self) -> None:
        if person := self._chosen():
            self.app.push_screen(GoalFormScreen(self.store, person), self._after_form)

    def action_add_note(self) -> None:
        if not (person := self._chosen()):
            return
        plans = self.store.course.sessions
        today = next((p.number for p in plans if p.day == self.today()), None)
        self.app.push_screen(NoteFormScreen(self.store, person, plans, today), self._after_form)

    @work(exclusive=True, group="run-session")
    async def action_run_session(self) -> None:
        number = self.tabs.session_number()
        if number is None or not self._writable():
            return
        session = self.pack.session(number)
        choice = await choose_run_state(self.app, session, self.store.run_state(number), self.clock)
        if choice is None:
            return
        from osteo_tui.tui.screens.session_runner import SessionRunnerScreen

        state = None if choice == START else choice
        self.app.push_screen(SessionRunnerScreen(self.store, self.pack, number, self.clock, state))  # type: ignore[arg-type]

    def action_measures(self) -> None:
        """The chosen participant's measures, and the measure form for whoever was missing."""
        from osteo_tui.tui.screens.measure_results import MeasureResultsScreen

        if not self.pack.measures:
            self.notify(_("This course's lesson pack defines no measures."), severity="warning")
            return
        person = self.tabs.progress_person()
        screen = MeasureResultsScreen(
            self.store, self.pack.measures, self.clock, person.id if person else None
        )
        self.app.push_screen(screen)

    def action_follow_up(self) -> None:
        from osteo_tui.tui.screens.measure_follow_up import MeasureFollowUpScreen

        self.app.push_screen(
            MeasureFollowUpScreen(self.store, self.pack.measures, self.clock, self.today)
        )
