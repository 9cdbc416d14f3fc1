"""What can go wrong with a course file, each with a message a trainer can act on."""

from __future__ import annotations

from pathlib import Path

from osteo_tui.core.translation import _

__all__ = [
    "CourseDamaged",
    "CourseLocked",
    "CourseNotFound",
    "ReadOnlyCourse",
    "SchemaProblem",
    "StoreError",
]


class SchemaProblem(Exception):
    """Why a file is not a usable course file, as a phrase (``str(problem)``)."""


class StoreError(Exception):
    """Base class; ``str(error)`` is a complete, plain sentence for the user."""


class CourseNotFound(StoreError):
    pass


class ReadOnlyCourse(StoreError):
    def __init__(self, title: str) -> None:
        super().__init__(
            _("The course '{title}' is open read-only; nothing can be changed.").format(
                title=title
            )
        )


class CourseLocked(StoreError):
    """Another process has the course open for writing."""

    def __init__(self, path: Path, owner: dict[str, object] | None) -> None:
        self.path = path
        self.owner = owner or {}
        who = _("another osteo-tui")
        if owner:
            who = _("osteo-tui process {pid} on {host} (user {user}, since {since})").format(
                pid=owner.get("pid"),
                host=owner.get("host"),
                user=owner.get("user"),
                since=owner.get("since"),
            )
        super().__init__(
            _(
                "The course file {file} is open in {who}. Close it there first, "
                "or open this course read-only."
            ).format(file=path.name, who=who)
        )


class CourseDamaged(StoreError):
    """A course file that cannot be used as it is; it is never overwritten."""

    def __init__(self, path: Path, reason: str, backups: list[str]) -> None:
        self.path = path
        self.reason = reason
        self.backups = backups
        restore = (
            _(
                "The newest backup is {backup}; restore it with: "
                "osteo-tui backup restore {id} {backup}"
            ).format(backup=backups[0], id=path.stem)
            if backups
            else _("There is no backup of it.")
        )
        super().__init__(
            _("The course file {path} cannot be used: {reason}. It has not been changed.").format(
                path=path, reason=reason
            )
            + " "
            + restore
        )
