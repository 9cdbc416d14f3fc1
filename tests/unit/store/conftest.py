"""Shared fixtures for the storage proofs: a private data folder with a course in it, a
permissive umask, helpers to run other osteo-tui processes, and a log of file accesses."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from osteo_tui.core.records import Course, Participant
from osteo_tui.core.store import CourseRepository

CHILD = Path(__file__).with_name("store_child.py")
FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would make new files 0644 and folders 0755, so 0600/0700 is no luck."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def repo(data_dir: Path, loose_umask: None) -> CourseRepository:
    return CourseRepository(data_dir)


def new_course(title: str = "Strong Bones spring", sessions: int = 8) -> Course:
    return Course.new(title, "bone-fit", "1.2.0", sessions, "2025-03-03", trainers=("Liisa",))


def make_course(
    repo: CourseRepository, *names: str, title: str = "Strong Bones spring"
) -> tuple[Course, list[Participant]]:
    """A course with the given participants, saved and closed."""
    course = new_course(title)
    with repo.create(course) as store:
        people = [store.add_participant(Participant.new(name)) for name in names]
    return course, people


SCHEMA_1 = FIXTURES / "course-schema1.json"  # written by hand, as osteo-tui 0.0.x wrote
COURSE_1_ID = "5c1e0a77"  # the course in it


def install_schema_1(repo: CourseRepository, data: bytes | None = None) -> Path:
    """Put the schema-1 fixture (or ``data``) in the data folder as a course file."""
    repo.ensure_folders()
    path = repo.course_file(COURSE_1_ID)
    path.write_bytes(SCHEMA_1.read_bytes() if data is None else data)
    return path


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def temp_files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.tmp"))


def mode_of(path: Path) -> int:
    return path.stat().st_mode & 0o777


def start_child(*args: object, deadline: float = 60) -> subprocess.Popen[str]:
    """Another osteo-tui process running ``store_child.py`` (see its docstring). It is
    killed after ``deadline`` seconds whatever happens, so a broken test cannot hang."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *(str(arg) for arg in args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    threading.Thread(target=_watchdog, args=(child, deadline), daemon=True).start()
    return child


def _watchdog(child: subprocess.Popen[str], deadline: float) -> None:
    try:
        child.wait(deadline)
    except subprocess.TimeoutExpired:
        child.kill()


def read_line(child: subprocess.Popen[str]) -> str:
    """The child's next line; fails with its stderr if it ended instead."""
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:
        child.wait(timeout=10)
        assert child.stderr is not None
        pytest.fail(f"child {child.pid} ended ({child.returncode}): {child.stderr.read()}")
    return line.strip()


# -- a log of every file the code under test opens, lists, renames or deletes -------------

_AUDITED = {"open", "os.listdir", "os.scandir", "os.rename", "os.remove", "os.rmdir", "os.mkdir"}
_AUDITED |= {"os.chmod"}
_logs: list[AccessLog] = []
_hook_lock = threading.Lock()
_hook_installed = False


@dataclass
class AccessLog:
    """(event, path) pairs for paths under ``root`` (audit hooks cannot be removed, so one
    hook is installed per process and feeds whichever logs are active)."""

    root: Path
    events: list[tuple[str, Path | int]] = field(default_factory=list)

    @property
    def paths(self) -> set[Path]:
        return {path for _, path in self.events if isinstance(path, Path)}


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event not in _AUDITED or not _logs:
        return
    target = args[0] if args else None
    if isinstance(target, int) and event == "os.chmod":
        for log in _logs:
            log.events.append((event, target))
        return
    if not isinstance(target, str | bytes | os.PathLike):
        return
    path = Path(os.fsdecode(target)).absolute()
    for log in _logs:
        if path == log.root or log.root in path.parents:
            log.events.append((event, path))
    if event == "os.rename" and len(args) > 1 and isinstance(args[1], str | os.PathLike):
        destination = Path(os.fspath(args[1])).absolute()
        for log in _logs:
            if log.root in destination.parents:
                log.events.append(("os.rename-to", destination))


@contextmanager
def file_accesses(root: Path) -> Iterator[AccessLog]:
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
    log = AccessLog(root.absolute())
    _logs.append(log)
    try:
        yield log
    finally:
        _logs.remove(log)
