"""The Danish hospital-style osteoporosis school: four teaching days, several professions,
and two training tracks (with and without a vertebral fracture)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from osteo_tui.core.lessons import CATEGORIES, Pack, PackCatalog, check_pack, uses_for
from osteo_tui.core.paths import builtin_lessons_dir

PACK_ID = "osteoporoseskole-da"
PROFESSIONS = ("Læge", "Sygeplejerske", "Diætist", "Fysioterapeut")


@pytest.fixture
def pack(builtin_catalog: PackCatalog) -> Pack:
    entry = builtin_catalog.get(PACK_ID)
    assert entry is not None
    return entry.load()


def test_the_pack_has_no_problems() -> None:
    assert check_pack(builtin_lessons_dir() / PACK_ID) == []


def test_four_teaching_days_each_with_theory_and_training(pack: Pack) -> None:
    assert pack.language == "da"
    assert [session.number for session in pack.sessions] == [1, 2, 3, 4]
    for session in pack.sessions:
        kinds = {segment.kind for segment in session.segments}
        assert "talk" in kinds and "exercise" in kinds, session.title
        assert 120 <= session.minutes <= 180


def test_every_segment_says_who_teaches_it_and_all_four_professions_teach(pack: Pack) -> None:
    teachers = {
        segment.taught_by
        for session in pack.sessions
        for segment in session.segments
        if segment.kind != "break"
    }
    assert "" not in teachers
    for profession in PROFESSIONS:
        assert any(profession.lower() in teacher.lower() for teacher in teachers), profession
    training = [s for session in pack.sessions for s in session.segments if s.kind == "exercise"]
    assert {segment.taught_by for segment in training} == {"Fysioterapeut"}


def test_two_tracks_chosen_by_the_vertebral_fracture_flag(pack: Pack) -> None:
    assert [track.id for track in pack.tracks] == ["general", "vertebral"]
    assert pack.default_track(vertebral_fracture=True).id == "vertebral"  # type: ignore[union-attr]
    assert pack.default_track(vertebral_fracture=False).id == "general"  # type: ignore[union-attr]
    assert all(track.title and track.description for track in pack.tracks)


def test_every_training_segment_is_split_into_the_two_tracks(pack: Pack) -> None:
    for session in pack.sessions:
        for segment in session.segments:
            if segment.kind != "exercise":
                continue
            assert segment.split_by_track, segment.title
            general = {u.exercise_id for u in uses_for(segment, "general")}
            vertebral = {u.exercise_id for u in uses_for(segment, "vertebral")}
            assert general - vertebral and vertebral - general, segment.title


def test_the_vertebral_track_never_jumps_and_trains_the_back_every_day(pack: Pack) -> None:
    for session in pack.sessions:
        uses = [u for s in session.segments for u in uses_for(s, "vertebral")]
        exercises = [pack.exercise(use.exercise_id) for use in uses]
        assert not [e.id for e in exercises if e.vertebral_fracture == "avoid"], session.title
        assert any(e.category == "posture" for e in exercises), session.title
    segments = [segment for session in pack.sessions for segment in session.segments]
    general = {use.exercise_id for segment in segments for use in uses_for(segment, "general")}
    assert {"small-jumps", "heel-drop"} <= general


def test_each_track_fits_in_its_segment(pack: Pack) -> None:
    from osteo_tui.core.timing.intervals import plan_segment

    for session in pack.sessions:
        for segment in session.segments:
            for track in pack.tracks:
                uses = uses_for(segment, track)
                if uses:
                    assert plan_segment(uses).total <= segment.minutes * 60, segment.title


def test_library_reuses_the_luustokurssi_exercises_with_the_same_flags(
    pack: Pack, builtin_catalog: PackCatalog
) -> None:
    assert len(pack.exercises) >= 25
    assert {exercise.category for exercise in pack.exercises} == set(CATEGORIES)
    for other_id in ("luustokurssi-en", "luustokurssi-fi"):
        other = builtin_catalog.get(other_id).load()  # type: ignore[union-attr]
        theirs = {exercise.id: exercise for exercise in other.exercises}
        for exercise in pack.exercises:
            assert exercise.id in theirs, exercise.id
            same = theirs[exercise.id]
            assert exercise.category == same.category, exercise.id
            assert exercise.vertebral_fracture == same.vertebral_fracture, exercise.id
            numbers = replace(exercise.dosage, note=None), replace(same.dosage, note=None)
            assert numbers[0] == numbers[1], exercise.id
            assert bool(exercise.vertebral_fracture_note) == bool(same.vertebral_fracture_note)


def test_the_day_has_goals_and_measurements_like_the_other_packs(pack: Pack) -> None:
    kinds = [{segment.kind for segment in session.segments} for session in pack.sessions]
    assert "goal-setting" in kinds[0] and "goal-setting" in kinds[-1]
    assert all("goal-review" in later for later in kinds[1:])
    assert "measurement" in kinds[0] and "measurement" in kinds[-1]


def test_talk_scripts_are_what_the_teacher_says(pack: Pack) -> None:
    for session in pack.sessions:
        for segment in session.segments:
            if segment.kind == "talk" and segment.minutes >= 10:
                paragraphs = [p for p in segment.script.split("\n\n") if len(p) > 80]
                assert len(paragraphs) >= 3, f"{session.number} {segment.title}"
            if segment.kind != "break":
                assert segment.key_messages, f"{session.number} {segment.title}"


def test_danish_and_international_sources_are_cited(pack: Pack) -> None:
    ids = {source.id for source in pack.sources}
    assert {"ros2019", "tf2f2014", "vfk-grupper", "sst-dvitamin", "des-nbv", "ouh-skole"} <= ids
    cited = {s for session in pack.sessions for seg in session.segments for s in seg.sources}
    cited |= {s for exercise in pack.exercises for s in exercise.sources}
    cited |= {s for measure in pack.measures.measures for s in measure.sources}
    assert ids == cited  # every source is used somewhere, and nothing uncited is listed


def test_written_in_danish(pack: Pack) -> None:
    text = " ".join(segment.script for session in pack.sessions for segment in session.segments)
    assert sum(text.count(letter) for letter in "æøå") > 800
    assert " the " not in text and " og " in text
    names = " ".join(exercise.name for exercise in pack.exercises)
    assert "Rejse-sætte-sig" in names and "Sit to stand" not in names
