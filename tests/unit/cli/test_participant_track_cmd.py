"""``participant add --track`` and the track column of the participant list."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from osteo_tui.core.records import Course, Participant
from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, new_course, ok, ok_json, run


@pytest.fixture
def school() -> str:
    """A course on the Danish pack, which has the tracks 'general' and 'vertebral'."""
    return new_course("Efterår", pack="osteoporoseskole-da")


def test_the_default_track_follows_the_vertebral_fracture_flag(school: str) -> None:
    out = ok("participant", "add", school, "Anna", "--vertebral-fracture").stdout
    assert "Track: Med brud i ryggen (vertebral, the default)." in out
    out = ok("participant", "add", school, "Bo").stdout
    assert "Track: Uden brud i ryggen (general, the default)." in out
    assert [p["track"] for p in ok_json("participant", "list", school)] == [None, None]


def test_a_chosen_track_is_stored_and_listed(school: str, repo: CourseRepository) -> None:
    out = ok(
        "participant", "add", school, "Anna", "--vertebral-fracture", "--track", " general "
    ).stdout
    assert "Track: Uden brud i ryggen (general, chosen)." in out
    ok("participant", "add", school, "Bo")
    with repo.open(school, read_only=True) as store:
        assert {p.name: p.track for p in store.participants()} == {"Anna": "general", "Bo": None}
    listing = ok("participant", "list", school).stdout
    assert "track" in listing and "general (default)" in listing
    anna_line = next(line for line in listing.splitlines() if "Anna" in line)
    assert "general" in anna_line and "(default)" not in anna_line
    assert "general (default)" in ok("course", "show", school).stdout


def test_a_track_the_pack_does_not_have_is_refused(school: str) -> None:
    assert fails("participant", "add", school, "Anna", "--track", "seated") == (
        "osteo-tui: 'seated' is not a track of this course (tracks: general, vertebral)"
    )
    assert ok_json("participant", "list", school) == []


def test_a_pack_without_tracks_refuses_a_track_and_lists_no_track_column(course: str) -> None:
    assert fails("participant", "add", course, "Anna", "--track", "general") == (
        "osteo-tui: this course's lesson pack has no tracks to choose from"
    )
    out = ok("participant", "add", course, "Anna", "--vertebral-fracture").stdout
    assert "Track" not in out
    assert "track" not in ok("participant", "list", course).stdout


def test_without_the_pack_a_track_cannot_be_checked(repo: CourseRepository) -> None:
    course = Course.new("Lost pack", "no-such-pack", "1.0.0", 4, date(2026, 9, 1))
    with repo.create(course) as store:
        store.add_participant(Participant.new("Cy", track="seated"))
    assert fails("participant", "add", course.id, "Anna", "--track", "general") == (
        "osteo-tui: the course's lesson pack 'no-such-pack' cannot be read, so --track cannot "
        "be checked; add the participant without it"
    )
    ok("participant", "add", course.id, "Anna")
    listing = ok("participant", "list", course.id).stdout
    assert "seated (not in the pack)" in listing


def test_a_stored_track_the_pack_lost_is_shown_with_the_fallback(
    school: str, repo: CourseRepository
) -> None:
    with repo.open(school) as store:
        store.add_participant(Participant.new("Cy", vertebral_fracture=True, track="seated"))
    assert (
        "seated (not in the pack, so vertebral (default))"
        in ok("participant", "list", school).stdout
    )


def test_tracks_go_out_with_the_export_and_come_back_with_the_import(
    school: str, tmp_path: Path
) -> None:
    ok("participant", "add", school, "Anna", "--vertebral-fracture", "--track", "general")
    ok("participant", "add", school, "Bo")
    ok("course", "export", school, "--out", str(tmp_path))
    rows = list(csv.DictReader((tmp_path / "participants.csv").open(encoding="utf-8-sig")))
    assert [(row["name"], row["track"]) for row in rows] == [("Anna", "general"), ("Bo", "")]
    other = new_course("Forår", pack="osteoporoseskole-da")
    ok("participant", "import", other, str(tmp_path / "participants.csv"))
    tracks = {p["name"]: p["track"] for p in ok_json("participant", "list", other)}
    assert tracks == {"Anna": "general", "Bo": None}


def test_an_import_with_a_track_the_pack_does_not_have_names_the_line(
    school: str, course: str, tmp_path: Path
) -> None:
    people = tmp_path / "people.csv"
    people.write_text("name;track\nAnna;vertebral\nBo;seated\n", encoding="utf-8")
    result = run("participant", "import", school, str(people))
    assert result.exit_code == 1
    assert (
        f"{people.name}:3: track: 'seated' is not a track of this course "
        "(tracks: general, vertebral)" in result.stderr
    )
    assert ok_json("participant", "list", school) == []
    refused = run("participant", "import", course, str(people))  # luustokurssi-en: no tracks
    assert "2: track: this course's lesson pack has no tracks to choose from" in refused.stderr
