"""Finding packs in the three places they live, later places overriding earlier ones."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from osteo_tui.core.problems import Problem

if TYPE_CHECKING:
    from osteo_tui.core.lessons.model import Pack

# The loader (YAML, outcome measures) is imported when a pack is first read, not when packs
# are found: the home screen finds them but reads none (docs/performance.md, start-up).

__all__ = ["PackCatalog", "PackEntry", "PackOrigin"]


class PackOrigin(StrEnum):
    BUILTIN = "built-in"
    USER = "user"
    EXTRA = "--lessons"


@dataclass
class PackEntry:
    """A pack folder that was found; it is read on first use and the result kept."""

    id: str
    path: Path
    origin: PackOrigin
    _pack: Pack | None = field(default=None, repr=False)
    _problems: list[Problem] | None = field(default=None, repr=False)

    def _read(self) -> None:
        if self._problems is None:
            from osteo_tui.core.lessons.loader import PackInvalid, load_pack

            try:
                self._pack, self._problems = load_pack(self.path), []
            except PackInvalid as invalid:
                self._pack, self._problems = None, invalid.problems

    @property
    def problems(self) -> list[Problem]:
        self._read()
        assert self._problems is not None
        return self._problems

    @property
    def pack(self) -> Pack | None:
        """The pack, or ``None`` when it has problems."""
        self._read()
        return self._pack

    def load(self) -> Pack:
        """The pack; raises ``PackInvalid`` when it has problems."""
        pack = self.pack
        if pack is None:
            from osteo_tui.core.lessons.loader import PackInvalid

            raise PackInvalid(self.problems)
        return pack


def _pack_folders(root: Path) -> Iterable[Path]:
    """``root`` itself when it is a pack, else its sub-folders that hold a pack.yaml."""
    if (root / "pack.yaml").is_file():
        yield root
        return
    if root.is_dir():
        yield from sorted(p for p in root.iterdir() if (p / "pack.yaml").is_file())


class PackCatalog:
    """All packs found, by id, in the order built-in, user, ``--lessons``."""

    def __init__(self, entries: Iterable[PackEntry]) -> None:
        self._entries: dict[str, PackEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry  # later places override earlier ones

    @classmethod
    def discover(cls, places: Iterable[tuple[Path, PackOrigin]]) -> PackCatalog:
        return cls(
            PackEntry(folder.name, folder, origin)
            for root, origin in places
            for folder in _pack_folders(root)
        )

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(sorted(self._entries.values(), key=lambda entry: entry.id))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, pack_id: object) -> bool:
        return pack_id in self._entries

    def get(self, pack_id: str) -> PackEntry | None:
        return self._entries.get(pack_id)

    def ids(self) -> list[str]:
        return sorted(self._entries)
