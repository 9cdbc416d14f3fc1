"""The yes/no dialog takes only the first answer, even when keys are typed ahead of it."""

from __future__ import annotations

from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.screens.home import HomeScreen


async def test_answers_typed_before_the_dialog_mounts_count_once(app: OsteoApp) -> None:
    answers: list[bool | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = ConfirmScreen("Resume session 2?")
        app.push_screen(dialog, answers.append)
        dialog.action_answer(False)  # n n n, faster than the dialog could mount
        dialog.action_answer(False)
        dialog.action_answer(True)
        await pilot.pause()
        assert answers == [False]
        assert isinstance(app.screen, HomeScreen)  # the screen below was not dismissed too


async def test_y_and_n_answer(app: OsteoApp) -> None:
    answers: list[bool | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ("y", "n"):
            app.push_screen(ConfirmScreen("Leave the session?"), answers.append)
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
    assert answers == [True, False]
