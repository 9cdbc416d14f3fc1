"""Data folders for the benchmarks: 1, 50 or 500 courses of 30 participants each, written with
the core API (``CourseRepository``/``CourseStore``) exactly as the app and CLI write them.

Each folder is made once per run under one temporary directory and shared by every benchmark
of that run; ``fresh_copy`` hands a benchmark that writes its own copy.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.paths import builtin_lessons_dir
from osteo_tui.core.records import Course, Fracture, Participant
from osteo_tui.core.store import CourseRepository

__all__ = ["BenchData", "builtin_catalog", "make_course", "make_folder"]

PARTICIPANTS = 30
PACK_ID = "luustokurssi-en"
FIRST_NAMES = ["Aino", "Pekka", "Liisa", "Matti", "Helmi", "Eero", "Sirkka", "Kalle", "Ole"]
LAST_NAMES = ["Virtanen", "Mäkinen", "Korhonen", "Nieminen", "Jensen", "Hansen", "Laine"]
START = date(2026, 1, 5)  # a Monday


def builtin_catalog() -> PackCatalog:
    return PackCatalog.discover([(builtin_lessons_dir(), PackOrigin.BUILTIN)])


@functools.cache
def _pack() -> tuple[str, str, int]:
    """Id, version and number of sessions of the built-in English pack the courses follow."""
    pack = builtin_catalog().get(PACK_ID).load()  # type: ignore[union-attr]
    return pack.id, pack.version, len(pack.sessions)


def people(count: int = PARTICIPANTS) -> list[Participant]:
    """``count`` participants with distinct names; every fourth has a vertebral fracture."""
    found = []
    for n in range(count):
        name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {LAST_NAMES[n % len(LAST_NAMES)]} {n + 1}"
        fractures = (Fracture("wrist", 2023),) if n % 3 == 0 else ()
        found.append(
            Participant.new(
                name,
                born=1940 + n % 25,
                sex="f" if n % 5 else "m",
                fractures=fractures,
                vertebral_fracture=n % 4 == 0,
                today=START,
            )
        )
    return found


def make_course(repository: CourseRepository, number: int, participants: int = PARTICIPANTS) -> str:
    """One course as a trainer has it after its first session: a roster, session 1 marked."""
    pack_id, version, sessions = _pack()
    course = Course.new(
        f"Course {number:03d}",
        pack_id,
        version,
        sessions,
        START + timedelta(days=7 * (number % 40)),
        start_time="13:00",
        place="Community hall",
        trainers=("Maija",),
    )
    with repository.create(course) as store:
        store.import_participants(people(participants))
        store.mark_all_present(1)
    return course.id


def make_folder(folder: Path, courses: int, participants: int = PARTICIPANTS) -> list[str]:
    """A data folder holding ``courses`` courses; returns their ids in the order made.

    Each course is created in an empty scratch folder and then moved in: ``create`` checks
    the new title against every course already there, which would make building 500
    courses quadratic (minutes). The files themselves are exactly what the core wrote.
    """
    repository = CourseRepository(folder)
    repository.ensure_folders()
    scratch = folder / ".making"
    ids = []
    for n in range(courses):
        course_id = make_course(CourseRepository(scratch), n + 1, participants)
        for path in (scratch / "courses").iterdir():
            os.replace(path, repository.courses_dir / path.name)
        os.replace(scratch / "backups" / course_id, repository.backups_dir / course_id)
        ids.append(course_id)
    shutil.rmtree(scratch, ignore_errors=True)
    return ids


class BenchData:
    """The run's data folders, made on first use and removed by ``cleanup``."""

    def __init__(self, root: Path | None = None, participants: int = PARTICIPANTS) -> None:
        self._own = root is None
        self.root = root or Path(tempfile.mkdtemp(prefix="osteo-bench-"))
        self.participants = participants
        self._made: dict[int, tuple[Path, list[str]]] = {}

    def folder(self, courses: int) -> tuple[Path, list[str]]:
        """A shared read-mostly folder of ``courses`` courses and the course ids."""
        if courses not in self._made:
            folder = self.root / f"courses-{courses}"
            ids = make_folder(folder, courses, self.participants)
            self._made[courses] = (folder, ids)
        return self._made[courses]

    def fresh_copy(self, courses: int, name: str) -> tuple[Path, list[str]]:
        """A private copy of the ``courses`` folder for a benchmark that writes to it."""
        source, ids = self.folder(courses)
        target = self.root / f"{name}-{courses}"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target)
        return target, ids

    def cleanup(self) -> None:
        if self._own:
            shutil.rmtree(self.root, ignore_errors=True)
