"""Running sessions in front of a class, by keyboard, with a fake clock (no sleeps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Digits, Input, RadioSet, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import AttendanceStatus
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.screens.attendance import AttendanceScreen
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.screens.goal_review import GoalReviewScreen
from osteo_tui.tui.screens.goal_setting import GoalSettingScreen
from osteo_tui.tui.screens.help import HelpScreen
from osteo_tui.tui.screens.quick_note import QuickNoteScreen
from osteo_tui.tui.screens.session_runner import SessionRunnerScreen
from tests.ui.runner_fixtures import make_course, open_runner, runner_app

SIZE = (120, 40)


@pytest.fixture
def course_id(builtin_catalog: PackCatalog, private_data_dir: Path) -> str:
    return make_course(private_data_dir, builtin_catalog.get("luustokurssi-en").load())  # type: ignore[union-attr]


def reopen(data_dir: Path, course_id: str):
    return CourseRepository(data_dir).open(course_id, read_only=True)


def segment_index(screen: SessionRunnerScreen, kind: str) -> int:
    return next(i for i, s in enumerate(screen.session.segments) if s.kind == kind)


async def test_attendance_one_key_per_person_and_all_present(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AttendanceScreen)
        await pilot.press("e")  # first in the list (Aino) excused; the cursor moves on
        await pilot.press("A")  # everyone not yet marked is present
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        with reopen(private_data_dir, course_id) as store:
            marks = {p.name: store.attendance_for(1)[p.id].status for p in store.participants()}
        assert marks == {
            "Aino Virtanen": AttendanceStatus.EXCUSED,
            "Liisa Korhonen": AttendanceStatus.PRESENT,
            "Pekka Mäkinen": AttendanceStatus.PRESENT,
        }
        assert "Present 2 of 3" in str(app.screen.query_one("#runner-present", Static).render())


async def test_quick_note_in_three_keystrokes_plus_text(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        await pilot.press("2")  # Liisa Korhonen (names sorted)
        await pilot.press(*"Knee sore today")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)
    with reopen(private_data_dir, course_id) as store:
        notes = store.notes()
        liisa = store.participant("Liisa Korhonen")
    assert [(n.participant_id, n.text, n.session, n.shareable) for n in notes] == [
        (liisa.id, "Knee sore today", 1, False)
    ]


async def test_exercise_segment_interval_timer_signals_and_vertebral_names(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, clock = runner_app(builtin_catalog, private_data_dir)
    bells = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 3)  # session 3 has modified and avoided exercises
        screen.flash_seconds = 600  # the flash must still be there when we look, even under load
        await pilot.pause()
        screen.store.mark_all_present(3)
        screen.refresh_all()
        posture = next(
            i for i, s in enumerate(screen.session.segments) if s.title.startswith("Posture")
        )
        screen.goto_segment(posture)
        await pilot.pause()
        panel = screen.query_one("#runner-intervals")
        assert panel.display
        await pilot.press("space")
        first = screen.run.intervals.phase
        clock.advance(first.seconds + 0.5)
        screen.tick()
        await pilot.pause()
        assert screen.run.intervals.index == 1 and bells  # the change rang the bell
        assert panel.has_class("flash")
        # jump to the lying back extension, which people with a vertebral fracture modify
        while screen.run.intervals.phase.exercise_id != "prone-back-extension":
            await pilot.press("right")
        screen.tick()
        text = str(screen.query_one("#vertebral", Static).render())
        assert "Aino Virtanen" in text and "modified version" in text
        assert "Pekka" not in text
        phase_digits = screen.query_one("#phase-remaining", Digits)
        assert phase_digits.value == "0:35"  # 5 reps × (4 s + 3 s hold), just begun


async def test_goal_setting_goes_through_present_people(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 1)
        await pilot.pause()
        screen.store.mark_all_present(1)
        screen.refresh_all()
        screen.goto_segment(segment_index(screen, "goal-setting"))
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalSettingScreen)
        await pilot.press("ctrl+s")  # nothing typed: a message beside the field, nothing saved
        await pilot.pause()
        assert "Write the goal" in str(app.screen.query_one("#goal-text-error", Static).render())
        for goal in ("Walk to the shop", "Climb stairs", "Garden again"):
            await pilot.press(*goal)
            await pilot.press("tab")
            await pilot.press(*"diary")
            await pilot.press("tab")
            await pilot.press(*"2026-04-30")
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)
    with reopen(private_data_dir, course_id) as store:
        goals = {store.participant(g.participant_id).name: g for g in store.goals()}
    assert goals["Aino Virtanen"].text == "Walk to the shop"
    assert goals["Pekka Mäkinen"].text == "Garden again"
    assert goals["Liisa Korhonen"].measure == "diary"
    assert str(goals["Liisa Korhonen"].target) == "2026-04-30"


async def test_quit_mid_session_and_resume_where_it_was(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, clock = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("space")
        clock.advance(300)
        await pilot.press("n")
        clock.advance(65)
        await pilot.press("plus")
        await pilot.press("q")  # the timer runs: asks first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, SessionRunnerScreen)
        screen.store.close()
        clock.advance(3600)  # an hour later the trainer comes back
        resumed = open_runner(app, course_id, 1)
        await pilot.pause()
        assert resumed.run.index == 1 and not resumed.run.running
        assert resumed.run.spent(0) == 300 and resumed.run.spent(1) == 65
        planned = resumed.session.segments[1].minutes * 60 + 60
        assert resumed.run.countdown.remaining() == planned - 65
        assert resumed.query_one("#segment-remaining", Digits).value == "14:55"  # 16:00 − 1:05


async def test_session_two_goal_review_with_gas_level(
    builtin_catalog, private_data_dir, course_id
) -> None:
    from osteo_tui.core.records import Goal

    with CourseRepository(private_data_dir).open(course_id) as store:
        for person in store.participants():
            store.add_goal(Goal.new(person.id, f"Goal of {person.name}"))
        store.mark_all_present(2)
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 2)
        await pilot.pause()
        assert screen.run.segment.kind == "goal-review"
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalReviewScreen)
        await pilot.press("ctrl+s")  # no level chosen yet
        await pilot.pause()
        assert "Choose a level" in str(app.screen.query_one("#review-level-error", Static).render())
        for downs in (3, 4, 2):  # +1, +2, 0 for the three goals
            app.screen.query_one(RadioSet).focus()
            for _ in range(downs):
                await pilot.press("down")
            await pilot.press("enter")
            app.screen.query_one(Input).focus()
            await pilot.press(*"better")
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, SessionRunnerScreen)
    with reopen(private_data_dir, course_id) as store:
        levels = sorted(g.reviews[0].level for g in store.goals())
        progress = {g.reviews[0].progress for g in store.goals()}
    assert levels == [0, 1, 2] and progress == {"better"}


async def test_overrun_shows_a_warning_and_plus_adds_a_minute(
    builtin_catalog, private_data_dir, course_id
) -> None:
    app, clock = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("space")
        clock.advance(10 * 60 + 30)
        screen.tick()
        await pilot.pause()
        clock_panel = screen.query_one("#runner-clock")
        assert clock_panel.has_class("over")
        assert "Over time by 0:30" in str(screen.query_one("#over-warning", Static).render())
        await pilot.press("plus")
        screen.tick()
        assert not clock_panel.has_class("over")


async def test_help_lists_every_runner_key(builtin_catalog, private_data_dir, course_id) -> None:
    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        open_runner(app, course_id, 1)
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        described = {d for _, d in app.screen.rows}
        assert {
            "Start/pause",
            "Next",
            "Previous",
            "+1 min",
            "Attendance",
            "Goals",
            "Note",
            "Next exercise phase",
            "Back",
        } <= described


async def test_command_palette_targets_segments_exercises_and_people(
    builtin_catalog, private_data_dir, course_id
) -> None:
    from osteo_tui.tui.providers import RunnerCommands

    app, _ = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 1)
        await pilot.pause()
        provider = RunnerCommands(screen)
        targets = {text: command for text, command, _ in provider._targets()}
        assert "Participant: Aino Virtanen" in targets and "Exercise: Sit to stand" in targets
        targets["Segment: Closing"]()
        assert screen.run.segment.title == "Closing"
