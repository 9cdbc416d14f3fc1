"""What happens during a course: attendance, goals and their reviews, notes, run state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.values import new_id, parse_date, require_text, timestamp
from osteo_tui.core.translation import _

__all__ = [
    "GAS_LEVELS",
    "AttendanceMark",
    "AttendanceStatus",
    "Goal",
    "GoalReview",
    "Note",
    "RunState",
]

GAS_LEVELS = (-2, -1, 0, 1, 2)
NOTE_LIMIT = 100_000


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


@dataclass(frozen=True)
class AttendanceMark:
    participant_id: str
    session: int
    status: AttendanceStatus
    marked_at: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "participant_id": self.participant_id,
            "session": self.session,
            "status": self.status.value,
            "marked_at": self.marked_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttendanceMark:
        return cls(
            data["participant_id"],
            int(data["session"]),
            AttendanceStatus(data["status"]),
            data["marked_at"],
        )


@dataclass(frozen=True)
class GoalReview:
    day: date
    session: int
    level: int
    progress: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "session": self.session,
            "level": self.level,
            "progress": self.progress,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoalReview:
        return cls(
            date.fromisoformat(data["day"]),
            int(data["session"]),
            int(data["level"]),
            data.get("progress", ""),
        )


@dataclass(frozen=True)
class Goal:
    id: str
    participant_id: str
    text: str
    measure: str = ""
    target: date | None = None
    created_at: str = ""
    reviews: tuple[GoalReview, ...] = ()
    next_step: str = ""

    @classmethod
    def new(
        cls, participant_id: str, text: str, measure: str = "", target: str | date | None = None
    ) -> Goal:
        return cls(
            id=new_id(),
            participant_id=participant_id,
            text=require_text(text, "text", _("The goal"), limit=500),
            measure=" ".join(measure.split()),
            target=parse_date(target, "target") if target else None,
            created_at=timestamp(),
        )

    @staticmethod
    def check_level(level: int) -> int:
        if level not in GAS_LEVELS:
            raise InvalidRecord("level", _("the goal level must be -2, -1, 0, 1 or 2"))
        return level

    @property
    def latest_level(self) -> int | None:
        return self.reviews[-1].level if self.reviews else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "participant_id": self.participant_id,
            "text": self.text,
            "measure": self.measure,
            "target": self.target.isoformat() if self.target else None,
            "created_at": self.created_at,
            "reviews": [review.to_dict() for review in self.reviews],
            "next_step": self.next_step,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Goal:
        target = data.get("target")
        return cls(
            id=data["id"],
            participant_id=data["participant_id"],
            text=data["text"],
            measure=data.get("measure", ""),
            target=date.fromisoformat(target) if target else None,
            created_at=data.get("created_at", ""),
            reviews=tuple(GoalReview.from_dict(r) for r in data.get("reviews", ())),
            next_step=data.get("next_step", ""),
        )


@dataclass(frozen=True)
class Note:
    id: str
    participant_id: str
    text: str
    created_at: str
    session: int | None = None
    shareable: bool = False

    @classmethod
    def new(
        cls, participant_id: str, text: str, session: int | None = None, shareable: bool = False
    ) -> Note:
        body = (text or "").strip()
        if not body:
            raise InvalidRecord("text", _("The note cannot be empty"))
        if len(body) > NOTE_LIMIT:
            raise InvalidRecord(
                "text",
                _("The note is too long (at most {limit} characters)").format(limit=NOTE_LIMIT),
            )
        return cls(new_id(), participant_id, body, timestamp(), session, shareable)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "participant_id": self.participant_id,
            "text": self.text,
            "created_at": self.created_at,
            "session": self.session,
            "shareable": self.shareable,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Note:
        return cls(
            data["id"],
            data["participant_id"],
            data["text"],
            data["created_at"],
            data.get("session"),
            bool(data.get("shareable", False)),
        )


@dataclass(frozen=True)
class RunState:
    """Where a session run stands, saved on every change so a crash loses nothing.

    ``timer`` is the timer model's own snapshot (see ``core.timing``); ``spent`` holds the
    seconds actually spent per segment index.
    """

    session: int
    segment: int = 0
    timer: dict[str, Any] = field(default_factory=dict)
    spent: dict[str, float] = field(default_factory=dict)
    started_at: str = ""
    finished: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "segment": self.segment,
            "timer": dict(self.timer),
            "spent": dict(self.spent),
            "started_at": self.started_at,
            "finished": self.finished,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunState:
        return cls(
            int(data["session"]),
            int(data.get("segment", 0)),
            dict(data.get("timer", {})),
            {str(k): float(v) for k, v in data.get("spent", {}).items()},
            data.get("started_at", ""),
            bool(data.get("finished", False)),
        )
