"""What every record form (new course, participant, goal, note) does the same way.

Enter moves to the next field, the layout turns compact on a short window, ctrl+s saves through
the core and shows its refusal beside the field it names (or under the form), and leaving with
typed text asks first. A form says only what differs: how to save, and what to ask on leaving.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events, work
from textual.widgets import Button, Input

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import StoreError
from osteo_tui.core.translation import _
from osteo_tui.tui.screens.confirm import ConfirmScreen
from osteo_tui.tui.widgets.field_error import FieldError
from osteo_tui.tui.widgets.form_row import Form

__all__ = ["RecordForm"]


class RecordForm:
    """Mixed into a ``Screen`` whose compose yields a ``Form``, a ``#form-error`` FieldError and
    Save/Cancel buttons (``#save``, ``#cancel``). The screen defines

    - ``save_record() -> Any``: save through the core and return what the form dismisses with,
      or raise ``InvalidRecord`` (shown beside its field), ``StoreError`` or ``OSError``;
    - ``leave_question() -> tuple[str, str]``: the question asked before typed text is thrown
      away, and the label of its yes button.
    """

    COMPACT_BELOW: ClassVar[int] = 30  # window rows under which the form turns compact
    typed: dict[str, Any]

    def not_saved(self, error: Exception) -> str:
        return _("Not saved: {error}").format(error=error)

    def start_form(self, first_field: str) -> None:
        """Remember what the form holds now (to know later whether anything was typed) and
        put the cursor in ``first_field``."""
        screen: Any = self
        self.typed = screen.query_one(Form).values()
        screen.query_one(first_field).focus()

    def on_resize(self, event: events.Resize) -> None:
        screen: Any = self
        screen.query_one(Form).set_compact(event.size.height < self.COMPACT_BELOW)

    def _value(self, field: str) -> str:
        screen: Any = self
        return screen.query_one(f"#{field}", Input).value.strip()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        screen: Any = self
        screen.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        screen: Any = self
        form = screen.query_one(Form)
        general = screen.query_one("#form-error", FieldError)
        form.clear_errors()
        general.say(None)
        try:
            result = screen.save_record()
        except InvalidRecord as error:
            if not form.show_error(error):
                general.say(error.message)
            return
        except (StoreError, OSError) as error:
            general.say(self.not_saved(error))
            return
        screen.dismiss(result)

    @work(exclusive=True)
    async def action_cancel(self) -> None:
        screen: Any = self
        if screen.query_one(Form).values() != self.typed:
            question, yes = screen.leave_question()
            if not await screen.app.push_screen_wait(ConfirmScreen(question, yes=yes)):
                return
        screen.dismiss(None)
