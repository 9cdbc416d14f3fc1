"""The projector countdown's block font draws every time the runner can show."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.timing import clock_text
from osteo_tui.tui.widgets.runner_big_digits import GLYPHS, big_lines


@given(st.floats(-4 * 3600, 4 * 3600, allow_nan=False), st.integers(1, 3))
def test_every_clock_text_is_drawn_as_a_rectangle_of_known_glyphs(
    seconds: float, scale: int
) -> None:
    text = clock_text(seconds)
    assert set(text) <= GLYPHS
    lines = big_lines(text, scale)
    assert len(lines) == 5 * scale
    assert len({len(line) for line in lines}) == 1
    assert set("".join(lines)) <= {"█", " "}


def test_a_digit_reads_as_its_shape() -> None:
    assert big_lines("7") == ["██████", "    ██", "    ██", "  ██  ", "  ██  "]
    assert big_lines("1:0", 1)[1] == "████   ██ ██  ██"  # 1, a colon dot, 0
