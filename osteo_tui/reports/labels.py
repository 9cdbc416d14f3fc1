"""The PDFs' words for codes and values: a category, how often, a time point, a GAS level, a
dosage, a day, a number, a share, in the active language (the PDFs are made inside
``in_course_language``, so in the course's language).

Every other word of the PDFs is a ``pgettext("pdf", …)`` call where it is printed; the
catalogues are ``osteo_tui/locale`` (docs/translations.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from osteo_tui.core.lessons.model import Dosage
from osteo_tui.core.locale_format import decimal_mark, format_decimal, format_long_date
from osteo_tui.core.translation import LANGUAGES, SOURCE_LANGUAGE, ngettext, pgettext, writing_in

__all__ = [
    "NBSP",
    "advice",
    "category",
    "day",
    "days",
    "dosage",
    "gas_level",
    "in_course_language",
    "number",
    "percent",
    "share",
    "short_number",
    "signed",
    "time_point_title",
    "unbroken",
]

NBSP = "\u00a0"
"""A space a line never breaks at: between a number and its unit (``11,2 s``, ``67 %``)."""
MINUS = "\u2212"


@contextmanager
def in_course_language(language: str) -> Iterator[None]:
    """Make a PDF in ``language`` (the course's; English when there is no catalogue for it),
    in this thread only: the app goes on in the trainer's language meanwhile."""
    with writing_in(language if language in LANGUAGES else SOURCE_LANGUAGE):
        yield


def day(value: date) -> str:
    """``4 March 2026``, ``4.3.2026``, ``4. marts 2026``."""
    return format_long_date(value)


def days(first: date, last: date) -> str:
    return day(first) if first == last else f"{day(first)} – {day(last)}"


def number(value: float, places: int = 1) -> str:
    """``55.0``, ``55,0``: always ``places`` decimals."""
    return format_decimal(value, places)


def short_number(value: float | None, places: int = 1) -> str:
    """``12``, ``-1.5``, ``-1,5``: at most ``places`` decimals; empty for no value."""
    if value is None:
        return ""
    shown = format_decimal(value, places)
    mark = decimal_mark()
    return shown.rstrip("0").rstrip(mark) if mark in shown else shown


def signed(value: float | None, places: int = 1) -> str:
    """``+3.0``, ``−2.0`` (a true minus sign), ``0.0``; ``–`` for no value."""
    if value is None:
        return "–"
    sign = "+" if value > 0 else MINUS if value < 0 else ""
    return sign + number(abs(value), places)


def percent(value: float) -> str:
    """``67%``, ``67 %`` (the space never breaks)."""
    # TRANSLATORS: a percentage; where the language puts a space before "%", make it a
    # no-break space (U+00A0) so that a line never ends between the number and "%"
    return pgettext("pdf", "{value}%").format(value=round(value))


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage; ``–`` when there is no whole."""
    return percent(100 * part / whole) if whole else "–"


def unbroken(text: str, *values: str) -> str:
    """``text`` with the spaces inside each of ``values`` (``11.2 s``) made non-breaking."""
    for value in values:
        if " " in value:
            text = text.replace(value, value.replace(" ", NBSP))
    return text


def gas_level(level: int) -> str:
    """``a little more than expected (+1)``."""
    words = {
        -2: pgettext("pdf", "much less than expected"),
        -1: pgettext("pdf", "a little less than expected"),
        0: pgettext("pdf", "as expected"),
        1: pgettext("pdf", "a little more than expected"),
        2: pgettext("pdf", "much more than expected"),
    }
    sign = "+" if level > 0 else MINUS if level < 0 else ""
    return f"{words.get(level, '')} ({sign}{abs(level)})".lstrip()


def category(code: str) -> str:
    """A category of exercises as the participant reads it: ``Impact for your bones``."""
    names = {
        "strength": pgettext("pdf", "Strength"),
        "balance": pgettext("pdf", "Balance"),
        "posture": pgettext("pdf", "Posture and back muscles"),
        "impact": pgettext("pdf", "Impact for your bones"),
        "mobility": pgettext("pdf", "Mobility"),
        "functional": pgettext("pdf", "Everyday movements"),
    }
    return names.get(code, code)


def advice(code: str) -> str:
    """How often to do a category's exercises (``HomeProgramme.advice``)."""
    words = {
        "strength": pgettext("pdf", "2–3 days a week, with a rest day in between."),
        "balance": pgettext("pdf", "Every day if you can: balance gets better with practice."),
        "posture": pgettext("pdf", "Every day, a few minutes at a time."),
        "impact": pgettext("pdf", "On most days of the week."),
        "impact-vertebral": pgettext(
            "pdf", "Keep impact gentle: nothing harder than brisk walking, about 20 minutes a day."
        ),
        "mobility": pgettext("pdf", "Every day, gently."),
        "functional": pgettext("pdf", "In everyday life, whenever you make these movements."),
    }
    return words.get(code, "")


def time_point_title(code: str) -> str:
    """A time point beside a bar of a chart: ``Start``, ``End``, ``Follow-up``."""
    words = {
        "start": pgettext("pdf chart", "Start"),
        "end": pgettext("pdf chart", "End"),
        "follow-up": pgettext("pdf chart", "Follow-up"),
    }
    return words.get(code, code)


def _seconds_parts(dosage: Dosage) -> list[str]:
    parts: list[str] = []
    if dosage.work is not None:
        rounds = dosage.rounds or 1
        if rounds > 1:
            parts.append(
                ngettext(
                    "{work} second, {rounds} times", "{work} seconds, {rounds} times", dosage.work
                ).format(work=dosage.work, rounds=rounds)
            )
            if dosage.rest:
                parts.append(
                    ngettext(
                        "{rest} second's rest in between",
                        "{rest} seconds' rest in between",
                        dosage.rest,
                    ).format(rest=dosage.rest)
                )
        else:
            parts.append(
                ngettext("{work} second", "{work} seconds", dosage.work).format(work=dosage.work)
            )
    elif dosage.reps is not None:
        if dosage.sets and dosage.sets > 1:
            parts.append(
                # TRANSLATORS: sets is always 2 or more; the form follows the repetitions
                ngettext("{sets} sets of {reps}", "{sets} sets of {reps}", dosage.reps).format(
                    sets=dosage.sets, reps=dosage.reps
                )
            )
        else:
            # TRANSLATORS: how many repetitions of an exercise ("1 toisto", "8 toistoa")
            parts.append(ngettext("once", "{reps} times", dosage.reps).format(reps=dosage.reps))
        if dosage.hold:
            parts.append(
                ngettext(
                    "hold {hold} second each time", "hold {hold} seconds each time", dosage.hold
                ).format(hold=dosage.hold)
            )
    elif dosage.hold is not None:
        if dosage.sets and dosage.sets > 1:
            parts.append(
                ngettext(
                    "hold for {hold} second, {sets} times",
                    "hold for {hold} seconds, {sets} times",
                    dosage.hold,
                ).format(hold=dosage.hold, sets=dosage.sets)
            )
        else:
            parts.append(
                ngettext("hold for {hold} second", "hold for {hold} seconds", dosage.hold).format(
                    hold=dosage.hold
                )
            )
    return parts


def dosage(value: Dosage) -> str:
    """How much, in words: ``2 sets of 10, hold 3 seconds each time, on each side``."""
    parts = _seconds_parts(value)
    if value.minutes is not None:
        parts.append(
            ngettext("{minutes} minute", "{minutes} minutes", value.minutes).format(
                minutes=value.minutes
            )
        )
    if value.sides:
        parts.append(pgettext("pdf dosage", "on each side"))
    if value.note:
        parts.append(value.note)
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]
