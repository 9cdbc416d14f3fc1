"""Writing a file so that it never holds half of its new bytes.

Every write goes to a temporary file in the same folder, which is flushed, fsync-ed and then
renamed over the real file (an atomic step), after which the folder itself is fsync-ed so the
rename survives a power cut. Files are created 0600 from the start. Course files, backups,
settings, exports and the course-list cache are all written this way.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "FILE_MODE",
    "TEMP_SUFFIX",
    "encode",
    "remove_files",
    "remove_leftover_temps",
    "write_atomically",
]

TEMP_SUFFIX = ".tmp"
FILE_MODE = 0o600


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; its rename is durable enough
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that it holds either the old or the new bytes."""
    temp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(path.parent)


def remove_leftover_temps(path: Path) -> list[Path]:
    """Delete temporary files a crash left beside ``path``; call only while holding its lock."""
    return remove_files(path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"))


def remove_files(paths: Iterable[Path]) -> list[Path]:
    """Delete ``paths``; those that could be deleted (one that cannot is left for next time)."""
    removed = []
    for found in paths:
        with contextlib.suppress(OSError):
            found.unlink()
            removed.append(found)
    return removed


def encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
