"""Why a course cannot be opened (a damaged file, a missing pack) and what to do about it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from osteo_tui.core import counts
from osteo_tui.core.lessons import PackEntry
from osteo_tui.core.store import CourseDamaged
from osteo_tui.core.translation import N_, _, ngettext

__all__ = ["CourseProblemScreen", "damaged_text", "pack_problem_text"]


def damaged_text(error: CourseDamaged) -> str:
    """The whole story of a damaged course file, for a trainer who may phone for help."""
    labels = {"file": _("File:"), "wrong": _("What is wrong:")}
    if error.backups:
        labels |= {"newest": _("Newest backup:"), "others": _("Other backups:")}
    width = max(len(label) for label in labels.values()) + 2  # the values line up
    padded = {key: text.ljust(width) for key, text in labels.items()}
    lines = [
        _(
            "This course file cannot be used, so the course was not opened. "
            "Nothing has been written to the file."
        ),
        "",
        f"{padded['file']}{error.path}",
        f"{padded['wrong']}{error.reason}",
        "",
    ]
    if error.backups:
        newest = error.backups[0]
        in_all = _("({backups} in all)").format(backups=counts.backups(len(error.backups)))
        lines += [
            f"{padded['newest']}{newest}  {in_all}",
            "",
            _("To put the newest backup back (the damaged file is kept as a backup too), run:"),
            f"  osteo-tui backup restore {error.path.stem} {newest}",
            f"{padded['others']}osteo-tui backup list {error.path.stem}",
        ]
    else:
        lines.append(
            _(
                "There is no backup of this course. Keep the file as it is: someone who knows "
                "JSON may be able to repair it by hand."
            )
        )
    return "\n".join(lines)


def pack_problem_text(title: str, pack_id: str, entry: PackEntry | None) -> str:
    if entry is None:
        return _(
            "The course '{title}' follows the lesson pack '{pack}', which is not installed "
            "here. Install it in the lessons folder of the data folder, or start osteo-tui "
            "with --lessons DIR pointing at it. The course itself is unchanged."
        ).format(title=title, pack=pack_id)
    count = len(entry.problems)
    return ngettext(
        "The course '{title}' follows the lesson pack '{pack}', which cannot be used "
        "until {count} problem is fixed. Press p on the home screen to see them, or run:  "
        "osteo-tui lessons check {path}\nThe course itself is unchanged.",
        "The course '{title}' follows the lesson pack '{pack}', which cannot be used "
        "until {count} problems are fixed. Press p on the home screen to see them, or run:  "
        "osteo-tui lessons check {path}\nThe course itself is unchanged.",
        count,
    ).format(title=title, pack=pack_id, count=count, path=entry.path)


class CourseProblemScreen(ModalScreen[None]):
    HELP_NAME = N_("Course problem")
    BINDINGS = [Binding("escape,enter,q", "close", N_("Close"))]

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
                yield Button(_("Close (esc)"), id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
