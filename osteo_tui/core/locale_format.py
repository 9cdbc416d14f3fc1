"""Dates, times and numbers written the way the active language writes them (Babel, CLDR).

Finnish and Danish follow their CLDR formats: ``4.3.2025``, ``04.03.2025``, ``13.05``,
``1,5``. English keeps ISO 8601 dates (``2025-03-04``) and 24-hour times (``13:05``): the
app's English readers are all over Europe, and a day written ``3/4/25`` or ``04/03/2025``
is read two ways; the commands also take dates in ISO form, so English shows what it takes.
"""

from __future__ import annotations

from datetime import date, datetime, time

from osteo_tui.core.translation import SOURCE_LANGUAGE, active_language, pgettext

__all__ = [
    "decimal_mark",
    "format_date",
    "format_datetime",
    "format_day_month",
    "format_day_month_name",
    "format_decimal",
    "format_integer",
    "format_long_date",
    "format_stamp",
    "format_time",
    "format_weekday_date",
]


def _iso() -> bool:
    return active_language() == SOURCE_LANGUAGE


def format_date(day: date) -> str:
    """A day in figures: ``2025-03-04``, ``4.3.2025``, ``04.03.2025``."""
    if _iso():
        return day.isoformat()
    from babel.dates import format_date as babel_date

    return babel_date(day, "short", locale=active_language())


def format_weekday_date(day: date) -> str:
    """A day with its weekday: ``Tue 2025-03-04``, ``ti 4.3.2025``, ``tirs. 04.03.2025``."""
    if _iso():
        return f"{day:%a} {day.isoformat()}"
    from babel.dates import format_date as babel_date

    return f"{babel_date(day, 'EEE', locale=active_language())} {format_date(day)}"


def format_day_month(day: date) -> str:
    """A day without its year, for column headings: ``03-04``, ``4.3.``, ``4.3``."""
    if _iso():
        return f"{day:%m-%d}"
    from babel.dates import format_skeleton

    return format_skeleton("Md", day, locale=active_language())


def format_day_month_name(day: date) -> str:
    """A day without its year, the month by name: ``04 Mar``, ``4.3.``, ``4. mar.``."""
    if _iso():
        return f"{day:%d %b}"
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", day, locale=active_language())


def format_long_date(day: date) -> str:
    """A day as a letter or a printed page writes it: ``4 March 2025``, ``4.3.2025``,
    ``4. marts 2025``. Each language's translators choose its form (a CLDR pattern)."""
    from babel.dates import format_date as babel_date

    # TRANSLATORS: how a printed page (a PDF) writes a day, as a CLDR date pattern: d is the
    # day, M the month in figures, MMMM the month's name, y the year; text in 'single quotes'
    # is kept as it is. English prints "4 March 2025".
    pattern = pgettext("date pattern", "d MMMM y")
    return babel_date(day, pattern, locale=active_language())


def format_time(moment: time | datetime) -> str:
    """Hours and minutes on a 24-hour clock: ``13:05``, ``13.05``."""
    if _iso():
        return f"{moment:%H:%M}"
    from babel.dates import format_time as babel_time

    return babel_time(moment, "short", locale=active_language())


def format_datetime(moment: datetime, seconds: bool = False) -> str:
    """A day and a time of day: ``2025-03-04 13:05``, ``4.3.2025 13.05``."""
    if _iso():
        return moment.isoformat(sep=" ", timespec="seconds" if seconds else "minutes")
    from babel.dates import format_time as babel_time

    clock = babel_time(moment, "medium" if seconds else "short", locale=active_language())
    return f"{format_date(moment.date())} {clock}"


def format_stamp(stamp: str, seconds: bool = False) -> str:
    """A stored ISO timestamp (``2025-03-04T13:05:07``) as ``format_datetime`` writes it;
    text that is not one is shown as it is, ``T`` made a space."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp.replace("T", " ")
    return format_datetime(moment, seconds)


def format_decimal(number: float, places: int = 1) -> str:
    """``number`` with ``places`` decimals and the language's decimal mark: ``1.5``, ``1,5``."""
    from babel.numbers import format_decimal as babel_decimal

    pattern = "#,##0" + ("." + "0" * places if places > 0 else "")
    return babel_decimal(number, format=pattern, locale=active_language())


def decimal_mark() -> str:
    """The language's decimal mark, for numbers written by hand: ``.``, ``,``."""
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(active_language())


def format_integer(number: int) -> str:
    """A whole number with the language's digit grouping: ``12,500``, ``12 500``, ``12.500``."""
    from babel.numbers import format_decimal as babel_decimal

    return babel_decimal(number, format="#,##0", locale=active_language())
