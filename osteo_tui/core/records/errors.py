"""A value the trainer typed that cannot be stored, with a message fit to show them."""

from __future__ import annotations

__all__ = ["InvalidRecord"]


class InvalidRecord(ValueError):
    """``field`` names the form field (or CSV column) the message is about."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
