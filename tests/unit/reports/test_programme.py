"""The home programme: which exercises, at which dosage, with which precautions, for whom."""

from __future__ import annotations

from dataclasses import replace

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.lessons.model import CATEGORIES, Dosage, HomeList, Pack, Track
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


def test_without_a_home_programme_every_exercise_practised_once_by_category(pack: Pack) -> None:
    pack = replace(pack, home_lists=())  # a pack that declares none keeps the old behaviour
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
    lists = (HomeList(None, ("sit-to-stand", "brisk-walking", "one-leg-stand")),)
    items = {
        item.exercise.id: item
        for item in home_programme(replace(pack, home_lists=lists), WITHOUT).items
    }
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
    pack = replace(pack, home_lists=(HomeList(None, ("sit-to-stand", "small-jumps", "heel-drop")),))
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
    assert not items["sit-to-stand"].missed and not items["sit-to-stand"].ask_first
    assert items["heel-drop"].missed and items["heel-drop"].ask_first  # sessions 3 and 5
    assert items["heel-drop"].practised
    unknown = home_programme(pack, WITHOUT, attended=None)
    assert not any(item.missed or item.ask_first for item in unknown.items)


def test_the_programme_is_the_packs_list_in_category_order(pack: Pack) -> None:
    declared = pack.home_list(None)
    assert declared is not None and 8 <= len(declared) <= 10
    ids = [item.exercise.id for item in home_programme(pack, WITHOUT).items]
    assert sorted(ids) == sorted(declared)
    assert ids == sorted(declared, key=lambda i: CATEGORIES.index(pack.exercise(i).category))
    shuffled = replace(
        pack, home_lists=(HomeList(None, ("heel-drop", "band-row", "sit-to-stand")),)
    )
    # within a category the pack's order; the categories in their usual order
    assert [i.exercise.id for i in home_programme(shuffled, WITHOUT).items] == [
        "band-row",
        "sit-to-stand",
        "heel-drop",
    ]


def test_an_exercise_the_track_never_practised_has_the_library_dosage(pack: Pack) -> None:
    never = replace(
        pack,
        sessions=tuple(
            replace(
                session,
                segments=tuple(
                    replace(
                        s, exercises=tuple(u for u in s.exercises if u.exercise_id != "step-up")
                    )
                    for s in session.segments
                ),
            )
            for session in pack.sessions
        ),
        home_lists=(HomeList(None, ("step-up",)),),
    )
    (item,) = home_programme(never, WITHOUT, attended={1, 2, 3, 4, 5}).items
    assert item.dosage == pack.exercise("step-up").dosage and item.sessions == ()
    assert not item.practised and not item.missed and item.ask_first


@pytest.mark.parametrize("pack_id", ["luustokurssi-en", "luustokurssi-fi", "osteoporoseskole-da"])
def test_every_built_in_pack_declares_a_balanced_programme(
    builtin_catalog: PackCatalog, pack_id: str
) -> None:
    """Strong, steady and straight: strength, balance, back extensors and impact for every
    track; nothing to avoid for people with a vertebral fracture in their own track; and
    never getting up from the floor, which is practised only with a trainer."""
    built_in = builtin_catalog.get(pack_id).load()  # type: ignore[union-attr]
    people = [WITH_VF, WITHOUT]
    for person in people:
        programme = home_programme(built_in, person)
        categories = {item.exercise.category for item in programme.items}
        assert {"strength", "balance", "posture", "impact"} <= categories
        assert 8 <= len(programme.items) <= 10
        assert "floor-get-up" not in {item.exercise.id for item in programme.items}
    assert not any(item.avoid for item in home_programme(built_in, WITH_VF).items)


def test_the_danish_tracks_take_home_their_own_lists(builtin_catalog: PackCatalog) -> None:
    danish = builtin_catalog.get("osteoporoseskole-da").load()  # type: ignore[union-attr]
    general, vertebral = danish.home_list("general"), danish.home_list("vertebral")
    assert general and vertebral and general != vertebral
    assert [i.exercise.id for i in home_programme(danish, WITH_VF).items] == sorted(
        vertebral, key=lambda i: CATEGORIES.index(danish.exercise(i).category)
    )
    without = {i.exercise.id for i in home_programme(danish, WITHOUT).items}
    assert without == set(general) and "small-jumps" in without
    chosen = replace(WITH_VF, track="general")  # the trainer's choice, not the flag, decides
    assert {i.exercise.id for i in home_programme(danish, chosen).items} == set(general)
    # in the general track, small jumps were practised; after a fracture they are swapped
    jumps = next(i for i in home_programme(danish, chosen).items if i.exercise.id == "small-jumps")
    assert jumps.avoid and jumps.vertebral_note


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
    tracked = replace(pack, tracks=tracks, sessions=sessions, home_lists=())
    spine = [item.exercise.id for item in home_programme(tracked, WITH_VF).items]
    bone = [item.exercise.id for item in home_programme(tracked, WITHOUT).items]
    assert "heel-drop" in spine and "small-jumps" not in spine
    assert "small-jumps" in bone and "heel-drop" not in bone
    chosen = replace(WITHOUT, track="spine")
    assert "heel-drop" in [item.exercise.id for item in home_programme(tracked, chosen).items]
