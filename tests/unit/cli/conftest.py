"""Running ``osteo-tui`` in-process against the per-test data folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from osteo_tui.cli import app
from osteo_tui.core.store import CourseRepository

runner = CliRunner(env={"COLUMNS": "200"})


def run(*args: str, input: str | None = None) -> Result:
    """Run a command; whatever its exit code, it must not have died of an exception."""
    result = runner.invoke(app, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def ok(*args: str, input: str | None = None) -> Result:
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


def fails(*args: str, input: str | None = None) -> str:
    """Run a command that must fail with exit code 1 and one line on stderr; that line."""
    result = run(*args, input=input)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("osteo-tui: ")
    return lines[0]


def ok_json(*args: str) -> Any:
    return json.loads(ok(*args, "--json").stdout)


def new_course(title: str = "Spring group", pack: str = "luustokurssi-en") -> str:
    ok("course", "new", title, "--pack", pack, "--start", "2025-03-04", "--time", "13:00")
    return next(c["id"] for c in ok_json("course", "list") if c["title"] == title)


@pytest.fixture
def repo(private_data_dir: Path) -> CourseRepository:
    return CourseRepository(private_data_dir)


@pytest.fixture
def course() -> str:
    """The id of a fresh course 'Spring group' (luustokurssi-en, 5 sessions from 2025-03-04)."""
    return new_course()


@pytest.fixture
def people(course: str) -> str:
    """``course`` with Anna Virtanen (vertebral fracture) and Bo Nielsen; its id."""
    ok(
        "participant",
        "add",
        course,
        "Anna Virtanen",
        "--born",
        "1950",
        "--fracture",
        "vertebra 2023",
    )
    ok("participant", "add", course, "Bo Nielsen", "--sex", "m")
    return course
