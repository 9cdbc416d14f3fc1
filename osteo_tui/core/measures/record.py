"""One measurement of one participant, as stored in the course file's ``measurements`` table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from osteo_tui.core.records.values import new_id, timestamp

__all__ = ["MeasurementRecord"]


@dataclass(frozen=True)
class MeasurementRecord:
    """``values`` are by item id (a single-value measure's one item has the measure's id);
    ``when`` is ``start``, ``end`` or ``follow-up``; ``session`` where it was taken, if in one."""

    id: str
    participant_id: str
    measure_id: str
    when: str
    values: dict[str, float | str] = field(default_factory=dict)
    recorded_at: str = ""
    session: int | None = None

    @classmethod
    def new(
        cls,
        participant_id: str,
        measure_id: str,
        when: str,
        values: dict[str, float | str],
        session: int | None = None,
        moment: datetime | None = None,
    ) -> MeasurementRecord:
        return cls(
            new_id(), participant_id, measure_id, when, dict(values), timestamp(moment), session
        )

    @property
    def day(self) -> date:
        """The day it was recorded."""
        return date.fromisoformat(self.recorded_at[:10])

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "participant_id": self.participant_id,
            "measure_id": self.measure_id,
            "when": self.when,
            "values": dict(self.values),
            "recorded_at": self.recorded_at,
            "session": self.session,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeasurementRecord:
        return cls(
            id=data["id"],
            participant_id=data["participant_id"],
            measure_id=data["measure_id"],
            when=data["when"],
            values=dict(data.get("values", {})),
            recorded_at=data.get("recorded_at", ""),
            session=data.get("session"),
        )
