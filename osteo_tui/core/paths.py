"""Where things live: the built-in packs, the user's data folder and their lesson packs."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DATA_ENV", "builtin_lessons_dir", "resolve_data_dir", "user_lessons_dir"]

DATA_ENV = "OSTEO_TUI_DATA"
_PACKAGE = Path(__file__).resolve().parent.parent


def builtin_lessons_dir() -> Path:
    """The packs shipped with the app: inside the installed package, or the checkout's
    ``lessons/`` folder when running from source."""
    installed = _PACKAGE / "lessons"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "lessons"


def resolve_data_dir(override: Path | None = None) -> Path:
    """``--data-dir``, else ``$OSTEO_TUI_DATA``, else the platform's user data folder."""
    if override is not None:
        return override.expanduser()
    from_env = os.environ.get(DATA_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("osteo-tui", appauthor=False))


def user_lessons_dir(data_dir: Path) -> Path:
    """Packs the trainer adds or edits; they override built-in packs with the same id."""
    return data_dir / "lessons"
