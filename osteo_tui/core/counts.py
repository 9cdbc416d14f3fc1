"""Counted things in the active language: ``1 goal``, ``2 goals``, ``2 tavoitetta``, ``2 mål``.

One function per noun, so each language gets its own plural forms (Finnish puts a plural
noun after a number in the partitive, Danish has irregular plurals) from the catalogues.
"""

from __future__ import annotations

from osteo_tui.core.translation import ngettext

__all__ = [
    "attendance_marks",
    "backups",
    "bundles",
    "courses",
    "exercises",
    "goals",
    "notes",
    "packs",
    "participants",
    "problems",
    "sessions",
]


def participants(count: int) -> str:
    return ngettext("{count} participant", "{count} participants", count).format(count=count)


def backups(count: int) -> str:
    return ngettext("{count} backup", "{count} backups", count).format(count=count)


def attendance_marks(count: int) -> str:
    return ngettext("{count} attendance mark", "{count} attendance marks", count).format(
        count=count
    )


def goals(count: int) -> str:
    return ngettext("{count} goal", "{count} goals", count).format(count=count)


def notes(count: int) -> str:
    return ngettext("{count} note", "{count} notes", count).format(count=count)


def problems(count: int) -> str:
    return ngettext("{count} problem", "{count} problems", count).format(count=count)


def packs(count: int) -> str:
    return ngettext("{count} pack", "{count} packs", count).format(count=count)


def sessions(count: int) -> str:
    return ngettext("{count} session", "{count} sessions", count).format(count=count)


def courses(count: int) -> str:
    return ngettext("{count} course", "{count} courses", count).format(count=count)


def bundles(count: int) -> str:
    return ngettext("{count} bundle", "{count} bundles", count).format(count=count)


def exercises(count: int) -> str:
    return ngettext("{count} exercise", "{count} exercises", count).format(count=count)
