"""Updating a ``Static`` four times a second without laying out the whole screen each time.

``Static.update`` asks for a new layout of the screen even when the text is the same, and on
the runner that layout (the script's Markdown included) was most of every frame. The clocks
change only their digits, which cannot change how the text wraps, so those need a repaint, not
a layout (docs/performance.md, runner frame time).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

__all__ = ["only_digits_changed", "show_text"]

_DIGITS = frozenset("0123456789")


def _plain(content: object) -> str | None:
    if isinstance(content, Text):
        return content.plain
    return content if isinstance(content, str) else None


def only_digits_changed(old: str, new: str) -> bool:
    """Same length, and wherever the two differ both have a digit: the shape is the same."""
    return len(old) == len(new) and all(
        a == b or (a in _DIGITS and b in _DIGITS) for a, b in zip(old, new, strict=True)
    )


def show_text(widget: Static, content: str | Text) -> None:
    """``widget.update(content)``, but nothing when it is unchanged, and no layout when only
    digits changed (a clock ticking)."""
    old = widget.content
    if content == old:
        return
    old_plain, new_plain = _plain(old), _plain(content)
    layout = True
    if old_plain is not None and new_plain is not None:
        layout = not only_digits_changed(old_plain, new_plain)
    widget.update(content, layout=layout)
