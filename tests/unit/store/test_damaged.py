"""A damaged course file is reported (which file, what is wrong, which backup to restore)
and never touched: not by opening it, not read-only, not by listing the courses."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from osteo_tui.core.records import Note
from osteo_tui.core.store import CourseDamaged, CourseRepository
from osteo_tui.core.store.atomic_write import encode
from osteo_tui.core.store.summary_cache import CACHE_NAME
from tests.unit.store.conftest import make_course

LONG_AGO = 1_500_000_000_000_000_000  # an mtime (ns) in 2017: any write would change it


def _json(change: Callable[[dict[str, Any]], object]) -> Callable[[bytes], bytes]:
    def damage(good: bytes) -> bytes:
        document = json.loads(good)
        change(document)
        return json.dumps(document).encode()

    return damage


def _first(document: dict[str, Any], table: str) -> dict[str, Any]:
    return next(iter(document[table].values()))


def _set(table: str, key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda document: _first(document, table).__setitem__(key, value)


def _drop(table: str, key: str) -> Callable[[dict[str, Any]], None]:
    return lambda document: _first(document, table).pop(key)


NOT_JSON = "it is not valid JSON (cut short or edited by hand?): "
NOT_VALID = "document 1 of 'participants' is not valid"

# name: (damage to a good file's bytes, the start of the reason given)
DAMAGES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "truncated": (lambda good: good[: len(good) * 2 // 3], NOT_JSON),
    "cut to one byte": (lambda good: good[:1], NOT_JSON),
    "garbage bytes": (
        lambda good: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00",
        "it is not text (it may have been overwritten by something else)",
    ),
    "zeroed blocks": (lambda good: b"\x00" * len(good), "it is not text"),
    "text, not JSON": (lambda good: "Päivi Mäkelä, 1951".encode(), NOT_JSON),
    "deeply nested brackets": (lambda good: b"[" * 200_000, f"{NOT_JSON}nested too deeply"),
    "empty": (lambda good: b"", "the file is empty"),
    "only whitespace": (lambda good: b" \n\t\n", "the file is empty"),
    "a list": (
        lambda good: b"[" + good + b"]",
        "it is not a course file (the top level is not a JSON object)",
    ),
    "no meta": (
        _json(lambda document: document.pop("meta")),
        "it is not a course file (no 'meta' table with a schema version)",
    ),
    "schema as text": (
        _json(_set("meta", "schema", "2")),
        "its schema version is missing or not a whole number",
    ),
    "future schema": (
        _json(_set("meta", "schema", 7)),
        "it was written by a newer osteo-tui (schema 7; this version reads up to 3); "
        "update osteo-tui to open it",
    ),
    "participants not a table": (
        _json(lambda document: document.__setitem__("participants", [])),
        "the 'participants' table is missing or is not a table",
    ),
    "participant without a name": (
        _json(_drop("participants", "name")),
        f"{NOT_VALID} (KeyError: 'name')",
    ),
    "participant name not text": (
        _json(_set("participants", "name", None)),
        f"{NOT_VALID} ('name' cannot be null)",
    ),
    "participant born as text": (
        _json(_set("participants", "born", "1951")),
        f"{NOT_VALID} ('born' cannot be text)",
    ),
    "fracture site not text": (
        _json(_set("participants", "fractures", [{"site": 3, "year": 2020}])),
        f"{NOT_VALID} ('fractures' cannot be a list like this)",
    ),
    "participant fractures not a list": (
        _json(_set("participants", "fractures", 3)),
        NOT_VALID,
    ),
    "course without sessions": (
        _json(_drop("course", "sessions")),
        "document 1 of 'course' is not valid (KeyError: 'sessions')",
    ),
    "two courses": (
        _json(lambda document: document["course"].__setitem__("2", _first(document, "course"))),
        "it must hold exactly one course",
    ),
    "run state spent not a mapping": (
        _json(lambda document: document["runs"].__setitem__("1", {"session": 1, "spent": []})),
        "document 1 of 'runs' is not valid (AttributeError: ",
    ),
    "schema 1 with a broken course table": (
        _json(lambda document: document.update(meta={"1": {"schema": 1}}, course=["x"])),
        "it could not be brought up from schema 1 to 2 (AttributeError: ",
    ),
}


def _damage(
    repo: CourseRepository, name: str, with_backups: bool
) -> tuple[str, Path, bytes, list[str]]:
    course, (person,) = make_course(repo, "Päivi Mäkelä")
    with repo.open(course.id) as store:  # each open's first write takes a backup
        store.add_note(Note.new(person.id, "a note"))
    if not with_backups:
        repo.backup_shelf(course.id).remove_all()
    path = repo.course_file(course.id)
    damage, _ = DAMAGES[name]
    path.write_bytes(damage(path.read_bytes()))
    os.utime(path, ns=(LONG_AGO, LONG_AGO))
    backups = [backup.name for backup in repo.backup_shelf(course.id).list()]
    assert len(backups) == (2 if with_backups else 0)  # creating it took one
    return course.id, path, path.read_bytes(), backups


def _files(repo: CourseRepository) -> dict[Path, tuple[bytes, int]]:
    """Every file but the OS lock file (it holds nothing) and the course-list cache (a copy
    of what the list shows, written when listing finds a course it had not seen)."""
    return {
        path: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in repo.data_dir.rglob("*")
        if path.is_file() and path.suffix != ".lock" and path.name != CACHE_NAME
    }


@pytest.mark.parametrize("name", DAMAGES)
def test_damaged_file_is_explained_and_left_untouched(repo: CourseRepository, name: str) -> None:
    course_id, path, damaged, backups = _damage(repo, name, with_backups=True)
    other, _ = make_course(repo, "Åke Öberg", title="Autumn group")
    before = _files(repo)
    _, expected_reason = DAMAGES[name]

    for read_only in (False, True):
        with pytest.raises(CourseDamaged) as error:
            repo.open(course_id, read_only=read_only)
        assert error.value.reason.startswith(expected_reason), error.value.reason
        assert error.value.path == path
        assert error.value.backups == backups
        message = str(error.value)
        assert message.startswith(f"The course file {path} cannot be used: {error.value.reason}.")
        assert "It has not been changed." in message
        assert f"The newest backup is {backups[0]}; restore it with: " in message
        assert f"osteo-tui backup restore {course_id} {backups[0]}" in message

    summaries = {summary.id: summary for summary in repo.summaries()}
    assert summaries[course_id].damaged is not None
    assert summaries[course_id].damaged.startswith(expected_reason)
    assert summaries[other.id].damaged is None and summaries[other.id].title == "Autumn group"
    assert [s.id for s in repo.summaries()][-1] == course_id  # damaged ones listed last

    assert path.read_bytes() == damaged
    assert path.stat().st_mtime_ns == LONG_AGO
    assert _files(repo) == before  # nothing written, no backup taken, no owner file left


def test_damaged_file_without_backups_says_so(repo: CourseRepository) -> None:
    course_id, path, damaged, _ = _damage(repo, "truncated", with_backups=False)
    with pytest.raises(CourseDamaged) as error:
        repo.open(course_id)
    assert error.value.backups == []
    assert str(error.value).endswith("It has not been changed. There is no backup of it.")
    assert path.read_bytes() == damaged
    assert path.stat().st_mtime_ns == LONG_AGO


def test_a_valid_file_passes_the_same_checks(repo: CourseRepository) -> None:
    """The fixtures above start from a good file; unchanged, it opens."""
    course, _ = make_course(repo, "Päivi Mäkelä")
    data = repo.course_file(course.id).read_bytes()
    assert encode(json.loads(data)) == data
    with repo.open(course.id) as store:
        assert [person.name for person in store.participants()] == ["Päivi Mäkelä"]
