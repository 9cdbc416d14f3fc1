"""File names that are safe on Linux, macOS and Windows, made from any text (such as a name).

A safe name keeps letters and digits of every script (``Åsa``, ``Łukasz``), turns everything
else (slashes, colons, quotes, dots, spaces, control characters) into single dashes, avoids the
names Windows reserves for devices (``CON``, ``NUL``, ``COM1`` ...), and stays short enough for
every file system. Two texts that would give the same name (on a file system that ignores
case, too) are told apart with ``-2``, ``-3`` ...
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = [
    "MAX_NAME_BYTES",
    "MAX_STEM_CHARS",
    "WINDOWS_RESERVED",
    "distinct_file_names",
    "existing_files",
    "safe_file_name",
]

WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in "123456789¹²³"}
)
MAX_STEM_CHARS = 80
"""Characters before the suffix: room for a folder path inside Windows' 260-character limit."""
MAX_NAME_BYTES = 200
"""UTF-8 bytes of the whole name; most file systems allow 255."""
_KEPT = ("L", "M", "N")  # letters, combining marks, digits of any script


def _words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.category(char)[0] in _KEPT or char == "_":
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _shorten(stem: str, suffix: str) -> str:
    limit = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    stem = stem[:MAX_STEM_CHARS]
    while len(stem.encode("utf-8")) > limit:
        stem = stem[:-1]
    # never end on a lone combining mark or a dash
    while stem and (unicodedata.category(stem[-1])[0] == "M" or stem[-1] == "-"):
        stem = stem[:-1]
    return stem


def safe_file_name(text: str, suffix: str = ".pdf", fallback: str = "file") -> str:
    """``Åsa / Öberg: "test"`` → ``Åsa-Öberg-test.pdf``; ``fallback`` when nothing is left.

    ``suffix`` and ``fallback`` are the caller's own safe texts (``.pdf``, ``participant``).
    """
    stem = _shorten("-".join(_words(text)), suffix) or fallback
    if stem.upper() in WINDOWS_RESERVED:
        stem = f"{stem}_"
    return f"{stem}{suffix}"


def distinct_file_names(
    texts: Sequence[str], suffix: str = ".pdf", fallback: str = "file"
) -> list[str]:
    """A safe name for each text, in order, no two equal even when case is ignored."""
    taken: set[str] = set()
    names: list[str] = []
    for text in texts:
        name = safe_file_name(text, suffix, fallback)
        stem = name[: len(name) - len(suffix)]
        number = 1
        while name.casefold() in taken:
            number += 1
            tail = f"-{number}"
            name = f"{_shorten(stem, tail + suffix)}{tail}{suffix}"
        taken.add(name.casefold())
        names.append(name)
    return names


def existing_files(paths: Iterable[Path]) -> list[Path]:
    """Those of ``paths`` that exist already (and would be replaced by writing them)."""
    return [path for path in paths if path.exists()]
