"""Running a session in front of the class: the script, the clocks, the exercises."""

from __future__ import annotations

import gc

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Static

from osteo_tui.core.lessons import Pack, track_for
from osteo_tui.core.records import CourseStatus, Participant, RunState
from osteo_tui.core.store import CourseStore, StoreError
from osteo_tui.core.store.session_runs import save_run
from osteo_tui.core.timing import Clock, SessionRun
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.providers import RunnerCommands
from osteo_tui.tui.runner_markdown import runner_segment_markdown
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.widgets.fitting_footer import FittingFooter
from osteo_tui.tui.widgets.reading_pane import ReadingPane
from osteo_tui.tui.widgets.runner_clock import RunnerClock
from osteo_tui.tui.widgets.runner_intervals import RunnerIntervals
from osteo_tui.tui.widgets.runner_segments import RunnerSegments
from osteo_tui.tui.widgets.runner_tracks import RunnerTracks

__all__ = ["SessionRunnerScreen"]

TICK = 0.25  # seconds between screen refreshes; the times themselves come from the clock
AUTOSAVE = 10.0  # while a clock runs, save at least this often
PREPARE_AFTER = 1.0  # seconds after a segment is shown, its successor's script is built
COLLECT_AFTER = 0.5  # seconds after preparing it (the script is built by then)
DYNAMIC_ACTIONS = ("measures", "goals", "goals_unlisted", "track")  # see check_action


