"""Digits big enough to read on a projector across a hall: a blocky 3×5 font, scaled.

Textual's ``Digits`` are three rows tall, right for a laptop; on a 200×60 projector screen
the countdown should fill the space, so this draws ``0-9 : + -`` from full blocks, each
font pixel ``2·scale`` cells wide and ``scale`` rows tall.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

__all__ = ["GLYPHS", "BigDigits", "big_lines"]

_FONT = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", ".##", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", "..#", ".#.", ".#."),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "+": ("...", ".#.", "###", ".#.", "..."),
    "-": ("...", "...", "###", "...", "..."),
    " ": ("..", "..", "..", "..", ".."),
}
GLYPHS = frozenset(_FONT)  # every character the font can draw


def big_lines(text: str, scale: int = 1) -> list[str]:
    """``text`` drawn in the block font: ``5 × scale`` lines of equal length."""
    glyphs = [_FONT.get(char, _FONT[" "]) for char in text]
    rows: list[str] = []
    for row in range(5):
        pieces = [
            "".join(("█" if pixel == "#" else " ") * 2 * scale for pixel in glyph[row])
            for glyph in glyphs
        ]
        line = (" " * scale).join(pieces)
        rows.extend([line] * scale)
    return rows


class BigDigits(Widget):
    """Like ``Digits`` (``update``, ``value``), at ``scale`` 1 (5 rows) or more."""

    DEFAULT_CSS = """
    BigDigits { width: auto; height: auto; }
    """

    value: reactive[str] = reactive("", layout=True)

    def __init__(self, value: str = "", scale: int = 2, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.scale = scale
        self.set_reactive(BigDigits.value, value)

    def update(self, value: str) -> None:
        """Like ``Digits.update``: the screen is laid out again only when the width changes,
        not every second (docs/performance.md, runner frame time)."""
        if len(big_lines(value)[0]) == len(big_lines(self.value)[0]):
            if value != self.value:
                self.set_reactive(BigDigits.value, value)
                self.refresh()
        else:
            self.value = value

    def render(self) -> Text:
        return Text("\n".join(big_lines(self.value, self.scale)), no_wrap=True)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return len(big_lines(self.value, self.scale)[0])

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 5 * self.scale
