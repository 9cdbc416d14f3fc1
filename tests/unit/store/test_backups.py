"""Backups: one before the first write of each open (and only one), one before an import, an
erase or a restore; the newest 20 kept; and a restore leaves the course fully usable."""

from __future__ import annotations

import json

import pytest

from osteo_tui.core.records import Note, Participant
from osteo_tui.core.store import CourseRepository, ReadOnlyCourse
from osteo_tui.core.store.backups import KEEP
from osteo_tui.core.store.repository import decode_course_file
from tests.unit.store.conftest import make_course


def _notes_in(data: bytes) -> list[str]:
    return sorted(row["text"] for row in json.loads(data)["notes"].values())


def test_a_backup_is_taken_before_the_first_write_of_each_open_and_only_then(
    repo: CourseRepository,
) -> None:
    course, (person,) = make_course(repo, "Aino Virtanen")
    shelf = repo.backup_shelf(course.id)
    path = repo.course_file(course.id)
    assert len(shelf.list()) == 1  # creating the course: one open, one first write

    before = path.read_bytes()
    with repo.open(course.id) as store:
        assert len(shelf.list()) == 1  # opening writes nothing, so backs up nothing
        for text in ("one", "two", "three"):
            store.add_note(Note.new(person.id, text))
        backups = shelf.list()
        assert len(backups) == 2  # three writes, one backup
        assert backups[0].reason == "before-changes"
        assert backups[0].path.read_bytes() == before  # the state before the first write

    with repo.open(course.id):
        pass  # an open without writes
    with repo.open(course.id, read_only=True) as viewer, pytest.raises(ReadOnlyCourse):
        viewer.add_note(Note.new(person.id, "four"))
    assert len(shelf.list()) == 2

    with repo.open(course.id) as store:
        store.add_note(Note.new(person.id, "four"))
        store.add_note(Note.new(person.id, "five"))
    newest = shelf.list()[0]
    assert len(shelf.list()) == 3
    assert _notes_in(newest.path.read_bytes()) == ["one", "three", "two"]


def test_backups_rotate_to_the_newest_twenty(repo: CourseRepository) -> None:
    assert KEEP == 20
    course, (person,) = make_course(repo, "Aino Virtanen")  # backup 1
    shelf = repo.backup_shelf(course.id)
    taken = [shelf.list()[0].name]
    for n in range(1, 25):  # backups 2..25; backup k holds k - 2 notes
        with repo.open(course.id) as store:
            store.add_note(Note.new(person.id, f"note {n:02}"))
        taken.append(shelf.list()[0].name)

    kept = shelf.list()
    assert len(kept) == KEEP
    assert [backup.name for backup in kept] == taken[::-1][:KEEP]  # newest first
    assert [len(_notes_in(backup.path.read_bytes())) for backup in kept] == list(range(23, 3, -1))
    assert sorted(path.name for path in shelf.folder.iterdir()) == sorted(taken[-KEEP:])


def test_import_erase_and_restore_each_take_a_backup_first(repo: CourseRepository) -> None:
    course, (aino,) = make_course(repo, "Aino Virtanen")
    shelf = repo.backup_shelf(course.id)
    with repo.open(course.id) as store:
        store.add_note(Note.new(aino.id, "written"))  # the open's own before-changes backup
        before_import = repo.course_file(course.id).read_bytes()
        store.import_participants([Participant.new("Bea"), Participant.new("Cea")])
        assert shelf.list()[0].reason == "before-import"
        assert shelf.list()[0].path.read_bytes() == before_import

        store.erase_participant("Cea")
        assert shelf.list()[0].reason == "before-erase"

        target = shelf.list()[0].name
        saved = store.restore(target, lambda data: decode_course_file(data)[0])
        assert shelf.list()[0].name == saved and saved.endswith("-before-restore.json")
    assert [b.reason for b in shelf.list()[:4]] == [
        "before-restore",
        "before-erase",
        "before-import",
        "before-changes",
    ]


def test_a_restore_leaves_the_course_fully_usable(repo: CourseRepository) -> None:
    """TinyDB keeps the next document id per table: after a restore to a backup holding
    more documents, a stale counter would reuse an id and the next save would fail."""
    course, (person,) = make_course(repo, "Aino Virtanen")
    check = lambda data: decode_course_file(data)[0]  # noqa: E731
    with repo.open(course.id) as store:
        for n in range(1, 6):
            store.add_note(Note.new(person.id, f"note {n}"))
    with repo.open(course.id) as store:
        store.add_note(Note.new(person.id, "note 6"))  # backs up notes 1-5 first
    five, none = [b.name for b in repo.backup_shelf(course.id).list()[:2]]

    with repo.open(course.id) as store:
        store.restore(none, check)
        store.add_note(Note.new(person.id, "after the first restore"))
        store.restore(five, check)
        store.add_note(Note.new(person.id, "after the second restore"))
        assert len(store.notes()) == 6
    with repo.open(course.id, read_only=True) as store:
        texts = [note.text for note in store.notes()]
    assert texts == [f"note {n}" for n in range(1, 6)] + ["after the second restore"]
