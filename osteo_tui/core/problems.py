"""Problems found in user-edited files, reported as ``file:line: message``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Problem", "display_path"]


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file. ``line`` is 1-based; ``None`` when the file is missing."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = display_path(self.path)
        if self.line is None:
            return f"{where}: {self.message}"
        return f"{where}:{self.line}: {self.message}"

    def sort_key(self) -> tuple[str, int, str]:
        return (str(self.path), self.line or 0, self.message)
