"""Packs come from three places; later places override earlier ones by id."""

from __future__ import annotations

import shutil
from pathlib import Path

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import builtin_lessons_dir, resolve_data_dir, user_lessons_dir
from tests.minipack import write_minipack


def _copy_builtin(pack_id: str, root: Path, title: str) -> None:
    target = root / pack_id
    shutil.copytree(builtin_lessons_dir() / pack_id, target)
    meta = target / "pack.yaml"
    text = meta.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if line.startswith("title:"))
    meta.write_text(text.replace(first_title, f"title: {title}"), encoding="utf-8")


def test_user_folder_overrides_builtin_and_lessons_option_overrides_user(tmp_path: Path) -> None:
    user, extra = tmp_path / "user", tmp_path / "extra"
    _copy_builtin("luustokurssi-en", user, "From the user folder")
    _copy_builtin("luustokurssi-en", extra, "From --lessons")
    write_minipack(user)
    places = [(builtin_lessons_dir(), PackOrigin.BUILTIN), (user, PackOrigin.USER)]
    catalog = PackCatalog.discover(places)
    assert catalog.get("luustokurssi-en").load().title == "From the user folder"  # type: ignore[union-attr]
    assert catalog.get("luustokurssi-fi").origin is PackOrigin.BUILTIN  # type: ignore[union-attr]
    assert catalog.get("mini").origin is PackOrigin.USER  # type: ignore[union-attr]
    catalog = PackCatalog.discover([*places, (extra, PackOrigin.EXTRA)])
    entry = catalog.get("luustokurssi-en")
    assert entry is not None and entry.origin is PackOrigin.EXTRA
    assert entry.load().title == "From --lessons"


def test_lessons_option_may_name_a_single_pack_folder(tmp_path: Path) -> None:
    folder = write_minipack(tmp_path)
    catalog = PackCatalog.discover([(folder, PackOrigin.EXTRA)])
    assert catalog.ids() == ["mini"]


def test_a_broken_pack_is_listed_with_its_problems(tmp_path: Path) -> None:
    folder = write_minipack(tmp_path)
    (folder / "exercises.yaml").write_text("- id: [\n", encoding="utf-8")
    entry = PackCatalog.discover([(folder, PackOrigin.EXTRA)]).get("mini")
    assert entry is not None and entry.pack is None
    assert entry.problems and entry.problems[0].path.name == "exercises.yaml"


def test_data_folder_comes_from_option_then_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OSTEO_TUI_DATA", str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "opt") == tmp_path / "opt"
    monkeypatch.delenv("OSTEO_TUI_DATA")
    assert resolve_data_dir().name == "osteo-tui"
    assert user_lessons_dir(tmp_path) == tmp_path / "lessons"
