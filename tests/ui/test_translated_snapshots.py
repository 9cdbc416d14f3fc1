"""The main screens in Finnish and Danish, at 80×24 and 120×40, so that the longer words of
both languages are seen not to break the layout: home with courses, the new course form, the
runner on a talk and on an exercise segment, the goal setting form, the course's roster and the
measure form.

Each language runs its own built-in pack (a Finnish trainer teaches luustokurssi-fi, a Danish
one osteoporoseskole-da). The clock is a ``FakeClock`` and runs are saved paused beforehand,
so every time on the screen is fixed.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from osteo_tui.core.records import Goal, RunState
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.timing import FakeClock
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.goal_setting import GoalSettingScreen
from osteo_tui.tui.screens.measure_form import MeasureFormScreen
from tests.ui import course_fixtures, runner_fixtures
from tests.ui.snapshot_apps import builtin_catalog

SIZES = [(80, 24), (120, 40)]
LANGUAGES = ["fi", "da"]
PACK = {"fi": "luustokurssi-fi", "da": "osteoporoseskole-da"}
COURSE_TITLES = {
    "fi": ("Kevät 2026, maanantairyhmä palvelukeskuksen liikuntasalissa", "Syksy 2026"),
    "da": ("Forår 2026, mandagsholdet i genoptræningscentrets træningssal", "Efterår 2026"),
}
GOAL = {
    "fi": ("Kävelen kauppaan ja takaisin ilman taukoa", "kävelypäiväkirja"),
    "da": ("Gå til købmanden og hjem igen uden pause", "gådagbog"),
}
# A talk segment, five minutes in: Finnish session 1 "Mikä on osteoporoosi?", Danish day 1
# "Hvad er osteoporose?".
TALK = {
    "fi": RunState(session=1, segment=2, spent={"0": 620.0, "1": 880.0, "2": 312.0}),
    "da": RunState(session=1, segment=1, spent={"0": 900.0, "1": 312.0}),
}
# An exercise segment in a rest before the next exercise: Finnish session 3 "Ryhti ja vahva
# selkä"; Danish day 1 "Træning: Kom godt i gang" (split into the two tracks).
EXERCISE = {
    "fi": RunState(
        session=3,
        segment=2,
        spent={"0": 900.0, "1": 900.0, "2": 380.0},
        timer={"intervals": {"2": 365.0}},
    ),
    "da": RunState(
        session=1,
        segment=4,
        spent={"0": 900.0, "1": 2100.0, "2": 600.0, "3": 900.0, "4": 95.0},
        timer={"intervals": {"4": 95.0}},
    ),
}

size_ids = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
languages = pytest.mark.parametrize("language", LANGUAGES)


def _app(data_dir: Path, language: str) -> OsteoApp:
    return create_app(
        builtin_catalog(),
        data_dir,
        clock=FakeClock(),
        today=lambda: course_fixtures.TODAY,
        language=language,
    )


def _courses(data_dir: Path, language: str) -> str:
    """A running course in the language's pack with some attendance, and a planned one."""
    catalog = builtin_catalog()
    running, planned = COURSE_TITLES[language]
    course_id = course_fixtures.make_course(data_dir, catalog, running, pack_id=PACK[language])
    with CourseRepository(data_dir).open(course_id) as store:
        people = course_fixtures.PEOPLE
        for person, status in zip(people, ("present", "present", "excused"), strict=True):
            store.mark_attendance(1, person.id, status)
    course_fixtures.make_course(
        data_dir, catalog, planned, (), course_fixtures.TODAY + timedelta(days=28), PACK[language]
    )
    return course_id


def _runner(data_dir: Path, language: str, state: RunState):  # type: ignore[no-untyped-def]
    pack = builtin_catalog().get(PACK[language]).load()  # type: ignore[union-attr]
    course_id = runner_fixtures.make_course(data_dir, pack)
    with CourseRepository(data_dir).open(course_id) as store:
        store.mark_all_present(state.session)
        store.save_run_state(state)

    async def run_before(pilot: Pilot[None]) -> None:
        runner_fixtures.open_runner(pilot.app, course_id, state.session)  # type: ignore[arg-type]
        await pilot.pause()

    return run_before


