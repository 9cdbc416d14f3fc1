"""The roster shows each person's track when the course's pack has tracks, and still fits an
80-column terminal; a pack without tracks keeps the roster as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import Fracture, Participant
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.widgets.roster_table import RosterTable
from tests.ui.course_fixtures import TODAY, make_course, open_from_home
from tests.ui.snapshot_apps import builtin_catalog

SIZES = [(80, 24), (120, 40)]
DANES = [
    Participant.new("Birthe Kjærsgaard", born=1948, sex="f", fractures=(Fracture("wrist", 2023),)),
    Participant.new("Inge Hansen", born=1954, sex="f", vertebral_fracture=True),
    Participant.new(  # a vertebral fracture, but the physiotherapist chose the general track
        "Poul Erik Sørensen", born=1950, sex="m", vertebral_fracture=True, track="general"
    ),
]


def _danish_app(data_dir: Path, language: str | None = None) -> tuple[OsteoApp, str]:
    catalog = builtin_catalog()
    course_id = make_course(
        data_dir, catalog, "Osteoporoseskole", people=DANES, pack_id="osteoporoseskole-da"
    )
    app = create_app(catalog=catalog, data_dir=data_dir, today=lambda: TODAY, language=language)
    return app, course_id


def _columns(table: RosterTable) -> list[str]:
    return [str(column.label) for column in table.columns.values()]


def _cells(table: RosterTable, column: int) -> dict[str, str]:
    """Each row's name and its cell in ``column`` (as plain text)."""
    rows = [table.get_row_at(index) for index in range(table.row_count)]
    return {str(row[0]): str(row[column]) for row in rows}


async def test_the_roster_shows_the_chosen_or_default_track(private_data_dir: Path) -> None:
    app, course_id = _danish_app(private_data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        table = app.screen.query_one(RosterTable)
        assert _columns(table) == [
            "Name", "VF", "Track", "Born", "Sex", "Fractures", "Consent"
        ]  # fmt: skip
        assert _cells(table, 2) == {
            "Birthe Kjærsgaard": "Uden brud i ryggen",
            "Inge Hansen": "Med brud i ryggen",
            "Poul Erik Sørensen": "Uden brud i ryggen",
        }


@pytest.mark.parametrize("language", ["en", "da"])
async def test_the_roster_with_tracks_fits_80_columns(
    private_data_dir: Path, language: str
) -> None:
    app, course_id = _danish_app(private_data_dir, language)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        table = app.screen.query_one(RosterTable)
        assert table.virtual_size.width <= table.size.width  # no sideways scrolling
        tracks = _cells(table, 2)
        assert tracks["Inge Hansen"].startswith("Med brud")
        assert tracks["Birthe Kjærsgaard"].startswith("Uden brud")
        assert _cells(table, 6)["Birthe Kjærsgaard"] in ("no", "nej")  # Consent still shows


async def test_a_pack_without_tracks_has_no_track_column(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, app, course_id)
        table = app.screen.query_one(RosterTable)
        assert _columns(table) == ["Name", "VF", "Born", "Sex", "Fractures", "Consent"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_danish_course_roster(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    app, _course_id = _danish_app(tmp_path)
    assert snap_compare(app, press=["enter"], terminal_size=size)
