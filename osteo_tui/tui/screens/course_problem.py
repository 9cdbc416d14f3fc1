"""Why a course cannot be opened (a damaged file, a missing pack) and what to do about it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from osteo_tui.core.lessons import PackEntry
from osteo_tui.core.store import CourseDamaged

__all__ = ["CourseProblemScreen", "damaged_text", "pack_problem_text"]


def damaged_text(error: CourseDamaged) -> str:
    """The whole story of a damaged course file, for a trainer who may phone for help."""
    lines = [
        "This course file cannot be used, so the course was not opened. "
        "Nothing has been written to the file.",
        "",
        f"File:           {error.path}",
        f"What is wrong:  {error.reason}",
        "",
    ]
    if error.backups:
        newest = error.backups[0]
        count = len(error.backups)
        lines += [
            f"Newest backup:  {newest}  ({count} backup{'s' if count != 1 else ''} in all)",
            "",
            "To put the newest backup back (the damaged file is kept as a backup too), run:",
            f"  osteo-tui backup restore {error.path.stem} {newest}",
            f"Other backups:  osteo-tui backup list {error.path.stem}",
        ]
    else:
        lines.append(
            "There is no backup of this course. Keep the file as it is: someone who knows "
            "JSON may be able to repair it by hand."
        )
    return "\n".join(lines)


def pack_problem_text(title: str, pack_id: str, entry: PackEntry | None) -> str:
    if entry is None:
        return (
            f"The course '{title}' follows the lesson pack '{pack_id}', which is not installed "
            "here. Install it in the lessons folder of the data folder, or start osteo-tui "
            "with --lessons DIR pointing at it. The course itself is unchanged."
        )
    count = len(entry.problems)
    return (
        f"The course '{title}' follows the lesson pack '{pack_id}', which cannot be used "
        f"until {count} problem{'s are' if count != 1 else ' is'} fixed. Press p on the home "
        f"screen to see them, or run:  osteo-tui lessons check {entry.path}\n"
        "The course itself is unchanged."
    )


class CourseProblemScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter,q", "close", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.heading = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="problem-dialog", classes="dialog"):
            yield Static(self.heading, classes="dialog-title problem-title")
            with VerticalScroll(id="problem-body"):
                yield Static(self.message, markup=False, id="problem-message")
            with Horizontal(classes="form-buttons"):
                yield Button("Close (esc)", id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
