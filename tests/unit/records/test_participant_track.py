"""A participant's track choice: checked against the pack's tracks, stored, and read back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from osteo_tui.core.records import Course, Participant
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.participant import check_track
from osteo_tui.core.store import CourseRepository

TRACKS = ["general", "vertebral"]


def test_a_track_of_the_pack_is_accepted_and_empty_means_the_default() -> None:
    assert check_track(" vertebral ", TRACKS) == "vertebral"
    assert check_track(None, TRACKS) is None
    assert check_track("  ", []) is None


@pytest.mark.parametrize(
    ("track", "tracks", "message"),
    [
        ("seated", TRACKS, "'seated' is not a track of this course (tracks: general, vertebral)"),
        ("general", [], "this course's lesson pack has no tracks to choose from"),
    ],
)
def test_other_tracks_are_refused_with_a_message_for_the_track_field(
    track: str, tracks: list[str], message: str
) -> None:
    with pytest.raises(InvalidRecord) as refused:
        check_track(track, tracks)
    assert (refused.value.field, refused.value.message) == ("track", message)


def test_the_track_survives_the_store_and_a_change_of_mind(private_data_dir: Path) -> None:
    repository = CourseRepository(private_data_dir)
    course = Course.new("Efterår", "osteoporoseskole-da", "1.0.0", 4, date(2026, 9, 1))
    with repository.create(course) as store:
        anna = store.add_participant(Participant.new("Anna", vertebral_fracture=True))
        bo = store.add_participant(Participant.new("Bo", track="vertebral"))
    with repository.open(course.id) as store:
        assert {p.name: p.track for p in store.participants()} == {"Anna": None, "Bo": "vertebral"}
        store.save_participant(replace(anna, track="general"))
        store.save_participant(replace(bo, track=None))
    with repository.open(course.id, read_only=True) as store:
        assert {p.name: p.track for p in store.participants()} == {"Anna": "general", "Bo": None}
    stored = json.loads(repository.course_file(course.id).read_text(encoding="utf-8"))
    assert sorted(row["track"] or "" for row in stored["participants"].values()) == ["", "general"]
