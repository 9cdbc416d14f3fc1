"""Two processes on one course: one writer at a time, a clear message naming the holder,
read-only access that sees the writer's saves at once, no lost update, stale locks taken over."""

from __future__ import annotations

import signal

import pytest

from osteo_tui.core.records import Note
from osteo_tui.core.store import CourseLocked, CourseRepository, ReadOnlyCourse
from tests.unit.store.conftest import make_course, read_line, start_child

N = 25  # notes process A saves per step


def test_second_writer_is_refused_reads_live_data_and_loses_nothing(
    repo: CourseRepository,
) -> None:
    course, (person,) = make_course(repo, "Aino Virtanen")
    a = start_child("hold", repo.data_dir, course.id, person.id, N)
    try:
        _, pid, saved = read_line(a).split()
        assert (int(pid), int(saved)) == (a.pid, N)

        with pytest.raises(CourseLocked) as locked:
            repo.open(course.id)
        assert locked.value.owner["pid"] == a.pid
        assert f"osteo-tui process {a.pid} on " in str(locked.value)
        assert "open this course read-only" in str(locked.value)

        viewer = repo.open(course.id, read_only=True)
        assert [note.text for note in viewer.notes()] == [f"A{i}" for i in range(1, N + 1)]
        assert viewer.run_state(1).segment == N  # a query, so a query cache would go stale
        with pytest.raises(ReadOnlyCourse):
            viewer.add_note(Note.new(person.id, "from B"))

        assert a.stdin is not None
        a.stdin.write("more\n")
        a.stdin.flush()
        assert read_line(a) == f"saved {a.pid} {2 * N}"
        # The same read-only store sees A's new saves: nothing stale is served.
        assert len(viewer.notes()) == 2 * N
        assert viewer.run_state(1).segment == 2 * N
        viewer.close()

        a.stdin.write("close\n")
        a.stdin.flush()
        assert read_line(a) == "closed"
        assert a.wait(timeout=10) == 0
    finally:
        a.kill()
        a.wait()

    with repo.open(course.id) as store:
        assert store.took_over_from is None  # A closed properly
        for i in range(1, N + 1):
            store.add_note(Note.new(person.id, f"B{i}"))
    with repo.open(course.id, read_only=True) as store:
        texts = [note.text for note in store.notes()]
    assert len(texts) == 3 * N
    assert set(texts) == {f"A{i}" for i in range(1, 2 * N + 1)} | {f"B{i}" for i in range(1, N + 1)}


def test_two_processes_racing_on_one_course_lose_no_update(repo: CourseRepository) -> None:
    count = 60
    course, (person,) = make_course(repo, "Aino Virtanen")
    racers = [start_child("race", repo.data_dir, course.id, person.id, p, count) for p in "AB"]
    try:
        for racer in racers:  # both have started; let them go at the same moment
            assert racer.stdin is not None
            racer.stdin.write("go\n")
        for racer in racers:
            racer.stdin.flush()
        retries = [int(read_line(racer).split()[1]) for racer in racers]
        assert [racer.wait(timeout=30) for racer in racers] == [0, 0]
    finally:
        for racer in racers:
            racer.kill()
            racer.wait()

    assert sum(retries) > 0, "the two processes never contended for the course"
    with repo.open(course.id) as store:
        texts = [note.text for note in store.notes()]
    expected = {f"{p}{i}" for p in "AB" for i in range(count)}
    assert len(texts) == len(expected) and set(texts) == expected


def test_a_lock_left_by_a_killed_process_is_taken_over(repo: CourseRepository) -> None:
    course, (person,) = make_course(repo, "Aino Virtanen")
    holder = start_child("lock", repo.data_dir, course.id)
    try:
        assert read_line(holder) == f"locked {holder.pid}"
        with pytest.raises(CourseLocked, match=f"process {holder.pid} "):
            repo.open(course.id)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    owner_file = repo.course_file(course.id).with_suffix(".owner")
    assert owner_file.exists()  # the dead process could not tidy up

    with repo.open(course.id) as store:
        assert store.took_over_from is not None
        assert store.took_over_from["pid"] == holder.pid
        store.add_note(Note.new(person.id, "after the take-over"))
    assert not owner_file.exists()
    with repo.open(course.id) as store:
        assert store.took_over_from is None
        assert [note.text for note in store.notes()] == ["after the take-over"]
