"""Small conversions shared by the record types: dates, times, texts, ids."""

from __future__ import annotations

import os
from datetime import date, datetime, time

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.translation import _

__all__ = [
    "new_id",
    "parse_date",
    "parse_time",
    "require_text",
    "timestamp",
]


def new_id() -> str:
    """A short random id, unique enough within one course file (not a secret: ``os.urandom``
    rather than ``secrets``, which would bring hashlib and hmac into start-up)."""
    return os.urandom(4).hex()


def timestamp(moment: datetime | None = None) -> str:
    """Local wall-clock time, to the second, as ISO text (what the trainer saw on the clock)."""
    return (moment or datetime.now()).replace(microsecond=0).isoformat()


def parse_date(text: str | date, field: str) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidRecord(
            field, _("'{text}' is not a date; write it as YYYY-MM-DD").format(text=text)
        ) from None


def parse_time(text: str | time, field: str) -> time:
    if isinstance(text, time):
        return text
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise InvalidRecord(
            field, _("'{text}' is not a time; write it as HH:MM").format(text=text)
        ) from None


def require_text(text: str | None, field: str, what: str, limit: int = 200) -> str:
    """``text`` with its spaces tidied; ``what`` (already translated) names it in messages."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise InvalidRecord(field, _("{what} cannot be empty").format(what=what))
    if len(cleaned) > limit:
        raise InvalidRecord(
            field,
            _("{what} is too long (at most {limit} characters)").format(what=what, limit=limit),
        )
    return cleaned
