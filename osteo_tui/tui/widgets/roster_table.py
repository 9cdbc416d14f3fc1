"""The participants of a course, with the vertebral-fracture flag where nobody can miss it,
and each person's training track when the course's pack has tracks."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from osteo_tui.core.lessons import Pack
from osteo_tui.core.lessons.track_plan import track_for
from osteo_tui.core.records import Participant
from osteo_tui.core.records.labels import fracture_label
from osteo_tui.core.translation import N_, _, pgettext
from osteo_tui.tui.widgets.fitted_table import FittedTable, TableRow

__all__ = ["RosterTable", "track_cell", "vf_flag"]

LABELS = (N_("Name"), N_("VF"), N_("Born"), N_("Sex"), N_("Fractures"), N_("Consent"))
"""Column headings (translate with ``_``); VF: vertebral fracture."""
TRACK_LABEL = N_("Track")
"""The heading of the track column, shown after VF when the pack has tracks."""
NAME_WIDTH = 26
FRACTURES_WIDTH = 10
"""With a track column, the track takes the room that is left and fractures are cut here."""


def vf_flag(person: Participant, colour: str, background: str) -> Text:
    """``⚠ VF`` on the theme's warning colour when a vertebral fracture needs care."""
    if not person.vertebral_fracture:
        return Text("")
    return Text("⚠ " + _("VF"), style=Style(bold=True, color=background, bgcolor=colour))


def track_cell(pack: Pack, person: Participant) -> str:
    """The title of ``person``'s track in ``pack``: the one chosen for them or the default."""
    track = track_for(pack, person)
    return track.title if track else "—"


class RosterTable(FittedTable):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(flex_min=10, **kwargs)

    def show(self, people: Sequence[Participant], pack: Pack | None = None) -> None:
        """One row a person; a track column when ``pack`` has tracks."""
        theme = self.app.current_theme
        tracked = pack if pack is not None and pack.tracks else None
        rows: list[TableRow] = []
        for person in people:
            name = Text(person.name, style="bold")
            name.truncate(NAME_WIDTH, overflow="ellipsis")
            consent = (
                Text(pgettext("consent", "yes"))
                if person.consent
                else Text(pgettext("consent", "no"), style=theme.warning or "")
            )
            fractures = Text(", ".join(fracture_label(f) for f in person.fractures) or "—")
            cells: list[str | Text] = [
                name,
                vf_flag(person, theme.warning or "red", theme.background or "black"),
                str(person.born or "—"),
                person.sex or "—",
                fractures,
                consent,
            ]
            if tracked is not None:
                fractures.truncate(FRACTURES_WIDTH, overflow="ellipsis")
                cells.insert(2, track_cell(tracked, person))
            rows.append((person.id, cells))
        labels = [_(label) for label in LABELS]
        if tracked is not None:
            labels.insert(2, _(TRACK_LABEL))
        # the flexible column takes the room the others leave: the track, else the fractures
        self.fill(labels, rows, flex=2 if tracked is not None else 4)
