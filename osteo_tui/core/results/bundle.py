"""The anonymised results bundle: what a trainer sends to the organisation, and merging many.

A bundle holds, per course, its stable random key, pack, year and one row of numbers per
participant (see ``course_results``): no names, no ids, no contact details, no ages, no free
text. Merging keeps each course key once, so a course that is in two bundles (two trainers'
laptops, or the same bundle sent twice) is counted once: the copy with the newest records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osteo_tui import __version__
from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.records.values import timestamp
from osteo_tui.core.results.course_results import CourseResults, OutcomeInfo, ParticipantResult
from osteo_tui.core.store.atomic_write import write_atomically
from osteo_tui.core.translation import _, ngettext

__all__ = [
    "BUNDLE_FORMAT",
    "BUNDLE_KIND",
    "BundleProblem",
    "Merged",
    "bundle_json",
    "merge_bundles",
    "read_bundle",
    "write_bundle",
]

BUNDLE_KIND = "osteo-tui results bundle"
BUNDLE_FORMAT = 1


class BundleProblem(ValueError):
    """A file that is not a readable results bundle; the message says which and why."""


def _course_json(course: CourseResults) -> dict[str, Any]:
    return {
        "key": course.key,
        "pack": course.pack_id,
        "year": course.year,
        "updated": course.updated,
        "outcomes": [
            {
                "key": info.key,
                "measure": info.measure,
                "item": info.item,
                "better": info.better,
                "unit": info.unit,
                "evaluation": info.evaluation,
            }
            for info in course.outcomes
        ],
        "participants": [
            {"goal_set": row.goal_set, "gas": row.gas, "values": row.values, "flags": row.flags}
            for row in course.participants
        ],
        "pack_missing": course.missing_pack,
    }


def bundle_json(courses: Sequence[CourseResults], year: int | None) -> dict[str, Any]:
    return {
        "kind": BUNDLE_KIND,
        "format": BUNDLE_FORMAT,
        "app": __version__,
        "exported_at": timestamp(),
        "year": year,
        "courses": [_course_json(course) for course in courses],
    }


def write_bundle(path: Path, courses: Sequence[CourseResults], year: int | None) -> Path:
    text = json.dumps(bundle_json(courses, year), ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return path


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("a value is not a number")
    return value


def _course(data: dict[str, Any]) -> CourseResults:
    infos = tuple(
        OutcomeInfo(
            str(info["key"]),
            str(info["measure"]),
            str(info.get("item", "")),
            info.get("better") if info.get("better") in ("higher", "lower") else None,
            str(info.get("unit", "")),
            bool(info.get("evaluation", False)),
        )
        for info in data["outcomes"]
    )
    rows = tuple(
        ParticipantResult(
            goal_set=bool(row["goal_set"]),
            gas=None if row.get("gas") is None else _number(row["gas"]),
            values={
                str(key): {str(when): _number(value) for when, value in times.items()}
                for key, times in row.get("values", {}).items()
            },
            flags={
                str(key): {str(when): bool(flag) for when, flag in times.items()}
                for key, times in row.get("flags", {}).items()
            },
        )
        for row in data["participants"]
    )
    return CourseResults(
        key=str(data["key"]),
        pack_id=str(data["pack"]),
        year=int(data["year"]),
        updated=str(data["updated"]),
        outcomes=infos,
        participants=rows,
        missing_pack=bool(data.get("pack_missing", False)),
    )


def read_bundle(path: Path) -> list[CourseResults]:
    """The courses of the bundle at ``path``; raises ``BundleProblem`` saying what is wrong."""
    try:
        data = json.loads(path.read_bytes())
    except OSError as error:
        raise BundleProblem(
            _("{path}: it cannot be read ({reason})").format(path=path, reason=os_reason(error))
        ) from None
    except (ValueError, RecursionError):
        raise BundleProblem(
            _("{path}: it is not a results bundle (not JSON)").format(path=path)
        ) from None
    if not isinstance(data, dict) or data.get("kind") != BUNDLE_KIND:
        raise BundleProblem(
            _(
                "{path}: it is not a results bundle (make one with: osteo-tui results bundle)"
            ).format(path=path)
        )
    if data.get("format") != BUNDLE_FORMAT:
        raise BundleProblem(
            _(
                "{path}: it is a bundle of format {format}; this osteo-tui reads format "
                "{readable} (update osteo-tui)"
            ).format(path=path, format=data.get("format"), readable=BUNDLE_FORMAT)
        )
    try:
        return [_course(course) for course in data["courses"]]
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise BundleProblem(
            _("{path}: the bundle is damaged ({error})").format(
                path=path, error=type(error).__name__
            )
        ) from None


def _places(names: list[str]) -> str:
    counts = {name: names.count(name) for name in names}
    parts = [
        name
        if count == 1
        else ngettext("{name} ({count} time)", "{name} ({count} times)", count).format(
            name=name, count=count
        )
        for name, count in counts.items()
    ]
    if len(parts) == 2:
        return _("{first} and {last}").format(first=parts[0], last=parts[1])
    return ", ".join(parts)


@dataclass(frozen=True)
class Merged:
    courses: tuple[CourseResults, ...]
    notes: tuple[str, ...]
    """One line for each course that was found more than once, saying which copy counted."""


def merge_bundles(bundles: Sequence[tuple[str, Sequence[CourseResults]]]) -> Merged:
    """The courses of all ``(name, courses)`` bundles, each course key counted once: the copy
    with the newest records wins (the first one found, when they are equally new)."""
    chosen: dict[str, tuple[str, CourseResults]] = {}
    seen_in: dict[str, list[str]] = {}
    for name, courses in bundles:
        for course in courses:
            seen_in.setdefault(course.key, []).append(name)
            current = chosen.get(course.key)
            if current is None or course.updated > current[1].updated:
                chosen[course.key] = (name, course)
    notes = tuple(
        _(
            "the {pack} course of {year} with key {key} is in {places}: counted once, from {name}"
        ).format(pack=course.pack_id, year=course.year, key=key, places=_places(names), name=name)
        for key, names in seen_in.items()
        if len(names) > 1
        for name, course in [chosen[key]]
    )
    return Merged(tuple(course for _name, course in chosen.values()), notes)
