"""Measurements in the course file: stored, replaced, refused without a trace, exported,
erased with the participant, and a schema-2 file (before measurements) migrated to 3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osteo_tui.core.measures import MeasureSet
from osteo_tui.core.records import Course, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseRepository, ReadOnlyCourse
from osteo_tui.core.store.export import participant_json
from osteo_tui.core.store.schema import SCHEMA_VERSION, SchemaProblem, check_document
from osteo_tui.core.store.snapshot import CourseSnapshot

SCHEMA_2 = Path(__file__).with_name("fixtures") / "course-schema2.json"


@pytest.fixture
def repo(private_data_dir: Path) -> CourseRepository:
    return CourseRepository(private_data_dir)


@pytest.fixture
def course(repo: CourseRepository) -> Course:
    course = Course.new("Spring group", "luustokurssi-en", "1.0.0", 5, "2026-01-13")
    with repo.create(course) as store:
        store.add_participant(Participant.new("Anna Virtanen", born=1950, sex="f"))
        store.add_participant(Participant.new("Bo Nielsen", sex="m"))
    return course


def test_a_measurement_is_stored_and_a_second_one_replaces_it(
    repo: CourseRepository, course: Course, en: MeasureSet
) -> None:
    with repo.open(course.id) as store:
        first = store.record_measurement(en, "Anna Virtanen", "tug", "start", ["13,5"], 1)
        assert first.replaced is None
        store.record_measurement(en, "Anna Virtanen", "tug", "end", ["11.2"], 5)
        again = store.record_measurement(en, "anna virtanen", "tug", "start", ["12.9"])
        assert again.replaced == first.record
    with repo.open(course.id, read_only=True) as store:
        anna = store.participant("Anna Virtanen")
        stored = store.measurements(anna.id)
    assert sorted((r.when, r.measure_id, r.values, r.session) for r in stored) == [
        ("end", "tug", {"tug": 11.2}, 5),
        ("start", "tug", {"tug": 12.9}, None),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Cy", "tug", "start", ["12"]), "no participant 'Cy' in the course 'Spring group'"),
        (
            ("Bo Nielsen", "tgu", "start", ["12"]),
            "no measure 'tgu' in this course's pack (its measures: self-ratings, short-fes-i, "
            "chair-stand, tug, balance, grip, evaluation)",
        ),
        (
            ("Bo Nielsen", "evaluation", "start", ["8"] * 6),
            "Course evaluation is taken at the end only, not at the start",
        ),
        (
            ("Bo Nielsen", "chair-stand", "follow-up", ["12"]),
            "30-second chair stand is taken at the start and the end, not at follow-up",
        ),
        (("Bo Nielsen", "tug", "later", ["12"]), "'later' is not a time point: use start, end or follow-up"),
        (("Bo Nielsen", "tug", "start", ["400"]), "Timed Up and Go must be a number from 1 to 300 s, not '400'"),
        (("Bo Nielsen", "tug", "start", ["12"], 6), "this course has sessions 1 to 5, not 6"),
    ],
)
def test_a_wrong_measurement_is_refused_and_nothing_is_stored(
    repo: CourseRepository, course: Course, en: MeasureSet, args: tuple, message: str
) -> None:
    with repo.open(course.id) as store:
        before = store.path.read_bytes()
        with pytest.raises(InvalidRecord) as raised:
            store.record_measurement(en, *args)
        assert raised.value.message == message
        assert store.measurements() == []
    assert repo.course_file(course.id).read_bytes() == before


def test_read_only_course_refuses_measurements(
    repo: CourseRepository, course: Course, en: MeasureSet
) -> None:
    with repo.open(course.id, read_only=True) as store, pytest.raises(ReadOnlyCourse):
        store.record_measurement(en, "Bo Nielsen", "tug", "start", ["12"])


def test_participant_export_holds_their_measurements_only(
    repo: CourseRepository, course: Course, en: MeasureSet
) -> None:
    with repo.open(course.id) as store:
        store.record_measurement(en, "Anna Virtanen", "chair-stand", "start", ["8"])
        store.record_measurement(
            en, "Anna Virtanen", "evaluation", "end", ["9"] * 6 + ["Lovely group"]
        )
        store.record_measurement(en, "Bo Nielsen", "grip", "start", ["25.5"])
        anna = store.participant("Anna Virtanen")
        data = participant_json(CourseSnapshot.of(store), anna)
    assert [(m["measure_id"], m["when"], m["values"]) for m in data["measurements"]] == [
        ("chair-stand", "start", {"chair-stand": 8}),
        ("evaluation", "end", {
            "goal-setting": 9, "goal-reached": 9, "changes": 9, "motivation": 9,
            "commitment": 9, "peer-support": 9, "comment": "Lovely group",
        }),
    ]  # fmt: skip


def test_erasing_a_participant_erases_their_measurements_everywhere(
    repo: CourseRepository, course: Course, en: MeasureSet, private_data_dir: Path
) -> None:
    with repo.open(course.id) as store:
        store.record_measurement(en, "Anna Virtanen", "tug", "start", ["31.7"])
        store.record_measurement(en, "Anna Virtanen", "evaluation", "end", ["9"] * 6 + ["Kiitos"])
        store.record_measurement(en, "Bo Nielsen", "tug", "start", ["12"])
        store.backup("test")
        report = store.erase_participant("Anna Virtanen")
        assert report.measurements == 2
        assert "  measurements: 2" in report.lines()
        assert [r.values for r in store.measurements()] == [{"tug": 12}]
    every_file = [p for p in private_data_dir.rglob("*") if p.is_file()]
    assert every_file and not any(b"31.7" in p.read_bytes() for p in every_file)
    assert not any(b"Kiitos" in p.read_bytes() for p in every_file)


def test_a_schema_2_file_is_migrated_to_3_with_an_empty_measurements_table(
    repo: CourseRepository, en: MeasureSet, fi: MeasureSet
) -> None:
    assert SCHEMA_VERSION == 3
    repo.ensure_folders()
    path = repo.course_file("7d3f9a10")
    path.write_bytes(SCHEMA_2.read_bytes())
    with repo.open("7d3f9a10", read_only=True) as store:  # read-only: shown migrated
        assert store.measurements() == []
    assert path.read_bytes() == SCHEMA_2.read_bytes()  # and left alone
    with repo.open("7d3f9a10") as store:
        (backup,) = store.backups.list()
        assert backup.reason == "before-migration"
        assert backup.path.read_bytes() == SCHEMA_2.read_bytes()
        (paivi,) = store.participants()
        assert (paivi.name, store.goals()[0].latest_level) == ("Päivi Mäkelä", 1)
        store.record_measurement(fi, "Päivi Mäkelä", "self-ratings", "follow-up", list("78676"))
    on_disk = json.loads(path.read_bytes())
    assert on_disk["meta"]["1"]["schema"] == 3
    (row,) = on_disk["measurements"].values()
    assert row["values"] == {
        "knowledge": 7, "courage": 8, "function": 6, "resources": 7, "confidence": 6,
    }  # fmt: skip


def test_a_damaged_measurement_row_is_reported(repo: CourseRepository, course: Course) -> None:
    document = json.loads(repo.course_file(course.id).read_bytes())
    document["measurements"] = {"1": {"id": "x", "participant_id": "p", "measure_id": "tug"}}
    with pytest.raises(SchemaProblem, match="document 1 of 'measurements' is not valid"):
        check_document(document)
    document["measurements"] = {
        "1": {"id": "x", "participant_id": "p", "measure_id": "tug", "when": "start",
              "values": {"tug": True}, "recorded_at": "2026-01-13T10:00:00"},
    }  # fmt: skip
    with pytest.raises(SchemaProblem, match="'values' cannot be"):
        check_document(document)
