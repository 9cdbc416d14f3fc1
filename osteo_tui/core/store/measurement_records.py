"""The ``measurements`` table of a course file: part of ``CourseStore`` (a mixin).

One record per participant, measure and time point (start, end, follow-up): measuring again
at the same time point replaces the earlier record, like a second goal review in a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tinydb import Query

from osteo_tui.core.measures.definitions import WHENS, MeasureSet, times_text, when_at
from osteo_tui.core.measures.entry import read_values
from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.translation import _

if TYPE_CHECKING:
    from tinydb.table import Table

    from osteo_tui.core.records import Course, Participant

__all__ = ["MeasurementRecords", "Recorded", "check_when"]

Row = Query()


@dataclass(frozen=True)
class Recorded:
    record: MeasurementRecord
    replaced: MeasurementRecord | None
    """The earlier record of the same measure and time point, now replaced."""


def check_when(measures: MeasureSet, measure_id: str, when: str) -> None:
    """Refuse a time point the measure is not taken at (with a clear message)."""
    if when not in WHENS:
        raise InvalidRecord(
            "when",
            _("'{when}' is not a time point: use start, end or follow-up").format(when=when),
        )
    times = measures.times_of(measure_id)
    if when not in times:
        name = measures.measure(measure_id).name
        raise InvalidRecord(
            "when",
            _("{measure} is taken {times}, not at {when}").format(
                measure=name, times=times_text(times), when=when_at(when)
            ),
        )


class MeasurementRecords:
    """The measurement methods of ``CourseStore``."""

    if TYPE_CHECKING:

        def _table(self, name: str) -> Table: ...

        def _writable(self) -> None: ...

        def participant(self, ref: str) -> Participant: ...

        @property
        def course(self) -> Course: ...

    def measurements(self, participant_id: str | None = None) -> list[MeasurementRecord]:
        """Oldest first."""
        records = [MeasurementRecord.from_dict(row) for row in self._table("measurements").all()]
        if participant_id is not None:
            records = [r for r in records if r.participant_id == participant_id]
        return sorted(records, key=lambda record: record.recorded_at)  # ties: as recorded

    def save_measurement(self, record: MeasurementRecord) -> Recorded:
        """Store ``record`` (already checked), replacing the participant's earlier record of
        the same measure at the same time point."""
        self._writable()
        self.participant(record.participant_id)
        if record.session is not None:
            self.course.session_plan(record.session)
        same = (
            (Row.participant_id == record.participant_id)
            & (Row.measure_id == record.measure_id)
            & (Row["when"] == record.when)
        )
        table = self._table("measurements")
        earlier = table.get(same)
        if earlier is None:
            table.insert(record.to_dict())
        else:
            table.update(record.to_dict(), same)
        replaced = MeasurementRecord.from_dict(earlier) if isinstance(earlier, dict) else None
        return Recorded(record, replaced)

    def record_measurement(
        self,
        measures: MeasureSet,
        participant_ref: str,
        measure_id: str,
        when: str,
        texts: Sequence[str],
        session: int | None = None,
    ) -> Recorded:
        """Check everything, then store: the participant (id or unique name), the measure (in
        the course's pack), the time point, the session, and every value in its range.
        Raises ``InvalidRecord`` with a message fit for the trainer; nothing is stored then."""
        self._writable()
        person = self.participant(participant_ref)
        measure = measures.get(measure_id)
        if measure is None:
            known = ", ".join(measures.ids()) or _("none")
            raise InvalidRecord(
                "measure",
                _("no measure '{id}' in this course's pack (its measures: {known})").format(
                    id=measure_id, known=known
                ),
            )
        check_when(measures, measure_id, when)
        if session is not None:
            self.course.session_plan(session)
        values = read_values(measure, texts)
        return self.save_measurement(
            MeasurementRecord.new(person.id, measure.id, when, values, session)
        )

    def delete_measurement(self, record_id: str) -> MeasurementRecord:
        self._writable()
        table = self._table("measurements")
        row = table.get(Row.id == record_id)
        if not isinstance(row, dict):
            raise InvalidRecord(
                "measurement", _("no measurement with id {id}").format(id=record_id)
            )
        table.remove(Row.id == record_id)
        return MeasurementRecord.from_dict(row)
