"""``osteo-tui lessons check|list|show``: exit codes and what they print."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from osteo_tui.cli import app
from tests.minipack import FILES, write_minipack

runner = CliRunner(env={"COLUMNS": "200"})


def test_check_all_installed_packs_passes_with_a_one_line_summary() -> None:
    result = runner.invoke(app, ["lessons", "check"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == [
        "OK: 3 packs checked, no problems (luustokurssi-en, luustokurssi-fi, "
        "osteoporoseskole-da)."
    ]


def test_check_reports_every_problem_as_file_line_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = dict(FILES)
    files["sessions/01-first.md"] = files["sessions/01-first.md"].replace(
        "kind: talk", "kind: lecture"
    )
    files["sessions/02-second.md"] = files["sessions/02-second.md"].replace(
        "minutes: 15\n", "minutes: x\n", 1
    )
    write_minipack(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lessons", "check", "mini"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("mini/sessions/01-first.md:12: 'kind' cannot be 'lecture'")
    assert lines[1] == "mini/sessions/02-second.md:4: 'minutes' must be a whole number, not 'x'"
    assert lines[-1] == "2 problems found in 1 pack."
    assert "Traceback" not in result.output


def test_check_a_folder_of_packs(tmp_path: Path) -> None:
    write_minipack(tmp_path)
    result = runner.invoke(app, ["lessons", "check", str(tmp_path)])
    assert result.exit_code == 0
    assert "1 pack checked" in result.output


def test_check_a_folder_that_is_not_a_pack(tmp_path: Path) -> None:
    result = runner.invoke(app, ["lessons", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert "pack.yaml: the file is missing" in result.output


def test_list_shows_both_builtin_packs() -> None:
    result = runner.invoke(app, ["lessons", "list"], terminal_width=200)
    assert result.exit_code == 0
    assert "luustokurssi-en" in result.output and "luustokurssi-fi" in result.output
    assert "Living well with osteoporosis" in result.output


def test_list_marks_a_broken_pack(tmp_path: Path) -> None:
    folder = write_minipack(tmp_path)
    (folder / "pack.yaml").write_text("id: mini\n", encoding="utf-8")
    result = runner.invoke(app, ["--lessons", str(tmp_path), "lessons", "list"], terminal_width=200)
    assert result.exit_code == 0
    assert "cannot be used" in result.output


def test_show_pack_and_session() -> None:
    result = runner.invoke(app, ["lessons", "show", "luustokurssi-en"], terminal_width=160)
    assert result.exit_code == 0
    assert "Exercise library" in result.output and "sit-to-stand" in result.output
    result = runner.invoke(app, ["lessons", "show", "luustokurssi-en", "1"], terminal_width=160)
    assert result.exit_code == 0
    assert "Session 1" in result.output and "Sit to stand" in result.output


def test_show_unknown_pack_or_session_is_a_clear_error() -> None:
    result = runner.invoke(app, ["lessons", "show", "nope"])
    assert result.exit_code == 1
    assert "no lesson pack 'nope'" in result.output
    result = runner.invoke(app, ["lessons", "show", "luustokurssi-en", "9"])
    assert result.exit_code == 1
    assert "sessions 1 to 5" in result.output


def test_lessons_option_adds_a_pack(tmp_path: Path) -> None:
    write_minipack(tmp_path)
    result = runner.invoke(app, ["--lessons", str(tmp_path), "lessons", "show", "mini", "1"])
    assert result.exit_code == 0, result.output
    assert "Good morning." in result.output


def test_missing_lessons_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--lessons", str(tmp_path / "nope"), "lessons", "list"])
    assert result.exit_code == 2
    assert "no such folder" in result.output


def test_user_data_folder_packs_are_found(private_data_dir: Path) -> None:
    write_minipack(private_data_dir / "lessons")
    result = runner.invoke(app, ["lessons", "check"])
    assert result.exit_code == 0
    assert "4 packs checked" in result.output
