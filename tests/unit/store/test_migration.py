"""A schema-1 course file (committed fixture, written by hand as osteo-tui 0.0.x wrote them)
is brought up to the current schema when opened, after a backup of its original bytes."""

from __future__ import annotations

import json
from datetime import date

from osteo_tui.core.records import AttendanceStatus, CourseStatus
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.schema import SCHEMA_VERSION
from tests.unit.store.conftest import COURSE_1_ID, SCHEMA_1, install_schema_1, mode_of


def test_schema_1_file_is_migrated_with_a_backup_of_the_original(
    repo: CourseRepository,
) -> None:
    # a new schema needs a migration and a fixture of its own (schema 2 -> 3:
    # tests/unit/measures/test_measurement_storage.py)
    assert SCHEMA_VERSION == 3
    original = SCHEMA_1.read_bytes()
    path = install_schema_1(repo)

    with repo.open(COURSE_1_ID) as store:
        course = store.course
        assert course.title == "Vahvat luut – kevät 2024"
        assert course.trainers == ("Liisa Korhonen",)
        assert course.status is CourseStatus.PLANNED
        assert course.language == "fi" and course.place == "Kuntosali, Tampere"
        assert [plan.day for plan in course.sessions] == [
            date(2024, 3, 4),
            date(2024, 3, 11),
            date(2024, 3, 18),
        ]
        paivi, ake = store.participants()  # sorted by name
        assert (paivi.id, paivi.name, paivi.born) == ("a1b2c3d4", "Päivi Mäkelä", 1951)
        assert (ake.id, ake.name, ake.vertebral_fracture) == ("e5f6a7b8", "Åke Öberg", True)
        assert paivi.consent is not None and paivi.consent.given_on == date(2024, 3, 4)
        assert {(n.id, n.shareable) for n in store.notes()} == {
            ("n0000001", False),  # was private
            ("n0000002", True),  # was not private
        }
        assert store.attendance_for(1)["e5f6a7b8"].status is AttendanceStatus.EXCUSED
        (goal,) = store.goals(paivi.id)
        assert goal.latest_level == -1 and goal.target == date(2024, 5, 31)
        assert store.run_state(1) is None  # schema 1 had no run states

        (backup,) = store.backups.list()
        assert backup.reason == "before-migration"
        assert backup.path.read_bytes() == original
        assert mode_of(backup.path) == 0o600

    on_disk = json.loads(path.read_bytes())
    assert on_disk["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert on_disk["runs"] == {} and on_disk["measurements"] == {}
    (course_row,) = on_disk["course"].values()
    assert "trainer" not in course_row and course_row["trainers"] == ["Liisa Korhonen"]
    assert course_row["status"] == "planned"
    assert all("display_name" not in row for row in on_disk["participants"].values())
    assert all("private" not in row for row in on_disk["notes"].values())
    assert mode_of(path) == 0o600

    migrated = path.read_bytes()
    with repo.open(COURSE_1_ID) as store:  # a second open has nothing to migrate
        assert len(store.backups.list()) == 1
    assert path.read_bytes() == migrated


def test_schema_1_course_without_a_trainer_gets_an_empty_list(repo: CourseRepository) -> None:
    document = json.loads(SCHEMA_1.read_bytes())
    document["course"]["1"]["trainer"] = ""
    install_schema_1(repo, json.dumps(document).encode())
    with repo.open(COURSE_1_ID) as store:
        assert store.course.trainers == ()


def test_schema_1_file_read_only_or_listed_is_shown_migrated_but_left_alone(
    repo: CourseRepository,
) -> None:
    path = install_schema_1(repo)
    original = path.read_bytes()

    (summary,) = repo.summaries()
    assert summary.damaged is None
    assert (summary.title, summary.participants, summary.present_marks) == (
        "Vahvat luut – kevät 2024",
        2,
        1,
    )
    with repo.open(COURSE_1_ID, read_only=True) as store:
        assert store.course.trainers == ("Liisa Korhonen",)
        assert [person.name for person in store.participants()] == ["Päivi Mäkelä", "Åke Öberg"]
        assert [note.shareable for note in store.notes()] == [False, True]
        assert store.document()["meta"]["1"]["schema"] == SCHEMA_VERSION

    assert path.read_bytes() == original
    assert repo.backup_shelf(COURSE_1_ID).list() == []
