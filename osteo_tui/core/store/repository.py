"""The data folder: finding, creating, opening, archiving and purging course files.

Listing the courses is what start-up does, so the course store (TinyDB), the schema checks,
locks and backups are imported when a course is first opened or a file first read, not with
this module (docs/performance.md, start-up).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.records.course import Course, CourseStatus
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store.atomic_write import encode, remove_leftover_temps, write_atomically
from osteo_tui.core.store.course_summary import CourseSummary
from osteo_tui.core.store.errors import CourseDamaged, CourseNotFound, SchemaProblem
from osteo_tui.core.store.summary_cache import CACHE_NAME, SummaryCache, stamp_of
from osteo_tui.core.translation import _

if TYPE_CHECKING:
    from osteo_tui.core.store.backups import BackupShelf
    from osteo_tui.core.store.course_store import CourseStore

__all__ = ["CourseRepository", "CourseSummary", "decode_course_file"]

FOLDER_MODE = 0o700


def decode_course_file(data: bytes) -> tuple[dict[str, Any], int]:
    """Parse, migrate and validate course-file bytes: the current document and the schema
    version it was found at. Raises ``SchemaProblem`` with the reason."""
    if not data.strip():
        raise SchemaProblem(_("the file is empty"))
    try:
        document = json.loads(data)
    except UnicodeDecodeError:
        raise SchemaProblem(
            _("it is not text (it may have been overwritten by something else)")
        ) from None
    except ValueError as error:
        raise SchemaProblem(
            _("it is not valid JSON (cut short or edited by hand?): {error}").format(
                error=error.args[0]
            )
        ) from None
    except RecursionError:
        raise SchemaProblem(
            _("it is not valid JSON (cut short or edited by hand?): nested too deeply")
        ) from None
    from osteo_tui.core.store.schema import check_document, migrate

    try:
        document, found = migrate(document)
        check_document(document)
    except RecursionError:
        raise SchemaProblem(_("it is not a course file (nested too deeply)")) from None
    return document, found


class CourseRepository:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.courses_dir = data_dir / "courses"
        self.backups_dir = data_dir / "backups"

    # -- places ------------------------------------------------------------------------

    def ensure_folders(self) -> None:
        """Create the data folders private to the user (0700) if they do not exist."""
        for folder in (self.data_dir, self.courses_dir, self.backups_dir):
            folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)

    def course_file(self, course_id: str) -> Path:
        return self.courses_dir / f"{course_id}.json"

    def backup_shelf(self, course_id: str) -> BackupShelf:
        from osteo_tui.core.store.backups import BackupShelf

        return BackupShelf(self.backups_dir / course_id)

    def course_ids(self) -> list[str]:
        if not self.courses_dir.is_dir():
            return []
        return sorted(path.stem for path in self.courses_dir.glob("*.json"))

    # -- listing -----------------------------------------------------------------------

    def summary(self, course_id: str, cache: SummaryCache | None = None) -> CourseSummary:
        """The course's line in the list; from ``cache`` when its file has not changed since
        it was cached, else read from the file (and put in the cache)."""
        path = self.course_file(course_id)
        try:
            stamp = stamp_of(path.stat())  # before reading: a newer file gets a newer stamp
            if cache is not None and (entry := cache.get(course_id, stamp)) is not None:
                try:
                    return CourseSummary.from_entry(path, entry)
                except (KeyError, TypeError, ValueError):
                    pass  # not an entry this version wrote: read the file
            document, _version = decode_course_file(path.read_bytes())
        except SchemaProblem as problem:
            return CourseSummary(course_id, path, damaged=str(problem))
        except OSError as error:
            unreadable = _("it cannot be read ({reason})").format(reason=os_reason(error))
            return CourseSummary(course_id, path, damaged=unreadable)
        course = Course.from_dict(next(iter(document["course"].values())))
        marks = list(document["attendance"].values())
        summary = CourseSummary(
            id=course.id,
            path=path,
            title=course.title,
            status=course.status.value,
            pack_id=course.pack_id,
            start_date=course.start_date,
            sessions=course.sessions,
            participants=len(document["participants"]),
            present_marks=sum(1 for mark in marks if mark.get("status") == "present"),
            marks=len(marks),
            retain_until=course.retain_until,
        )
        if cache is not None:
            cache.put(course_id, stamp, summary.to_entry())
        return summary

    def summaries(self) -> list[CourseSummary]:
        """Every course of the data folder, damaged files last. Files unchanged since the
        last listing are not read again (``summary_cache``)."""
        ids = self.course_ids()
        cache = SummaryCache(self.data_dir / CACHE_NAME)
        cache.load()
        found = [self.summary(course_id, cache) for course_id in ids]
        cache.keep_only({s.path.stem for s in found if s.damaged is None})
        cache.save_if_changed()
        return sorted(
            found, key=lambda s: (s.damaged is not None, s.start_date or date.min, s.title)
        )

    def resolve(self, ref: str) -> str:
        """A course id from an id or a title that only one course has (any case)."""
        ids = self.course_ids()
        if ref in ids:
            return ref
        wanted = " ".join(ref.split()).casefold()
        matches = [s for s in self.summaries() if s.title.casefold() == wanted]
        if len(matches) == 1:
            return matches[0].id
        if len(matches) > 1:
            ids_text = ", ".join(s.id for s in matches)
            raise CourseNotFound(
                _("{count} courses are called '{ref}'; use an id ({ids})").format(
                    count=len(matches), ref=ref, ids=ids_text
                )
            )
        if ids:
            missing = _("no course '{ref}' in {folder}; see: osteo-tui course list")
        else:
            missing = _("no course '{ref}' in {folder} (there are no courses yet)")
        raise CourseNotFound(missing.format(ref=ref, folder=self.data_dir))

    # -- create and open ---------------------------------------------------------------

    def create(self, course: Course) -> CourseStore:
        from osteo_tui.core.store.schema import new_document

        self.ensure_folders()
        title = course.title.casefold()
        if any(s.title.casefold() == title for s in self.summaries() if not s.damaged):
            raise InvalidRecord(
                "title",
                _("There is already a course called '{title}'").format(title=course.title),
            )
        path = self.course_file(course.id)
        if path.exists():
            raise InvalidRecord(
                "id", _("a course with id {id} exists already").format(id=course.id)
            )
        write_atomically(path, encode(new_document(course)))
        return self.open(course.id)

    def open(self, course_id: str, read_only: bool = False) -> CourseStore:
        """Open for writing (taking the lock) or read-only. Raises ``CourseLocked``,
        ``CourseDamaged`` or ``CourseNotFound``; a damaged file is left exactly as it is."""
        from osteo_tui.core.store.course_store import CourseStore
        from osteo_tui.core.store.lock import CourseLock
        from osteo_tui.core.store.schema import SCHEMA_VERSION

        path = self.course_file(course_id)
        if not path.is_file():
            raise CourseNotFound(_("no course file {path}").format(path=path))
        shelf = self.backup_shelf(course_id)
        lock = None if read_only else CourseLock(path)
        if lock is not None:
            lock.acquire()
        try:
            if lock is not None:
                remove_leftover_temps(path)
                shelf.remove_leftover_temps()
            data = path.read_bytes()
            try:
                document, found = decode_course_file(data)
            except SchemaProblem as problem:
                raise CourseDamaged(path, str(problem), [b.name for b in shelf.list()]) from None
            if lock is not None and found < SCHEMA_VERSION:
                shelf.take(data, "before-migration")
                write_atomically(path, encode(document))
            return CourseStore(path, document, shelf, lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    # -- archive and purge -------------------------------------------------------------

    def archive(self, course_id: str, retain_until: date | None) -> Course:
        with self.open(course_id) as store:
            course = replace(store.course, status=CourseStatus.ARCHIVED, retain_until=retain_until)
            return store.save_course(course)

    def purge(self, course_id: str, today: date) -> Course:
        """Delete an archived course whose retention date has passed, with all its backups."""
        store = self.open(course_id)
        try:
            course = store.course
            blocker = course.purge_blocker(today)
            if blocker is not None:
                field = "status" if course.status is not CourseStatus.ARCHIVED else "retain_until"
                raise InvalidRecord(field, blocker)
            self.backup_shelf(course_id).remove_all()
            store.path.unlink()
            cache = SummaryCache(self.data_dir / CACHE_NAME)  # its title goes from the list too
            cache.load()
            cache.keep_only(set(self.course_ids()))
            cache.save_if_changed()
            return course
        finally:
            store.close()
            for leftover in (
                self.course_file(course_id).with_suffix(s) for s in (".lock", ".owner")
            ):
                leftover.unlink(missing_ok=True)
