"""What every command needs: where the data folder is and which packs are installed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from osteo_tui.core.language_choice import LanguageChoice
from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import builtin_lessons_dir, resolve_data_dir, user_lessons_dir
from osteo_tui.core.translation import _

if TYPE_CHECKING:
    import typer

# typer is imported where it is used: ``osteo-tui`` alone starts the app without it
# (docs/performance.md, start-up).

__all__ = [
    "CliContext",
    "counted",
    "err",
    "fail",
    "get_context",
    "no_such_pack",
    "out",
    "print_json",
    "say",
]


def out() -> Console:
    """A console for standard output, made per use so it sees the current terminal width."""
    return Console(highlight=False)


def err() -> Console:
    """A console for standard error (problem lists, warnings)."""
    return Console(stderr=True, highlight=False)


def say(message: str) -> None:
    """Print what a command did: plain text (no markup), never broken into lines."""
    out().print(message, markup=False, soft_wrap=True)


def counted(count: int, noun: str) -> str:
    """``1 goal``, ``2 goals``: ``noun`` is the singular and takes an ``s`` in the plural.

    English only: translated commands count with ``osteo_tui.core.counts``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def print_json(data: Any) -> None:
    """JSON for scripts on standard output: UTF-8 text as it is, no colours, no wrapping."""
    import typer

    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@dataclass
class CliContext:
    data_dir_option: Path | None = None
    lessons_dirs: list[Path] = field(default_factory=list)
    language: LanguageChoice | None = None
    """The language spoken, and where the choice came from (set by the root command)."""

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


def no_such_pack(pack_id: str, installed: list[str]) -> str:
    """Why a pack named on the command line cannot be found, with the ones that can."""
    return _("no lesson pack '{id}' (installed: {installed})").format(
        id=pack_id, installed=", ".join(installed) or _("none")
    )


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line reason to stderr; ``raise fail(...)`` ends the command with ``code``."""
    import typer

    Console(stderr=True, highlight=False).print(
        f"osteo-tui: {message}", markup=False, soft_wrap=True
    )
    return typer.Exit(code)
