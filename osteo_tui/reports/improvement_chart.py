"""The course report's outcome chart: for each measure, the share of the people measured twice
who changed in the better direction — one horizontal bar per measure, its value written after it,
so measures on different scales sit side by side."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from osteo_tui.core.translation import pgettext
from osteo_tui.reports.fonts import BOLD, REGULAR
from osteo_tui.reports.labels import percent
from osteo_tui.reports.styles import ACCENT, INK, RULE

__all__ = ["improvement_chart"]

ROW = 7 * mm
BAR = 4.6 * mm
SIZE = 11
VALUE_ROOM = 14 * mm


def improvement_chart(rows: Sequence[tuple[str, float]], width: float) -> Drawing:
    """``rows``: ``(measure name, share improved 0..1)``, in the order of the table above."""
    label_width = min(
        max((stringWidth(name, REGULAR, SIZE) for name, _share in rows), default=0) + 3 * mm,
        width * 0.45,
    )
    height = (len(rows) + 1) * ROW
    drawing = Drawing(width, height, initialFontName=REGULAR)
    title = pgettext("pdf chart", "Share who improved, of those measured twice")
    drawing.add(String(0, height - ROW + 2 * mm, title, fontName=BOLD, fontSize=SIZE))
    room = width - label_width - VALUE_ROOM
    y = height - 2 * ROW
    for name, share in rows:
        middle = y + (ROW - BAR) / 2
        while stringWidth(name, REGULAR, SIZE) > label_width - 3 * mm and len(name) > 4:
            name = name[:-2].rstrip() + "…"
        drawing.add(String(0, middle + 1, name, fontName=REGULAR, fontSize=SIZE, fillColor=INK))
        bar = max(room * share, 0.6 * mm)
        drawing.add(Rect(label_width, middle, bar, BAR, fillColor=ACCENT, strokeColor=None))
        drawing.add(
            String(
                label_width + bar + 1.5 * mm,
                middle + 1,
                percent(round(100 * share)),
                fontName=BOLD,
                fontSize=SIZE,
                fillColor=INK,
            )
        )
        y -= ROW
    drawing.add(  # the line the bars grow from
        Rect(label_width - 0.4, y + ROW, 0.8, len(rows) * ROW, fillColor=RULE, strokeColor=None)
    )
    return drawing
