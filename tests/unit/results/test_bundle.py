"""The anonymised results bundle, and merging bundles so each course counts once."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from osteo_tui.core.measures import MeasurementRecord, MeasureSet
from osteo_tui.core.results import (
    BundleProblem,
    merge_bundles,
    read_bundle,
    summarise,
    write_bundle,
    year_results,
)
from osteo_tui.core.store import CourseRepository
from tests.unit.results.course_data import Person, builtin_measures, make_course

MEASURES = {"luustokurssi-en": builtin_measures("luustokurssi-en")}


def measures_of(pack_id: str) -> MeasureSet | None:
    return MEASURES.get(pack_id)


def timed(name: str, start: str, end: str, **extra: object) -> Person:
    return Person(name, results={("tug", "start"): [start], ("tug", "end"): [end]}, **extra)  # type: ignore[arg-type]


def bundle_of(data_dir: Path, out: Path, year: int = 2026) -> Path:
    found = year_results(CourseRepository(data_dir), year, measures_of)
    return write_bundle(out, found.courses, year)


def test_merging_two_data_folders_counts_the_shared_course_once(tmp_path: Path) -> None:
    first, second = tmp_path / "liisa", tmp_path / "pekka"
    shared = make_course(
        first, "Spring group", "2026-01-13", [timed("Anna", "14", "12"), timed("Bo", "13", "11")]
    )
    make_course(first, "Autumn group", "2026-09-01", [timed("Cy", "20", "16")])
    make_course(first, "Last year", "2025-09-01", [timed("Old", "20", "10")])  # not 2026
    make_course(second, "Pekka's group", "2026-03-03", [timed("Dee", "12", "12")])
    (second / "courses").mkdir(parents=True, exist_ok=True)
    shutil.copy(  # the co-trainer has a copy of the shared course on their laptop
        CourseRepository(first).course_file(shared.id), CourseRepository(second).courses_dir
    )

    one, two = bundle_of(first, tmp_path / "liisa.json"), bundle_of(second, tmp_path / "pekka.json")
    merged = merge_bundles([("liisa.json", read_bundle(one)), ("pekka.json", read_bundle(two))])
    summary = summarise(merged.courses)
    assert (summary.courses, summary.participants) == (3, 4)  # not 4 courses, 6 people
    (tug,) = [c for c in summary.changes if c.info.key == "tug"]
    assert (tug.n, tug.mean_change, tug.median_change) == (4, -2, -2)
    (note,) = merged.notes
    assert note.startswith("the luustokurssi-en course of 2026 with key ")
    assert note.endswith(" is in liisa.json and pekka.json: counted once, from liisa.json")

    again = merge_bundles([("a", read_bundle(one)), ("a", read_bundle(one))])
    assert len(again.courses) == 2 and "a (2 times)" in again.notes[0]


def test_the_copy_with_the_newest_records_counts(tmp_path: Path) -> None:
    course = make_course(tmp_path / "a", "Group", "2026-01-13", [timed("Anna", "14", "12")])
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    with CourseRepository(tmp_path / "b").open(course.id) as store:  # measured again on b
        anna = store.participant("Anna")
        later = datetime.now() + timedelta(minutes=5)
        store.save_measurement(
            MeasurementRecord.new(anna.id, "tug", "end", {"tug": 10}, moment=later)
        )
    older = read_bundle(bundle_of(tmp_path / "a", tmp_path / "a.json"))
    newer = read_bundle(bundle_of(tmp_path / "b", tmp_path / "b.json"))
    assert older[0].key == newer[0].key and older[0].updated < newer[0].updated
    for order in ([("a", older), ("b", newer)], [("b", newer), ("a", older)]):
        merged = merge_bundles(order)
        (kept,) = merged.courses
        assert kept.participants[0].values["tug"]["end"] == 10
        assert merged.notes[0].endswith("counted once, from b")


def test_a_bundle_holds_no_names_contacts_ids_ages_or_free_text(tmp_path: Path) -> None:
    anna = Person(
        "Anna Virtanen",
        born=1950,
        contact="040 123 4567",
        results={("evaluation", "end"): ["9"] * 6 + ["Thank you, Liisa! Anna"]},
        goal_levels=[[0, 1]],
    )
    course = make_course(tmp_path, "Spring group in Oulu", "2026-01-13", [anna])
    text = bundle_of(tmp_path, tmp_path / "bundle.json").read_text(encoding="utf-8")
    with CourseRepository(tmp_path).open(course.id, read_only=True) as store:
        person_id = store.participants()[0].id
    for secret in ("Anna", "Virtanen", "040 123", "1950", "Liisa", "Oulu", "Spring group"):
        assert secret not in text
    assert course.id not in text and person_id not in text
    data = json.loads(text)
    (row,) = data["courses"][0]["participants"]
    assert row["goal_set"] is True and row["values"]["evaluation.goal-setting"] == {"end": 9}
    assert set(row) == {"goal_set", "gas", "values", "flags"}


def test_a_bundle_round_trips(tmp_path: Path) -> None:
    make_course(tmp_path, "Group", "2026-01-13", [timed("Anna", "14", "12", goal_levels=[[1]])])
    found = year_results(CourseRepository(tmp_path), 2026, measures_of).courses
    read = read_bundle(bundle_of(tmp_path, tmp_path / "b.json"))
    assert [(c.key, c.participants, c.outcomes) for c in read] == [
        (c.key, c.participants, c.outcomes) for c in found
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "it is not a results bundle (not JSON)"),
        (b'{"kind": "osteo-tui course export"}', "it is not a results bundle (make one with: osteo-tui results bundle)"),
        (b'{"kind": "osteo-tui results bundle", "format": 9, "courses": []}', "it is a bundle of format 9; this osteo-tui reads format 1 (update osteo-tui)"),
        (b'{"kind": "osteo-tui results bundle", "format": 1, "courses": [{"key": 1}]}', "the bundle is damaged (KeyError)"),
        (b'{"kind": "osteo-tui results bundle", "format": 1, "courses": 5}', "the bundle is damaged (TypeError)"),
    ],
)
def test_a_file_that_is_not_a_bundle_is_refused_clearly(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(BundleProblem) as raised:
        read_bundle(path)
    assert str(raised.value) == f"{path}: {message}"
