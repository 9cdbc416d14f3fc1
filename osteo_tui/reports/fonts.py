"""The DejaVu Sans fonts shipped in ``fonts/`` (with their licence), registered once.

Helvetica, reportlab's default, turns letters such as č, ł and ő into black boxes; DejaVu Sans
covers Finnish, Danish and the other European alphabets, dashes, quotes and ✓.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["BOLD", "FONT_DIR", "ITALIC", "REGULAR", "register_fonts"]

FONT_DIR = Path(__file__).parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the three faces and the family (so ``<b>`` and ``<i>`` work); idempotent."""
    global _done
    with _lock:
        if _done:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, face)
        _done = True
