"""Small conversions shared by the record types: dates, times, texts, ids."""

from __future__ import annotations

import os
import re
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


_DOTTED_DATE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")
_CLOCK_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")


def parse_date(text: str | date, field: str) -> date:
    """A date written as ISO (2026-03-04) or as Finns and Danes write it (4.3.2026,
    04.03.2026): day first, always with the year, so neither form can be misread."""
    if isinstance(text, date):
        return text
    cleaned = text.strip()
    try:
        if (dotted := _DOTTED_DATE.fullmatch(cleaned)) is not None:
            day, month, year = (int(part) for part in dotted.groups())
            return date(year, month, day)
        return date.fromisoformat(cleaned)
    except ValueError:
        raise InvalidRecord(
            field, _("'{text}' is not a date; write it as YYYY-MM-DD").format(text=text)
        ) from None


def parse_time(text: str | time, field: str) -> time:
    """A time of day as 13:00 or, as Finns and Danes also write it, 13.00 (hours and
    minutes only: ``time.fromisoformat`` would read "9.3" as 9 o'clock and 0.3 seconds)."""
    if isinstance(text, time):
        return text
    try:
        if (clock := _CLOCK_TIME.fullmatch(text.strip())) is None:
            raise ValueError(text)
        return time(int(clock.group(1)), int(clock.group(2)))
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
