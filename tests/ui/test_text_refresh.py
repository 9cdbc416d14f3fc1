"""The runner's four-times-a-second updates: nothing for unchanged text, a repaint without a
new layout for a clock's digits, a layout for anything else (docs/performance.md)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static

from osteo_tui.tui.widgets.runner_big_digits import BigDigits
from osteo_tui.tui.widgets.text_refresh import only_digits_changed, show_text


class Recorder(Static):
    """A Static that notes the ``layout`` of each update."""

    def __init__(self, content: Any = "") -> None:
        super().__init__(content)
        self.layouts: list[bool] = []

    def update(self, content: Any = "", *, layout: bool = True) -> None:
        self.layouts.append(layout)
        super().update(content, layout=layout)


async def test_show_text_updates_only_what_changed_and_lays_out_only_when_needed() -> None:
    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield Recorder("Session 0:59 of 2:00:00")

    app = Host()
    async with app.run_test(size=(60, 5)):
        label = app.query_one(Recorder)
        show_text(label, "Session 0:59 of 2:00:00")  # the same: nothing
        show_text(label, "Session 0:58 of 2:00:00")  # digits only: repaint
        show_text(label, "Session 10:00 of 2:00:00")  # longer: layout
        show_text(label, "Paused · space starts")  # other text: layout
        show_text(label, Text("Paused · space starts", style="bold"))  # a style: repaint
        assert label.layouts == [False, True, True, False]
        assert str(label.content) == "Paused · space starts"


@given(st.text(alphabet="0123456789:", min_size=1, max_size=12), st.data())
def test_swapping_digits_for_digits_is_the_same_shape(old: str, data: st.DataObject) -> None:
    new = "".join(
        data.draw(st.sampled_from("0123456789")) if char.isdigit() else char for char in old
    )
    assert only_digits_changed(old, new)


@given(st.text(min_size=1, max_size=12), st.text(min_size=1, max_size=12))
def test_any_other_change_is_not(old: str, new: str) -> None:
    digits = set("0123456789")
    same = len(old) == len(new) and all(
        a == b or (a in digits and b in digits) for a, b in zip(old, new, strict=False)
    )
    assert only_digits_changed(old, new) == same


async def test_big_digits_lay_out_again_only_when_their_width_changes() -> None:
    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield BigDigits("9:59", scale=1)

    app = Host()
    async with app.run_test(size=(80, 10)) as pilot:
        digits = app.query_one(BigDigits)
        seen: list[bool] = []
        refresh = digits.refresh

        def record(*args: Any, layout: bool = False, **kwargs: Any) -> Any:
            seen.append(layout)
            return refresh(*args, layout=layout, **kwargs)

        digits.refresh = record  # type: ignore[method-assign]
        digits.update("9:58")  # same width
        digits.update("9:58")  # unchanged
        assert seen == [False]
        digits.update("10:00")  # wider
        await pilot.pause()
        assert True in seen[1:]
        assert digits.value == "10:00"
        assert "█" in digits.render().plain
