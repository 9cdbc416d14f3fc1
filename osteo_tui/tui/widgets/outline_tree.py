"""A tree that opens with → and closes with ←, as file browsers do."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.binding import Binding
from textual.widgets import Tree

from osteo_tui.core.translation import N_

__all__ = ["OutlineTree"]

T = TypeVar("T")


class OutlineTree(Tree[T], Generic[T]):
    BINDINGS = [
        Binding("right", "open_node", N_("Open"), show=False),
        Binding("left", "close_node", N_("Close"), show=False),
    ]

    def action_open_node(self) -> None:
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        if node.is_expanded and node.children:
            self.move_cursor(node.children[0])
        else:
            node.expand()

    def action_close_node(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.is_expanded and node.allow_expand:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)
