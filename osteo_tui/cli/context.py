"""What every command needs: where the data folder is and which packs are installed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import typer
from rich.console import Console

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import builtin_lessons_dir, resolve_data_dir, user_lessons_dir

__all__ = ["CliContext", "fail", "get_context", "out"]


def out() -> Console:
    """A console for standard output, made per use so it sees the current terminal width."""
    return Console(highlight=False)


@dataclass
class CliContext:
    data_dir_option: Path | None = None
    lessons_dirs: list[Path] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return resolve_data_dir(self.data_dir_option)

    def catalog(self) -> PackCatalog:
        places = [(builtin_lessons_dir(), PackOrigin.BUILTIN)]
        places.append((user_lessons_dir(self.data_dir), PackOrigin.USER))
        places += [(path, PackOrigin.EXTRA) for path in self.lessons_dirs]
        return PackCatalog.discover(places)


def get_context(ctx: typer.Context) -> CliContext:
    root = ctx.find_root()
    if not isinstance(root.obj, CliContext):
        root.obj = CliContext()
    return root.obj


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line reason to stderr; ``raise fail(...)`` ends the command with ``code``."""
    Console(stderr=True, highlight=False).print(
        f"osteo-tui: {message}", markup=False, soft_wrap=True
    )
    return typer.Exit(code)
