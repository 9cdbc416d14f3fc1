"""A process saving continuously is SIGKILLed at random moments, over 200 times; after each
kill the course still opens and holds every change that had been acknowledged.

Each child saves two changes per note (its participant's notes, lengthened or shortened near
the start of the file, then the note) to a course file of 1.5 MB, so a kill often lands while
a file is being written: an in-place writer (as TinyDB's JSONStorage is) fails this test
within a few dozen kills, even on a disk whose fsync costs nothing.
"""

from __future__ import annotations

import random
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from osteo_tui.core.store import CourseRepository, StoreError
from tests.unit.store.conftest import (
    make_course,
    mode_of,
    read_line,
    start_child,
    temp_files_under,
)

SLOTS = 4  # children running at once, each against its own data folder
ROUNDS = 52  # kills per slot: 208 in all
REOPEN_EVERY = (1, 3, 1_000_000)  # reopen (lock, temp clean-up, backup) every save, or never
BIG_NOTE = "Kävelee hyvin, tasapaino parantunut. " * 40_000  # another participant's notes


@dataclass
class SlotResult:
    kills: int = 0
    acknowledged: int = 0
    temps_left_by_kills: int = 0
    problems: list[str] = field(default_factory=list)


def _kill_one(
    rng: random.Random, data_dir: Path, course_id: str, person_id: str, first: int, every: int
) -> tuple[int, set[int]]:
    """Start a saving child, SIGKILL it 0-150 ms after its first acknowledgement: its pid
    and the numbers it acknowledged (printed after each save returned)."""
    child = start_child("save", data_dir, course_id, person_id, first, every)
    lines = [read_line(child)]
    time.sleep(rng.uniform(0, 0.150))
    child.send_signal(signal.SIGKILL)
    assert child.stdout is not None and child.stderr is not None
    lines += child.stdout.read().split()  # everything it printed before it died
    child.wait()
    assert child.returncode == -signal.SIGKILL, child.stderr.read()
    return child.pid, {int(line) for line in lines}


def kill_repeatedly(data_dir: Path, seed: int) -> SlotResult:
    rng = random.Random(seed)
    repo = CourseRepository(data_dir)
    course, (person, other) = make_course(repo, "Aino Virtanen", "Bea Berg")
    with repo.open(course.id) as store:
        store.save_participant(replace(other, notes=BIG_NOTE))
    saved: set[int] = set()  # acknowledged, or found saved after a kill
    result = SlotResult()
    for round_ in range(ROUNDS):
        first = max(saved, default=0) + 2  # +2: leave a gap, so a reused number shows
        every = rng.choice(REOPEN_EVERY)
        pid, acked = _kill_one(rng, data_dir, course.id, person.id, first, every)
        result.kills += 1
        result.temps_left_by_kills += len(temp_files_under(data_dir))

        where = f"seed {seed}, round {round_}, reopen every {every}"
        try:
            with repo.open(course.id) as store:
                numbers = [int(note.text.split()[1]) for note in store.notes(person.id)]
                leftovers = temp_files_under(data_dir)
                took_over = store.took_over_from
        except StoreError as error:  # CourseDamaged: the kill broke the file
            result.problems.append(f"{where}: {error}")
            return result
        if missing := (saved | acked) - set(numbers):
            result.problems.append(f"{where}: lost acknowledged notes {sorted(missing)[:5]}")
        if len(numbers) != len(set(numbers)):
            result.problems.append(f"{where}: a note was saved twice")
        unacknowledged = {n for n in numbers if n >= first} - acked
        if not unacknowledged <= {max(acked) + 1}:  # at most the save in flight
            result.problems.append(f"{where}: unexpected notes {sorted(unacknowledged)}")
        if leftovers:
            result.problems.append(f"{where}: temp files not cleaned at open: {leftovers}")
        if took_over is not None and took_over.get("pid") != pid:
            result.problems.append(f"{where}: took over from {took_over}, not from {pid}")
        if mode_of(repo.course_file(course.id)) != 0o600:
            result.problems.append(f"{where}: the course file is no longer 0600")
        saved |= acked | set(numbers)
    result.acknowledged = len(saved)
    return result


def test_sigkill_during_saves_never_loses_or_breaks_anything(
    tmp_path: Path, loose_umask: None
) -> None:
    seeds = [random.randrange(1 << 32) for _ in range(SLOTS)]
    folders = [tmp_path / f"data{i}" for i in range(SLOTS)]
    with ThreadPoolExecutor(SLOTS) as pool:
        results = list(pool.map(kill_repeatedly, folders, seeds))

    assert [problem for result in results for problem in result.problems] == []
    assert sum(result.kills for result in results) >= 200
    assert all(result.acknowledged > ROUNDS for result in results)
    # The clean-up at open was exercised: some kills did land while a temp file existed.
    assert sum(result.temps_left_by_kills for result in results) > 0
    for folder in folders:
        for path in folder.rglob("*"):
            assert mode_of(path) == (0o700 if path.is_dir() else 0o600), path
