"""Times as a trainer reads them on a clock face."""

from __future__ import annotations

import math

__all__ = ["clock_text"]


def clock_text(seconds: float, signed: bool = False) -> str:
    """``m:ss`` (or ``h:mm:ss``), counting whole seconds up so a countdown shows 0:01 until it
    is really over. A negative time reads ``+m:ss`` (running over); ``signed`` adds ``-``
    to positive times for "behind/ahead" figures."""
    over = seconds < 0
    whole = math.ceil(abs(seconds) - 1e-9) if not over else math.floor(abs(seconds) + 1e-9)
    hours, rest = divmod(int(whole), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    if over:
        return f"+{text}"
    return f"-{text}" if signed and whole else text
