"""What the course list showed last time, so that listing courses need not read every file.

The home screen lists every course of the data folder at start-up. Reading, migrating and
checking 50 course files of 30 people took about 20 ms there (docs/performance.md), spent
again at every start although the files rarely change between two starts. This file keeps
each course's list entry beside the file's stamp: its size, its modification and change times
and its inode. Every save replaces a course file by renaming a new one over it, so the stamp
changes with every save, and so it does when a file is copied back, restored or edited by
hand; only then is the course file read again.

The cache holds what the list shows (a course's title, status, pack, dates and counts), never
anything about a participant, and is private to the user like the course files. It is only a
copy: when it is missing, damaged or from another version it is ignored and written anew, and
when it cannot be written the list is still right, just slower. Damaged course files are never
cached: they are checked at every listing, so their reason is always current.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from osteo_tui.core.store.atomic_write import write_atomically

__all__ = ["CACHE_NAME", "FORMAT", "Stamp", "SummaryCache", "stamp_of"]

CACHE_NAME = "course-list.json"
FORMAT = 1
"""Bump when the entry layout changes (or when what a summary means changes): an old cache
is then ignored as a whole."""

Stamp = tuple[int, int, int, int]
Entry = dict[str, Any]


def stamp_of(stat: os.stat_result) -> Stamp:
    """What changes whenever the file's bytes may have changed."""
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


class SummaryCache:
    """The list entries of the data folder's courses (``CourseSummary.to_entry``), each
    with the stamp of the file it was read from, keyed by course id."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, tuple[Stamp, Entry]] = {}
        self._changed = False

    def load(self) -> None:
        """Read the cache file; anything unreadable or foreign counts as an empty cache."""
        self._entries = {}
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return
        courses = data.get("courses")
        if not isinstance(courses, dict):
            return
        for course_id, item in courses.items():
            if not isinstance(item, dict):
                continue
            stamp, entry = item.get("stamp"), item.get("entry")
            if (
                isinstance(stamp, list)
                and len(stamp) == 4
                and all(isinstance(part, int) for part in stamp)
                and isinstance(entry, dict)
            ):
                self._entries[course_id] = (tuple(stamp), entry)  # type: ignore[assignment]

    def get(self, course_id: str, stamp: Stamp) -> Entry | None:
        found = self._entries.get(course_id)
        if found is None or found[0] != stamp:
            return None
        return found[1]

    def put(self, course_id: str, stamp: Stamp, entry: Entry) -> None:
        if self._entries.get(course_id) != (stamp, entry):
            self._entries[course_id] = (stamp, entry)
            self._changed = True

    def keep_only(self, course_ids: set[str]) -> None:
        """Forget courses whose files are gone (purged, moved away) or damaged."""
        for course_id in set(self._entries) - course_ids:
            del self._entries[course_id]
            self._changed = True

    def save_if_changed(self) -> None:
        """Write the cache (0600, atomically) if an entry changed; a failure is not an error."""
        if not self._changed:
            return
        courses = {
            course_id: {"stamp": list(stamp), "entry": entry}
            for course_id, (stamp, entry) in sorted(self._entries.items())
        }
        data = json.dumps({"format": FORMAT, "courses": courses}, ensure_ascii=False)
        try:
            write_atomically(self.path, data.encode("utf-8"))
        except OSError:
            return  # a read-only or full disk: the list is still right, only slower
        self._changed = False
