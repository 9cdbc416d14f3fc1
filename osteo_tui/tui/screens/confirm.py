"""A yes/no question in a dialog, answered with y/n, Enter/Escape or the mouse."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from osteo_tui.core.translation import N_, _

__all__ = ["ConfirmScreen"]


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (yes) or False (no)."""

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 64; max-width: 95%; height: auto; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    ConfirmScreen .question { margin-bottom: 1; }
    ConfirmScreen Horizontal { height: auto; align-horizontal: right; }
    ConfirmScreen Button { margin-left: 2; }
    """
    HELP_NAME = N_("Question")
    BINDINGS = [
        Binding("y", "answer(True)", N_("Yes")),
        Binding("n,escape", "answer(False)", N_("No")),
    ]

    def __init__(self, question: str, yes: str | None = None, no: str | None = None) -> None:
        """``yes`` and ``no`` label the buttons (already translated); by default Yes and No."""
        super().__init__()
        self.question = question
        self.yes_label = yes if yes is not None else _("Yes")
        self.no_label = no if no is not None else _("No")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, classes="question", markup=False)
            with Horizontal():
                yield Button(f"{self.no_label} (n)", id="no")
                yield Button(f"{self.yes_label} (y)", id="yes", variant="primary")

    def on_mount(self) -> None:
        # A fast typist may answer before the dialog has mounted: then there is nothing to focus.
        for button in self.query("#yes").results(Button):
            button.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._answer(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self._answer(answer)

    def _answer(self, answer: bool) -> None:
        """Only the first answer counts: keys typed ahead must not dismiss a second screen."""
        if self.is_current and not getattr(self, "_answered", False):
            self._answered = True
            self.dismiss(answer)
