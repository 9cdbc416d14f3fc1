"""One open course: every change is written to disk before the method returns."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.queries import QueryLike
from tinydb.table import Table

from osteo_tui.core.records import (
    AttendanceMark,
    AttendanceStatus,
    Course,
    Goal,
    GoalReview,
    Note,
    Participant,
    RunState,
)
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.values import timestamp
from osteo_tui.core.store.atomic_storage import AtomicJSONStorage
from osteo_tui.core.store.backups import BackupShelf
from osteo_tui.core.store.erasure import ErasureReport, erase_from_document
from osteo_tui.core.store.errors import ReadOnlyCourse
from osteo_tui.core.store.lock import CourseLock
from osteo_tui.core.store.measurement_records import MeasurementRecords
from osteo_tui.core.store.schema import migrate
from osteo_tui.core.translation import _

__all__ = ["CourseStore", "ErasureReport"]

Row = Query()


def _name_taken(name: str) -> str:
    return _("There is already a participant called {name} in this course").format(name=name)


class CourseStore(MeasurementRecords):
    """The API the UI and CLI use for one course. Build it with ``CourseRepository.open``."""

    def __init__(
        self,
        path: Path,
        document: dict[str, Any],
        backups: BackupShelf,
        lock: CourseLock | None,
    ) -> None:
        self.path = path
        self.backups = backups
        self._lock = lock
        self.read_only = lock is None
        storage_args: dict[str, Any] = {"read_only": self.read_only}
        if self.read_only:  # the file may be of an older schema: read it as migrated
            storage_args["decode"] = lambda data: migrate(json.loads(data))[0]
        else:
            storage_args["before_write"] = lambda: self.backup("before-changes")
        self._db = TinyDB(path, document, storage=AtomicJSONStorage, **storage_args)
        self._tables = self._open_tables()

    def _open_tables(self) -> dict[str, Table]:
        """Fresh table objects: TinyDB's ``Table`` caches query results and the next document
        id, both wrong once the whole document has been replaced (erase, restore)."""
        cache = 0 if self.read_only else 30  # another process may change a read-only file
        return {
            name: Table(self._db.storage, name, cache_size=cache)
            for name in (
                "course",
                "participants",
                "attendance",
                "goals",
                "notes",
                "runs",
                "measurements",
            )
        }

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> CourseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def took_over_from(self) -> dict[str, Any] | None:
        """The owner record of a process that died holding this course, if there was one."""
        return self._lock.previous_owner if self._lock else None

    def _table(self, name: str) -> Table:
        return self._tables[name]

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyCourse(self.course.title)

    def document(self) -> dict[str, Any]:
        """The whole file's content as stored (for export and backups)."""
        data = self._db.storage.read()
        assert data is not None
        return data

    def backup(self, reason: str) -> str:
        return self.backups.take(self.path.read_bytes(), reason).name

    # -- course ------------------------------------------------------------------------

    @property
    def course(self) -> Course:
        return Course.from_dict(self._table("course").all()[0])

    def save_course(self, course: Course) -> Course:
        self._writable()
        if course.id != self.course.id:
            raise InvalidRecord("id", _("a course file holds one course; its id cannot change"))
        self._table("course").update(
            course.to_dict(), doc_ids=[self._table("course").all()[0].doc_id]
        )
        return course

    # -- participants ------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        people = [Participant.from_dict(row) for row in self._table("participants").all()]
        return sorted(people, key=lambda person: person.name.casefold())

    def participant(self, ref: str) -> Participant:
        """By id, or by a name (any case) that only one participant has."""
        people = self.participants()
        for person in people:
            if person.id == ref:
                return person
        wanted = " ".join(ref.split()).casefold()
        matches = [p for p in people if p.name.casefold() == wanted]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            ids = ", ".join(p.id for p in matches)
            raise InvalidRecord(
                "participant",
                _("{count} participants are called '{ref}'; use an id ({ids})").format(
                    count=len(matches), ref=ref, ids=ids
                ),
            )
        raise InvalidRecord(
            "participant",
            _("no participant '{ref}' in the course '{title}'").format(
                ref=ref, title=self.course.title
            ),
        )

    def _check_name_free(self, person: Participant) -> None:
        for other in self.participants():
            if other.id != person.id and other.name.casefold() == person.name.casefold():
                raise InvalidRecord("name", _name_taken(other.name))

    def add_participant(self, person: Participant) -> Participant:
        self._writable()
        self._check_name_free(person)
        self._table("participants").insert(person.to_dict())
        return person

    def save_participant(self, person: Participant) -> Participant:
        self._writable()
        self._check_name_free(person)
        if not self._table("participants").update(person.to_dict(), Row.id == person.id):
            raise InvalidRecord(
                "participant", _("no participant with id {id}").format(id=person.id)
            )
        return person

    def import_participants(self, people: Iterable[Participant]) -> list[Participant]:
        """All or nothing: checked first, then written in one step after a backup."""
        self._writable()
        people = list(people)
        taken = {p.name.casefold() for p in self.participants()}
        for person in people:
            if person.name.casefold() in taken:
                raise InvalidRecord("name", _name_taken(person.name))
            taken.add(person.name.casefold())
        self.backup("before-import")
        self._table("participants").insert_multiple(person.to_dict() for person in people)
        return people

    def erase_participant(self, ref: str) -> ErasureReport:
        """Remove a participant from this file and from every backup. Irreversible."""
        self._writable()
        person = self.participant(ref)
        self.backup("before-erase")
        cleaned, removed = erase_from_document(self.document(), person.id, person.name)
        self._replace_document(cleaned)
        rewritten, deleted = self.backups.scrub(
            lambda document: erase_from_document(document, person.id, person.name)[0]
        )
        return ErasureReport(
            name=person.name,
            participant=removed.get("participants", 0),
            attendance=removed.get("attendance", 0),
            goals=removed.get("goals", 0),
            notes=removed.get("notes", 0),
            runs=removed.get("runs", 0),
            measurements=removed.get("measurements", 0),
            mentions=removed.get("mentions", 0),
            backups_rewritten=rewritten,
            backups_deleted=deleted,
        )

    def _replace_document(self, document: dict[str, Any]) -> None:
        self._db.storage.write(document)
        self._tables = self._open_tables()

    # -- attendance --------------------------------------------------------------------

    def mark_attendance(
        self, session: int, participant_id: str, status: AttendanceStatus | str
    ) -> AttendanceMark:
        self._writable()
        self.course.session_plan(session)
        self.participant(participant_id)
        mark = AttendanceMark(participant_id, session, AttendanceStatus(status), timestamp())
        self._upsert(
            "attendance",
            mark.to_dict(),
            (Row.participant_id == participant_id) & (Row.session == session),
        )
        return mark

    def _upsert(self, table_name: str, row: dict[str, Any], where: QueryLike) -> None:
        """Update the row ``where`` matches, or insert it: one write to disk either way.
        TinyDB's ``upsert`` writes the whole file for its update even when nothing matched,
        then again for the insert, so a first mark cost two durable writes
        (docs/performance.md, keystroke to saved)."""
        table = self._table(table_name)
        if table.contains(where):
            table.update(row, where)
        else:
            table.insert(row)

    def mark_all_present(self, session: int) -> list[AttendanceMark]:
        """Everyone without a mark for ``session`` becomes present, in one write."""
        self._writable()
        self.course.session_plan(session)
        marked = self.attendance_for(session)
        now = timestamp()
        new = [
            AttendanceMark(person.id, session, AttendanceStatus.PRESENT, now)
            for person in self.participants()
            if person.id not in marked
        ]
        self._table("attendance").insert_multiple(mark.to_dict() for mark in new)
        return new

    def attendance(self) -> list[AttendanceMark]:
        return [AttendanceMark.from_dict(row) for row in self._table("attendance").all()]

    def attendance_for(self, session: int) -> dict[str, AttendanceMark]:
        rows = self._table("attendance").search(Row.session == session)
        return {row["participant_id"]: AttendanceMark.from_dict(row) for row in rows}

    def present(self, session: int) -> list[Participant]:
        marks = self.attendance_for(session)
        return [
            person
            for person in self.participants()
            if (mark := marks.get(person.id)) and mark.status is AttendanceStatus.PRESENT
        ]

    # -- goals -------------------------------------------------------------------------

    def goals(self, participant_id: str | None = None) -> list[Goal]:
        rows = self._table("goals").all()
        goals = [Goal.from_dict(row) for row in rows]
        if participant_id is not None:
            goals = [goal for goal in goals if goal.participant_id == participant_id]
        return sorted(goals, key=lambda goal: goal.created_at)

    def goal(self, goal_id: str) -> Goal:
        row = self._table("goals").get(Row.id == goal_id)
        if row is None:
            raise InvalidRecord("goal", _("no goal with id {id}").format(id=goal_id))
        return Goal.from_dict(row)

    def add_goal(self, goal: Goal) -> Goal:
        self._writable()
        self.participant(goal.participant_id)
        self._table("goals").insert(goal.to_dict())
        return goal

    def _save_goal(self, goal: Goal) -> Goal:
        self._table("goals").update(goal.to_dict(), Row.id == goal.id)
        return goal

    def review_goal(
        self, goal_id: str, session: int, level: int, progress: str = "", day: date | None = None
    ) -> Goal:
        """Add (or, for the same session, replace) a review with a GAS level −2..+2."""
        self._writable()
        self.course.session_plan(session)
        goal = self.goal(goal_id)
        review = GoalReview(day or date.today(), session, Goal.check_level(level), progress.strip())
        reviews = tuple(r for r in goal.reviews if r.session != session) + (review,)
        return self._save_goal(
            replace(goal, reviews=tuple(sorted(reviews, key=lambda r: r.session)))
        )

    def set_goal_next_step(self, goal_id: str, text: str) -> Goal:
        self._writable()
        return self._save_goal(replace(self.goal(goal_id), next_step=text.strip()))

    # -- notes -------------------------------------------------------------------------

    def notes(self, participant_id: str | None = None, shareable_only: bool = False) -> list[Note]:
        notes = [Note.from_dict(row) for row in self._table("notes").all()]
        if participant_id is not None:
            notes = [note for note in notes if note.participant_id == participant_id]
        if shareable_only:
            notes = [note for note in notes if note.shareable]
        return sorted(notes, key=lambda note: note.created_at)

    def add_note(self, note: Note) -> Note:
        self._writable()
        self.participant(note.participant_id)
        if note.session is not None:
            self.course.session_plan(note.session)
        self._table("notes").insert(note.to_dict())
        return note

    # -- session runs ------------------------------------------------------------------

    def run_state(self, session: int) -> RunState | None:
        row = self._table("runs").get(Row.session == session)
        return RunState.from_dict(row) if row else None

    def save_run_state(self, state: RunState) -> RunState:
        self._writable()
        self._upsert("runs", state.to_dict(), Row.session == state.session)
        return state

    # -- restore -----------------------------------------------------------------------

    def restore(self, backup_name: str, check: Callable[[bytes], dict[str, Any]]) -> str:
        """Replace the course with a backup (after backing up the current state)."""
        self._writable()
        backup = self.backups.find(backup_name)
        if backup is None:
            names = ", ".join(b.name for b in self.backups.list()[:3]) or _("none")
            raise InvalidRecord(
                "backup",
                _("no backup '{backup}' (newest: {names})").format(backup=backup_name, names=names),
            )
        document = check(backup.path.read_bytes())
        saved = self.backup("before-restore")
        self._replace_document(document)
        return saved
