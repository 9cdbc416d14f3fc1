"""One participant's goals (with their reviews) and notes (newest first)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.widgets import Static

from osteo_tui.core.records import Goal, Note, Participant

__all__ = ["ParticipantProgress", "gas_text"]


def gas_text(level: int) -> str:
    """A GAS level as the scale is written: −2, −1, 0, +1, +2."""
    return f"+{level}" if level > 0 else (f"−{-level}" if level < 0 else "0")


def _goal_lines(number: int, goal: Goal) -> list[str]:
    lines = [f"[b]{number}. {escape(goal.text)}[/b]"]
    details = []
    if goal.measure:
        details.append(f"measured by: {escape(goal.measure)}")
    if goal.target:
        details.append(f"target: {goal.target.isoformat()}")
    if details:
        lines.append("   " + " · ".join(details))
    for review in goal.reviews:
        progress = f" — {escape(review.progress)}" if review.progress else ""
        lines.append(
            f"   session {review.session} ({review.day.isoformat()}): "
            f"GAS [b]{gas_text(review.level)}[/b]{progress}"
        )
    if not goal.reviews:
        lines.append("   [dim]not reviewed yet[/dim]")
    if goal.next_step:
        lines.append(f"   after the course: {escape(goal.next_step)}")
    return lines


def _note_lines(note: Note) -> list[str]:
    kind = "[$success]shareable[/]" if note.shareable else "[$warning]private[/]"
    when = note.created_at.replace("T", " ")[:16]
    session = f" · session {note.session}" if note.session else ""
    return [f"{kind} · {when}{session}", f"   {escape(note.text)}"]


class ParticipantProgress(VerticalScroll, can_focus=True):
    def compose(self) -> ComposeResult:
        yield Static(id="progress-text")

    def show(
        self, person: Participant | None, goals: Sequence[Goal], notes: Sequence[Note]
    ) -> None:
        if person is None:
            text = "No participants yet: add them on the Roster tab (1, then a)."
        else:
            lines = [f"[b $primary]Goals of {escape(person.name)}[/]  [dim](g adds one)[/dim]"]
            for number, goal in enumerate(goals, 1):
                lines += _goal_lines(number, goal)
            if not goals:
                lines.append("[dim]No goals yet.[/dim]")
            lines += ["", "[b $primary]Notes[/]  [dim](o adds one; newest first)[/dim]"]
            for note in reversed(notes):
                lines += _note_lines(note)
            if not notes:
                lines.append("[dim]No notes yet.[/dim]")
            text = "\n".join(lines)
        self.query_one("#progress-text", Static).update(text)
