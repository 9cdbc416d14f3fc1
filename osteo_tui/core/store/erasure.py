"""Removing one participant from a course document, whatever its schema version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

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
    mentions: int = 0
    backups_rewritten: int = 0
    backups_deleted: int = 0

    def lines(self) -> list[str]:
        return [
            f"Erased {self.name}:",
            f"  participant record: {self.participant}",
            f"  attendance marks: {self.attendance}",
            f"  goals (with their reviews): {self.goals}",
            f"  notes: {self.notes}",
            f"  mentions of the name in other records, replaced by {ERASED}: {self.mentions}",
            f"  backups rewritten without them: {self.backups_rewritten}",
            f"  unreadable backups deleted: {self.backups_deleted}",
        ]


def _mention_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


def _scrub(value: Any, pattern: re.Pattern[str], counter: list[int]) -> Any:
    if isinstance(value, str):
        replaced, count = pattern.subn(ERASED, value)
        counter[0] += count
        return replaced
    if isinstance(value, list):
        return [_scrub(item, pattern, counter) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, pattern, counter) for key, item in value.items()}
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
    result = _scrub(result, _mention_pattern(name), counter)
    removed["mentions"] = counter[0]
    return result, removed
