"""Command palette (ctrl+p) in the runner: jump to a segment, an exercise or a participant."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from osteo_tui.core.lessons.labels import kind_label
from osteo_tui.core.translation import _

if TYPE_CHECKING:
    from osteo_tui.tui.screens.session_runner import SessionRunnerScreen

__all__ = ["RunnerCommands"]


class RunnerCommands(Provider):
    def _targets(self) -> list[tuple[str, Callable[[], None], str]]:
        screen: SessionRunnerScreen = self.screen  # type: ignore[assignment]
        targets: list[tuple[str, Callable[[], None], str]] = []
        for index, segment in enumerate(screen.session.segments):
            targets.append(
                (
                    _("Segment: {title}").format(title=segment.title),
                    partial(screen.goto_segment, index),
                    _("{kind}, {minutes} min").format(
                        kind=kind_label(segment.kind), minutes=segment.minutes
                    ),
                )
            )
        seen: set[str] = set()
        for index, segment in enumerate(screen.session.segments):
            for use in segment.exercises:
                if use.exercise_id in seen:
                    continue
                seen.add(use.exercise_id)
                name = screen.pack.exercise(use.exercise_id).name
                targets.append(
                    (
                        _("Exercise: {name}").format(name=name),
                        partial(screen.goto_segment, index),
                        _("in '{segment}'").format(segment=segment.title),
                    )
                )
        for person in screen.store.participants():
            targets.append(
                (
                    _("Participant: {name}").format(name=person.name),
                    partial(screen.action_note, person.id),
                    _("write a note about them"),
                )
            )
        return targets

    async def discover(self) -> Hits:
        for text, command, help_text in self._targets():
            yield DiscoveryHit(text, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, help=help_text)
