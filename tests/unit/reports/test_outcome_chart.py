"""The small chart beside each result: one bar per time point, each with its value, on a scale
that compares the bars of one result fairly."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.measures.scoring import Outcome, outcomes
from osteo_tui.reports.labels import in_course_language
from osteo_tui.reports.outcome_chart import BAR, outcome_chart, top_of_scale


def _measures(builtin_catalog: PackCatalog) -> dict[str, Outcome]:
    pack = builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    found: dict[str, Outcome] = {}
    for measure in pack.measures.measures:
        for outcome in outcomes(measure):
            found[outcome.key] = outcome
    return found


def _bars(drawing: Drawing) -> list[Rect]:
    """The bars (not the thin baseline they grow from)."""
    return [s for s in drawing.contents if isinstance(s, Rect) and s.height == BAR]


def _words(drawing: Drawing) -> list[str]:
    return [s.text for s in drawing.contents if isinstance(s, String)]


def test_a_bar_for_each_time_with_its_value(builtin_catalog: PackCatalog) -> None:
    stand = _measures(builtin_catalog)["chair-stand"]
    bars = [("start", 8.0, "8"), ("end", 11.0, "11"), ("follow-up", 12.0, "12")]
    drawing = outcome_chart(stand, bars)
    assert _words(drawing) == ["Start", "8", "End", "11", "Follow-up", "12"]
    widths = [bar.width for bar in _bars(drawing)]
    assert len(widths) == 3 and widths[0] < widths[1] < widths[2]
    assert abs(widths[1] / widths[0] - 11 / 8) < 0.01  # lengths in proportion to the values
    with in_course_language("fi"):
        finnish = outcome_chart(stand, bars[:2])
    assert _words(finnish) == ["Alku", "8", "Loppu", "11"] and len(_bars(finnish)) == 2


def test_where_lower_is_better_the_chart_says_so(builtin_catalog: PackCatalog) -> None:
    found = _measures(builtin_catalog)
    tug = outcome_chart(found["tug"], [("start", 13.4, "13.4 s"), ("end", 11.2, "11.2 s")])
    assert "A lower number is better." in _words(tug)
    stand = outcome_chart(found["chair-stand"], [("end", 11.0, "11")])
    assert "A lower number is better." not in _words(stand)
    assert tug.height > stand.height  # two bars and the note take more room than one bar


def test_the_scale_is_the_measures_own_where_it_has_one(builtin_catalog: PackCatalog) -> None:
    found = _measures(builtin_catalog)
    assert top_of_scale(found["self-ratings.courage"], [3, 7]) == 10  # a rating of 0-10
    assert top_of_scale(found["short-fes-i"], [18, 11]) == 28  # 7 items of 1-4
    assert top_of_scale(found["balance"], [2, 3]) == 4  # four stages
    assert top_of_scale(found["chair-stand"], [8, 12]) == 15  # a little above the largest
    assert top_of_scale(found["tug"], [0, 0]) == 1  # never a division by zero
