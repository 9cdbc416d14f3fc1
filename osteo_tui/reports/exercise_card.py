"""One exercise of the home programme: its picture beside how much, what is needed and how
to start, then what to do and remember; what to take care of and the vertebral-fracture change
in boxes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from osteo_tui.core.lessons.programme import ProgrammeItem
from osteo_tui.reports.blocks import box, bullets, heading, labelled, table_style
from osteo_tui.reports.labels import Labels
from osteo_tui.reports.poses import exercise_drawing
from osteo_tui.reports.styles import ACCENT, CAUTION, CAUTION_PALE, PALE, Styles, text

__all__ = ["PICTURE", "exercise_card"]

PICTURE = 40 * mm
NO_PADDING = [
    (f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
]


def _note_box(label: str, note: str, st: Styles, width: float) -> Flowable:
    content = [Paragraph(f"<b>{text(label)}:</b> {text(note)}", st.compact)]
    return box(content, width, CAUTION_PALE, CAUTION)


def exercise_card(item: ProgrammeItem, labels: Labels, st: Styles, width: float) -> list[Flowable]:
    """The card of one exercise: its name stays with the picture; the text under the
    picture may go on over a page break, so that pages are filled."""
    exercise = item.exercise
    title = heading(exercise.name, st.h2)
    if item.avoid:
        note = _note_box(labels("avoid"), item.vertebral_note or "", st, width)
        return [KeepTogether([title, note]), Spacer(1, 4 * mm)]

    compact = st.compact
    beside: list[Flowable] = [labelled(labels("how_much"), labels.dosage(item.dosage), st.h3)]
    if exercise.equipment:
        beside.append(labelled(labels("you_need"), "; ".join(exercise.equipment), compact))
    beside.append(labelled(labels("start"), exercise.start, compact))
    top = Table(
        [[exercise_drawing(exercise, PICTURE), beside]],
        colWidths=[PICTURE + 5 * mm, width - PICTURE - 5 * mm],
        splitInRow=1,
    )
    top.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING))
    below: list[Flowable] = [Paragraph(f"<b>{text(labels('steps'))}:</b>", st.label)]
    below += bullets(exercise.steps, st.compact_bullet, numbered=True)
    below.append(labelled(labels("cues"), " ".join(exercise.cues), compact))
    below.append(labelled(labels("easier"), exercise.easier, compact))
    below.append(labelled(labels("harder"), exercise.harder, compact))

    after: list[Flowable] = []
    if item.vertebral_note:
        after.append(_note_box(labels("vertebral"), item.vertebral_note, st, width))
    if item.precautions:
        lines = [Paragraph(f"<b>{text(labels('take_care'))}:</b>", st.label)]
        lines += bullets(item.precautions, st.compact_bullet)
        after.append(box(lines, width, PALE, ACCENT))
    if item.missed:
        after.append(Paragraph(f"<b>{text(labels('missed'))}</b>", compact))
    # a box moves to the next page whole, unless it is longer than a page
    spaced = [flowable for part in after for flowable in (Spacer(1, 2 * mm), KeepTogether(part))]
    # the title keeps with the picture (keepWithNext); the text under it may go on over a
    # page break, so that pages are filled
    return [title, top, Spacer(1, 1 * mm), *below, *spaced, Spacer(1, 5 * mm)]
