"""One participant's goals (with their reviews) and notes (newest first)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.widgets import Static

from osteo_tui.core.locale_format import format_date, format_stamp
from osteo_tui.core.records import Goal, Note, Participant
from osteo_tui.core.translation import _

__all__ = ["ParticipantProgress", "gas_text"]


def gas_text(level: int) -> str:
    """A GAS level as the scale is written: −2, −1, 0, +1, +2."""
    return f"+{level}" if level > 0 else (f"−{-level}" if level < 0 else "0")


def _goal_lines(number: int, goal: Goal) -> list[str]:
    lines = [f"[b]{number}. {escape(goal.text)}[/b]"]
    details = []
    if goal.measure:
        details.append(_("measured by: {measure}").format(measure=escape(goal.measure)))
    if goal.target:
        details.append(_("target: {day}").format(day=format_date(goal.target)))
    if details:
        lines.append("   " + " · ".join(details))
    for review in goal.reviews:
        progress = f" — {escape(review.progress)}" if review.progress else ""
        when = _("session {number} ({day})").format(
            number=review.session, day=format_date(review.day)
        )
        lines.append(f"   {when}: GAS [b]{gas_text(review.level)}[/b]{progress}")
    if not goal.reviews:
        lines.append("   [dim]" + escape(_("not reviewed yet")) + "[/dim]")
    if goal.next_step:
        lines.append("   " + _("after the course: {step}").format(step=escape(goal.next_step)))
    return lines


def _note_lines(note: Note) -> list[str]:
    if note.shareable:
        kind = "[$success]" + escape(_("shareable")) + "[/]"
    else:
        kind = "[$warning]" + escape(_("private")) + "[/]"
    session = " · " + _("session {number}").format(number=note.session) if note.session else ""
    return [f"{kind} · {format_stamp(note.created_at)}{session}", f"   {escape(note.text)}"]


class ParticipantProgress(VerticalScroll, can_focus=True):
    def compose(self) -> ComposeResult:
        yield Static(id="progress-text")

    def show(
        self, person: Participant | None, goals: Sequence[Goal], notes: Sequence[Note]
    ) -> None:
        if person is None:
            text = escape(_("No participants yet: add them on the Roster tab (1, then a)."))
        else:
            heading = escape(_("Goals of {name}").format(name=person.name))
            hint = escape(_("(g adds one)"))
            lines = [f"[b $primary]{heading}[/]  [dim]{hint}[/dim]"]
            for number, goal in enumerate(goals, 1):
                lines += _goal_lines(number, goal)
            if not goals:
                lines.append("[dim]" + escape(_("No goals yet.")) + "[/dim]")
            heading, hint = escape(_("Notes")), escape(_("(o adds one; newest first)"))
            lines += ["", f"[b $primary]{heading}[/]  [dim]{hint}[/dim]"]
            for note in reversed(notes):
                lines += _note_lines(note)
            if not notes:
                lines.append("[dim]" + escape(_("No notes yet.")) + "[/dim]")
            text = "\n".join(lines)
        self.query_one("#progress-text", Static).update(text)
