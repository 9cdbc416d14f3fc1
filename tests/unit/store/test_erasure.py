"""After a participant is erased, their name is in no file under the data folder: not the
course file, not any backup (even one a crash left half-written), not the lock files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from osteo_tui.core.records import Goal, Note, Participant, RunState
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.erasure import ERASED
from osteo_tui.core.store.repository import decode_course_file
from tests.unit.store.conftest import COURSE_1_ID, files_under, install_schema_1, make_course

NAMES = [
    "Päivi Mäkelä",  # Finnish
    "Åse Kjærsgaard",  # Danish
    "רבקה לוי",  # Hebrew, right to left
    "Zoë Brontë-Ōtsuka",
]


def _forms(name: str) -> list[str]:
    """The name as it may be written in a file: plain (UTF-8) and \\u-escaped JSON."""
    return [name, json.dumps(name, ensure_ascii=True)[1:-1]]


def _leaks(data_dir: Path, *needles: str) -> list[tuple[Path, str]]:
    found = []
    for path in files_under(data_dir):
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace").casefold()
        for needle in needles:
            for form in _forms(needle):
                if form.encode("utf-8") in raw or form.casefold() in text:
                    found.append((path.relative_to(data_dir), form))
    return found


@pytest.mark.parametrize("name", NAMES)
def test_erased_participant_is_in_no_file_under_the_data_folder(
    repo: CourseRepository, name: str
) -> None:
    course, (gone, kept) = make_course(repo, name, "Bea Berg")
    shelf = repo.backup_shelf(course.id)
    with repo.open(course.id) as store:  # a second open: a second backup with the name in it
        store.mark_attendance(1, gone.id, "present")
        store.mark_attendance(1, kept.id, "absent")
        goal = store.add_goal(Goal.new(gone.id, "Walk to the shop", "minutes"))
        store.review_goal(goal.id, 1, 1, f"{name} walked 10 min")
        store.add_note(Note.new(gone.id, "Knee sore.", session=1))
        store.add_goal(Goal.new(kept.id, f"Keep pace with {name.upper()}"))
        store.add_note(Note.new(kept.id, f"Came with {name}; {name.lower()}'s lift helps."))
        store.save_run_state(RunState(1, segment=3, timer={"label": f"pairs: {name}"}))
        store.save_course(replace(store.course, notes=f"{name} may join late"))
    with repo.open(course.id) as store:
        store.save_participant(replace(store.participant(kept.id), notes=f"Friend of {name}"))
    # A crash while a backup was being written leaves a temp file holding the data, and a
    # backup can be damaged: neither may keep the name.
    course_bytes = repo.course_file(course.id).read_bytes()
    (shelf.folder / ".20250101-100000-000000-before-changes.json.999-abcd.tmp").write_bytes(
        course_bytes
    )
    (shelf.folder / "20200101-100000-000000-before-changes.json").write_bytes(
        course_bytes[: len(course_bytes) // 2]
    )
    assert len(_leaks(repo.data_dir, name)) >= 5  # the check can see the name where it is

    with repo.open(course.id, read_only=True) as store:
        kept_mark = store.attendance_for(1)[kept.id]
    with repo.open(course.id) as store:
        report = store.erase_participant(name.lower())  # found by name, any case
        assert _leaks(repo.data_dir, name, gone.id) == []  # the owner file exists now
        assert [p.name for p in store.participants()] == ["Bea Berg"]
    assert _leaks(repo.data_dir, name, gone.id) == []

    assert report.name == name
    assert (report.participant, report.attendance, report.goals, report.notes) == (1, 1, 1, 1)
    assert report.mentions == 6  # goal, note, participant notes, run state, course notes
    assert report.backups_deleted == 1  # the damaged one
    assert report.backups_rewritten == len(shelf.list()) >= 4

    with repo.open(course.id, read_only=True) as store:  # still a good course file
        bea = store.participant("Bea Berg")
        assert bea == replace(kept, notes=f"Friend of {ERASED}")
        assert store.attendance_for(1) == {kept.id: kept_mark}
        assert [g.text for g in store.goals()] == [f"Keep pace with {ERASED}"]
        assert [n.text for n in store.notes()] == [f"Came with {ERASED}; {ERASED}'s lift helps."]
        assert store.run_state(1).timer == {"label": f"pairs: {ERASED}"}
        assert store.course.notes == f"{ERASED} may join late"
    for backup in shelf.list():  # every rewritten backup is still a usable course file
        document, _ = decode_course_file(backup.path.read_bytes())
        people = [row["name"] for row in document["participants"].values()]
        assert name not in people


def test_erasing_one_participant_leaves_a_similar_name_alone(repo: CourseRepository) -> None:
    course, (_, anna) = make_course(repo, "Ann", "Anna Annala")
    with repo.open(course.id) as store:
        store.add_note(Note.new(anna.id, "Annual check with Ann done; Anna fine."))
        store.erase_participant("Ann")
        assert [p.name for p in store.participants()] == ["Anna Annala"]
        assert [n.text for n in store.notes()] == [f"Annual check with {ERASED} done; Anna fine."]


def test_erasing_a_participant_from_a_course_with_a_schema_1_backup(
    repo: CourseRepository,
) -> None:
    """Backups of any age are scrubbed, including the one taken before a migration."""
    install_schema_1(repo)
    with repo.open(COURSE_1_ID) as store:
        assert store.backups.list()[0].reason == "before-migration"
        store.erase_participant("Päivi Mäkelä")
    assert _leaks(repo.data_dir, "Päivi Mäkelä", "a1b2c3d4") == []
    with repo.open(COURSE_1_ID, read_only=True) as store:
        assert [p.name for p in store.participants()] == ["Åke Öberg"]


def test_add_participant_after_erase_is_a_new_person(repo: CourseRepository) -> None:
    course, _ = make_course(repo, "Päivi Mäkelä")
    with repo.open(course.id) as store:
        store.erase_participant("Päivi Mäkelä")
        again = store.add_participant(Participant.new("Päivi Mäkelä"))
        assert store.participants() == [again]


def test_inflected_first_and_last_names_in_other_notes_are_erased(repo: CourseRepository) -> None:
    course, (_, pekka) = make_course(repo, "Aino Virtanen", "Pekka Virtanen")
    with repo.open(course.id) as store:
        store.add_note(Note.new(pekka.id, "Ainon kanssa samaan ryhmään. AINOLLE soitto."))
        store.add_note(Note.new(pekka.id, "Virtasen pariskunta; Ainoa kertaa ei jäänyt pois."))
        report = store.erase_participant("Aino Virtanen")
        texts = [n.text for n in store.notes()]
        assert [p.name for p in store.participants()] == ["Pekka Virtanen"]  # spouse untouched
    assert texts == [
        f"{ERASED} kanssa samaan ryhmään. {ERASED} soitto.",
        # the shared surname stays (it is Pekka's too); "Ainoa" is an inflected form of Aino,
        # the rule's price: a word that looks like the name may go too
        f"Virtasen pariskunta; {ERASED} kertaa ei jäänyt pois.",
    ]
    assert report.mentions == 3
