"""One line of the course list: what a trainer needs to pick a course, read from its file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from osteo_tui.core.records import SessionPlan

__all__ = ["CourseSummary"]


@dataclass(frozen=True)
class CourseSummary:
    """What the course list shows; ``damaged`` is the reason when the file cannot be used."""

    id: str
    path: Path
    title: str = ""
    status: str = ""
    pack_id: str = ""
    start_date: date | None = None
    sessions: tuple[SessionPlan, ...] = ()
    participants: int = 0
    present_marks: int = 0
    marks: int = 0
    retain_until: date | None = None
    damaged: str | None = None

    def next_session(self, today: date) -> SessionPlan | None:
        upcoming = [plan for plan in self.sessions if plan.day >= today]
        return min(upcoming, key=lambda plan: plan.day) if upcoming else None

    def to_entry(self) -> dict[str, Any]:
        """As JSON-able values, for the course-list cache (``summary_cache``); not for a
        damaged file, whose reason is worked out again at every listing."""
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "pack_id": self.pack_id,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "sessions": [plan.to_dict() for plan in self.sessions],
            "participants": self.participants,
            "present_marks": self.present_marks,
            "marks": self.marks,
            "retain_until": self.retain_until.isoformat() if self.retain_until else None,
        }

    @classmethod
    def from_entry(cls, path: Path, entry: dict[str, Any]) -> CourseSummary:
        """The summary ``to_entry`` wrote; raises ``KeyError``, ``TypeError`` or
        ``ValueError`` for anything else (the caller then reads the course file)."""
        start, retain = entry["start_date"], entry["retain_until"]
        summary = cls(
            id=entry["id"],
            path=path,
            title=entry["title"],
            status=entry["status"],
            pack_id=entry["pack_id"],
            start_date=date.fromisoformat(start) if start is not None else None,
            sessions=tuple(SessionPlan.from_dict(plan) for plan in entry["sessions"]),
            participants=entry["participants"],
            present_marks=entry["present_marks"],
            marks=entry["marks"],
            retain_until=date.fromisoformat(retain) if retain is not None else None,
        )
        texts = (summary.id, summary.title, summary.status, summary.pack_id)
        counts = (summary.participants, summary.present_marks, summary.marks)
        if not all(isinstance(text, str) for text in texts) or not all(
            isinstance(count, int) and not isinstance(count, bool) for count in counts
        ):
            raise TypeError("not a course-list entry")
        return summary
