"""A table that fits its width: one flexible column takes what the others leave, cut with …"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.widgets import DataTable

__all__ = ["Cell", "FittedTable", "TableRow"]

Cell = str | Text
TableRow = tuple[str, Sequence[Cell]]  # (row key, one cell per column)

SCROLLBAR = 2


def _text(cell: Cell) -> Text:
    """Cells are plain text (names typed by people may hold '[' and must not be markup)."""
    return cell if isinstance(cell, Text) else Text(cell)


class FittedTable(DataTable[Text]):
    """Rows are replaced as a whole with ``fill``; the cursor stays on the same row key.

    The flexible column is as wide as its longest cell when there is room, and otherwise
    as wide as the table leaves it (at least ``flex_min``), its cells ending in "…".
    """

    def __init__(self, *, flex_min: int = 12, **kwargs: object) -> None:
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.flex_min = flex_min
        self._labels: Sequence[str] = ()
        self._rows: Sequence[TableRow] = ()
        self._flex = 0
        self._built_for = -1

    def fill(self, labels: Sequence[str], rows: Sequence[TableRow], flex: int) -> None:
        """Show ``rows`` under the column ``labels``; column number ``flex`` is flexible."""
        self._labels, self._rows, self._flex = labels, rows, flex
        self._build()

    @property
    def current_key(self) -> str | None:
        """The key of the row under the cursor, or ``None`` when the table is empty."""
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def _flex_width(self) -> int:
        cells = [_text(row[1][self._flex]).cell_len for row in self._rows]
        wanted = max([len(self._labels[self._flex]), *cells])
        if self.size.width <= 0:
            return wanted
        others = sum(
            max([len(label), *(_text(row[1][i]).cell_len for row in self._rows)])
            + 2 * self.cell_padding
            for i, label in enumerate(self._labels)
            if i != self._flex
        )
        room = self.size.width - others - 2 * self.cell_padding - SCROLLBAR
        return max(self.flex_min, min(wanted, room))

    def _build(self) -> None:
        keep = self.current_key
        width = self._flex_width()
        self._built_for = self.size.width
        self.clear(columns=True)
        for index, label in enumerate(self._labels):
            self.add_column(label, key=str(index), width=width if index == self._flex else None)
        for key, cells in self._rows:
            texts = [_text(cell) for cell in cells]
            flex = texts[self._flex].copy()
            flex.no_wrap, flex.overflow = True, "ellipsis"
            texts[self._flex] = flex
            self.add_row(*texts, key=key)
        keys = [key for key, _ in self._rows]
        if keep in keys:
            self.move_cursor(row=keys.index(keep), animate=False)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Every row is one line, so the height is known as soon as the rows are added.

        DataTable measures new rows only when it is next idle, so a table with ``height:
        auto`` filled before the first layout would first be painted empty (no rows at all
        on the home screen's first frame; docs/performance.md, start-up).
        """
        header = self.header_height if self.show_header else 0
        return max(super().get_content_height(container, viewport, width), header + self.row_count)

    def on_resize(self, event: events.Resize) -> None:
        if self._labels and event.size.width != self._built_for:
            self._build()
