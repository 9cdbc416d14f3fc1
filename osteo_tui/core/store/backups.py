"""Rotating backups of one course file, and scrubbing an erased participant out of them."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from osteo_tui.core.store.atomic_write import TEMP_SUFFIX, encode, remove_files, write_atomically

__all__ = ["KEEP", "Backup", "BackupShelf"]

KEEP = 20
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.json$")


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    taken: datetime
    reason: str
    size: int


class BackupShelf:
    """``<data>/backups/<course-id>/<when>-<reason>.json``, newest kept, oldest dropped."""

    def __init__(self, folder: Path, keep: int = KEEP) -> None:
        self.folder = folder
        self.keep = keep

    def list(self) -> list[Backup]:
        """Newest first."""
        found = []
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                match = _NAME.match(path.name)
                if match:
                    taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
                    found.append(
                        Backup(path.name, path, taken, match.group(2), path.stat().st_size)
                    )
        return sorted(found, key=lambda backup: backup.name, reverse=True)

    def take(self, data: bytes, reason: str) -> Backup:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        now = datetime.now()
        name = f"{now:%Y%m%d-%H%M%S-%f}-{reason}.json"
        path = self.folder / name
        write_atomically(path, data)
        self._rotate()
        return Backup(name, path, now, reason, len(data))

    def find(self, name: str) -> Backup | None:
        return next((backup for backup in self.list() if backup.name == name), None)

    def remove_leftover_temps(self) -> list[Path]:
        """Delete backups a crash left half-written (they hold course data, so erasure must
        not miss them); call only while holding the course's lock."""
        return remove_files(self.folder.glob(f".*{TEMP_SUFFIX}"))

    def _rotate(self) -> None:
        for old in self.list()[self.keep :]:
            with contextlib.suppress(OSError):
                old.path.unlink()

    def remove_all(self) -> None:
        for backup in self.list():
            backup.path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.folder.rmdir()

    def scrub(self, scrubber: Callable[[dict[str, Any]], dict[str, Any]]) -> tuple[int, int]:
        """Apply ``scrubber(document) -> document`` to every backup, rewriting it in place.

        A backup that cannot be read is deleted: it might hold the data being erased.
        Returns (rewritten, deleted).
        """
        rewritten = deleted = 0
        self.remove_leftover_temps()
        for backup in self.list():
            try:
                document = json.loads(backup.path.read_bytes())
                cleaned = scrubber(document)
            except (ValueError, KeyError, TypeError, AttributeError):
                backup.path.unlink(missing_ok=True)
                deleted += 1
                continue
            write_atomically(backup.path, encode(cleaned))
            rewritten += 1
        return rewritten, deleted
