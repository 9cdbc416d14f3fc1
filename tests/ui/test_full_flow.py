"""A whole morning with the app, through the keyboard only: create a course, add three people,
run session 1 (attendance, an exercise segment on the interval timer, a note), quit half-way,
come back an hour later and resume, set goals, finish the session, then run session 2 with the
goal review. After each phase the stored course is read back through the core.

The app's clock is a ``FakeClock``: time moves only when the test says so. The runner redraws
on a real-time interval; where the test needs the screen to show a moved clock at once it calls
``tick()``, which is exactly what that interval calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Checkbox, Digits, RadioSet, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import AttendanceStatus, CourseStatus
from osteo_tui.core.store import CourseRepository, CourseStore
from osteo_tui.core.timing import FakeClock, clock_text, plan_segment
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.attendance import AttendanceScreen
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.goal_review import GoalReviewScreen
from osteo_tui.tui.screens.goal_setting import GoalSettingScreen
from osteo_tui.tui.screens.home import HomeScreen
from osteo_tui.tui.screens.new_course import NewCourseScreen
from osteo_tui.tui.screens.participant_form import ParticipantFormScreen
from osteo_tui.tui.screens.quick_note import QuickNoteScreen
from osteo_tui.tui.screens.session_runner import SessionRunnerScreen
from tests.ui.course_fixtures import TODAY, notifications

SIZE = (120, 40)
EXERCISE = 5  # "First exercises together", the sixth segment of session 1
GOAL_SETTING = 7


@contextmanager
def stored(data_dir: Path) -> Iterator[CourseStore]:
    """The one course as another process reads it while the app holds it."""
    repository = CourseRepository(data_dir)
    (course_id,) = repository.course_ids()
    with repository.open(course_id, read_only=True) as store:
        yield store


def text_of(app: OsteoApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def runner(app: OsteoApp) -> SessionRunnerScreen:
    assert isinstance(app.screen, SessionRunnerScreen), type(app.screen).__name__
    return app.screen


async def add_person(pilot: Pilot[None], app: OsteoApp, name: str, born: str, vf: bool) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(app.screen, ParticipantFormScreen)
    await pilot.press(*name, "tab", *born, "tab", "tab")  # name, year of birth, past sex
    assert app.focused is app.screen.query_one("#vertebral", Checkbox)
    if vf:
        await pilot.press("space")
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(app.screen, CourseScreen)


async def run_segments(pilot: Pilot[None], app: OsteoApp, clock: FakeClock, until: int) -> None:
    """Teach each segment to the end of its planned time and press n, until segment ``until``."""
    screen = runner(app)
    while screen.run.index < until:
        clock.advance(screen.run.countdown.remaining())
        await pilot.press("n")
    await pilot.pause()


async def test_a_course_from_creation_to_the_goal_review_of_session_two(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    clock = FakeClock()
    app = create_app(builtin_catalog, private_data_dir, clock=clock, today=lambda: TODAY)
    bells: list[int] = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    pack = builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    plan = plan_segment(pack.session(1).segments[EXERCISE].exercises)

    async with app.run_test(size=SIZE) as pilot:
        # -- a new course and its roster ---------------------------------------------------
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewCourseScreen)
        await pilot.press(*"Spring 2026", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        await add_person(pilot, app, "Aino Virtanen", "1948", vf=True)
        await add_person(pilot, app, "Pekka Mäkinen", "1951", vf=False)
        await add_person(pilot, app, "Liisa Korhonen", "1955", vf=False)
        with stored(private_data_dir) as store:
            course = store.course
            people = {p.name: p for p in store.participants()}
        assert (course.title, course.pack_id, course.status) == (
            "Spring 2026",
            "luustokurssi-en",
            CourseStatus.PLANNED,
        )
        assert str(course.sessions[0].day) == "2026-03-09"  # the Monday after "today"
        assert {n: p.vertebral_fracture for n, p in people.items()} == {
            "Aino Virtanen": True,
            "Pekka Mäkinen": False,
            "Liisa Korhonen": False,
        }
        assert (people["Aino Virtanen"].born, people["Liisa Korhonen"].born) == (1948, 1955)

        # -- session 1 starts: the course is running -------------------------------------
        await pilot.press("4", "enter")
        await pilot.pause()
        assert runner(app).run.index == 0
        with stored(private_data_dir) as store:
            assert store.course.status is CourseStatus.RUNNING
            assert store.run_state(1) is not None

        # -- attendance: one key for each of two people, then "everyone else present" ------
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AttendanceScreen)
        await pilot.press("p", "p", "A", "escape")  # Aino, Liisa; then Pekka with the rest
        await pilot.pause()
        assert "Present 3 of 3" in text_of(app, "#runner-present")
        with stored(private_data_dir) as store:
            marks = {
                store.participant(k).name: m.status for k, m in store.attendance_for(1).items()
            }
        assert marks == dict.fromkeys(people, AttendanceStatus.PRESENT)

        # -- the first five segments on the clock, then the exercise segment ----------------
        await pilot.press("space")
        await run_segments(pilot, app, clock, until=EXERCISE)
        screen = runner(app)
        assert screen.run.running and screen.run.intervals is not None
        assert text_of(app, "#phase") == "WORK · Shoulder rolls"
        assert screen.query_one("#phase-remaining", Digits).value == clock_text(
            plan.phases[0].seconds
        )
        clock.advance(plan.phases[0].seconds + 1)  # shoulder rolls done: a rest
        screen.tick()
        await pilot.pause()
        assert text_of(app, "#phase").startswith("REST")
        assert text_of(app, "#next") == "Next up: Sit to stand"
        assert bells, "a change of phase rings the bell"
        await pilot.press("right")  # the group is ready: straight on to sit to stand
        clock.advance(10)
        screen.tick()
        await pilot.pause()
        assert text_of(app, "#phase") == "WORK · Sit to stand"
        assert screen.query_one("#phase-remaining", Digits).value == clock_text(
            plan.phases[2].seconds - 10
        )
        assert not screen.query_one("#vertebral").display  # nothing in session 1 needs a change
        segment_left = screen.run.countdown.remaining()
        interval_elapsed = screen.run.intervals.countdown.elapsed()
        assert interval_elapsed == plan.starts[2] + 10

        # -- a quick note about Aino: o, her key, the text, Enter --------------------------
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        await pilot.press("1", *"Dizzy after standing up", "enter")
        await pilot.pause()
        runner(app)
        with stored(private_data_dir) as store:
            notes = [
                (store.participant(n.participant_id).name, n.text, n.session, n.shareable)
                for n in store.notes()
            ]
        assert notes == [("Aino Virtanen", "Dizzy after standing up", 1, False)]

        # -- quit half-way: the running timer makes the app ask first ---------------------
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    with stored(private_data_dir) as store:
        state = store.run_state(1)
    assert state is not None and not state.finished
    assert (state.segment, state.timer["running"]) == (EXERCISE, False)
    assert state.timer["intervals"][str(EXERCISE)] == interval_elapsed
    planned = sum(s.minutes for s in pack.session(1).segments[:EXERCISE]) * 60
    assert sum(state.spent[str(i)] for i in range(EXERCISE)) == planned

    # -- an hour later, a new start of the app: resume where it was, paused ---------------
    clock.advance(3600)
    app = create_app(builtin_catalog, private_data_dir, clock=clock, today=lambda: TODAY)
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter", "4", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == (
            f"Resume session 1 at 'First exercises together' "
            f"(timer paused at {clock_text(segment_left)})?"
        )
        await pilot.press("y")
        await pilot.pause()
        screen = runner(app)
        assert screen.run.index == EXERCISE and not screen.run.running
        assert screen.run.countdown.remaining() == segment_left
        assert screen.run.intervals is not None
        assert screen.run.intervals.countdown.elapsed() == interval_elapsed
        assert text_of(app, "#phase") == "WORK · Sit to stand  (paused)"
        assert screen.query_one("#segment-remaining", Digits).value == clock_text(segment_left)
        assert "Paused" in text_of(app, "#run-state")

        # -- on to goal setting: a goal for each present participant -----------------------
        await pilot.press("space")
        await run_segments(pilot, app, clock, until=GOAL_SETTING)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalSettingScreen)
        goals = {
            "Aino Virtanen": ("Walk to the shop without stopping", "diary of walks", "2026-04-06"),
            "Liisa Korhonen": ("Carry the shopping upstairs", "bags a week", ""),
            "Pekka Mäkinen": ("Stand on one leg for 10 s", "seconds", "2026-04-06"),
        }
        for name, (goal, measure, target) in goals.items():
            assert name in text_of(app, "#goal-title")
            await pilot.press(*goal, "tab", *measure, "tab", *target, "ctrl+s")
            await pilot.pause()
        runner(app)
        with stored(private_data_dir) as store:
            saved = {
                store.participant(g.participant_id).name: (
                    g.text,
                    g.measure,
                    g.target.isoformat() if g.target else "",
                )
                for g in store.goals()
            }
        assert saved == goals

        # -- the rest of the session, to its end ----------------------------------------------
        await run_segments(pilot, app, clock, until=len(screen.session.segments) - 1)
        clock.advance(screen.run.countdown.remaining())
        await pilot.press("n")
        await pilot.pause()
        assert screen.run.finished and not screen.run.running
        assert any("session is finished" in said for said in shown)
        with stored(private_data_dir) as store:
            state = store.run_state(1)
            assert store.course.status is CourseStatus.RUNNING  # four sessions to go
        assert state is not None and state.finished
        assert sum(state.spent.values()) == pack.session(1).minutes * 60

        # -- session 2: attendance, then the goal review with GAS levels ---------------------
        await pilot.press("q")  # the timer is not running: no question
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        screen = runner(app)
        assert screen.session.number == 2 and screen.run.segment.kind == "goal-review"
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("p", "a", "A", "escape")  # Aino present, Liisa absent, Pekka present
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalReviewScreen)
        levels = {"Aino Virtanen": (3, "+1", "Walked there twice"), "Pekka Mäkinen": (2, "0", "")}
        for name, (downs, _, progress) in levels.items():
            assert name in text_of(app, "#review-title")
            assert app.focused is app.screen.query_one(RadioSet)
            await pilot.press(*["down"] * downs, "enter", "tab", *progress, "enter")
            await pilot.pause()
        runner(app)
        with stored(private_data_dir) as store:
            marks = {
                store.participant(k).name: m.status for k, m in store.attendance_for(2).items()
            }
            reviews = {
                store.participant(g.participant_id).name: [
                    (r.session, r.day, r.level, r.progress) for r in g.reviews
                ]
                for g in store.goals()
            }
        assert marks == {
            "Aino Virtanen": AttendanceStatus.PRESENT,
            "Liisa Korhonen": AttendanceStatus.ABSENT,
            "Pekka Mäkinen": AttendanceStatus.PRESENT,
        }
        assert reviews == {
            "Aino Virtanen": [(2, TODAY, 1, "Walked there twice")],  # the app's today
            "Liisa Korhonen": [],  # absent today: reviewed next time
            "Pekka Mäkinen": [(2, TODAY, 0, "")],
        }
        assert any("Saved +1 for Aino Virtanen" in said for said in shown)
