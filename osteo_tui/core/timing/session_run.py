"""Running one session of a course: the current segment, its countdown, time actually spent,
the interval timer of exercise segments, and a snapshot to save after every change.

The UI only reads and calls this; a unit test can run a whole session with a fake clock.
"""

from __future__ import annotations

from typing import Any

from osteo_tui.core.lessons.model import Segment, Session
from osteo_tui.core.lessons.track_plan import uses_for
from osteo_tui.core.records import RunState
from osteo_tui.core.records.values import timestamp
from osteo_tui.core.timing.clock import Clock
from osteo_tui.core.timing.countdown import Countdown
from osteo_tui.core.timing.intervals import IntervalTimer, plan_segment

__all__ = ["SessionRun"]


class SessionRun:
    """``track`` is the track whose exercises the interval timer follows on a segment split by
    track (the tracks exercise side by side, from the same start); ``None`` times them all."""

    def __init__(
        self,
        session: Session,
        clock: Clock,
        state: RunState | None = None,
        track: str | None = None,
    ) -> None:
        self.session = session
        self.clock = clock
        self.track = track
        state = state or RunState(session=session.number, started_at=timestamp())
        timer = state.timer
        self.started_at = state.started_at or timestamp()
        self.finished = state.finished
        self._spent = {int(k): float(v) for k, v in state.spent.items()}
        self._extra = {int(k): float(v) for k, v in timer.get("extra", {}).items()}
        self._interval_elapsed = {int(k): float(v) for k, v in timer.get("intervals", {}).items()}
        self.index = min(max(state.segment, 0), len(session.segments) - 1)
        self._enter(self.index)

    # -- where we are --------------------------------------------------------------------

    @property
    def segment(self) -> Segment:
        return self.session.segments[self.index]

    @property
    def next_segment(self) -> Segment | None:
        following = self.index + 1
        return self.session.segments[following] if following < len(self.session.segments) else None

    @property
    def running(self) -> bool:
        return self.countdown.running

    def planned(self, index: int) -> float:
        """Planned seconds of a segment, with any minutes added during the run."""
        return self.session.segments[index].minutes * 60 + self._extra.get(index, 0.0)

    def spent(self, index: int) -> float:
        if index == self.index:
            return self.countdown.elapsed()
        return self._spent.get(index, 0.0)

    def state_of(self, index: int) -> str:
        """``done``, ``current`` or ``next`` (not yet reached), for the segment list."""
        if index == self.index and not self.finished:
            return "current"
        if index < self.index or self.finished or self._spent.get(index, 0) > 0:
            return "done"
        return "next"

    def session_elapsed(self) -> float:
        return sum(self.spent(i) for i in range(len(self.session.segments)))

    @property
    def session_planned(self) -> float:
        return sum(self.planned(i) for i in range(len(self.session.segments)))

    def behind_plan(self) -> float:
        """Seconds the session runs behind its plan at this point (negative: ahead)."""
        planned_before = sum(self.planned(i) for i in range(self.index))
        done_before = sum(self.spent(i) for i in range(self.index))
        overrun_now = max(0.0, self.countdown.elapsed() - self.planned(self.index))
        return done_before - planned_before + overrun_now

    @property
    def over_time(self) -> bool:
        """The current segment or the whole session is running over."""
        return self.countdown.over or self.session_elapsed() > self.session_planned

    # -- actions -------------------------------------------------------------------------

    def _enter(self, index: int) -> None:
        self.index = index
        self.countdown = Countdown(self.planned(index), self.clock, self._spent.get(index, 0.0))
        segment = self.session.segments[index]
        self.intervals: IntervalTimer | None = None
        if segment.exercises:
            plan = plan_segment(uses_for(segment, self.track))
            self.intervals = IntervalTimer(plan, self.clock, self._interval_elapsed.get(index, 0.0))

    def follow_track(self, track: str | None) -> None:
        """Let the interval timer follow ``track``: on a split segment it shows where that
        track is now, having started at the same moment as the others."""
        if track == self.track:
            return
        self.track = track
        old = self.intervals
        if old is None or not self.segment.split_by_track:
            return
        plan = plan_segment(uses_for(self.segment, track))
        self.intervals = IntervalTimer(plan, self.clock, old.countdown.elapsed())
        if old.running:
            self.intervals.toggle()

    def _leave(self) -> bool:
        was_running = self.running
        self.pause()
        self._spent[self.index] = self.countdown.elapsed()
        if self.intervals is not None:
            self._interval_elapsed[self.index] = self.intervals.countdown.elapsed()
        return was_running

    def toggle(self) -> bool:
        """Start or pause the segment (and its interval timer together with it)."""
        running = self.countdown.toggle()
        if self.intervals is not None and self.intervals.running != running:
            self.intervals.toggle()
        if running:
            self.finished = False
        return running

    def pause(self) -> None:
        self.countdown.pause()
        if self.intervals is not None:
            self.intervals.pause()

    def goto(self, index: int) -> None:
        """Move to a segment; a running clock keeps running in the new segment."""
        if not 0 <= index < len(self.session.segments) or index == self.index:
            return
        was_running = self._leave()
        self._enter(index)
        if was_running:
            self.toggle()

    def next(self) -> bool:
        """Go to the next segment; after the last one the session is finished."""
        if self.index + 1 < len(self.session.segments):
            self.goto(self.index + 1)
            return True
        self._leave()
        self.finished = True
        return False

    def previous(self) -> None:
        self.goto(self.index - 1)

    def add_minute(self, minutes: int = 1) -> None:
        self._extra[self.index] = self._extra.get(self.index, 0.0) + 60 * minutes
        self.countdown.add(60 * minutes)

    # -- saving --------------------------------------------------------------------------

    def snapshot(self) -> RunState:
        spent = dict(self._spent)
        spent[self.index] = self.countdown.elapsed()
        intervals = dict(self._interval_elapsed)
        if self.intervals is not None:
            intervals[self.index] = self.intervals.countdown.elapsed()
        timer: dict[str, Any] = {
            "running": self.running,
            "extra": {str(k): v for k, v in self._extra.items()},
            "intervals": {str(k): round(v, 3) for k, v in intervals.items()},
        }
        return RunState(
            session=self.session.number,
            segment=self.index,
            timer=timer,
            spent={str(k): round(v, 3) for k, v in spent.items()},
            started_at=self.started_at,
            finished=self.finished,
        )
