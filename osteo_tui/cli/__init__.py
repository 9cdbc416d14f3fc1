"""The ``osteo-tui`` command. Thin: it parses arguments and calls the core, reports or app."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["app", "main"]


def main() -> None:
    """``osteo-tui`` alone goes straight to the app (``start.py``); anything else is a command."""
    if len(sys.argv) <= 1:
        from osteo_tui.cli.start import start_without_arguments

        start_without_arguments()
        return
    from osteo_tui.cli.root import main as run_command

    run_command()


def __getattr__(name: str) -> Any:
    """``osteo_tui.cli.app``, the typer app (tests and tools use it), built on first use."""
    if name == "app":
        from osteo_tui.cli.root import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
