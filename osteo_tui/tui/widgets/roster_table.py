"""The participants of a course, with the vertebral-fracture flag where nobody can miss it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from osteo_tui.core.records import Participant
from osteo_tui.core.translation import N_, _, pgettext
from osteo_tui.tui.widgets.fitted_table import FittedTable, TableRow

__all__ = ["RosterTable", "vf_flag"]

LABELS = (N_("Name"), N_("VF"), N_("Born"), N_("Sex"), N_("Fractures"), N_("Consent"))
"""Column headings (translate with ``_``); VF: vertebral fracture."""
NAME_WIDTH = 26


def vf_flag(person: Participant, colour: str, background: str) -> Text:
    """``⚠ VF`` on the theme's warning colour when a vertebral fracture needs care."""
    if not person.vertebral_fracture:
        return Text("")
    return Text("⚠ " + _("VF"), style=Style(bold=True, color=background, bgcolor=colour))


class RosterTable(FittedTable):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(flex_min=10, **kwargs)

    def show(self, people: Sequence[Participant]) -> None:
        theme = self.app.current_theme
        rows: list[TableRow] = []
        for person in people:
            name = Text(person.name, style="bold")
            name.truncate(NAME_WIDTH, overflow="ellipsis")
            consent = (
                Text(pgettext("consent", "yes"))
                if person.consent
                else Text(pgettext("consent", "no"), style=theme.warning or "")
            )
            rows.append(
                (
                    person.id,
                    [
                        name,
                        vf_flag(person, theme.warning or "red", theme.background or "black"),
                        str(person.born or "—"),
                        person.sex or "—",
                        ", ".join(str(f) for f in person.fractures) or "—",
                        consent,
                    ],
                )
            )
        self.fill([_(label) for label in LABELS], rows, flex=4)
