"""One writer per course file, across processes.

The lock is an OS file lock (``filelock``: fcntl.flock on Linux and macOS, msvcrt on Windows).
The operating system drops it when the holding process dies, so a lock left by a crashed or
killed osteo-tui is never an obstacle: the next process simply gets it. Who holds the lock is
written beside it (pid, host, user, since) so a second process can say who has the course open.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import Any

from osteo_tui.core.store.atomic_write import remove_leftover_temps, write_atomically
from osteo_tui.core.store.errors import CourseLocked

__all__ = ["CourseLock"]


def _whoami() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "unknown"


class CourseLock:
    def __init__(self, course_file: Path) -> None:
        self.course_file = course_file
        self.lock_path = course_file.with_suffix(".lock")
        self.owner_path = course_file.with_suffix(".owner")
        from filelock import FileLock  # when a course is opened: listing courses needs none

        self._lock = FileLock(self.lock_path, timeout=0, mode=0o600, thread_local=False)
        self.previous_owner: dict[str, Any] | None = None

    def read_owner(self) -> dict[str, Any] | None:
        try:
            return json.loads(self.owner_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def acquire(self) -> None:
        """Take the lock or raise ``CourseLocked`` naming the holder. Never waits."""
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise CourseLocked(self.course_file, self.read_owner()) from None
        stale = self.read_owner()
        if stale and stale.get("pid") != os.getpid():
            self.previous_owner = stale  # a process that died holding it; the OS freed the lock
        remove_leftover_temps(self.owner_path)  # from a process killed while writing it
        owner = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _whoami(),
            "since": datetime.now().replace(microsecond=0).isoformat(),
        }
        write_atomically(self.owner_path, json.dumps(owner).encode("utf-8"))

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self.owner_path.unlink()
            self._lock.release()

    @property
    def is_held(self) -> bool:
        return self._lock.is_locked
