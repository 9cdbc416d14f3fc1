"""On a segment split by track: who of the people present is in which track, and which
track the interval timer follows."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from osteo_tui.core.lessons import Pack, Segment, track_groups
from osteo_tui.core.records import Participant
from osteo_tui.core.translation import _
from osteo_tui.tui.widgets.text_refresh import show_text

__all__ = ["RunnerTracks"]


class RunnerTracks(Static):
    DEFAULT_CSS = """
    RunnerTracks { padding: 1 1 0 1; height: auto; display: none; }
    RunnerTracks.-shown { display: block; }
    """

    def show(
        self, pack: Pack, segment: Segment, present: list[Participant], following: str | None
    ) -> None:
        groups = track_groups(pack, segment, present)
        self.set_class(bool(groups), "-shown")
        if not groups:
            show_text(self, "")
            return
        text = Text()
        text.append(_("Tracks in this segment"), style="bold")
        for group in groups:
            mark = "▶ " if group.track.id == following else "  "
            names = ", ".join(person.name for person in group.people) or _("nobody present")
            text.append(f"\n{mark}{group.track.title} ({len(group.people)})", style="bold")
            text.append(f"\n    {names}")
        text.append("\n" + _("▶ the timer follows it; t switches"), style="dim")
        show_text(self, text)
