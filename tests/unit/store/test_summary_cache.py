"""The course-list cache: listing reads only the course files that changed, and the list is
always what reading every file would give."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osteo_tui.core.records import AttendanceStatus, Participant
from osteo_tui.core.store import CourseRepository, CourseSummary
from osteo_tui.core.store import repository as repository_module
from osteo_tui.core.store.summary_cache import CACHE_NAME, FORMAT

from .conftest import make_course, mode_of


def _fresh(repo: CourseRepository) -> list[CourseSummary]:
    """The list as reading every file gives it (no cache)."""
    found = [repo.summary(course_id) for course_id in repo.course_ids()]
    return sorted(found, key=lambda s: (s.damaged is not None, s.start_date or date.min, s.title))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many course files listing decoded (one count per file)."""
    count = [0]
    decode = repository_module.decode_course_file

    def counting(data: bytes) -> object:
        count[0] += 1
        return decode(data)

    monkeypatch.setattr(repository_module, "decode_course_file", counting)
    return count


def test_a_second_listing_reads_no_course_file(repo: CourseRepository, reads: list[int]) -> None:
    make_course(repo, "Aino", title="Spring")
    make_course(repo, "Eino", "Kaija", title="Autumn")
    (repo.data_dir / CACHE_NAME).unlink()  # creating a course lists the others
    reads[0] = 0
    first = repo.summaries()
    assert reads[0] == 2
    second = repo.summaries()
    assert reads[0] == 2  # both from the cache
    assert second == first == _fresh(repo)
    assert sorted((s.title, s.participants) for s in second) == [("Autumn", 2), ("Spring", 1)]


def test_a_saved_change_is_read_again_and_only_that_file(
    repo: CourseRepository, reads: list[int]
) -> None:
    spring, (aino,) = make_course(repo, "Aino", title="Spring")
    make_course(repo, "Eino", title="Autumn")
    repo.summaries()
    with repo.open(spring.id) as store:
        store.mark_attendance(1, aino.id, AttendanceStatus.PRESENT)
        store.add_participant(Participant.new("Lempi"))
    reads[0] = 0
    listed = {s.title: s for s in repo.summaries()}
    assert reads[0] == 1
    assert (listed["Spring"].participants, listed["Spring"].present_marks) == (2, 1)
    assert repo.summaries() == _fresh(repo)


def test_a_file_put_back_with_the_same_size_and_time_is_read_again(
    repo: CourseRepository, tmp_path: Path
) -> None:
    """A restore by hand (``cp -p``) can give the file its old size and modification time;
    the change time and the inode still tell it apart."""
    course, _ = make_course(repo, "Aino", title="Spring")
    path = repo.course_file(course.id)
    renamed = path.read_bytes().replace(b'"Spring"', b'"Sprung"')
    stat = path.stat()
    repo.summaries()
    copy = tmp_path / "copy.json"
    copy.write_bytes(renamed)
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    shutil.copy2(copy, path.with_suffix(".new"))
    os.replace(path.with_suffix(".new"), path)
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert [s.title for s in repo.summaries()] == ["Sprung"]


def test_a_course_file_damaged_after_it_was_cached_is_listed_as_damaged(
    repo: CourseRepository,
) -> None:
    course, _ = make_course(repo, "Aino", title="Spring")
    repo.summaries()
    path = repo.course_file(course.id)
    path.write_bytes(path.read_bytes()[:-40])
    (summary,) = repo.summaries()
    assert summary.damaged is not None and summary.damaged.startswith("it is not valid JSON")
    assert course.id not in json.loads((repo.data_dir / CACHE_NAME).read_text())["courses"]
    assert repo.summaries() == [summary]  # checked again, not cached


@pytest.mark.parametrize(
    "cache_text",
    [
        b"",
        b"{not json",
        b"[]",
        json.dumps({"format": FORMAT + 1, "courses": {}}).encode(),
        json.dumps({"format": FORMAT, "courses": []}).encode(),
        b"\xff\xfe",
    ],
    ids=["empty", "not JSON", "a list", "another format", "courses not a table", "not text"],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_written_anew(
    repo: CourseRepository, cache_text: bytes
) -> None:
    make_course(repo, "Aino", title="Spring")
    cache = repo.data_dir / CACHE_NAME
    cache.write_bytes(cache_text)
    assert [s.title for s in repo.summaries()] == ["Spring"]
    assert json.loads(cache.read_text())["format"] == FORMAT


def test_an_entry_that_is_not_one_is_read_from_the_file(
    repo: CourseRepository, reads: list[int]
) -> None:
    make_course(repo, "Aino", title="Spring")
    repo.summaries()
    cache = repo.data_dir / CACHE_NAME
    data = json.loads(cache.read_text())
    (item,) = data["courses"].values()
    item["entry"]["participants"] = "many"
    cache.write_text(json.dumps(data))
    reads[0] = 0
    (summary,) = repo.summaries()
    assert (reads[0], summary.participants) == (1, 1)


def test_the_cache_is_private_and_names_no_participant(repo: CourseRepository) -> None:
    make_course(repo, "Päivi Mäkelä", "Åke Öberg", title="Spring")
    repo.summaries()
    cache = repo.data_dir / CACHE_NAME
    assert mode_of(cache) == 0o600
    text = cache.read_text(encoding="utf-8")
    assert "Spring" in text
    assert "Päivi" not in text and "Mäkelä" not in text and "Öberg" not in text


def test_a_purged_course_leaves_the_cache(repo: CourseRepository) -> None:
    course, _ = make_course(repo, "Aino", title="Spring to purge")
    make_course(repo, "Eino", title="Autumn")
    repo.summaries()
    repo.archive(course.id, date(2025, 1, 1))
    repo.purge(course.id, date(2025, 1, 2))
    assert "Spring to purge" not in (repo.data_dir / CACHE_NAME).read_text(encoding="utf-8")
    assert [s.title for s in repo.summaries()] == ["Autumn"]


def test_listing_works_when_the_cache_cannot_be_written(repo: CourseRepository) -> None:
    make_course(repo, "Aino", title="Spring")
    cache = repo.data_dir / CACHE_NAME
    cache.mkdir()  # in the way: writing the cache fails
    assert [s.title for s in repo.summaries()] == ["Spring"]
    assert [s.title for s in repo.summaries()] == ["Spring"]


def test_an_empty_data_folder_writes_nothing(repo: CourseRepository) -> None:
    assert repo.summaries() == []
    assert not repo.data_dir.exists()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["mark", "add", "rename", "damage", "list"]), st.integers(0, 2)
        ),
        min_size=1,
        max_size=12,
    )
)
def test_the_listing_is_always_what_reading_every_file_gives(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int]]
) -> None:
    repo = CourseRepository(tmp_path_factory.mktemp("data"))
    courses = [make_course(repo, "Aino", title=f"Course {n}") for n in range(3)]
    for action, index in steps:
        course, (aino,) = courses[index]
        path = repo.course_file(course.id)
        if action == "damage":
            path.write_bytes(b"{")
            continue
        if action == "list" or not path.read_bytes().startswith(b'{"'):
            assert repo.summaries() == _fresh(repo)
            continue
        with repo.open(course.id) as store:
            if action == "mark":
                store.mark_attendance(1, aino.id, AttendanceStatus.PRESENT)
            elif action == "add":
                store.add_participant(Participant.new(f"Eino {len(store.participants())}"))
            else:
                store.save_course(replace(store.course, title=store.course.title + "!"))
        assert repo.summaries() == _fresh(repo)