@languages
@size_ids
def test_home(snap_compare, language: str, size: tuple[int, int], tmp_path: Path) -> None:
    _courses(tmp_path, language)
    assert snap_compare(_app(tmp_path, language), terminal_size=size)


@languages
@size_ids
def test_new_course_form(
    snap_compare, language: str, size: tuple[int, int], tmp_path: Path
) -> None:
    assert snap_compare(_app(tmp_path, language), press=["n"], terminal_size=size)


@languages
@size_ids
def test_runner_talk_segment(
    snap_compare, language: str, size: tuple[int, int], tmp_path: Path
) -> None:
    run_before = _runner(tmp_path, language, TALK[language])
    assert snap_compare(_app(tmp_path, language), run_before=run_before, terminal_size=size)


@languages
@size_ids
def test_runner_exercise_segment(
    snap_compare, language: str, size: tuple[int, int], tmp_path: Path
) -> None:
    run_before = _runner(tmp_path, language, EXERCISE[language])
    assert snap_compare(_app(tmp_path, language), run_before=run_before, terminal_size=size)


@languages
@size_ids
def test_goal_setting_form(
    snap_compare, language: str, size: tuple[int, int], tmp_path: Path
) -> None:
    """The first person already has a goal, so the form also asks for the plan after it."""
    course_id = _courses(tmp_path, language)
    with CourseRepository(tmp_path).open(course_id) as store:
        text, measure = GOAL[language]
        store.add_goal(Goal.new(course_fixtures.PEOPLE[0].id, text, measure, None))

    async def run_before(pilot: Pilot[None]) -> None:
        app: OsteoApp = pilot.app  # type: ignore[assignment]
        store = app.repository.open(course_id)
        app.push_screen(GoalSettingScreen(store, 1, store.participants()))
        await pilot.pause()

    app = _app(tmp_path, language)
    assert snap_compare(app, run_before=run_before, terminal_size=size)


@languages
@size_ids
def test_course_roster(snap_compare, language: str, size: tuple[int, int], tmp_path: Path) -> None:
    """The course screen on its roster; the Danish pack has tracks, so a track column too."""
    _courses(tmp_path, language)
    assert snap_compare(_app(tmp_path, language), press=["enter"], terminal_size=size)


# Five self-ratings and the seven Short FES-I answers, as test_measure_snapshots types them.
MEASURE_TYPING = ("7", "5", "6", "4", "8", "2", "1", "2", "3", "2", "2", "1")


@languages
@size_ids
def test_measure_form(snap_compare, language: str, size: tuple[int, int], tmp_path: Path) -> None:
    """Session 1's measures: the ratings typed, the chair stand counted after its 30 seconds,
    and the next timer running (Finnish: Timed Up and Go; Danish: the first balance stage)."""
    pack = builtin_catalog().get(PACK[language]).load()  # type: ignore[union-attr]
    course_id = runner_fixtures.make_course(tmp_path, pack)
    with CourseRepository(tmp_path).open(course_id) as store:
        store.mark_all_present(1)

    async def run_before(pilot: Pilot[None]) -> None:
        app: OsteoApp = pilot.app  # type: ignore[assignment]
        clock: FakeClock = app.clock  # type: ignore[assignment]
        runner = runner_fixtures.open_runner(app, course_id, 1)
        await pilot.pause()
        runner.goto_segment(3)  # the measurement segment of both packs' first session
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MeasureFormScreen)
        for field in form.query(Input):
            field.cursor_blink = False  # the cursor always shows, so the picture never varies
        for value in MEASURE_TYPING:
            await pilot.press(*value, "enter")
        await pilot.press("space")  # the chair stand's 30 seconds
        clock.advance(30)
        form.tick()
        await pilot.press("1", "1", "enter", "space")  # 11 stands; the next timer starts
        clock.advance(7.34)
        form.tick()
        await pilot.pause()

    assert snap_compare(_app(tmp_path, language), run_before=run_before, terminal_size=size)
