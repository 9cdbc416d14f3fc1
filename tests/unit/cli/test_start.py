"""``osteo-tui`` alone starts the app without building the command tree; with options it goes
through the root command; both end in the same ``start_app`` (docs/performance.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import osteo_tui.cli
from osteo_tui.cli import start
from osteo_tui.cli.context import CliContext
from tests.unit.cli.conftest import run

LEAN_START = """
import sys
import osteo_tui.cli
from osteo_tui.cli.start import start_app
import osteo_tui.tui.app
heavy = ["osteo_tui.cli.root", "reportlab", "osteo_tui.tui.screens.course",
         "osteo_tui.tui.screens.packs", "osteo_tui.tui.screens.new_course",
         "typer", "babel", "yaml", "filelock", "osteo_tui.core.lessons.loader",
         "osteo_tui.core.measures.comparison", "osteo_tui.core.timing.intervals",
         "tinydb", "osteo_tui.core.store.course_store", "osteo_tui.core.store.schema",
         "osteo_tui.core.records.participant", "osteo_tui.core.records.progress",
         "osteo_tui.tui.screens.confirm"]
print(",".join(name for name in heavy if name in sys.modules))
"""

LIST_COURSES = """
import sys
from pathlib import Path
from osteo_tui.core.store import CourseRepository
summaries = CourseRepository(Path(sys.argv[1])).summaries()
print(len(summaries), ",".join(name for name in ("tinydb", "osteo_tui.core.store.course_store",
      "osteo_tui.core.store.schema") if name in sys.modules))
"""


def test_what_start_up_needs_does_not_import_the_commands_pdfs_or_other_screens() -> None:
    """Nor typer, Babel, the pack loader (YAML), the lock or the measures' scoring: the home
    screen needs none of them before its first frame."""
    result = subprocess.run(
        [sys.executable, "-c", LEAN_START], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_listing_unchanged_courses_needs_neither_tinydb_nor_the_schema(tmp_path: Path) -> None:
    """With the course-list cache in place, start-up reads no course file; the first listing
    after a change reads (and checks) the changed files."""
    from osteo_tui.core.records import Course
    from osteo_tui.core.store import CourseRepository

    repo = CourseRepository(tmp_path)
    for title in ("Spring", "Autumn"):
        repo.create(Course.new(title, "luustokurssi-en", "1", 5, "2025-03-03")).close()

    def listed() -> str:
        command = [sys.executable, "-c", LIST_COURSES, str(tmp_path)]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()

    (tmp_path / "course-list.json").unlink()
    assert listed() == "2 osteo_tui.core.store.schema"  # every file read and checked
    assert listed() == "2"  # then none


def test_the_typer_app_is_still_there_for_tests_and_tools() -> None:
    from osteo_tui.cli.root import app

    assert osteo_tui.cli.app is app
    with pytest.raises(AttributeError):
        osteo_tui.cli.no_such_thing  # noqa: B018


def _record_starts(monkeypatch: pytest.MonkeyPatch, module: object) -> list[CliContext]:
    started: list[CliContext] = []
    monkeypatch.setattr(module, "start_app", started.append)
    return started


def test_no_arguments_start_the_app_directly(
    monkeypatch: pytest.MonkeyPatch, private_data_dir: Path
) -> None:
    started = _record_starts(monkeypatch, start)
    monkeypatch.setattr(sys, "argv", ["osteo-tui"])
    monkeypatch.setenv("OSTEO_TUI_LANG", "fi")
    osteo_tui.cli.main()
    (context,) = started
    assert context.data_dir == private_data_dir
    assert context.language is not None and context.language.language == "fi"


def test_an_unknown_language_without_arguments_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started = _record_starts(monkeypatch, start)
    monkeypatch.setattr(sys, "argv", ["osteo-tui"])
    monkeypatch.setenv("OSTEO_TUI_LANG", "klingon")
    with pytest.raises(SystemExit) as done:
        osteo_tui.cli.main()
    assert done.value.code == 2 and not started
    err = capsys.readouterr().err
    assert err.startswith("osteo-tui: ") and len(err.strip().splitlines()) == 1


def test_options_without_a_command_start_the_same_way(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import osteo_tui.cli.root as root

    started = _record_starts(monkeypatch, root)
    result = run("--data-dir", str(tmp_path), "--lang", "en")
    assert result.exit_code == 0, result.output
    (context,) = started
    assert context.data_dir == tmp_path
    assert context.language is not None and context.language.language == "en"
