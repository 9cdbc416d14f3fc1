"""Removing one participant from a course document, whatever its schema version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from osteo_tui.core.translation import _

__all__ = ["ERASED", "ErasureReport", "erase_from_document"]

ERASED = "[erased]"


@dataclass(frozen=True)
class ErasureReport:
    name: str
    participant: int = 0
    attendance: int = 0
    goals: int = 0
    notes: int = 0
    runs: int = 0
    measurements: int = 0
    mentions: int = 0
    backups_rewritten: int = 0
    backups_deleted: int = 0

    def lines(self) -> list[str]:
        counted = [
            (_("participant record: {count}"), self.participant),
            (_("attendance marks: {count}"), self.attendance),
            (_("goals (with their reviews): {count}"), self.goals),
            (_("notes: {count}"), self.notes),
            (_("measurements: {count}"), self.measurements),
            (
                _("mentions of the name in other records, replaced by {erased}: {count}"),
                self.mentions,
            ),
            (_("backups rewritten without them: {count}"), self.backups_rewritten),
            (_("unreadable backups deleted: {count}"), self.backups_deleted),
        ]
        return [_("Erased {name}:").format(name=self.name)] + [
            "  " + line.format(count=count, erased=ERASED) for line, count in counted
        ]


INFLECTION = 4  # letters after a name part still count as the name ("Ainon", "Ainolle")
INFLECTED_FROM = 4  # shorter parts ("Ann", "Åse") only count when written exactly


def _mention_pattern(name: str, keep: set[str]) -> re.Pattern[str]:
    """The full name in any case, and each part of it of three letters or more as it is written
    (or in capitals); parts of four letters or more also with a short ending, as Finnish and
    Danish inflect names: a note that says "Ainon polvi" still names Aino. Written-as-is keeps
    "annual" safe from "Ann". Parts in ``keep`` (casefolded parts of the names of the people who
    stay, e.g. a spouse's surname) are not searched for."""
    options = [rf"(?i:{re.escape(name)})"]
    for part in dict.fromkeys(name.split()):
        if len(part) >= 3 and part.casefold() not in keep:
            forms = "|".join(re.escape(form) for form in dict.fromkeys((part, part.upper())))
            ending = rf"\w{{0,{INFLECTION}}}" if len(part) >= INFLECTED_FROM else ""
            options.append(rf"(?:{forms}){ending}")
    return re.compile(rf"(?<!\w)(?:{'|'.join(options)})(?!\w)")


def _other_name_parts(document: dict[str, Any]) -> set[str]:
    """Casefolded name parts of the people who stay: participants and trainers."""
    names: list[str] = []
    for table, rows in document.items():
        if not isinstance(rows, dict):
            continue
        for row in rows.values():
            if not isinstance(row, dict):
                continue
            if table == "participants" and isinstance(row.get("name"), str):
                names.append(row["name"])
            if table == "course" and isinstance(row.get("trainers"), list):
                names += [trainer for trainer in row["trainers"] if isinstance(trainer, str)]
    return {part.casefold() for name in names for part in name.split()}


def _scrub(value: Any, pattern: re.Pattern[str], keep: set[str], counter: list[int]) -> Any:
    def replace(match: re.Match[str]) -> str:
        if match.group().casefold() in keep:  # "Annala" is another person's name, not an ending
            return match.group()
        counter[0] += 1
        return ERASED

    if isinstance(value, str):
        return pattern.sub(replace, value)
    if isinstance(value, list):
        return [_scrub(item, pattern, keep, counter) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, pattern, keep, counter) for key, item in value.items()}
    return value


def erase_from_document(
    document: dict[str, Any], participant_id: str, name: str
) -> tuple[dict[str, Any], dict[str, int]]:
    """A copy of ``document`` without the participant's records and with every other mention
    of their name replaced; and how many records of each table were removed."""
    removed: dict[str, int] = {}
    result: dict[str, Any] = {}
    for table, rows in document.items():
        if not isinstance(rows, dict):
            result[table] = rows
            continue
        kept = {}
        for doc_id, row in rows.items():
            owner = row.get("participant_id") if isinstance(row, dict) else None
            if table == "participants" and isinstance(row, dict):
                owner = row.get("id")
            if owner == participant_id:
                removed[table] = removed.get(table, 0) + 1
            else:
                kept[doc_id] = row
        result[table] = kept
    counter = [0]
    keep = _other_name_parts(result)
    result = _scrub(result, _mention_pattern(name, keep), keep, counter)
    removed["mentions"] = counter[0]
    return result, removed
