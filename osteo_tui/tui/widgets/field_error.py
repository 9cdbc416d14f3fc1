"""A message under a form field, shown only while there is something to say."""

from __future__ import annotations

from textual.widgets import Static

__all__ = ["FieldError"]


class FieldError(Static):
    DEFAULT_CSS = """
    FieldError { color: $error; height: auto; display: none; padding: 0 1; }
    FieldError.-shown { display: block; }
    """

    def say(self, message: str | None) -> None:
        self.update(message or "")
        self.set_class(bool(message), "-shown")
