"""The built-in packs: valid, complete, and faithful to the course they describe."""

from __future__ import annotations

import pytest

from osteo_tui.core.lessons import CATEGORIES, Pack, PackCatalog, check_pack
from osteo_tui.core.paths import builtin_lessons_dir

PACKS = ["luustokurssi-en", "luustokurssi-fi"]


@pytest.fixture(params=PACKS)
def pack(request: pytest.FixtureRequest, builtin_catalog: PackCatalog) -> Pack:
    entry = builtin_catalog.get(request.param)
    assert entry is not None
    return entry.load()


@pytest.mark.parametrize("pack_id", PACKS)
def test_builtin_pack_has_no_problems(pack_id: str) -> None:
    assert check_pack(builtin_lessons_dir() / pack_id) == []


def test_five_sessions_of_90_to_120_minutes(pack: Pack) -> None:
    assert pack.session_count == 5
    assert [s.number for s in pack.sessions] == [1, 2, 3, 4, 5]
    for session in pack.sessions:
        assert 90 <= session.minutes <= 120
        assert sum(segment.minutes for segment in session.segments) == session.minutes


def test_every_session_has_exercise_practice(pack: Pack) -> None:
    for session in pack.sessions:
        assert any(segment.kind == "exercise" for segment in session.segments), session.title


def test_goal_set_in_session_one_and_reviewed_in_every_later_one(pack: Pack) -> None:
    kinds = [{segment.kind for segment in session.segments} for session in pack.sessions]
    assert "goal-setting" in kinds[0]
    assert all("goal-review" in later for later in kinds[1:])
    assert "goal-setting" in kinds[-1]  # the plan for after the course


def test_measurement_at_start_and_end(pack: Pack) -> None:
    assert any(s.kind == "measurement" for s in pack.sessions[0].segments)
    assert any(s.kind == "measurement" for s in pack.sessions[-1].segments)


def test_library_is_large_and_covers_every_category(pack: Pack) -> None:
    assert len(pack.exercises) >= 25
    assert {exercise.category for exercise in pack.exercises} == set(CATEGORIES)


def test_vertebral_fracture_precautions_are_flagged(pack: Pack) -> None:
    jumps = pack.exercise("small-jumps")
    assert jumps.vertebral_fracture == "avoid" and jumps.vertebral_fracture_note
    flagged = [e for e in pack.exercises if e.needs_vertebral_change]
    assert len(flagged) >= 3
    assert all(exercise.vertebral_fracture_note for exercise in flagged)


def test_talk_scripts_are_real_scripts_not_outlines(pack: Pack) -> None:
    for session in pack.sessions:
        for segment in session.segments:
            if segment.kind == "talk" and segment.minutes >= 10:
                paragraphs = [p for p in segment.script.split("\n\n") if len(p) > 80]
                assert len(paragraphs) >= 3, f"{session.number} {segment.title}"
            if segment.kind != "break":
                assert segment.key_messages, f"{session.number} {segment.title}"


def test_sources_are_cited(pack: Pack) -> None:
    ids = {source.id for source in pack.sources}
    assert {"ros2019", "tf2f2014", "luustoliitto"} <= ids
    cited = {s for session in pack.sessions for seg in session.segments for s in seg.sources}
    assert "ros2019" in cited


def test_english_and_finnish_packs_have_the_same_structure(builtin_catalog: PackCatalog) -> None:
    en, fi = (builtin_catalog.get(pack_id).load() for pack_id in PACKS)  # type: ignore[union-attr]
    assert en.language == "en" and fi.language == "fi"
    assert [e.id for e in en.exercises] == [e.id for e in fi.exercises]
    for a, b in zip(en.sessions, fi.sessions, strict=True):
        assert [(s.kind, s.minutes) for s in a.segments] == [
            (s.kind, s.minutes) for s in b.segments
        ]
        uses_a = [
            (u.exercise_id, u.dosage.reps, u.dosage.hold) for s in a.segments for u in s.exercises
        ]
        uses_b = [
            (u.exercise_id, u.dosage.reps, u.dosage.hold) for s in b.segments for u in s.exercises
        ]
        assert uses_a == uses_b
    for a, b in zip(en.exercises, fi.exercises, strict=True):
        assert (a.category, a.vertebral_fracture) == (b.category, b.vertebral_fracture), a.id


def test_finnish_pack_is_written_in_finnish(builtin_catalog: PackCatalog) -> None:
    fi = builtin_catalog.get("luustokurssi-fi").load()  # type: ignore[union-attr]
    text = " ".join(segment.script for session in fi.sessions for segment in session.segments)
    assert text.count("ä") > 500 and " the " not in text
