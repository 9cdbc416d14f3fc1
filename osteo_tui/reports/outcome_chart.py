"""A small chart of one result: a bar each for the start, the end and the follow-up, with the
value written after the bar, so it reads without a scale."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from osteo_tui.core.measures.scoring import Outcome
from osteo_tui.core.translation import pgettext
from osteo_tui.reports.fonts import BOLD, REGULAR
from osteo_tui.reports.labels import time_point_title
from osteo_tui.reports.styles import ACCENT, INK, RULE

__all__ = ["BAR", "CHART_WIDTH", "outcome_chart", "top_of_scale"]

CHART_WIDTH = 64 * mm
ROW = 6 * mm
BAR = 4.4 * mm
LABEL_WIDTH = 22 * mm
VALUE_ROOM = 16 * mm
SIZE = 12
COLOURS = {
    "start": colors.HexColor("#8a9bb5"),
    "end": ACCENT,
    "follow-up": colors.HexColor("#2c6db3"),
}


def top_of_scale(outcome: Outcome, values: Sequence[float]) -> float:
    """The value a full bar stands for: the top of the scale when the measure has one (a
    0-10 rating, the Short FES-I's 28, the number of balance stages), else a little more
    than the largest value, so that bars of the same outcome compare fairly."""
    measure = outcome.measure
    if outcome.item is not None:
        top = measure.high
    elif measure.kind == "questionnaire":
        top = measure.high * len(measure.number_items)
    elif measure.kind == "stages":
        top = len(measure.items)
    else:
        top = 1.25 * max(values, default=0)
    return max(top, *values, 1)


def outcome_chart(outcome: Outcome, bars: Sequence[tuple[str, float, str]]) -> Drawing:
    """``bars``: ``(when, value, value as text)`` in time order; ``when`` is ``start``,
    ``end`` or ``follow-up``. A measure where lower is better says so under the bars."""
    note = outcome.better == "lower"
    height = len(bars) * ROW + (ROW if note else 0) + 1 * mm
    drawing = Drawing(CHART_WIDTH, height, initialFontName=REGULAR)
    top = top_of_scale(outcome, [value for _when, value, _text in bars])
    room = CHART_WIDTH - LABEL_WIDTH - VALUE_ROOM
    y = height - ROW
    for when, value, shown in bars:
        middle = y + (ROW - BAR) / 2
        label = time_point_title(when)
        drawing.add(String(0, middle + 1, label, fontName=REGULAR, fontSize=SIZE))
        width = max(room * value / top, 0.6 * mm)
        drawing.add(
            Rect(LABEL_WIDTH, middle, width, BAR, fillColor=COLOURS[when], strokeColor=None)
        )
        drawing.add(
            String(
                LABEL_WIDTH + width + 1.5 * mm,
                middle + 1,
                shown,
                fontName=BOLD,
                fontSize=SIZE,
                fillColor=INK,
            )
        )
        y -= ROW
    # the baseline the bars grow from
    drawing.add(
        Rect(LABEL_WIDTH - 0.4, y + ROW, 0.8, len(bars) * ROW, fillColor=RULE, strokeColor=None)
    )
    if note:
        lower = pgettext("pdf chart", "A lower number is better.")
        drawing.add(String(0, y + 1.5 * mm, lower, fontName=REGULAR, fontSize=SIZE))
    return drawing
