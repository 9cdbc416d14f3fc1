"""Checking the keys and values of one YAML block, reporting each problem with its line."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from osteo_tui.core.problems import Problem
from osteo_tui.core.translation import _
from osteo_tui.core.yaml_source import LineDict, LineList

__all__ = ["FieldReader", "ID_PATTERN", "describe", "suggest"]

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def describe(value: Any) -> str:
    """How a wrong value looks to the person who typed it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return _("a block of keys")
    if isinstance(value, list):
        return _("a list")
    if value is None:
        return _("empty")
    return f"'{value}'"


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The likeliest intended word for a typo, if any is close."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


class FieldReader:
    """Reads typed values out of ``LineDict`` blocks of one file, collecting problems."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    # -- blocks ---------------------------------------------------------------------------

    def block(self, value: Any, line: int, what: str) -> LineDict | None:
        """``value`` must be a block of ``key: value`` lines; ``what`` (translated) names it."""
        if isinstance(value, LineDict):
            return value
        self.problem(
            line,
            _("{what} must be a block of 'key: value' lines, not {value}").format(
                what=what, value=describe(value)
            ),
        )
        return None

    def keys(
        self, block: LineDict, allowed: Sequence[str], required: Sequence[str], what: str = ""
    ) -> None:
        """Report unknown keys (with a suggestion) and missing required ones; ``what``
        (translated) names the block."""
        for key in block:
            if key not in allowed:
                close = suggest(key, allowed)
                hint = (
                    _(" (did you mean '{close}'?)").format(close=close)
                    if close
                    else _(" (allowed: {keys})").format(keys=", ".join(allowed))
                )
                unknown = (
                    _("unknown key '{key}' in {what}{hint}")
                    if what
                    else _("unknown key '{key}'{hint}")
                )
                self.problem(block.line_of(key), unknown.format(key=key, what=what, hint=hint))
        for key in required:
            if key not in block:
                missing = _("missing key '{key}' in {what}") if what else _("missing key '{key}'")
                self.problem(block.line, missing.format(key=key, what=what))

    # -- values ---------------------------------------------------------------------------

    def text(self, block: LineDict, key: str, required: bool = True) -> str | None:
        if key not in block:
            return None
        value = block[key]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.problem(
                block.line_of(key),
                _("'{key}' must be text, not {value}").format(key=key, value=describe(value)),
            )
            return None
        if required and not value.strip():
            self.problem(block.line_of(key), _("'{key}' is empty").format(key=key))
            return None
        return value.strip()

    def identifier(self, block: LineDict, key: str) -> str | None:
        value = self.text(block, key)
        if value is not None and not ID_PATTERN.match(value):
            self.problem(
                block.line_of(key),
                _("'{key}' must be lower-case letters, digits and dashes, not '{value}'").format(
                    key=key, value=value
                ),
            )
            return None
        return value

    def integer(self, block: LineDict, key: str, low: int, high: int) -> int | None:
        if key not in block:
            return None
        value = block[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(
                block.line_of(key),
                _("'{key}' must be a whole number, not {value}").format(
                    key=key, value=describe(value)
                ),
            )
            return None
        if not low <= value <= high:
            self.problem(
                block.line_of(key),
                _("'{key}' must be between {low} and {high}, not {value}").format(
                    key=key, low=low, high=high, value=value
                ),
            )
            return None
        return value

    def boolean(self, block: LineDict, key: str) -> bool | None:
        if key not in block:
            return None
        value = block[key]
        if not isinstance(value, bool):
            self.problem(
                block.line_of(key),
                _("'{key}' must be true or false, not {value}").format(
                    key=key, value=describe(value)
                ),
            )
            return None
        return value

    def choice(self, block: LineDict, key: str, options: Sequence[str]) -> str | None:
        value = self.text(block, key)
        if value is None:
            return None
        if value not in options:
            close = suggest(value, options)
            hint = (
                _("did you mean '{close}'?").format(close=close)
                if close
                else _("use one of: {options}").format(options=", ".join(options))
            )
            self.problem(
                block.line_of(key),
                _("'{key}' cannot be '{value}' ({hint})").format(key=key, value=value, hint=hint),
            )
            return None
        return value

    def text_list(self, block: LineDict, key: str, allow_empty: bool = False) -> tuple[str, ...]:
        """A list of texts; a single text is taken as a list of one."""
        if key not in block:
            return ()
        value = block[key]
        if isinstance(value, str) and value.strip():
            return (value.strip(),)
        if value is None and allow_empty:
            return ()
        if not isinstance(value, LineList):
            self.problem(
                block.line_of(key),
                _("'{key}' must be a list, not {value}").format(key=key, value=describe(value)),
            )
            return ()
        if not value and not allow_empty:
            self.problem(block.line_of(key), _("'{key}' is an empty list").format(key=key))
        items: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if not isinstance(item, str) or not item.strip():
                self.problem(
                    value.line_of(index),
                    _("each item of '{key}' must be text, not {value}").format(
                        key=key, value=describe(item)
                    ),
                )
                continue
            items.append(item.strip())
        return tuple(items)
