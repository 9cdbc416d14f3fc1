"""Reading a pack: sessions and their segments, and the exercise library."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Tree
from textual.widgets.tree import TreeNode

from osteo_tui.core.lessons.labels import category_label
from osteo_tui.core.lessons.model import CATEGORIES, Exercise, Pack, Segment, Session
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.pack_markdown import (
    exercise_markdown,
    library_markdown,
    pack_markdown,
    segment_markdown,
    session_markdown,
)
from osteo_tui.tui.widgets.outline_tree import OutlineTree
from osteo_tui.tui.widgets.reading_pane import ReadingPane

__all__ = ["PackBrowserScreen"]

Item = Pack | Session | Segment | Exercise | str


class PackBrowserScreen(Screen[None]):
    """A tree of the pack on the left; what is highlighted, as Markdown on the right."""

    HELP_NAME = N_("Lesson pack")
    BINDINGS = [
        Binding("escape,q", "app.pop_screen", N_("Back")),
        Binding("tab", "switch_pane", N_("Tree/text")),
        Binding("l", "library", N_("Exercise library")),
        Binding("s", "sessions", N_("Sessions")),
    ]

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="browser"):
            tree = OutlineTree[Item](self.pack.title, data=self.pack, id="pack-tree")
            tree.show_root = False
            yield tree
            yield ReadingPane(id="reading")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.pack.title
        tree = self.query_one("#pack-tree", Tree)
        tree.root.expand()
        self._sessions = tree.root.add(_("Sessions"), data="sessions", expand=True)
        for session in self.pack.sessions:
            node = self._sessions.add(f"{session.number}. {session.title}", data=session)
            for segment in session.segments:
                node.add_leaf(f"[dim]{segment.minutes:>3}′[/] {segment.title}", data=segment)
        self._library = tree.root.add(
            _("Exercise library ({count})").format(count=len(self.pack.exercises)),
            data="library",
        )
        for category in CATEGORIES:
            members = [e for e in self.pack.exercises if e.category == category]
            if members:
                label = f"{category_label(category)} ({len(members)})"
                group = self._library.add(label, data=category)
                for exercise in members:
                    group.add_leaf(exercise.name, data=exercise)
        tree.focus()
        tree.move_cursor(self._sessions)
        self._show(self.pack)

    def _show(self, item: Item | None) -> None:
        pane = self.query_one(ReadingPane)
        if isinstance(item, Pack) or item == "sessions":
            pane.show(pack_markdown(self.pack))
        elif item == "library":
            pane.show(library_markdown(self.pack))
        elif isinstance(item, str) and item in CATEGORIES:
            pane.show(library_markdown(self.pack, item))
        elif isinstance(item, Session):
            pane.show(session_markdown(item))
        elif isinstance(item, Segment):
            pane.show(segment_markdown(self.pack, item))
        elif isinstance(item, Exercise):
            pane.show(exercise_markdown(item))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[Item]) -> None:
        self._show(event.node.data)

    def _jump(self, node: TreeNode[Item]) -> None:
        tree = self.query_one("#pack-tree", Tree)
        node.expand()
        tree.move_cursor(node)
        tree.focus()

    def action_library(self) -> None:
        self._jump(self._library)

    def action_sessions(self) -> None:
        self._jump(self._sessions)

    def action_switch_pane(self) -> None:
        tree = self.query_one("#pack-tree", Tree)
        if tree.has_focus:
            self.query_one(ReadingPane).focus()
        else:
            tree.focus()
