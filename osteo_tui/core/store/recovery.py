"""Putting a backup back: over a healthy course, or over a damaged file that cannot be opened.

A damaged course file cannot be opened as a ``CourseStore``, yet its error message tells the
trainer to restore a backup. So a damaged file is replaced here under the course lock, after
a copy of its bytes has been kept on the backup shelf (reason ``damaged``): a restore never
throws away data that might still be recovered by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store.atomic_write import encode, write_atomically
from osteo_tui.core.store.errors import CourseDamaged, SchemaProblem
from osteo_tui.core.store.lock import CourseLock
from osteo_tui.core.store.repository import CourseRepository, decode_course_file
from osteo_tui.core.translation import _

__all__ = ["Restored", "backup_checker", "restore_backup"]


@dataclass(frozen=True)
class Restored:
    backup: str  # the backup that was put back
    saved_as: str  # the backup holding what the course file held before
    was_damaged: bool


def backup_checker(course_id: str, backup_name: str) -> Callable[[bytes], dict[str, Any]]:
    """A check for ``CourseStore.restore``: the backup decoded (and migrated) if it is a usable
    file of this very course, else ``InvalidRecord`` saying why not."""

    def check(data: bytes) -> dict[str, Any]:
        try:
            document, _version = decode_course_file(data)
        except SchemaProblem as problem:
            raise InvalidRecord(
                "backup",
                _("the backup {backup} cannot be used: {problem}").format(
                    backup=backup_name, problem=problem
                ),
            ) from None
        found = next(iter(document["course"].values())).get("id")
        if found != course_id:
            raise InvalidRecord(
                "backup",
                _("the backup {backup} holds course {found}, not {id}").format(
                    backup=backup_name, found=found, id=course_id
                ),
            )
        return document

    return check


def restore_backup(repo: CourseRepository, course_id: str, backup_name: str) -> Restored:
    """Replace the course with one of its backups; raises ``CourseLocked``, ``InvalidRecord``."""
    check = backup_checker(course_id, backup_name)
    try:
        with repo.open(course_id) as store:
            return Restored(backup_name, store.restore(backup_name, check), False)
    except CourseDamaged:
        pass
    path = repo.course_file(course_id)
    shelf = repo.backup_shelf(course_id)
    lock = CourseLock(path)
    lock.acquire()
    try:
        backup = shelf.find(backup_name)
        if backup is None:
            names = ", ".join(b.name for b in shelf.list()[:3]) or _("none")
            raise InvalidRecord(
                "backup",
                _("no backup '{backup}' (newest: {names})").format(backup=backup_name, names=names),
            )
        document = check(backup.path.read_bytes())
        saved = shelf.take(path.read_bytes(), "damaged")
        write_atomically(path, encode(document))
        return Restored(backup_name, saved.name, True)
    finally:
        lock.release()
