"""Text cells that a spreadsheet will not run as a formula (CSV injection), and back.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel
and LibreOffice as a formula. On export such a cell gets a leading apostrophe, which spreadsheets
show as plain text; on import that one apostrophe is taken off again, so a round trip is exact.
"""

from __future__ import annotations

__all__ = ["FORMULA_STARTS", "guard_cell", "unguard_cell"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(text: str) -> str:
    """``text`` as a spreadsheet will show it, never as a formula."""
    if text.startswith(FORMULA_STARTS) or (
        text.startswith("'") and text[1:].startswith(FORMULA_STARTS)
    ):
        return "'" + text
    return text


def unguard_cell(text: str) -> str:
    """The inverse of :func:`guard_cell`."""
    if text.startswith("'") and guard_cell(text[1:]) == text:
        return text[1:]
    return text
