"""What can go wrong with a course file, each with a message a trainer can act on."""

from __future__ import annotations

from pathlib import Path

__all__ = ["CourseDamaged", "CourseLocked", "CourseNotFound", "ReadOnlyCourse", "StoreError"]


class StoreError(Exception):
    """Base class; ``str(error)`` is a complete, plain sentence for the user."""


class CourseNotFound(StoreError):
    pass


class ReadOnlyCourse(StoreError):
    def __init__(self, title: str) -> None:
        super().__init__(f"The course '{title}' is open read-only; nothing can be changed.")


class CourseLocked(StoreError):
    """Another process has the course open for writing."""

    def __init__(self, path: Path, owner: dict[str, object] | None) -> None:
        self.path = path
        self.owner = owner or {}
        who = "another osteo-tui"
        if owner:
            who = (
                f"osteo-tui process {owner.get('pid')} on {owner.get('host')}"
                f" (user {owner.get('user')}, since {owner.get('since')})"
            )
        super().__init__(
            f"The course file {path.name} is open in {who}. Close it there first, "
            "or open this course read-only."
        )


class CourseDamaged(StoreError):
    """A course file that cannot be used as it is; it is never overwritten."""

    def __init__(self, path: Path, reason: str, backups: list[str]) -> None:
        self.path = path
        self.reason = reason
        self.backups = backups
        restore = (
            f" The newest backup is {backups[0]}; restore it with: "
            f"osteo-tui backup restore {path.stem} {backups[0]}"
            if backups
            else " There is no backup of it."
        )
        super().__init__(
            f"The course file {path} cannot be used: {reason}. It has not been changed.{restore}"
        )
