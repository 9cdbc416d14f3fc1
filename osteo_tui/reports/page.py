"""The page around the content: A4, a header with the course and the date, page numbers
("Page 2 of 5") in the footer, and the PDF's title, author and language."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from osteo_tui import __version__
from osteo_tui.reports.fonts import BOLD, REGULAR, register_fonts
from osteo_tui.reports.styles import ACCENT, INK, RULE

__all__ = ["DocumentInfo", "render_pdf"]

MARGIN = 20 * mm
TOP = 25 * mm
BOTTOM = 21 * mm


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    language: str
    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]
    """``(page, pages)`` → ``Page 2 of 5``."""


def _header(info: DocumentInfo) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, doc: Any) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 12)
        y = height - 15 * mm
        right = canvas.stringWidth(info.header_right, REGULAR, 12)
        left = _fit(canvas, info.header_left, BOLD, 12, width - 2 * MARGIN - right - 8 * mm)
        canvas.drawString(MARGIN, y, left)
        canvas.setFont(REGULAR, 12)
        canvas.setFillColor(INK)
        canvas.drawRightString(width - MARGIN, y, info.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, y - 3 * mm, width - MARGIN, y - 3 * mm)
        canvas.restoreState()

    return draw


def _fit(canvas: Canvas, value: str, font: str, size: float, room: float) -> str:
    """``value``, shortened with … to fit ``room`` points."""
    if canvas.stringWidth(value, font, size) <= room:
        return value
    while value and canvas.stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value.rstrip() + "…"


def _numbered_canvas(info: DocumentInfo) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds the pages back until the end, so each can say how many there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, page: int, pages: int) -> None:
            width, _ = A4
            y = 12 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.8)
            self.line(MARGIN, y + 5 * mm, width - MARGIN, y + 5 * mm)
            self.setFillColor(INK)
            self.setFont(BOLD, 12)
            label = info.page_label(page, pages)
            self.drawRightString(width - MARGIN, y, label)
            self.setFont(REGULAR, 12)
            room = width - 2 * MARGIN - self.stringWidth(label, BOLD, 12) - 8 * mm
            self.drawString(MARGIN, y, _fit(self, info.footer_left, REGULAR, 12, room))
            self.restoreState()

    return NumberedCanvas


def render_pdf(story: Sequence[Flowable], info: DocumentInfo) -> bytes:
    """The PDF of ``story`` on A4 pages, as bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=f"osteo-tui {__version__}",
        lang=info.language,
        displayDocTitle=True,
        initialFontName=REGULAR,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_header(info))])
    doc.build(list(story), canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()
