"""One exercise of the home programme, about a third of a page: its picture beside its name,
how much, what is needed and the one thing to remember (the pack's first cue); under them how
to start, the steps, easier and harder; what to take care of and the vertebral-fracture
change in boxes."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from osteo_tui.core.lessons.programme import ProgrammeItem
from osteo_tui.core.translation import pgettext
from osteo_tui.reports.blocks import bullets, heading, labelled, table_style
from osteo_tui.reports.labels import dosage
from osteo_tui.reports.poses import exercise_drawing
from osteo_tui.reports.styles import ACCENT, CAUTION, CAUTION_PALE, PALE, Styles, text

__all__ = ["CARD_START", "PICTURE", "exercise_card"]

PICTURE = 32 * mm
CARD_START = PICTURE + 16 * mm
"""The room a card needs to start on a page: its picture and the first lines under it."""
NO_PADDING = [
    (f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
]


def _shaded(
    cells: list[Flowable | list[Flowable]],
    widths: list[float],
    background: Color,
    border: Color,
) -> Table:
    """One row in a shaded box with a coloured bar down its left side; a box longer than a
    page goes on over the page break (the card keeps a short one whole)."""
    table = Table([cells], colWidths=widths, splitInRow=1)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), background),
            ("LINEBEFORE", (0, 0), (0, -1), 4, border),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (0, -1), 10),
            ("LEFTPADDING", (1, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-2, -1), 4),
        )
    )
    return table


def _note_box(label: str, note: str, st: Styles, width: float) -> Table:
    content = Paragraph(f"<b>{text(label)}:</b> {text(note)}", st.compact)
    return _shaded([content], [width], CAUTION_PALE, CAUTION)


def _take_care(label: str, precautions: tuple[str, ...], st: Styles, width: float) -> Table:
    """The precautions in a shaded box, the label beside them rather than above."""
    side = 34 * mm  # "Take care:" in bold on one line, with the box's padding
    title = Paragraph(f"<b>{text(label)}:</b>", st.compact)
    items = bullets(precautions, st.compact_bullet)
    return _shaded([title, items], [side, width - side], PALE, ACCENT)


def exercise_card(item: ProgrammeItem, st: Styles, width: float) -> list[Flowable]:
    """The card of one exercise. It starts where its picture and the first lines under it
    fit; the text under the picture may go on over a page break, so that pages are filled
    (there are eight to ten cards); each box stays whole."""
    exercise = item.exercise
    if item.avoid:
        avoid = pgettext("pdf", "Not for you. Do this instead")
        note = _note_box(avoid, item.vertebral_note or "", st, width)
        return [KeepTogether([heading(exercise.name, st.h2), note]), Spacer(1, 4 * mm)]

    compact = st.compact
    beside: list[Flowable] = [
        heading(exercise.name, st.card_title),
        labelled(pgettext("pdf", "How much"), dosage(item.dosage), st.h3),
    ]
    if item.ask_first:
        ask = (
            pgettext(
                "pdf",
                "We practised this on a day you could not come. Please ask your trainer to show "
                "you before you try it at home.",
            )
            if item.practised
            else pgettext(
                "pdf",
                "We did not get to practise this one in the course. Please ask your trainer to "
                "show you before you try it at home.",
            )
        )
        beside.append(Paragraph(f"<b>{text(ask)}</b>", compact))
    if exercise.equipment:
        need = pgettext("pdf", "You need")
        beside.append(labelled(need, "; ".join(exercise.equipment), compact))
    if exercise.cues:  # the first cue: the one a pack puts first
        beside.append(labelled(pgettext("pdf", "Remember"), exercise.cues[0], compact))
    top = Table(
        [[exercise_drawing(exercise, PICTURE), beside]],
        colWidths=[PICTURE + 4 * mm, width - PICTURE - 4 * mm],
    )
    top.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING))

    start = pgettext("pdf exercise", "Start")
    below: list[Flowable] = [labelled(start, exercise.start, compact)]
    below += bullets(exercise.steps, st.compact_bullet, numbered=True)
    below.append(
        Paragraph(
            " &nbsp; ".join(
                f"<b>{text(label)}:</b> {text(value)}"
                for label, value in (
                    (pgettext("pdf", "Easier"), exercise.easier),
                    (pgettext("pdf", "Harder"), exercise.harder),
                )
            ),
            compact,
        )
    )
    boxes: list[Flowable] = []
    if item.vertebral_note:
        after = pgettext("pdf", "After a vertebral fracture")
        boxes.append(_note_box(after, item.vertebral_note, st, width))
    if item.precautions:
        boxes.append(_take_care(pgettext("pdf", "Take care"), item.precautions, st, width))
    # a box moves to the next page whole, unless it is longer than a page
    spaced = [flowable for part in boxes for flowable in (Spacer(1, 1.5 * mm), KeepTogether(part))]
    return [
        CondPageBreak(CARD_START),
        Spacer(1, 2 * mm),
        top,
        Spacer(1, 1.5 * mm),
        *below,
        *spaced,
        Spacer(1, 2 * mm),
    ]
