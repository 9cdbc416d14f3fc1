"""Every key of the screen you came from, and the keys that work everywhere."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Static

from osteo_tui.core.translation import N_, _

__all__ = ["HelpScreen", "binding_rows"]

_NAMES = {"question_mark": "?", "plus": "+", "space": "space", "escape": "esc", "enter": "enter"}


def _key_text(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    return " / ".join(_NAMES.get(key, key) for key in binding.key.split(","))


def binding_rows(bindings: list[BindingType]) -> list[tuple[str, str]]:
    rows = []
    for item in bindings:
        if isinstance(item, Binding) and item.description:
            rows.append((_key_text(item), item.description))
    return rows


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = "HelpScreen #help-everywhere { margin-top: 1; }"
    BINDINGS = [Binding("escape,q,question_mark", "close", N_("Close"))]

    def __init__(self, screen: Screen, app_bindings: list[BindingType]) -> None:
        super().__init__()
        # A screen names itself with HELP_NAME = N_("…"); else its class name stands in.
        name = getattr(screen, "HELP_NAME", "") or type(screen).__name__.removesuffix("Screen")
        self.title_text = _("Keys: {screen}").format(screen=_(name))
        self.rows = binding_rows(list(screen.BINDINGS))
        self.global_rows = binding_rows(app_bindings) + [
            ("ctrl+p", _("Command palette: jump to anything"))
        ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield DataTable(id="help-screen-keys", show_cursor=False)
            yield Static(_("Everywhere"), classes="dialog-title", id="help-everywhere")
            yield DataTable(id="help-global-keys", show_cursor=False)
        yield Footer()

    def on_mount(self) -> None:
        for table_id, rows in (
            ("#help-screen-keys", self.rows),
            ("#help-global-keys", self.global_rows),
        ):
            table = self.query_one(table_id, DataTable)
            table.add_columns(_("key"), _("what it does"))
            table.add_rows(rows)

    def action_close(self) -> None:
        self.dismiss(None)
