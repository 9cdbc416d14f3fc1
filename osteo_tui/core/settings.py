"""The trainer's own preferences (theme, language), kept in the data folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from osteo_tui.core.store.atomic_write import write_atomically

__all__ = ["Settings", "load_settings", "save_settings"]

FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    theme: str = "osteo-dark"
    language: str | None = None
    completion_sessions: int | None = None

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def load_settings(data_dir: Path) -> Settings:
    """The saved settings; defaults when there are none or the file cannot be read."""
    try:
        data = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
        known = {k: v for k, v in data.items() if k in Settings.__dataclass_fields__}
        return Settings(**known)
    except (OSError, ValueError, TypeError):
        return Settings()


def save_settings(data_dir: Path, settings: Settings) -> None:
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_atomically(data_dir / FILE_NAME, json.dumps(asdict(settings), indent=2).encode())
