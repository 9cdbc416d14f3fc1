"""Type, colour and spacing for print read by people over 70, often without their glasses:
body text 13 pt (12 pt where much must fit: exercise cards, tables, key messages), black on
white, headings in a dark blue, no grey text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from osteo_tui.reports.fonts import BOLD, REGULAR, register_fonts

__all__ = [
    "ACCENT",
    "CAUTION",
    "CAUTION_PALE",
    "INK",
    "PALE",
    "RULE",
    "Styles",
    "styles",
    "text",
]

INK = colors.black
ACCENT = colors.HexColor("#0b3a75")  # dark blue: 11:1 contrast on white
CAUTION = colors.HexColor("#8a3300")  # dark orange-brown: 8:1 on white
PALE = colors.HexColor("#e8eef8")
CAUTION_PALE = colors.HexColor("#fff1e0")
RULE = colors.HexColor("#5a6b85")

BODY_SIZE = 13
LEADING = 18.5
COMPACT_SIZE = 12
COMPACT_LEADING = 16


def text(value: object) -> str:
    """Course data as safe paragraph markup (``<``, ``&`` and ``>`` escaped)."""
    return escape(str(value))


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    card_title: ParagraphStyle
    """An exercise's name at the top of its card, beside its picture."""
    body: ParagraphStyle
    bullet: ParagraphStyle
    compact: ParagraphStyle
    """12 pt: exercise cards, key messages, tables (still readable, but more per page)."""
    compact_bullet: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=LEADING,
        textColor=INK,
        spaceAfter=6,
    )
    heading = ParagraphStyle(
        "heading", parent=body, fontName=BOLD, textColor=ACCENT, keepWithNext=True
    )
    compact = ParagraphStyle(
        "compact", parent=body, fontSize=COMPACT_SIZE, leading=COMPACT_LEADING, spaceAfter=3
    )
    cell = ParagraphStyle("cell", parent=compact, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=heading, fontSize=26, leading=32, spaceAfter=4),
        subtitle=ParagraphStyle(
            "subtitle", parent=heading, textColor=INK, fontSize=18, leading=24, spaceAfter=12
        ),
        h1=ParagraphStyle(
            "h1", parent=heading, fontSize=20, leading=26, spaceBefore=16, spaceAfter=8
        ),
        h2=ParagraphStyle(
            "h2", parent=heading, fontSize=16, leading=21, spaceBefore=10, spaceAfter=5
        ),
        h3=ParagraphStyle(
            "h3",
            parent=heading,
            textColor=INK,
            fontSize=14,
            leading=19,
            spaceBefore=4,
            spaceAfter=3,
        ),
        card_title=ParagraphStyle(
            "card_title", parent=heading, fontSize=16, leading=20, spaceAfter=2, keepWithNext=False
        ),
        body=body,
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=7 * mm,
            bulletIndent=1 * mm,
            bulletFontName=REGULAR,
            bulletFontSize=BODY_SIZE,
            spaceAfter=4,
        ),
        compact=compact,
        compact_bullet=ParagraphStyle(
            "compact_bullet",
            parent=compact,
            leftIndent=6 * mm,
            bulletIndent=1 * mm,
            bulletFontName=REGULAR,
            bulletFontSize=COMPACT_SIZE,
            spaceAfter=2,
        ),
        label=ParagraphStyle("label", parent=compact, fontName=BOLD, spaceAfter=1),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
    )
