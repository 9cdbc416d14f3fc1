"""Before running a session: resume where it was left, or start it over (asked twice)."""

from __future__ import annotations

from textual.app import App

from osteo_tui.core.lessons import Session
from osteo_tui.core.records import RunState
from osteo_tui.core.timing import Clock, SessionRun, clock_text
from osteo_tui.core.translation import _
from osteo_tui.tui.screens.confirm import ConfirmScreen

__all__ = ["START", "choose_run_state", "resume_question"]

START = "start"  # the choice: run from the beginning (no saved state)


def resume_question(session: Session, state: RunState, clock: Clock) -> str:
    run = SessionRun(session, clock, state)
    return _("Resume session {number} at '{segment}' (timer paused at {time})?").format(
        number=session.number,
        segment=run.segment.title,
        time=clock_text(run.countdown.remaining()),
    )


async def choose_run_state(
    app: App[object], session: Session, state: RunState | None, clock: Clock
) -> RunState | str | None:
    """The state to run ``session`` with, ``START`` to begin afresh, ``None`` to not run it."""
    number = session.number
    if state is None:
        return START
    if state.finished:
        question = _(
            "Session {number} was run to the end. Run it again from the beginning?"
        ).format(number=number)
        again_yes = ConfirmScreen(question, yes=_("Run again"))
        return START if await app.push_screen_wait(again_yes) else None
    resume = ConfirmScreen(
        resume_question(session, state, clock), yes=_("Resume"), no=_("Start over")
    )
    if await app.push_screen_wait(resume):
        return state
    again = _(
        "Start session {number} over from its first segment? Where you got to is "
        "forgotten; attendance, goals and notes are kept."
    ).format(number=number)
    if await app.push_screen_wait(ConfirmScreen(again, yes=_("Start over"), no=_("Cancel"))):
        return START
    return None
