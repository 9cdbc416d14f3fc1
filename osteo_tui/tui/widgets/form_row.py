"""Forms whose messages stand beside the field they are about, never in a corner."""

from __future__ import annotations

from collections.abc import Mapping

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.tui.widgets.field_error import FieldError

__all__ = ["Form", "FormRow"]


class FormRow(Vertical):
    """A label, its field, and under the field the message about it (when there is one).

    ``name`` is the record field the row edits, as ``InvalidRecord.field`` names it."""

    def __init__(self, label: str, field: Widget, name: str, hint: str = "") -> None:
        super().__init__(classes="form-row")
        self.label = label
        self.field = field
        self.field_name = name
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Horizontal(classes="form-line"):
            yield Label(self.label, classes="form-label")
            yield self.field
        if self.hint:
            yield Static(self.hint, classes="form-hint")
        yield FieldError(classes="form-error")

    def say(self, message: str | None) -> None:
        self.query_one(FieldError).say(message)
        self.set_class(bool(message), "-invalid")

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    @on(TextArea.Changed)
    def _edited(self) -> None:
        """Typing in the field takes its message away; what was typed always stays."""
        if self.has_class("-invalid"):
            self.say(None)


class Form(VerticalScroll):
    """The rows of a form; ``show_error`` puts a message beside the field it names."""

    def rows(self) -> dict[str, FormRow]:
        return {row.field_name: row for row in self.query(FormRow)}

    def show_error(self, error: InvalidRecord, aliases: Mapping[str, str] | None = None) -> bool:
        """Show ``error`` beside its field and focus that field; ``False`` when no row has it."""
        name = (aliases or {}).get(error.field, error.field)
        row = self.rows().get(name)
        if row is None:
            return False
        row.say(error.message)
        row.field.focus()
        if isinstance(row.field, Input):  # the cursor after the text, to mend it, not retype it
            self.call_after_refresh(row.field.action_end)
        self.call_after_refresh(self.scroll_to_widget, row)
        return True

    def clear_errors(self) -> None:
        for row in self.query(FormRow):
            row.say(None)

    def values(self) -> tuple[object, ...]:
        """What the fields hold now; compare two of these to see if anything was typed."""
        found: list[object] = []
        for field in self.query("Input, Select, Checkbox, TextArea"):
            found.append(field.text if isinstance(field, TextArea) else field.value)  # type: ignore[attr-defined]
        return tuple(found)

    def set_compact(self, compact: bool) -> None:
        """One line a field, for short terminals (an 80×24 laptop window)."""
        self.set_class(compact, "-compact")
        for field in self.query("Input, Select, Checkbox, TextArea"):
            field.compact = compact  # type: ignore[attr-defined]
