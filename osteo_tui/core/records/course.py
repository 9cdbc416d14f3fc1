"""A course: one group, one lesson pack, a planned date for each of the pack's sessions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Any

from osteo_tui.core.locale_format import format_date
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.values import new_id, parse_date, parse_time, require_text
from osteo_tui.core.translation import _

__all__ = ["Course", "CourseStatus", "SessionPlan"]


class CourseStatus(StrEnum):
    """Planned → running (a session has been run) → finished (the last one ran to its end);
    see ``course_status.status_after_runs``. Archived is set by hand."""

    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class SessionPlan:
    number: int
    day: date
    start: time | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "day": self.day.isoformat(),
            "start": self.start.isoformat(timespec="minutes") if self.start else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionPlan:
        start = data.get("start")
        return cls(
            int(data["number"]),
            date.fromisoformat(data["day"]),
            time.fromisoformat(start) if start else None,
        )


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    pack_id: str
    pack_version: str
    start_date: date
    sessions: tuple[SessionPlan, ...]
    language: str = "en"
    place: str = ""
    trainers: tuple[str, ...] = ()
    status: CourseStatus = CourseStatus.PLANNED
    retain_until: date | None = None
    notes: str = ""

    @classmethod
    def new(
        cls,
        title: str,
        pack_id: str,
        pack_version: str,
        session_count: int,
        start: str | date,
        *,
        language: str = "en",
        place: str = "",
        trainers: tuple[str, ...] = (),
        start_time: str | time | None = None,
        interval_days: int = 7,
    ) -> Course:
        """A planned course with one session every ``interval_days`` from ``start``."""
        first = parse_date(start, "start")
        at = parse_time(start_time, "time") if start_time else None
        if session_count < 1:
            raise InvalidRecord("pack", _("the lesson pack has no sessions"))
        plans = tuple(
            SessionPlan(n, first + timedelta(days=interval_days * (n - 1)), at)
            for n in range(1, session_count + 1)
        )
        return cls(
            id=new_id(),
            title=require_text(title, "title", _("The course title")),
            pack_id=pack_id,
            pack_version=pack_version,
            start_date=first,
            sessions=plans,
            language=language,
            place=" ".join(place.split()),
            trainers=tuple(t for t in (" ".join(x.split()) for x in trainers) if t),
        )

    def session_plan(self, number: int) -> SessionPlan:
        for plan in self.sessions:
            if plan.number == number:
                return plan
        raise InvalidRecord(
            "session",
            _("this course has sessions 1 to {last}, not {number}").format(
                last=len(self.sessions), number=number
            ),
        )

    def with_session_date(self, number: int, day: str | date, at: str | time | None) -> Course:
        self.session_plan(number)
        plan = SessionPlan(number, parse_date(day, "date"), parse_time(at, "time") if at else None)
        return replace(
            self, sessions=tuple(plan if p.number == number else p for p in self.sessions)
        )

    def next_session(self, today: date) -> SessionPlan | None:
        upcoming = [plan for plan in self.sessions if plan.day >= today]
        return min(upcoming, key=lambda plan: plan.day) if upcoming else None

    def purge_blocker(self, today: date) -> str | None:
        """Why the course cannot be purged on ``today``, or ``None`` when it can."""
        if self.status is not CourseStatus.ARCHIVED:
            return _("'{title}' is not archived; archive it first").format(title=self.title)
        if self.retain_until is None or self.retain_until > today:
            when = format_date(self.retain_until) if self.retain_until else _("not set")
            return _("'{title}' is kept until {day}; it cannot be purged yet").format(
                title=self.title, day=when
            )
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "pack_id": self.pack_id,
            "pack_version": self.pack_version,
            "start_date": self.start_date.isoformat(),
            "sessions": [plan.to_dict() for plan in self.sessions],
            "language": self.language,
            "place": self.place,
            "trainers": list(self.trainers),
            "status": self.status.value,
            "retain_until": self.retain_until.isoformat() if self.retain_until else None,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Course:
        retain = data.get("retain_until")
        return cls(
            id=data["id"],
            title=data["title"],
            pack_id=data["pack_id"],
            pack_version=data["pack_version"],
            start_date=date.fromisoformat(data["start_date"]),
            sessions=tuple(SessionPlan.from_dict(plan) for plan in data["sessions"]),
            language=data.get("language", "en"),
            place=data.get("place", ""),
            trainers=tuple(data.get("trainers", ())),
            status=CourseStatus(data.get("status", "planned")),
            retain_until=date.fromisoformat(retain) if retain else None,
            notes=data.get("notes", ""),
        )
