"""The attendance figures of a course report (attendance per session and completion) and
the pseudonyms; goals and GAS come from ``core.results`` like every other summary.

Kept apart from the PDF so that the report's numbers are unit-tested like any other rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from osteo_tui.core.records import Participant
from osteo_tui.core.records.attendance_grid import AttendanceGrid

__all__ = [
    "CourseFigures",
    "SessionRate",
    "course_figures",
    "default_completion_sessions",
    "pseudonym_numbers",
    "replace_names",
]


@dataclass(frozen=True)
class SessionRate:
    number: int
    present: int
    participants: int

    @property
    def rate(self) -> float:
        """Present as a share of all participants (0.0 when there are none)."""
        return self.present / self.participants if self.participants else 0.0


@dataclass(frozen=True)
class CourseFigures:
    participants: int
    sessions: tuple[SessionRate, ...]
    completion_sessions: int
    completed: int


def default_completion_sessions(session_count: int) -> int:
    """Sessions to attend to complete the course when settings say nothing: 80 %, so 4 of 5
    (3 of 4, 6 of 7)."""
    return max(1, round(session_count * 0.8))


def course_figures(grid: AttendanceGrid, completion_sessions: int | None = None) -> CourseFigures:
    """The report's attendance figures. ``completion_sessions`` comes from the settings; it is
    capped at the number of sessions."""
    count = len(grid.rows)
    needed = completion_sessions or default_completion_sessions(len(grid.sessions))
    needed = max(1, min(needed, len(grid.sessions)))
    return CourseFigures(
        participants=count,
        sessions=tuple(
            SessionRate(plan.number, grid.present_at(plan.number), count) for plan in grid.sessions
        ),
        completion_sessions=needed,
        completed=sum(1 for row in grid.rows if row.present >= needed),
    )


def pseudonym_numbers(people: Sequence[Participant]) -> dict[str, int]:
    """Participant id → 1, 2, 3 ... in the order of their random ids, so the numbers say
    nothing about the names (not even their alphabetical order)."""
    return {person.id: n for n, person in enumerate(sorted(people, key=lambda p: p.id), 1)}


def replace_names(text: str, replacements: dict[str, str], ambiguous: str = "[name]") -> str:
    """``text`` with every participant's name replaced (any case, whole words), in one pass:
    full names, and each part of a name too, so that "Aino said" loses "Aino". A part that
    several names share becomes ``ambiguous``."""
    table: dict[str, str] = {}
    forms: set[str] = set()
    parts: dict[str, set[str]] = {}
    for name, pseudonym in replacements.items():
        for part in re.findall(r"\w+", name):
            parts.setdefault(part.casefold(), set()).add(pseudonym)
            forms.update((part, part.casefold()))
    for part, pseudonyms in parts.items():
        table[part] = next(iter(pseudonyms)) if len(pseudonyms) == 1 else ambiguous
    for name, pseudonym in replacements.items():
        whole = " ".join(name.split())
        table[whole.casefold()] = pseudonym
        forms.update((whole, whole.casefold()))
    forms.discard("")
    if not forms:
        return text
    alternatives = (
        re.escape(form).replace(r"\ ", r"\s+") for form in sorted(forms, key=len, reverse=True)
    )
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
    return pattern.sub(
        lambda match: table.get(" ".join(match.group(0).split()).casefold(), ambiguous), text
    )
