"""Pieces both documents use: headings, fact lists, bullet lists, shaded boxes, tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from osteo_tui.reports.fonts import BOLD, REGULAR
from osteo_tui.reports.styles import ACCENT, INK, PALE, RULE, Styles, text

__all__ = ["box", "bullets", "data_table", "facts", "heading", "labelled", "table_style"]


def table_style(*commands: tuple) -> TableStyle:  # type: ignore[type-arg]
    """A table style in our font: a table sets Helvetica on every cell unless told."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def heading(value: str, style: object) -> Paragraph:
    return Paragraph(text(value), style)  # type: ignore[arg-type]


def labelled(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    """``Label: value`` with the label in bold."""
    return Paragraph(f"<b>{text(label)}:</b> {text(value)}", style)


def bullets(items: Iterable[str], style: ParagraphStyle, numbered: bool = False) -> list[Paragraph]:
    return [
        Paragraph(text(item), style, bulletText=f"{n}." if numbered else "•")
        for n, item in enumerate(items, start=1)
    ]


def facts(
    rows: Sequence[tuple[str, str]], st: Styles, width: float, label_width: float = 45 * mm
) -> Table:
    """Label and value pairs in two columns on a pale background."""
    cells = [
        [Paragraph(text(label), st.cell_bold), Paragraph(text(value), st.cell)]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[label_width, width - label_width], splitInRow=1)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    return table


def box(
    content: list[Flowable], width: float, background: colors.Color, border: colors.Color
) -> Table:
    """``content`` in a shaded box with a coloured bar down its left side."""
    table = Table([[content]], colWidths=[width], splitInRow=1)  # may go over a page
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), background),
            ("LINEBEFORE", (0, 0), (0, -1), 4, border),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    st: Styles,
    centred: Sequence[int] = (),
    groups: Sequence[int] = (),
) -> Table:
    """A table with a header row repeated on every page, ruled rows and zebra stripes;
    the columns in ``centred`` are centred; the rows in ``groups`` (counted with the header)
    are group headings that span the table."""

    def cell(value: Flowable | str, column: int, bold: bool = False) -> Flowable:
        if not isinstance(value, str):
            return value
        style = st.cell_bold if bold else st.cell_centre if column in centred else st.cell
        if bold and column in centred:
            style = ParagraphStyle("head_centre", parent=st.cell_bold, alignment=TA_CENTER)
        return Paragraph(text(value), style)

    head = [cell(value, n, bold=True) for n, value in enumerate(header)]
    body = [[cell(value, n) for n, value in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1)
    style = [
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if groups:
        style += [("BACKGROUND", (0, n), (-1, n), PALE) for n in groups]
        style += [("SPAN", (0, n), (-1, n)) for n in groups]
        style += [("LINEABOVE", (0, n), (-1, n), 1.2, ACCENT) for n in groups if n > 1]
    else:
        style += [("BACKGROUND", (0, n), (-1, n), PALE) for n in range(2, len(body) + 1, 2)]
    table.setStyle(table_style(*style))
    return table
