"""Before running a session: resume where it was left, or start it over (asked twice)."""

from __future__ import annotations

from textual.app import App

from osteo_tui.core.lessons import Session
from osteo_tui.core.records import RunState
from osteo_tui.core.timing import Clock, SessionRun, clock_text
from osteo_tui.tui.screens.confirm import ConfirmScreen

__all__ = ["START", "choose_run_state", "resume_question"]

START = "start"  # the choice: run from the beginning (no saved state)


def resume_question(session: Session, state: RunState, clock: Clock) -> str:
    run = SessionRun(session, clock, state)
    return (
        f"Resume session {session.number} at '{run.segment.title}' "
        f"(timer paused at {clock_text(run.countdown.remaining())})?"
    )


async def choose_run_state(
    app: App[object], session: Session, state: RunState | None, clock: Clock
) -> RunState | str | None:
    """The state to run ``session`` with, ``START`` to begin afresh, ``None`` to not run it."""
    number = session.number
    if state is None:
        return START
    if state.finished:
        question = f"Session {number} was run to the end. Run it again from the beginning?"
        return (
            START if await app.push_screen_wait(ConfirmScreen(question, yes="Run again")) else None
        )
    resume = ConfirmScreen(resume_question(session, state, clock), yes="Resume", no="Start over")
    if await app.push_screen_wait(resume):
        return state
    again = (
        f"Start session {number} over from its first segment? Where you got to is "
        "forgotten; attendance, goals and notes are kept."
    )
    if await app.push_screen_wait(ConfirmScreen(again, yes="Start over", no="Cancel")):
        return START
    return None
