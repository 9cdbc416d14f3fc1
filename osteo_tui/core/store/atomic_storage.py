"""A TinyDB storage that never leaves a half-written file.

TinyDB's own JSONStorage rewrites the file in place, so a power cut or a kill mid-write leaves
broken JSON. Here every write goes through ``atomic_write.write_atomically``: a temporary file
in the same folder, flushed, fsync-ed and renamed over the real file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from osteo_tui.core.store.atomic_write import encode, write_atomically

__all__ = ["AtomicJSONStorage"]


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
