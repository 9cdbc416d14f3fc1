"""Naming one of a participant's goals by its id or by its number (1 = the oldest)."""

from __future__ import annotations

from collections.abc import Sequence

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.progress import Goal
from osteo_tui.core.translation import _, ngettext

__all__ = ["goal_number", "pick_goal"]


def pick_goal(goals: Sequence[Goal], ref: str, owner: str) -> Goal:
    """The goal of ``goals`` (one participant's, oldest first) with id ``ref``, or else the
    ``ref``-th one. ``owner`` (the participant's name) is only used in messages."""
    wanted = ref.strip()
    for goal in goals:
        if goal.id == wanted:
            return goal
    if wanted.isdigit() and 1 <= int(wanted) <= len(goals):
        return goals[int(wanted) - 1]
    if not goals:
        raise InvalidRecord(
            "goal",
            _("{owner} has no goals yet; add one with: osteo-tui goal add").format(owner=owner),
        )
    message = ngettext(
        "{owner} has goal 1; no goal '{ref}'",
        "{owner} has goals 1 to {count}; no goal '{ref}'",
        len(goals),
    )
    raise InvalidRecord("goal", message.format(owner=owner, count=len(goals), ref=ref))


def goal_number(goals: Sequence[Goal], goal: Goal) -> int:
    """The 1-based number ``pick_goal`` accepts for ``goal``."""
    return [each.id for each in goals].index(goal.id) + 1
