"""The course report's attendance chart: one bar per session, the share present."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm

from osteo_tui.core.course_figures import SessionRate
from osteo_tui.core.translation import pgettext
from osteo_tui.reports.fonts import BOLD, REGULAR
from osteo_tui.reports.labels import percent
from osteo_tui.reports.styles import ACCENT, INK, RULE

__all__ = ["attendance_chart"]


def attendance_chart(rates: Sequence[SessionRate], width: float) -> Drawing:
    """Bars of the % present at each session, each labelled with its value."""
    height = 62 * mm
    drawing = Drawing(width, height, initialFontName=REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 9 * mm
    chart.width, chart.height = width - 20 * mm, height - 25 * mm
    chart.data = [[round(100 * rate.rate) for rate in rates]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 4
    chart.groupSpacing = 14
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 11
    chart.valueAxis.labelTextFormat = lambda value: percent(int(value))
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.strokeColor = INK
    chart.categoryAxis.strokeColor = INK
    chart.categoryAxis.categoryNames = [
        pgettext("pdf chart", "Session {number}").format(number=rate.number) for rate in rates
    ]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 11
    chart.categoryAxis.labels.dy = -4
    chart.barLabelFormat = lambda value: percent(int(value))
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 12
    chart.barLabels.nudge = 8
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    axis = pgettext("pdf chart", "Participants present (%)")
    drawing.add(String(0, height - 3.5 * mm, axis, fontName=REGULAR, fontSize=11, fillColor=INK))
    return drawing
