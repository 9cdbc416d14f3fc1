"""A mark or a saved run state is one durable write of the course file, new or changed.

TinyDB's ``upsert`` wrote the whole file twice for a new row (an update that matched nothing,
then the insert); every write is fsync-ed, so a first mark took twice as long to save as it
need (docs/performance.md, keystroke to saved).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from osteo_tui.core.records import RunState
from osteo_tui.core.store import CourseRepository, atomic_storage
from tests.unit.store.conftest import make_course


@pytest.fixture
def course_writes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Every atomic write of a course file (backups are written elsewhere)."""
    writes: list[Path] = []
    original = atomic_storage.write_atomically

    def logged(path: Path, data: bytes) -> None:
        original(path, data)
        writes.append(path)

    monkeypatch.setattr(atomic_storage, "write_atomically", logged)
    yield writes


def test_each_mark_is_one_write_and_lands(
    repo: CourseRepository, course_writes: list[Path]
) -> None:
    course, (aino, pekka) = make_course(repo, "Aino", "Pekka")
    with repo.open(course.id) as store:
        course_writes.clear()
        store.mark_attendance(1, aino.id, "present")  # new
        store.mark_attendance(1, pekka.id, "absent")  # new
        store.mark_attendance(1, aino.id, "excused")  # changed
        assert course_writes == [store.path] * 3
    with repo.open(course.id, read_only=True) as store:
        marks = {pid: mark.status.value for pid, mark in store.attendance_for(1).items()}
        assert len(store.attendance()) == 2
    assert marks == {aino.id: "excused", pekka.id: "absent"}


def test_each_run_state_save_is_one_write_and_lands(
    repo: CourseRepository, course_writes: list[Path]
) -> None:
    course, _ = make_course(repo, "Aino")
    with repo.open(course.id) as store:
        course_writes.clear()
        store.save_run_state(RunState(session=2, segment=1))  # new
        store.save_run_state(RunState(session=2, segment=3))  # changed
        store.save_run_state(RunState(session=3))  # another session, new
        assert course_writes == [store.path] * 3
    with repo.open(course.id, read_only=True) as store:
        state = store.run_state(2)
        assert state is not None and state.segment == 3
        assert store.run_state(3) is not None
