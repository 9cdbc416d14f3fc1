"""A TinyDB storage that never leaves a half-written file.

TinyDB's own JSONStorage rewrites the file in place, so a power cut or a kill mid-write leaves
broken JSON. Here every write goes to a temporary file in the same folder, which is flushed,
fsync-ed and then renamed over the real file (an atomic step), after which the folder itself is
fsync-ed so the rename survives a power cut. Files are created 0600 from the start.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

__all__ = ["AtomicJSONStorage", "TEMP_SUFFIX", "remove_leftover_temps", "write_atomically"]

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
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
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
    removed = []
    for temp in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            temp.unlink()
            removed.append(temp)
    return removed


def encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class AtomicJSONStorage(Storage):
    """TinyDB storage over one course file.

    Writable (the lock is held by the caller): the last document read or written is kept as
    text, so reads cost no disk I/O and nothing unsaved can ever be served. Read-only: every
    read goes to the disk, because another process may be writing, and is passed through
    ``decode`` (which brings a file of an older schema up to date in memory).
    """

    def __init__(
        self,
        path: Path,
        document: dict[str, Any],
        read_only: bool = False,
        before_write: Callable[[], None] | None = None,
        decode: Callable[[bytes], dict[str, Any]] = json.loads,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._text = encode(document)
        self._before_write = before_write
        self._decode = decode

    def read(self) -> dict[str, Any] | None:
        if self.read_only:
            return self._decode(self.path.read_bytes())
        return json.loads(self._text)

    def write(self, data: dict[str, Any]) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path.name} is open read-only")
        if self._before_write is not None:
            hook, self._before_write = self._before_write, None
            hook()
        text = encode(data)
        write_atomically(self.path, text)
        self._text = text

    def close(self) -> None:
        pass
