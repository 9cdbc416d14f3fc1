"""Another osteo-tui process for the storage tests (run as a script, not collected).

    python store_child.py save DATA COURSE PERSON FIRST REOPEN_EVERY
        Saves notes "note FIRST", "note FIRST+1", ... for ever, reopening the course every
        REOPEN_EVERY saves; prints each number after its save has returned (acknowledged).
        Before each note it also lengthens or shortens the participant's own notes, near
        the start of the file, so that no two saves write the file alike.
    python store_child.py hold DATA COURSE PERSON COUNT
        Opens the course, saves COUNT notes "A1".."A<COUNT>" and prints "saved <pid> <n>";
        then for each line on stdin: "more" saves COUNT more notes and the run state of
        session 1 (segment = notes saved so far), "close" closes the course and exits.
    python store_child.py lock DATA COURSE
        Opens the course, prints "locked <pid>" and sleeps until killed.
    python store_child.py race DATA COURSE PERSON PREFIX COUNT
        Waits for a line on stdin, then COUNT times: open (retrying while another process
        holds the course), save note "<PREFIX><i>", close. Prints "done <retries>".

Only the store and the records are imported, so it starts quickly.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from osteo_tui.core.records import Note, RunState
from osteo_tui.core.store import CourseLocked, CourseRepository


def save(repo: CourseRepository, course: str, person: str, first: str, every: str) -> None:
    number = int(first)
    while True:
        with repo.open(course) as store:
            for _ in range(int(every)):
                someone = store.participant(person)
                store.save_participant(replace(someone, notes="·" * (number % 2 * 50)))
                store.add_note(Note.new(person, f"note {number}"))
                print(number, flush=True)
                number += 1


def hold(repo: CourseRepository, course: str, person: str, count: str) -> None:
    store = repo.open(course)
    saved = 0
    for command in itertools.chain(["more"], sys.stdin):
        if command.strip() == "close":
            store.close()
            print("closed", flush=True)
            return
        for _ in range(int(count)):
            saved += 1
            store.add_note(Note.new(person, f"A{saved}"))
        store.save_run_state(RunState(1, segment=saved))
        print(f"saved {os.getpid()} {saved}", flush=True)


def lock(repo: CourseRepository, course: str) -> None:
    repo.open(course)
    print(f"locked {os.getpid()}", flush=True)
    time.sleep(600)


def race(repo: CourseRepository, course: str, person: str, prefix: str, count: str) -> None:
    sys.stdin.readline()
    retries = 0
    for i in range(int(count)):
        while True:
            try:
                store = repo.open(course)
            except CourseLocked:
                retries += 1
                time.sleep(0.0005)
                continue
            with store:
                store.add_note(Note.new(person, f"{prefix}{i}"))
            break
    print(f"done {retries}", flush=True)


if __name__ == "__main__":
    mode, data, *rest = sys.argv[1:]
    {"save": save, "hold": hold, "lock": lock, "race": race}[mode](
        CourseRepository(Path(data)), *rest
    )