class SessionRunnerScreen(Screen[None]):
    HELP_NAME = N_("Running a session")  # the help screen's title
    COMMANDS = {RunnerCommands}
    BINDINGS = [
        Binding("space", "toggle", N_("Start/pause"), priority=True),
        Binding("n", "next", N_("Next")),
        Binding("p", "previous", N_("Previous"), show=False),  # in help; the footer is full
        Binding("plus", "add_minute", N_("+1 min"), key_display="+"),
        Binding("right", "next_phase", N_("Next exercise phase"), show=False, priority=True),
        Binding("left", "previous_phase", N_("Exercise phase back"), show=False, priority=True),
        Binding("a", "attendance", N_("Attendance")),
        Binding("g", "goals", N_("Goals")),
        Binding("m", "measures", N_("Measures")),  # only on measurement segments
        # There g still works, unlisted, so that the footer fits 80 columns with m in it.
        Binding("g", "goals_unlisted", "", show=False),
        Binding("o", "note", N_("Note")),
        Binding("t", "track", N_("Timer follows the next track"), show=False),  # see the panel
        Binding("q,escape", "leave", N_("Back")),
    ]
    flash_seconds = 0.6  # how long a phase change or time-up stays highlighted

    def __init__(
        self,
        store: CourseStore,
        pack: Pack,
        session_number: int,
        clock: Clock,
        state: RunState | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.pack = pack
        self.session = pack.session(session_number)
        self.clock = clock
        first_track = pack.tracks[0].id if pack.tracks else None
        self.run = SessionRun(self.session, clock, state, track=first_track)
        self._shown_segment = -1
        self._phase = -1
        self._was_over = False
        self._keys_offered: tuple[bool | None, ...] = ()
        self._saved_at = clock()
        self._save_failed = False
        self._present: list[Participant] = []
        self.status = store.course.status

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="runner"):
            with Vertical(id="runner-side"):
                yield Static(
                    _("Session {number}: {title}").format(
                        number=self.session.number, title=self.session.title
                    ),
                    id="runner-title",
                    markup=False,
                )
                yield RunnerSegments(id="runner-segments")
                yield Static(id="runner-present")
                yield RunnerTracks(id="runner-tracks")
            with Vertical(id="runner-main"):
                yield RunnerClock(id="runner-clock")
                yield RunnerIntervals(id="runner-intervals")
                yield ReadingPane(id="runner-script")
        yield FittingFooter()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 100, "narrow")
        self.set_class(self.size.width >= 140, "wide")
        self.set_class(self.size.width >= 140 and self.size.height >= 45, "projector")

    def on_mount(self) -> None:
        self.sub_title = self.store.course.title
        self.on_resize()
        self._save()
        self.refresh_all()
        self.query_one("#runner-script", ReadingPane).focus()
        self.set_interval(TICK, self.tick)

    # -- refreshing ----------------------------------------------------------------------

    def present(self) -> list[Participant]:
        """Who is marked present; read from the store when attendance may have changed."""
        return self._present

    def refresh_all(self) -> None:
        run = self.run
        if self._shown_segment != run.index:
            self._shown_segment = run.index
            self.query_one("#runner-script", ReadingPane).show(
                runner_segment_markdown(self.pack, run.segment)
            )
            self._phase = run.intervals.index if run.intervals else -1
            # The footer is rebuilt on every refresh_bindings (tens of ms): only when the keys
            # offered change, not at every segment (docs/performance.md, segment change).
            keys = tuple(self.check_action(action, ()) for action in DYNAMIC_ACTIONS)
            if keys != self._keys_offered:
                self._keys_offered = keys
                self.refresh_bindings()
            self.set_timer(PREPARE_AFTER, self.prepare_next_script)
        count = len(self.store.participants())
        present = self._present = self.store.present(self.session.number)
        self.query_one("#runner-present", Static).update(
            _("Present {present} of {count}").format(present=len(present), count=count)
            if count
            else _("No participants yet")
        )
        self.query_one(RunnerTracks).show(self.pack, run.segment, present, run.track)
        self.tick()

    def prepare_next_script(self) -> None:
        """Build the next segment's script now, hidden, so that ``n`` shows it at once."""
        following = self.run.index + 1
        if following < len(self.session.segments):
            self.query_one("#runner-script", ReadingPane).prepare(
                runner_segment_markdown(self.pack, self.session.segments[following])
            )
            # Then collect garbage while the trainer talks, so that Python's own full
            # collection (80-150 ms) is not due when n is pressed (docs/performance.md).
            self.set_timer(COLLECT_AFTER, gc.collect)

    def timed_people(self) -> list[Participant]:
        """Who does what the interval timer shows: on a split segment, the followed track."""
        if not self.run.segment.split_by_track or self.run.track is None:
            return self._present
        following = self.pack.track(self.run.track)
        return [p for p in self._present if track_for(self.pack, p) == following]

    def tick(self) -> None:
        run = self.run
        self.query_one(RunnerSegments).show(run)
        self.query_one(RunnerClock).show(run)
        panel = self.query_one(RunnerIntervals)
        panel.display = run.intervals is not None
        if run.intervals is not None:
            split = run.segment.split_by_track and run.track is not None
            track = self.pack.track(run.track).title if split and run.track else ""
            panel.show(self.pack, run.intervals, self.timed_people(), track)
            if run.intervals.index != self._phase:
                self._phase = run.intervals.index
                self.signal(panel)
        over = run.countdown.over
        if over and not self._was_over:
            self.signal(self.query_one(RunnerClock))
        self._was_over = over
        if run.running and self.clock() - self._saved_at >= AUTOSAVE:
            self._save()

    def signal(self, widget: Vertical) -> None:
        """A change the room should notice: the terminal bell and a short flash."""
        self.app.bell()
        widget.add_class("flash")
        self.set_timer(self.flash_seconds, lambda: widget.remove_class("flash"))

    def _save(self) -> None:
        self._saved_at = self.clock()
        if self.store.read_only:
            return
        try:
            self.status = save_run(self.store, self.run.snapshot()).status
            self._save_failed = False
        except (StoreError, OSError) as error:
            if not self._save_failed:
                self.notify(
                    _("The session state could not be saved: {error}").format(error=error),
                    severity="error",
                    markup=False,
                )
            self._save_failed = True

    def changed(self) -> None:
        self._save()
        self.refresh_all()

    # -- actions -------------------------------------------------------------------------

    def action_toggle(self) -> None:
        self.run.toggle()
        self.changed()

    def action_next(self) -> None:
        if self.run.next():
            self.changed()
            return
        self.changed()
        if self.status is CourseStatus.FINISHED:
            self.notify(
                _("That was the last session: the course is finished. Well done, everyone!")
            )
        else:
            self.notify(_("That was the last segment: the session is finished. Well done!"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("measures", "goals", "goals_unlisted"):
            measuring = self.run.segment.kind == "measurement" and bool(self.run.segment.measures)
            return measuring if action != "goals" else not measuring
        if action == "track":  # only where the tracks exercise side by side
            return self.run.segment.split_by_track and bool(self.pack.tracks)
        return True

    def action_track(self) -> None:
        """The interval timer follows the next track (both started at the same moment)."""
        ids = [track.id for track in self.pack.tracks]
        if not ids or not self.run.segment.split_by_track:
            return
        following = ids.index(self.run.track) if self.run.track in ids else -1
        chosen = ids[(following + 1) % len(ids)]
        self.run.follow_track(chosen)
        self.notify(
            _("The timer now follows: {track}").format(track=self.pack.track(chosen).title),
            markup=False,
        )
        self.changed()

    def action_previous(self) -> None:
        self.run.previous()
        self.changed()

    def action_add_minute(self) -> None:
        self.run.add_minute()
        self.changed()

    def action_next_phase(self) -> None:
        if self.run.intervals is not None:
            self.run.intervals.skip()
            self.changed()

    def action_previous_phase(self) -> None:
        if self.run.intervals is not None:
            self.run.intervals.back()
            self.changed()

    def action_attendance(self) -> None:
        from osteo_tui.tui.screens.attendance import AttendanceScreen

        self.app.push_screen(
            AttendanceScreen(self.store, self.session.number),
            lambda _result: self.refresh_all(),
        )

    def action_note(self, participant_id: str | None = None) -> None:
        from osteo_tui.tui.screens.quick_note import QuickNoteScreen

        people = self.present() or self.store.participants()
        if not people:
            self.notify(_("There are no participants yet."), severity="warning")
            return
        self.app.push_screen(
            QuickNoteScreen(self.store, self.session.number, people, participant_id)
        )

    def action_goals(self) -> None:
        from osteo_tui.tui.screens.goal_review import GoalReviewScreen
        from osteo_tui.tui.screens.goal_setting import GoalSettingScreen

        people = self.present()
        if not people:
            self.notify(
                _("Mark who is present first (a); goals go through the present participants."),
                severity="warning",
            )
            return
        reviewing = self.run.segment.kind == "goal-review" or (
            self.run.segment.kind != "goal-setting" and self.session.number > 1
        )
        if reviewing and any(self.store.goals(p.id) for p in people):
            screen = GoalReviewScreen(self.store, self.session.number, people)
        else:
            screen = GoalSettingScreen(self.store, self.session.number, people)
        self.app.push_screen(screen, lambda _result: self.refresh_all())

    def action_goals_unlisted(self) -> None:
        self.action_goals()

    def action_measures(self) -> None:
        """The measure form for the present participants, one after another."""
        from osteo_tui.tui.screens.measure_form import MeasureFormScreen

        segment, people = self.run.segment, self.present()
        if not people:
            self.notify(
                _("Mark who is present first (a); measures go through the present participants."),
                severity="warning",
            )
            return
        if not self.pack.measures or segment.when is None:
            self.notify(
                _("This lesson pack defines no measures to enter here."), severity="warning"
            )
            return
        screen = MeasureFormScreen(
            self.store,
            self.pack.measures,
            segment.when,
            segment.measures,
            people,
            self.clock,
            session=self.session.number,
        )
        self.app.push_screen(screen, lambda _result: self.refresh_all())

    def goto_segment(self, index: int) -> None:
        self.run.goto(index)
        self.changed()

    def action_leave(self) -> None:
        if not self.run.running:
            self._save()
            self.app.pop_screen()
            return

        def answer(leave: bool | None) -> None:
            if leave:
                self.run.pause()
                self._save()
                self.app.pop_screen()

        self.app.push_screen(
            ConfirmScreen(
                _(
                    "The timer is running. Pause it and leave the session? "
                    "You can resume it later where you left off."
                ),
                yes=_("Pause and leave"),
            ),
            answer,
        )
