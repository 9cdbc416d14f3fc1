"""The files on disk: private from the moment they exist, and a save that touches only its
own course's files however many other courses the data folder holds."""

from __future__ import annotations

from pathlib import Path

from osteo_tui.core.records import Note, RunState
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.atomic_write import encode
from osteo_tui.core.store.schema import new_document
from tests.unit.store.conftest import file_accesses, make_course, mode_of, new_course


def test_folders_are_0700_and_files_0600_as_created(repo: CourseRepository) -> None:
    """The umask (0o022) would give 0755 and 0644: these modes are set at creation."""
    with file_accesses(repo.data_dir) as log:
        course, (person,) = make_course(repo, "Aino Virtanen")
        with repo.open(course.id) as store:
            store.add_note(Note.new(person.id, "a note"))
            store.backup("by hand")
            owner = store.path.with_suffix(".owner")
            assert mode_of(owner) == 0o600  # exists only while the course is open

    folders = [repo.data_dir, repo.courses_dir, repo.backups_dir, repo.backups_dir / course.id]
    assert {folder: mode_of(folder) for folder in folders} == dict.fromkeys(folders, 0o700)
    files = sorted(path for path in repo.data_dir.rglob("*") if path.is_file())
    assert {path.suffix for path in files} == {".json", ".lock"}
    assert len(files) == 1 + 1 + 3  # course, lock, backups
    assert {path: mode_of(path) for path in files} == dict.fromkeys(files, 0o600)
    # Nothing was made private after the fact (chmod by path; filelock's fchmod of the
    # empty lock file as it creates it is the only change of mode).
    assert [
        event for event in log.events if event[0] == "os.chmod" and isinstance(event[1], Path)
    ] == []


def _other_courses(repo: CourseRepository, count: int) -> None:
    repo.ensure_folders()
    for n in range(count):
        other = new_course(f"Other course {n}")
        repo.course_file(other.id).write_bytes(encode(new_document(other)))


def _paths_touched_by_saves(repo: CourseRepository, others: int) -> tuple[str, set[Path]]:
    course, (person,) = make_course(repo, "Aino Virtanen")
    _other_courses(repo, others)
    with repo.open(course.id) as store, file_accesses(repo.data_dir) as log:
        store.add_note(Note.new(person.id, "first save of this open: backup and rotation"))
        store.add_note(Note.new(person.id, "second save"))
        store.save_run_state(RunState(1, segment=2))
    return course.id, log.paths


def _allowed(repo: CourseRepository, course_id: str, path: Path) -> bool:
    course_file = repo.course_file(course_id).absolute()
    backups = (repo.backups_dir / course_id).absolute()
    return (
        path in (course_file, course_file.parent, backups)  # folders: fsync after a rename
        or path.parent == backups
        or (path.parent == course_file.parent and path.name.startswith(f".{course_file.name}."))
    )


def test_a_save_touches_only_its_own_course_files(tmp_path: Path) -> None:
    lone = CourseRepository(tmp_path / "lone")
    crowded = CourseRepository(tmp_path / "crowded")
    lone_id, lone_paths = _paths_touched_by_saves(lone, others=0)
    crowded_id, crowded_paths = _paths_touched_by_saves(crowded, others=200)

    assert len(crowded.course_ids()) == 201
    assert crowded_paths, "the spy saw nothing: the test would prove nothing"
    assert [p for p in crowded_paths if not _allowed(crowded, crowded_id, p)] == []
    assert [p for p in lone_paths if not _allowed(lone, lone_id, p)] == []
    # The same work with 200 other courses as with none: same number of distinct files.
    assert len(crowded_paths) == len(lone_paths)
