"""Who does what: a participant's track, and the session as that participant does it."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.lessons import (
    Pack,
    PackCatalog,
    PackOrigin,
    exercises_for,
    session_for,
    track_for,
    track_groups,
    uses_for,
)
from osteo_tui.core.paths import builtin_lessons_dir
from osteo_tui.core.records import Participant
from osteo_tui.core.timing import FakeClock, SessionRun


@dataclass(frozen=True)
class Person:
    name: str
    vertebral_fracture: bool = False
    track: str | None = None


@pytest.fixture
def danish(builtin_catalog: PackCatalog) -> Pack:
    return builtin_catalog.get("osteoporoseskole-da").load()  # type: ignore[union-attr]


@pytest.fixture
def english(builtin_catalog: PackCatalog) -> Pack:
    return builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]


def training(pack: Pack, number: int):
    return next(s for s in pack.session(number).segments if s.kind == "exercise")


def test_the_track_follows_the_flag_unless_one_is_chosen(danish: Pack) -> None:
    assert track_for(danish, Person("A", vertebral_fracture=True)).id == "vertebral"  # type: ignore[union-attr]
    assert track_for(danish, Person("B")).id == "general"  # type: ignore[union-attr]
    chosen = Person("C", vertebral_fracture=True, track="general")
    assert track_for(danish, chosen).id == "general"  # type: ignore[union-attr]
    # a choice the pack no longer has falls back to the default for the flag
    assert track_for(danish, Person("D", True, track="seated")).id == "vertebral"  # type: ignore[union-attr]


def test_a_pack_without_tracks_gives_everyone_everything(english: Pack) -> None:
    person = Person("A", vertebral_fracture=True, track="vertebral")
    assert track_for(english, person) is None
    assert session_for(english, 3, person) == english.session(3)
    assert track_groups(english, training(english, 3), [person]) == []


@functools.cache
def danish_pack() -> Pack:
    catalog = PackCatalog.discover([(builtin_lessons_dir(), PackOrigin.BUILTIN)])
    return catalog.get("osteoporoseskole-da").load()  # type: ignore[union-attr]


@given(vertebral=st.booleans(), chosen=st.sampled_from([None, "general", "vertebral", "other"]))
def test_a_participant_does_the_shared_exercises_and_only_their_tracks(
    vertebral: bool, chosen: str | None
) -> None:
    pack = danish_pack()
    person = Person("P", vertebral, chosen)
    track = track_for(pack, person)
    assert track is not None
    for session in pack.sessions:
        mine = session_for(pack, session.number, person)
        assert [s.title for s in mine.segments] == [s.title for s in session.segments]
        for theirs, segment in zip(mine.segments, session.segments, strict=True):
            assert all(use.is_for(track.id) for use in theirs.exercises)
            shared = [use for use in segment.exercises if not use.tracks]
            assert all(use in theirs.exercises for use in shared)


def test_after_a_vertebral_fracture_nothing_to_avoid_in_the_whole_course(danish: Pack) -> None:
    uses = exercises_for(danish, Person("A", vertebral_fracture=True))
    assert uses and all(danish.exercise(u.exercise_id).vertebral_fracture != "avoid" for u in uses)
    general = exercises_for(danish, Person("B"), sessions=[3])
    assert "small-jumps" in {use.exercise_id for use in general}
    assert "small-jumps" not in {
        u.exercise_id for u in exercises_for(danish, Person("C", True), [3])
    }


def test_groups_on_a_split_segment_list_each_track_with_its_people(danish: Pack) -> None:
    people = [
        Person("Aino", vertebral_fracture=True),
        Person("Pekka"),
        Person("Liisa", vertebral_fracture=True, track="general"),
    ]
    segment = training(danish, 1)
    groups = track_groups(danish, segment, people)
    assert [(g.track.id, [p.name for p in g.people]) for g in groups] == [
        ("general", ["Pekka", "Liisa"]),
        ("vertebral", ["Aino"]),
    ]
    assert [g.uses for g in groups] == [
        uses_for(segment, "general"),
        uses_for(segment, "vertebral"),
    ]
    talk = danish.session(1).segments[0]
    assert track_groups(danish, talk, people) == []


def test_records_participants_are_track_holders(danish: Pack) -> None:
    person = Participant.new("Aino", vertebral_fracture=True, track=" general ")
    assert person.track == "general"
    assert track_for(danish, person).id == "general"  # type: ignore[union-attr]
    assert Participant.new("Bo", track="  ").track is None


def test_the_runner_times_the_followed_track_from_the_same_start(danish: Pack) -> None:
    session = danish.session(1)
    index = next(i for i, s in enumerate(session.segments) if s.split_by_track)
    clock = FakeClock()
    run = SessionRun(session, clock, track="general")
    run.goto(index)
    assert run.intervals is not None
    general = {p.exercise_id for p in run.intervals.plan.phases}
    assert general == {u.exercise_id for u in uses_for(session.segments[index], "general")}
    run.toggle()
    clock.advance(95)
    run.follow_track("vertebral")
    assert run.intervals.running and run.intervals.countdown.elapsed() == pytest.approx(95)
    vertebral = {p.exercise_id for p in run.intervals.plan.phases}
    assert vertebral == {u.exercise_id for u in uses_for(session.segments[index], "vertebral")}
    assert "heel-drop" in general - vertebral and "chin-tuck" in vertebral - general


def test_the_home_programme_follows_the_participants_track(danish: Pack) -> None:
    from osteo_tui.core.lessons.programme import home_programme

    def programme(person: Participant) -> set[str]:
        return {item.exercise.id for item in home_programme(danish, person).items}

    after_fracture = programme(Participant.new("Aino", vertebral_fracture=True))
    without = programme(Participant.new("Pekka"))
    chosen = programme(Participant.new("Liisa", vertebral_fracture=True, track="general"))
    assert after_fracture == set(danish.home_list("vertebral") or ())  # the track's own list
    practised = {u.exercise_id for u in exercises_for(danish, Person("A", True))}
    assert after_fracture <= practised
    assert "small-jumps" not in after_fracture and "shoulder-blade-squeeze" in after_fracture
    assert "small-jumps" in without and "prone-back-extension" not in without
    assert chosen == without  # the chosen track, not the flag, decides
