"""The ``osteo-tui`` command. Thin: it parses arguments and calls the core, reports or app."""

from __future__ import annotations

from osteo_tui.cli.root import app, main

__all__ = ["app", "main"]
