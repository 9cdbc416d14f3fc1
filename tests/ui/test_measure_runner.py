"""Measuring the present participants in session 1's measurement segment, by keyboard, with a
fake clock driving the stopwatches and the 30-second countdown (no sleeps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.measures import score
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.measure_form import MeasureFormScreen
from osteo_tui.tui.screens.session_runner import SessionRunnerScreen
from osteo_tui.tui.widgets.measure_fields import field_id
from tests.ui.course_fixtures import notifications
from tests.ui.runner_fixtures import make_course, open_runner, runner_app

SIZE = (120, 40)
RATINGS = ("knowledge", "courage", "function", "resources", "confidence")


@pytest.fixture
def course_id(builtin_catalog: PackCatalog, private_data_dir: Path) -> str:
    course = make_course(private_data_dir, builtin_catalog.get("luustokurssi-en").load())  # type: ignore[union-attr]
    with CourseRepository(private_data_dir).open(course) as store:
        store.mark_all_present(1)
    return course


async def open_form(pilot: Pilot[None], app: OsteoApp, course_id: str) -> MeasureFormScreen:
    """Session 1 in the runner, on "Where we start from", and m."""
    runner = open_runner(app, course_id, 1)
    await pilot.pause()
    measuring = next(i for i, s in enumerate(runner.session.segments) if s.kind == "measurement")
    runner.goto_segment(measuring)
    await pilot.pause()
    await pilot.press("m")
    await pilot.pause()
    assert isinstance(app.screen, MeasureFormScreen)
    return app.screen


def field(app: OsteoApp, measure: str, item: str | None = None) -> Input:
    form = app.screen
    assert isinstance(form, MeasureFormScreen)
    found = form.measures.measure(measure)
    return form.query_one(f"#{field_id(found, item or measure)}", Input)


async def type_values(pilot: Pilot[None], *values: str) -> None:
    """Each value, then Enter, which goes on to the next field."""
    for value in values:
        await pilot.press(*value)
        await pilot.press("enter")


def timer_text(app: OsteoApp, measure: str, item: str | None = None) -> str:
    row = field(app, measure, item).parent
    assert row is not None
    return str(row.query_one(".measure-timer", Static).render())


async def test_three_participants_measured_with_stopwatch_and_countdown(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, clock = runner_app(builtin_catalog, private_data_dir)
    bells: list[int] = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    said = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(pilot, app, course_id)
        assert form.person.name == "Aino Virtanen"  # present people, by name
        assert app.focused is field(app, "self-ratings", "knowledge")

        # Aino: every measure of the segment
        await type_values(pilot, "7", "5", "6", "4", "8")
        await type_values(pilot, "2", "1", "2", "3", "2", "2", "1")
        assert app.focused is field(app, "chair-stand")
        await pilot.press("space")  # the 30-second countdown
        clock.advance(12)
        form.tick()
        assert "0:18 left" in timer_text(app, "chair-stand")
        clock.advance(18)
        form.tick()
        assert bells == [1] and "Time is up" in timer_text(app, "chair-stand")
        await type_values(pilot, "9")
        assert app.focused is field(app, "tug")
        await pilot.press("space")  # the stopwatch
        clock.advance(11.236)
        form.tick()
        assert "11.2 s" in timer_text(app, "tug")
        await pilot.press("space")
        assert field(app, "tug").value == "11.23"  # written in, cut (not rounded) to 0.01 s
        await pilot.press("enter")
        for held in (10.7, 10.2):  # a stage stops by itself at 10 s and the next one is next
            await pilot.press("space")
            clock.advance(held)
            form.tick()
            await pilot.pause()
        assert field(app, "balance", "feet-together").value == "10"
        assert field(app, "balance", "semi-tandem").value == "10"
        assert app.focused is field(app, "balance", "tandem")
        await pilot.press("space")
        clock.advance(4.58)
        await pilot.press("space")  # tandem stand held 4.5 s: the test ends there
        assert field(app, "balance", "tandem").value == "4.5"
        await pilot.press("ctrl+s")
        await pilot.pause()

        # Liisa: a rating out of range is named beside its field; nothing is stored
        assert form.person.name == "Liisa Korhonen"
        await type_values(pilot, "11", "6", "6", "7", "7")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert form.person.name == "Liisa Korhonen"
        ratings = form.measures.measure("self-ratings")
        error = form.query_one(f"#{field_id(ratings, 'knowledge')}-error", Static)
        assert "must be a whole number from 0 to 10, not '11'" in str(error.render())
        assert field(app, "self-ratings", "knowledge").value == "11"  # what was typed stays
        assert app.focused is field(app, "self-ratings", "knowledge")
        with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
            assert store.measurements(store.participant("Liisa Korhonen").id) == []
        await pilot.press("backspace", "backspace", "1", "0")
        field(app, "tug").focus()
        await pilot.press("space")
        clock.advance(13.5)
        await pilot.press("space")
        await pilot.press("ctrl+s")
        await pilot.pause()

        # Pekka: the chair stand with arms used (0) and the timed walk typed by hand
        assert form.person.name == "Pekka Mäkinen"
        field(app, "chair-stand").focus()
        await type_values(pilot, "0", "15,4")
        await pilot.press("ctrl+s")  # the last one: back to the runner
        await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)

    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        pack = builtin_catalog.get("luustokurssi-en").load()
        taken = {
            (store.participant(r.participant_id).name, r.measure_id): r
            for r in store.measurements()
        }
    assert all(r.when == "start" and r.session == 1 for r in taken.values())
    aino = {m: r.values for (name, m), r in taken.items() if name == "Aino Virtanen"}
    assert aino == {
        "self-ratings": dict(zip(RATINGS, (7, 5, 6, 4, 8), strict=True)),
        "short-fes-i": {
            "dressing": 2, "bathing": 1, "chair": 2, "stairs": 3,
            "reaching": 2, "slope": 2, "social": 1,
        },
        "chair-stand": {"chair-stand": 9},
        "tug": {"tug": 11.23},
        "balance": {"feet-together": 10, "semi-tandem": 10, "tandem": 4.5},
    }  # fmt: skip
    assert score(pack.measures.measure("balance"), aino["balance"]).total == 2
    assert taken["Liisa Korhonen", "self-ratings"].values["knowledge"] == 10
    assert taken["Liisa Korhonen", "tug"].values == {"tug": 13.5}
    assert taken["Pekka Mäkinen", "chair-stand"].values == {"chair-stand": 0}
    assert taken["Pekka Mäkinen", "tug"].values == {"tug": 15.4}
    assert len(taken) == 5 + 2 + 2
    assert any("Saved for Aino Virtanen" in line for line in said)
    assert any("Still to measure: Liisa Korhonen, Pekka Mäkinen" in line for line in said)


async def test_skip_a_person_and_come_back_to_them(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, clock = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(pilot, app, course_id)
        field(app, "tug").focus()
        await type_values(pilot, "12")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+n")  # Liisa is not ready yet
        await pilot.pause()
        assert form.person.name == "Pekka Mäkinen"
        await pilot.press("ctrl+b")  # she is now
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert form.person.name == "Aino Virtanen"
        assert field(app, "tug").value == "12"  # what is saved is shown again, to mend
        status = str(form.query(".measure-status")[3].render())
        assert "Saved: 12 s" in status and "12 seconds or more" in status
        await pilot.press("ctrl+n")
        await pilot.pause()
        field(app, "tug").focus()
        await type_values(pilot, "9.8")
        await pilot.press("ctrl+n")  # typed but not saved: asks first, and stays
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert form.person.name == "Liisa Korhonen" and field(app, "tug").value == "9.8"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)
    with CourseRepository(private_data_dir).open(course_id, read_only=True) as store:
        names = {p.id: p.name for p in store.participants()}
        tug = {names[r.participant_id]: r.values["tug"] for r in store.measurements()}
    assert tug == {"Aino Virtanen": 12, "Liisa Korhonen": 9.8}


async def test_measures_key_only_on_measurement_segments(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        runner = open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("m")  # the welcome talk: nothing to measure
        await pilot.pause()
        assert app.screen is runner
        assert "m" not in runner.active_bindings
        runner.goto_segment(next(i for i, s in enumerate(runner.session.segments) if s.measures))
        await pilot.pause()
        keys = runner.active_bindings
        assert keys["m"].binding.description == "Measures"
        assert keys["g"].binding.show is False  # g still works there, unlisted, so that
        assert keys["question_mark"]  # the footer keeps "? Help" at 80 columns
