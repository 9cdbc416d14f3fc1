"""The home programme: which exercises, at which dosage, with which precautions, for whom."""

from __future__ import annotations

from dataclasses import replace

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.lessons.model import CATEGORIES, Dosage, Pack, Track
from osteo_tui.core.lessons.programme import home_programme, how_often
from osteo_tui.core.records import Participant

WITH_VF = Participant.new("Aino", vertebral_fracture=True)
WITHOUT = Participant.new("Bo")


@pytest.fixture
def pack(builtin_catalog: PackCatalog) -> Pack:
    return builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]


def _used(pack: Pack) -> list[str]:
    ids: list[str] = []
    for session in pack.sessions:
        for segment in session.segments:
            ids += [use.exercise_id for use in segment.exercises if use.exercise_id not in ids]
    return ids


def test_every_exercise_the_course_practised_once_grouped_by_category(pack: Pack) -> None:
    programme = home_programme(pack, WITHOUT)
    ids = [item.exercise.id for item in programme.items]
    assert sorted(ids) == sorted(_used(pack)) and len(ids) == len(set(ids))
    categories = [item.exercise.category for item in programme.items]
    assert categories == sorted(categories, key=CATEGORIES.index)
    strength = [i.exercise.id for i in programme.items if i.exercise.category == "strength"]
    assert strength[:3] == ["sit-to-stand", "wall-press-up", "heel-raise"]  # course order
    assert [c for c, _ in programme.by_category()] == [c for c in CATEGORIES if c in categories]


def test_the_dosage_is_the_most_the_course_built_up_to_never_below_the_library(
    pack: Pack,
) -> None:
    items = {item.exercise.id: item for item in home_programme(pack, WITHOUT).items}
    # sit to stand: 1 × 8 in session 1, 3 × 10 in sessions 3 and 5
    assert items["sit-to-stand"].dosage == Dosage(sets=3, reps=10)
    assert items["sit-to-stand"].sessions == (1, 2, 3, 4, 5)
    # brisk walking: 5 minutes in session 3, the library's home dosage is longer
    assert items["brisk-walking"].dosage == pack.exercise("brisk-walking").dosage
    assert items["brisk-walking"].dosage.minutes == 10
    # one-leg stand: 2 × 10 s in session 2, 3 × 10 s in session 4
    assert items["one-leg-stand"].dosage.sets == 3


def test_a_vertebral_fracture_brings_the_modifications_and_swaps_what_to_avoid(
    pack: Pack,
) -> None:
    flagged = {item.exercise.id: item for item in home_programme(pack, WITH_VF).items}
    jumps, heel_drop = flagged["small-jumps"], flagged["heel-drop"]
    assert (
        jumps.avoid and jumps.vertebral_note == pack.exercise("small-jumps").vertebral_fracture_note
    )
    assert not heel_drop.avoid and heel_drop.vertebral_note
    assert flagged["sit-to-stand"].vertebral_note is None  # ok for everyone
    plain = {item.exercise.id: item for item in home_programme(pack, WITHOUT).items}
    assert not any(item.avoid or item.vertebral_note for item in plain.values())
    assert plain["small-jumps"].precautions == pack.exercise("small-jumps").precautions


def test_exercises_only_from_missed_sessions_are_marked(pack: Pack) -> None:
    items = {i.exercise.id: i for i in home_programme(pack, WITHOUT, attended={1, 2}).items}
    assert not items["sit-to-stand"].missed
    assert items["heel-drop"].missed  # sessions 3 and 5
    assert items["floor-get-up"].missed  # session 4
    unknown = home_programme(pack, WITHOUT, attended=None)
    assert not any(item.missed for item in unknown.items)


def test_how_often_depends_on_the_category_and_the_flag() -> None:
    assert how_often("strength", True) == "strength"
    assert how_often("impact", False) == "impact"
    assert how_often("impact", True) == "impact-vertebral"


def test_in_a_pack_with_tracks_only_the_participants_track_counts(pack: Pack) -> None:
    tracks = (
        Track("spine", "After a vertebral fracture", default_for="with-vertebral-fracture"),
        Track("bone", "Bone loading", default_for="without-vertebral-fracture"),
    )
    session = pack.session(3)
    segments = []
    for segment in session.segments:
        uses = tuple(
            replace(use, tracks=("bone",))
            if use.exercise_id == "small-jumps"
            else replace(use, tracks=("spine",))
            if use.exercise_id == "heel-drop"
            else use
            for use in segment.exercises
        )
        segments.append(replace(segment, exercises=uses))
    changed = replace(session, segments=tuple(segments))
    # heel drop is also in session 5 for everyone: take it out there
    last = pack.session(5)
    last = replace(
        last,
        segments=tuple(
            replace(s, exercises=tuple(u for u in s.exercises if u.exercise_id != "heel-drop"))
            for s in last.segments
        ),
    )
    sessions = tuple(
        changed if s.number == 3 else last if s.number == 5 else s for s in pack.sessions
    )
    tracked = replace(pack, tracks=tracks, sessions=sessions)
    spine = [item.exercise.id for item in home_programme(tracked, WITH_VF).items]
    bone = [item.exercise.id for item in home_programme(tracked, WITHOUT).items]
    assert "heel-drop" in spine and "small-jumps" not in spine
    assert "small-jumps" in bone and "heel-drop" not in bone
    chosen = replace(WITHOUT, track="spine")
    assert "heel-drop" in [item.exercise.id for item in home_programme(tracked, chosen).items]
